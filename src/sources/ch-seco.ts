import type { Entity, IdentifierType, Name, NameKind, PartialDate, Schema, Script } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { parseDate } from './dates.js';
import { EntityBuilder, scriptOf } from './entity-builder.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { child, childText, children, streamXml, type XmlNode } from './xml.js';

export const DATASET = 'ch_seco_sanctions';
const URL = 'https://www.sesam.search.admin.ch/sesam-search-web/pages/downloadXmlGesamtliste.xhtml?lang=en&action=downloadXmlGesamtlisteAction';

/**
 * SECO "Gesamtliste" XML: <swiss-sanctions-list date=…> with <sanctions-program>s, shared <place>s
 * (referenced by place-id from addresses and birth places) and one <target> per designation, whose
 * <individual>/<entity>/<object> holds one or more <identity> blocks. Names are split into typed
 * <name-part>s, each with <spelling-variant>s in other scripts.
 */

interface Program {
  key: string;
  name?: string;
  set?: string;
  origin?: string;
}

/** ISO 15924 codes SECO uses on spelling variants. */
const SCRIPTS: Record<string, Script> = {
  latn: 'Latin', cyrl: 'Cyrillic', arab: 'Arabic', hang: 'Hangul', kore: 'Hangul', hani: 'Han', hans: 'Han', hant: 'Han',
  grek: 'Greek', hebr: 'Hebrew', geor: 'Georgian', armn: 'Armenian', thai: 'Thai', jpan: 'Japanese',
};
/** ISO 639-2 (SECO) to BCP 47 for the languages that appear on the list. */
const LANGS: Record<string, string> = {
  kor: 'ko', rus: 'ru', ukr: 'uk', bel: 'be', ara: 'ar', per: 'fa', fas: 'fa', chi: 'zh', zho: 'zh', eng: 'en', ger: 'de', deu: 'de',
  fre: 'fr', fra: 'fr', ita: 'it', jpn: 'ja', geo: 'ka', kat: 'ka', arm: 'hy', hye: 'hy', gre: 'el', ell: 'el', heb: 'he', bur: 'my', mya: 'my',
};
const DOCUMENT_TYPES: Record<string, IdentifierType> = {
  passport: 'passport', 'diplomatic-passport': 'passport', 'service-passport': 'passport', 'travel-document': 'passport',
  'id-card': 'national_id', 'identification-number': 'national_id', 'social-security-number': 'national_id',
};
/** Part order inside a full name when the source gives no order attribute. */
const PART_RANK: Record<string, number> = {
  title: 0, 'given-name': 1, 'further-given-name': 2, 'father-name': 3, 'grand-father-name': 4, 'maiden-name': 5, 'family-name': 6, 'tribal-name': 7, 'whole-name': 8, suffix: 9, other: 10,
};

function nameKind(node: XmlNode, mainIdentity: boolean): NameKind {
  if (node.attrs.quality === 'low') return 'low_quality';
  const type = node.attrs['name-type'] ?? 'primary-name';
  if (type === 'formerly-known-as') return 'fka';
  return type === 'primary-name' && mainIdentity ? 'primary' : 'aka';
}

interface Part {
  type: string;
  order: number;
  value: string;
  variants: { key: string; lang?: string; script?: string; text: string }[];
}

