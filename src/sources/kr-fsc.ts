import type { Entity, Name, NameKind, Schema } from '../model/entity.js';
import { parseDate, parsePartialDate } from './dates.js';
import { EntityBuilder, resolveCountry, scriptOf } from './entity-builder.js';
import { SourceError, MAX_FIELD_LENGTH } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';

export const DATASET = 'kr_fsc_sanctions';

/**
 * The annex (별표) of 「금융거래등제한대상자 지정 및 지정 취소에 관한 규정」 (FSC administrative rule),
 * as text: numbered entries in the style of OFAC's legacy SDN list,
 *   `300. JANJALANI, Khadafi (a.k.a. …); DOB 03 Mar 1975; POB …; (individual) [E.O.13224].`
 * and Korea's own designations, which add the name in Hangul and the designation date:
 *   `718. RI, Myong Hun(리명훈) (a.k.a. …); DOB 14 Mar 1969; Gender Male (2022. 12. 2. 지정).`
 * law.go.kr publishes the annex as a PDF; turning it into text is a separate step.
 */

const ENTRY_START = /^\s*(\d{1,5})\.\s+(?=\S)/;
const DESIGNATED = /\(\s*(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?\s*지정\s*\)/g;
const HANGUL_OR_HAN = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u4e00-\u9fff]/;
const ORG_WORDS =
  /\b(?:COMPANY|CORPORATION|CORP|CO\.|LTD|LIMITED|LLC|INC|BANK|BUREAU|GROUP|CENT(?:ER|RE)|INSTITUTE|UNIVERSITY|ASSOCIATION|COMMITTEE|MINISTRY|DEPARTMENT|OFFICE|LAB(?:ORATORY)?|FRONT|ORGANI[SZ]ATION|TRADING|SHIPPING|FIRM|ENTERPRISE|AGENCY|BRIGADE|ARMY|PARTY|FOUNDATION|COUNCIL|NETWORK)\b|회사|국$|연구소|은행|상사|총국|위원회|조합/i;

/** Splits on `sep` outside parentheses and brackets: a.k.a. lists carry their own semicolons. */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Top-level parenthesised groups of a segment, and the text outside them. */
function parenGroups(text: string): { outside: string; groups: string[] } {
  const groups: string[] = [];
  let outside = '';
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push(text.slice(start, i).trim());
    } else if (depth === 0) outside += ch;
  }
  return { outside: outside.replace(/\s+/g, ' ').trim(), groups };
}