function readParts(name: XmlNode): Part[] {
  return children(name, 'name-part')
    .map((p, i) => {
      const type = p.attrs['name-part-type'] ?? 'whole-name';
      const order = Number(p.attrs.order);
      return {
        type,
        order: Number.isFinite(order) ? order : 100 + (PART_RANK[type] ?? 10) * 10 + i,
        value: childText(p, 'value') ?? p.text,
        variants: children(p, 'spelling-variant')
          .filter((v) => v.text !== '')
          .map((v) => ({ key: `${v.attrs.lang ?? ''}|${v.attrs.script ?? ''}`, lang: v.attrs.lang, script: v.attrs.script, text: v.text })),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** One Name from typed parts: the title stays out of the full name (it is kept as a title). */
function composeName(parts: { type: string; value: string }[], kind: NameKind, schema: Schema): Name | undefined {
  const words = parts.filter((p) => p.type !== 'title' && p.value.trim() !== '');
  if (words.length === 0) return undefined;
  // Korean, Chinese and Japanese write a family name and given name without a space between them.
  const joiner = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(words.map((p) => p.value.trim()).join('')) ? '' : ' ';
  const full = words.map((p) => p.value.trim()).join(joiner).replace(/\s+/g, ' ');
  const name: Name = { full, kind, script: scriptOf(full) };
  if (schema === 'Person' && words.length > 1) {
    const pick = (t: string): string | undefined => words.filter((p) => p.type === t).map((p) => p.value.trim()).join(' ') || undefined;
    const given = pick('given-name');
    const middle = pick('further-given-name');
    const family = pick('family-name');
    const patronymic = pick('father-name');
    name.parts = {
      ordered: words.map((p) => p.value.trim()),
      ...(given ? { given } : {}),
      ...(middle ? { middle } : {}),
      ...(family ? { family } : {}),
      ...(patronymic ? { patronymic } : {}),
    };
  }
  return name;
}

function addNames(b: EntityBuilder, identity: XmlNode, main: boolean): void {
  for (const n of children(identity, 'name')) {
    const kind = nameKind(n, main);
    const parts = readParts(n);
    const latin = composeName(parts, kind, b.schema);
    if (latin) b.addName(latin);
    for (const p of parts) if (p.type === 'title' && p.value) b.addTitle(p.value);
    // Each (language, script) pair of spelling variants is one more way of writing the whole name.
    const keys = [...new Set(parts.flatMap((p) => p.variants.map((v) => v.key)))];
    for (const key of keys) {
      const variantParts = parts.map((p) => ({ type: p.type, value: p.variants.find((v) => v.key === key)?.text ?? '' }));
      const sample = parts.flatMap((p) => p.variants).find((v) => v.key === key);
      const composed = composeName(variantParts, 'original_script', b.schema);
      if (!composed) continue;
      const script = scriptOf(composed.full, sample?.script ? SCRIPTS[sample.script.toLowerCase()] : undefined);
      const lang = sample?.lang ? LANGS[sample.lang.toLowerCase()] : undefined;
      // A Latin-script variant is a transliteration: an alias, not an original-script name.
      b.addName({ ...composed, kind: script === 'Latin' ? (kind === 'primary' ? 'aka' : kind) : 'original_script', script, ...(lang ? { lang } : {}) });
    }
  }
}

function dayMonthYear(node: XmlNode): PartialDate | undefined {
  const { year, month, day } = node.attrs;
  if (!year || !/^\d{4}$/.test(year)) return node.text ? { text: node.text } : undefined;
  const iso = month ? parseDate(day ? `${year}-${month}-${day}` : `${year}-${month}`) : year;
  if (!iso) return { text: [day, month, year].filter(Boolean).join('.') };
  return node.attrs.quality === 'low' || node.attrs['calendar-type'] === 'approximate' ? { date: iso, approximate: true } : { date: iso };
}

interface PlaceText {
  full: string;
  city?: string;
  region?: string;
  country?: string;
  countryCode?: string;
}

/** A place is the referenced <place> overlaid with the element's own children (street, zip, c/o). */
function placeText(node: XmlNode, places: Map<string, XmlNode>): PlaceText {
  const ref = node.attrs['place-id'] ? places.get(node.attrs['place-id']) : undefined;
  const get = (name: string): string | undefined => childText(node, name) ?? (ref ? childText(ref, name) : undefined);
  const countryNode = child(node, 'country') ?? (ref ? child(ref, 'country') : undefined);
  const city = get('location');
  const region = get('area');
  const country = countryNode?.text || undefined;
  const countryCode = countryNode?.attrs['iso-code'] || undefined;
  const poBox = get('p-o-box');
  const full = [get('c-o') ? `c/o ${get('c-o')}` : undefined, get('address-details'), poBox ? `P.O. Box ${poBox}` : undefined, get('zip-code'), city, region, country]
    .filter((x): x is string => !!x)
    .join(', ');
  return { full, ...(city ? { city } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}), ...(countryCode ? { countryCode } : {}) };
}

function addIdentity(b: EntityBuilder, identity: XmlNode, places: Map<string, XmlNode>): void {
  const main = identity.attrs.main !== 'false';
  addNames(b, identity, main);
  for (const d of children(identity, 'day-month-year')) {
    const date = dayMonthYear(d);
    if (!date) continue;
    if (b.schema === 'Person') b.addBirthDate(date);
    else if (date.date) b.addProperty('incorporationDate', date.date);
  }
  for (const n of children(identity, 'nationality')) {
    const c = child(n, 'country');
    if (c) b.addCountry(c.attrs['iso-code'] || c.text, 'nationality');
  }
  for (const p of children(identity, 'place-of-birth')) {
    const place = placeText(p, places);
    if (place.full) b.addBirthPlace(place.full);
    if (place.countryCode || place.country) b.addCountry((place.countryCode ?? place.country) as string, 'birth');
  }
  for (const a of children(identity, 'address')) {
    const place = placeText(a, places);
    if (!place.full) continue;
    b.addAddress({ full: place.full, ...(place.city ? { city: place.city } : {}), ...(place.region ? { region: place.region } : {}), ...(place.countryCode ? { country: place.countryCode } : {}) });
    if (place.countryCode || place.country) b.addCountry((place.countryCode ?? place.country) as string, 'location');
    const remark = childText(a, 'remarks');
    if (remark) b.addRemark(remark);
  }
  for (const doc of children(identity, 'identification-document')) {
    const number = childText(doc, 'number');
    const label = doc.attrs['document-type'] ?? 'other';
    const remark = childText(doc, 'remark');
    if (!number) {
      if (remark) b.addRemark(`${label}: ${remark}`);
      continue;
    }
    const issuer = child(doc, 'issuer');
    const country = issuer?.attrs.code || issuer?.attrs['iso-code'];
    const issued = childText(doc, 'date-of-issue');
    const expires = childText(doc, 'expiry-date');
    b.addIdentifier({
      type: DOCUMENT_TYPES[label] ?? 'other_id',
      value: number,
      label,
      ...(country ? { country } : {}),
      ...(issued ? { issued: parseDate(issued) ?? issued } : {}),
      ...(expires ? { expires: parseDate(expires) ?? expires } : {}),
      ...(remark ? { note: remark } : issuer && !country && issuer.text ? { note: issuer.text } : {}),
    });
  }
}

const IMO = /\bIMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b/i;
const UN_REF = /\b([A-Z]{2}[ie]\.\d{3})\b/;

function otherInformation(b: EntityBuilder, text: string): void {
  const imo = text.match(IMO);
  if (imo) b.addIdentifier({ type: 'imo', value: imo[1] as string, label: 'IMO number' });
  const un = text.match(UN_REF);
  if (un) b.addIdentifier({ type: 'un_ref', value: un[1] as string, label: 'UN reference (other information)' });
  b.addRemark(text);
}

const KINDS: Record<string, Schema> = { individual: 'Person', entity: 'Organization' };
const OBJECT_KINDS: Record<string, Schema> = { vessel: 'Vessel', ship: 'Vessel', aircraft: 'Aircraft' };

function toEntity(ctx: ParseContext, target: XmlNode, fileName: string, places: Map<string, XmlNode>, programs: Map<string, Program>): Entity {
  const ssid = target.attrs.ssid;
  if (!ssid) throw new SourceError(fileName, `line ${target.line}`, '<target> has no ssid attribute');
  const body = target.children.find((c) => c.name === 'individual' || c.name === 'entity' || c.name === 'object');
  if (!body) throw new SourceError(fileName, `line ${target.line}`, `<target ssid="${ssid}"> has no <individual>, <entity> or <object>`);
  const objectType = body.name === 'object' ? (body.attrs['object-type'] ?? '').toLowerCase() : undefined;
  const schema = objectType === undefined ? KINDS[body.name] : OBJECT_KINDS[objectType];
  if (!schema) ctx.warn(`${fileName}:line ${body.line}: unknown object-type "${objectType ?? ''}" for target ${ssid}`);
  const b = new EntityBuilder(ctx.dataset, ssid, schema ?? 'LegalEntity');
  if (objectType) b.addProperty('objectType', objectType);
  const sex = body.attrs.sex?.toLowerCase();
  if (sex === 'male' || sex === 'female') b.setGender(sex);

  // The main identity first, so its primary name becomes the caption.
  const identities = children(body, 'identity').sort((x, y) => Number(y.attrs.main === 'true') - Number(x.attrs.main === 'true'));
  if (identities.length === 0) throw new SourceError(fileName, `line ${body.line}`, `target ${ssid} has no <identity>`);
  for (const identity of identities) addIdentity(b, identity, places);

  for (const j of children(body, 'justification')) if (j.text) b.addRemark(j.text);
  for (const o of children(body, 'other-information')) if (o.text) otherInformation(b, o.text);
  for (const r of children(body, 'relation')) {
    const other = r.attrs['target-id'];
    if (!other) continue;
    const remark = childText(r, 'remark');
    b.addRelationship(entityId(ctx.dataset, other), (r.attrs['relation-type'] ?? 'related_to').replace(/-/g, '_'), remark);
  }

  const program = programs.get(target.attrs['sanctions-set-id'] ?? '');
  if (program) {
    b.addProgram(program.name ? `${program.key}: ${program.name}` : program.key);
    if (program.set) b.addProperty('sanctionsSet', program.set);
    if (program.origin) b.addProperty('origin', program.origin);
  } else if (target.attrs['sanctions-set-id']) {
    ctx.warn(`${fileName}:line ${target.line}: target ${ssid} refers to unknown sanctions-set ${target.attrs['sanctions-set-id']}`);
  }

  for (const m of children(target, 'modification')) {
    const type = m.attrs['modification-type'] ?? '';
    const date = parseDate(m.attrs['effective-date'] ?? m.attrs['publication-date'] ?? '');
    if (!date) continue;
    if (type === 'listed') b.setListedOn(date);
    else if (type === 'de-listed') b.addProperty('delistedOn', date);
    else b.addProperty('amendedOn', date);
  }
  b.setSourceUrl(URL);
  return b.build();
}
function readProgram(node: XmlNode, programs: Map<string, Program>): void {
  const byLang = (name: string): string | undefined => {
    const all = children(node, name).filter((n) => n.text !== '');
    return (all.find((n) => n.attrs.lang === 'eng') ?? all[0])?.text;
  };
  const key = byLang('program-key') ?? node.attrs.ssid ?? '';
  const program: Program = { key };
  const name = byLang('program-name');
  if (name) program.name = name;
  const origin = childText(node, 'origin');
  if (origin) program.origin = origin;
  for (const set of children(node, 'sanctions-set')) {
    const id = set.attrs.ssid;
    if (!id) continue;
    const existing = programs.get(id);
    const text = set.text || childText(set, 'name');
    const setOrigin = childText(set, 'origin');
    // Several <sanctions-set>s (one per language) may share an ssid: keep the English label.
    if (!existing || set.attrs.lang === 'eng') {
      programs.set(id, { ...program, ...(text ? { set: text } : existing?.set ? { set: existing.set } : {}), ...(setOrigin ? { origin: setOrigin } : {}) });
    }
  }
}

/** Place ids a target refers to, to hold it back until those places have been read. */
function placeRefs(node: XmlNode, out: string[] = []): string[] {
  if (node.attrs['place-id']) out.push(node.attrs['place-id']);
  for (const c of node.children) placeRefs(c, out);
  return out;
}

async function* parseFile(ctx: ParseContext, file: SourceFile): AsyncGenerator<Entity> {
  const places = new Map<string, XmlNode>();
  const programs = new Map<string, Program>();
  // Targets can come before the places and programs they refer to; those wait for the end.
  const waiting: XmlNode[] = [];
  let count = 0;
  const ready = (t: XmlNode): boolean =>
    programs.has(t.attrs['sanctions-set-id'] ?? '') && placeRefs(t).every((id) => places.has(id));
  const stream = await file.open();
  const nodes = streamXml(stream, file.name, {
    collect: new Set(['target', 'place', 'sanctions-program']),
    expectRoot: 'swiss-sanctions-list',
    onOpen: (name, attrs, path) => {
      if (name !== 'swiss-sanctions-list' || path.length !== 0) return;
      const date = parseDate(attrs.date ?? '');
      if (date) ctx.setPublished(date.slice(0, 10));
      else ctx.warn(`${file.name}: unreadable list date "${attrs.date ?? ''}"`);
    },
  });
  for await (const node of nodes) {
    if (node.name === 'place') {
      if (node.attrs.ssid) places.set(node.attrs.ssid, node);
    } else if (node.name === 'sanctions-program') readProgram(node, programs);
    else if (ready(node)) {
      count++;
      yield toEntity(ctx, node, file.name, places, programs);
    } else waiting.push(node);
  }
  for (const t of waiting) {
    for (const id of placeRefs(t)) if (!places.has(id)) ctx.warn(`${file.name}:line ${t.line}: target ${t.attrs.ssid ?? '?'} refers to unknown place ${id}`);
    count++;
    yield toEntity(ctx, t, file.name, places, programs);
  }
  if (count === 0) throw new SourceError(file.name, undefined, 'no <target> elements: not a SECO sanctions list');
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) yield* parseFile(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'ch_seco_xml',
    description: 'Switzerland SECO consolidated sanctions list XML (swiss-sanctions-list: sanctions-program, place, target)',
    defaultDataset: () => DATASET,
    detect: (head) => /<swiss-sanctions-list[\s>]/.test(head),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'Switzerland SECO Sanctions/Embargoes (consolidated list)',
    publisher: 'State Secretariat for Economic Affairs (SECO)',
    country: 'CH',
    licence: 'Swiss federal government open data (free use with source attribution, opendata.swiss "OPEN BY")',
    format: 'ch_seco_xml',
    urls: [URL],
    localGlobs: ['ch/seco/*/*.xml'],
    enabledByDefault: true,
    homepage: 'https://www.seco.admin.ch/seco/en/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/exportkontrollen-und-sanktionen/sanktionen-embargos.html',
  },
];