function latinName(text: string, kind: NameKind): Name {
  const t = text.replace(/^["'“‘]|["'”’]$/g, '').trim();
  const comma = t.match(/^([^,]+),\s*(.+)$/);
  if (comma) {
    const family = (comma[1] as string).trim();
    const given = (comma[2] as string).trim();
    return { full: `${family} ${given}`, kind, script: scriptOf(t), parts: { family, given, ordered: [family, given] } };
  }
  return { full: t, kind, script: scriptOf(t) };
}

interface Signals {
  person: boolean;
  vessel: boolean;
  explicit?: Schema;
}

function addSegment(b: EntityBuilder, seg: string, signals: Signals): void {
  let m: RegExpMatchArray | null;
  if ((m = seg.match(/^DOB\s+(.+)$/i))) {
    signals.person = true;
    for (const d of (m[1] as string).split(/\s*;\s*|\s+or\s+/)) b.addBirthDate(parsePartialDate(d, 'dmy'));
  } else if ((m = seg.match(/^POB\s+(.+)$/i))) {
    signals.person = true;
    const place = (m[1] as string).trim();
    b.addBirthPlace(place);
    const country = (place.split(',').pop() as string).trim();
    if (resolveCountry(country)) b.addCountry(country, 'birth');
  } else if ((m = seg.match(/^(?:nationality|citizen)\s+(.+)$/i))) {
    signals.person = true;
    b.addCountry(m[1] as string, /^citizen/i.test(seg) ? 'citizenship' : 'nationality');
  } else if ((m = seg.match(/^(?:Gender|Sex)\s+(.+)$/i))) {
    signals.person = true;
    const g = (m[1] as string).trim().toLowerCase();
    if (g === 'male' || g === 'female') b.setGender(g);
    else b.addProperty('gender', m[1] as string);
  } else if ((m = seg.match(/^(Passport|National ID No\.|Identification Number|Cedula No\.|Tax ID No\.)\s*(?:No\.?|number)?\s*:?\s*(\S+)\s*(?:\((.+)\))?$/i))) {
    const label = m[1] as string;
    const type = /passport/i.test(label) ? 'passport' : /tax/i.test(label) ? 'tax_id' : 'national_id';
    if (type === 'passport') signals.person = true;
    const country = m[3] ? resolveCountry(m[3]) : undefined;
    b.addIdentifier({ type, value: (m[2] as string).replace(/[.,]$/, ''), label, ...(country ? { country } : m[3] ? { note: m[3] } : {}) });
  } else if ((m = seg.match(/^(?:Vessel Registration Identification\s+)?IMO\s*(?:No\.?|number)?\s*:?\s*(\d{7})\b/i))) {
    signals.vessel = true;
    b.addIdentifier({ type: 'imo', value: m[1] as string, label: 'IMO' });
  } else if ((m = seg.match(/^Flag\s+(.+)$/i))) {
    b.addCountry(m[1] as string, 'flag');
  } else if ((m = seg.match(/^(?:Website|Web site)\s+(.+)$/i))) {
    b.addIdentifier({ type: 'website', value: m[1] as string });
  } else if ((m = seg.match(/^(?:Email|Email Address)\s+(.+)$/i))) {
    b.addIdentifier({ type: 'email', value: m[1] as string });
  } else if ((m = seg.match(/^(?:Telephone|Phone|Tel\.?)\s*:?\s+(.+)$/i))) {
    b.addIdentifier({ type: 'phone', value: m[1] as string });
  } else if ((m = seg.match(/^Linked To:\s*(.+)$/i))) {
    b.addProperty('linkedTo', m[1] as string);
  } else {
    // Legacy SDN entries put addresses between the name and the details: "Street, City, Country".
    const last = (seg.split(',').pop() as string).trim();
    const code = resolveCountry(last);
    if (code) {
      b.addAddress({ full: seg, country: code });
      b.addCountry(last, 'location');
    } else b.addRemark(seg);
  }
}

function entryToEntity(ctx: ParseContext, id: string, body: string, fileName: string, line: number): Entity {
  let text = body.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const designations: string[] = [];
  text = text.replace(DESIGNATED, (_all, y: string, mo: string, d: string) => {
    const iso = parseDate(`${y}-${mo}-${d}`);
    if (iso) designations.push(iso);
    return ' ';
  });
  const programs: string[] = [];
  text = text.replace(/\[([^\]]+)\]/g, (_all, p: string) => {
    programs.push(p.trim());
    return ' ';
  });
  const signals: Signals = { person: false, vessel: false };
  text = text.replace(/\((individual|vessel|entity|aircraft)\)/gi, (_all, t: string) => {
    const k = t.toLowerCase();
    signals.explicit = k === 'individual' ? 'Person' : k === 'vessel' ? 'Vessel' : k === 'aircraft' ? 'Aircraft' : 'Organization';
    return ' ';
  });
  const segments = splitTopLevel(text.replace(/\s+/g, ' ').trim(), ';');
  const head = segments.shift();
  if (!head) throw new SourceError(fileName, `line ${line}`, `entry ${id} has no name`);
  const { outside, groups } = parenGroups(head);
  if (!outside) throw new SourceError(fileName, `line ${line}`, `entry ${id} has no name`);

  const b = new EntityBuilder(ctx.dataset, id, 'LegalEntity');
  b.addName(latinName(outside, 'primary'));
  for (const g of groups) {
    const alias = g.match(/^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*(.*)$/i);
    if (alias) {
      for (const part of splitTopLevel(g, ';')) {
        const pm = part.match(/^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)?\s*(.+)$/i);
        if (!pm) continue;
        const kind: NameKind = /^f/i.test(pm[1] ?? alias[1] ?? '') ? 'fka' : 'aka';
        const value = (pm[2] as string).trim();
        b.addName(HANGUL_OR_HAN.test(value) ? { full: value, kind: 'original_script', script: scriptOf(value), lang: 'ko' } : latinName(value, kind));
      }
    } else if (HANGUL_OR_HAN.test(g)) {
      const script = scriptOf(g);
      b.addName({ full: g, kind: 'original_script', script, ...(script === 'Hangul' ? { lang: 'ko' } : {}) });
    } else b.addRemark(g);
  }
  for (const seg of segments) addSegment(b, seg, signals);
  for (const p of programs) b.addProgram(p);
  if (designations.length > 0) {
    designations.sort();
    b.setListedOn(designations[0]);
    for (const d of designations) b.addProperty('designatedOn', d);
  }
  const names = `${outside} ${groups.join(' ')}`;
  b.schema =
    signals.explicit ??
    (signals.vessel ? 'Vessel' : signals.person ? 'Person' : ORG_WORDS.test(names) ? 'Organization' : /^[^,()]+,\s*\S/.test(outside) ? 'Person' : 'Organization');
  return b.build();
}

async function* readEntries(file: SourceFile): AsyncGenerator<{ id: string; body: string; line: number }> {
  const stream = await file.open();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let lineNo = 0;
  let current: { id: string; body: string; line: number } | undefined;
  let bytes = 0;
  const take = function* (line: string): Generator<{ id: string; body: string; line: number }> {
    lineNo++;
    const m = line.match(ENTRY_START);
    if (m) {
      if (current) yield current;
      current = { id: m[1] as string, body: line.slice(m[0].length), line: lineNo };
    } else if (current && line.trim() !== '') {
      current.body += ` ${line.trim()}`;
    }
    if (current && current.body.length > MAX_FIELD_LENGTH) throw new SourceError(file.name, `line ${current.line}`, `entry ${current.id} exceeds ${MAX_FIELD_LENGTH} characters`);
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buf.length;
      try {
        pending += decoder.decode(buf, { stream: true });
      } catch {
        throw new SourceError(file.name, `line ${lineNo + 1}`, 'invalid UTF-8 byte sequence');
      }
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() as string;
      if (pending.length > MAX_FIELD_LENGTH) throw new SourceError(file.name, `line ${lineNo + 1}`, `line exceeds ${MAX_FIELD_LENGTH} characters`);
      for (const line of lines) yield* take(line);
    }
    pending += decoder.decode();
    if (pending) yield* take(pending);
  } finally {
    stream.destroy();
  }
  if (bytes === 0) throw new SourceError(file.name, undefined, 'file is empty');
  if (current) yield current;
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) {
    let count = 0;
    let latest: string | undefined;
    const seen = new Set<string>();
    for await (const { id, body, line } of readEntries(file)) {
      if (seen.has(id)) throw new SourceError(file.name, `line ${line}`, `entry number ${id} appears twice`);
      seen.add(id);
      const e = entryToEntity(ctx, id, body, file.name, line);
      for (const d of e.properties?.designatedOn ?? []) if (!latest || d > latest) latest = d;
      count++;
      yield e;
    }
    if (count === 0) throw new SourceError(file.name, undefined, 'no numbered entries ("1. NAME …") found: not the FSC annex text');
    // The annex text carries no issue date; the latest Korean designation is the best lower bound.
    if (latest) ctx.setPublished(latest);
  }
}

export const formats: SourceFormat[] = [
  {
    name: 'kr_fsc_annex_text',
    description: 'Korea FSC 금융거래등제한대상자 annex as text: numbered legacy-OFAC-style entries, Korean designations with Hangul names and "(YYYY. M. D. 지정)"',
    defaultDataset: () => DATASET,
    detect: (head, baseName) => /\.txt$/.test(baseName) && /^\s*\d{1,5}\.\s+\S/m.test(head) && (/지정\)/.test(Buffer.from(head, 'latin1').toString('utf8')) || /\[E\.O\.\s?13224\]/.test(head)),
    parse,
  },
];

const RULE_NAME = '금융거래등제한대상자지정및지정취소에관한규정';

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'Korea FSC Designated Persons Subject to Restrictions on Financial Transactions (금융거래등제한대상자)',
    publisher: 'Financial Services Commission, Republic of Korea (금융위원회)',
    country: 'KR',
    licence: 'Public legal text (Korean Copyright Act art. 7: statutes and administrative rules are not protected works)',
    format: 'kr_fsc_annex_text',
    // law.go.kr serves the current rule by name; its annex (별표) is a PDF reached through the rule's
    // bylSeq and then the file's flSeq (https://www.law.go.kr/LSW/flDownload.do?flSeq=<flSeq>).
    // The download chain and PDF-to-text step are not automated, so the dataset is off by default.
    urls: [`https://www.law.go.kr/${encodeURIComponent('행정규칙')}/${encodeURIComponent(RULE_NAME)}`],
    localGlobs: ['kr/fsc/*/*.txt'],
    enabledByDefault: false,
    homepage: `https://www.law.go.kr/${encodeURIComponent('행정규칙')}/${encodeURIComponent(RULE_NAME)}`,
  },
];
