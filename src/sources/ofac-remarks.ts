/**
 * Parses OFAC's free-text remarks ("DOB 25 Apr 1965; POB ...; Passport 109420132 (Korea, North); ...").
 * The legacy CSV set keeps nearly everything there; the classic XML keeps what its structure has no place for.
 * Items the parser does not understand stay in `rest`, in their original order, so nothing is lost.
 */
import type { CountryRole, Entity, Gender, Identifier, Name, PartialDate } from '../model/entity.js';
import { parsePartialDate } from './dates.js';
import { buildIdentifier, cleanLabel, KNOWN_VALUE_LABELS, labelMeaning, plausibleIdentifier } from './ofac-ids.js';
import { placeCountry, pushCountry, pushName, pushProperty, pushUnique } from './ofac-common.js';
import { detectScript } from '../text/script.js';

export interface RemarkFacts {
  birthDates: PartialDate[];
  birthPlaces: string[];
  countries: { text?: string; code?: string; role: CountryRole }[];
  gender?: Gender;
  identifiers: Identifier[];
  /** Quoted names ("a.k.a. 'BNC'"): OFAC's weak aliases. */
  aliases: Name[];
  /** Names after "Linked To:", as written. */
  linkedTo: string[];
  positions: string[];
  properties: [string, string][];
  /** Items not understood, joined back with "; ". */
  rest?: string;
}

/** Splits a remark on OFAC's item separator and drops the closing period of the whole remark. */
export function remarkItems(text: string): string[] {
  return text
    .split(/;\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const GENDERS: Record<string, Gender> = { male: 'male', female: 'female' };

/** Items that end the remark carry its closing period; quoted names and link targets keep theirs (they end in "LTD."). */
function stripClosingPeriod(item: string): string {
  return item.endsWith('.') && !/\.\.$/.test(item) ? item.slice(0, -1) : item;
}

function matchKnownLabel(item: string): { label: string; value: string } | undefined {
  const lower = item.toLowerCase();
  for (const label of KNOWN_VALUE_LABELS) {
    if (lower.startsWith(label)) {
      const next = item.charAt(label.length);
      if (next === ' ' || next === ':') {
        const value = item.slice(label.length).replace(/^[:\s]+/, '');
        if (value !== '') return { label: item.slice(0, label.length), value };
      }
    }
  }
  return undefined;
}

/** "109420132 (Korea, North) issued 16 Oct 2019 expires 16 Oct 2024" into its pieces. */
export function splitIdValue(text: string): { value: string; country?: string; issued?: string; expires?: string } {
  let rest = text.trim();
  const out: { value: string; country?: string; issued?: string; expires?: string } = { value: '' };
  const exp = rest.match(/^(.*?)\s+expires\s+(.+)$/i);
  if (exp) {
    rest = exp[1] as string;
    out.expires = exp[2] as string;
  }
  const iss = rest.match(/^(.*?)\s+issued\s+(.+)$/i);
  if (iss) {
    rest = iss[1] as string;
    out.issued = iss[2] as string;
  }
  const country = rest.match(/^(.*\S)\s+\(([^()]*[A-Za-z][^()]*)\)$/);
  if (country) {
    rest = country[1] as string;
    out.country = (country[2] as string).trim();
  }
  out.value = rest.trim();
  return out;
}

function quotedName(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '');
  const m = t.match(/^['"](.+)['"]$/s);
  const name = (m ? (m[1] as string) : t).trim();
  return name === '' ? undefined : name;
}

export function parseRemarks(text: string): RemarkFacts {
  const facts: RemarkFacts = {
    birthDates: [],
    birthPlaces: [],
    countries: [],
    identifiers: [],
    aliases: [],
    linkedTo: [],
    positions: [],
    properties: [],
  };
  const rest: string[] = [];
  const items = remarkItems(text.trim());
  items.forEach((raw, index) => {
    const last = index === items.length - 1;
    const item = raw.replace(/^alt\.\s+/i, '');
    let m: RegExpMatchArray | null;

    if ((m = item.match(/^([afn])\.k\.a\.,?\s+(.+)$/i))) {
      const full = quotedName(m[2] as string);
      if (full) pushName(facts.aliases, { full, kind: 'weak', script: detectScript(full) });
      return;
    }
    if ((m = item.match(/^\(?Linked To:\s*(.+?)\)?$/i))) {
      facts.linkedTo.push((m[1] as string).trim());
      rest.push(raw);
      return;
    }
    const plain = last ? stripClosingPeriod(item) : item;
    if ((m = plain.match(/^DOB\s+(.+)$/))) {
      const date = parsePartialDate(m[1] as string, 'dmy');
      if (date) facts.birthDates.push(date);
      return;
    }
    if ((m = plain.match(/^POB\s+(.+)$/))) {
      const place = (m[1] as string).trim();
      pushUnique(facts.birthPlaces, place);
      // Only a resolvable ending is a country: "POB Shati" names a camp, not a state.
      const code = placeCountry(place);
      if (code) facts.countries.push({ code, role: 'birth' });
      return;
    }
    if ((m = plain.match(/^(nationality|citizen)\s+(.+)$/i))) {
      facts.countries.push({ text: (m[2] as string).trim(), role: (m[1] as string).toLowerCase() === 'citizen' ? 'citizenship' : 'nationality' });
      return;
    }
    if ((m = plain.match(/^Gender\s+(\S+)$/i)) && GENDERS[(m[1] as string).toLowerCase()]) {
      facts.gender = GENDERS[(m[1] as string).toLowerCase()];
      return;
    }
    if ((m = plain.match(/^Position:\s*(.+)$/i))) {
      facts.positions.push((m[1] as string).trim());
      return;
    }
    if ((m = plain.match(/^(Digital Currency Address - \S+)\s+(\S+)$/i))) {
      const meaning = labelMeaning(m[1] as string);
      if (meaning.kind === 'identifier') facts.identifiers.push(buildIdentifier('crypto', m[1] as string, m[2] as string, {}, meaning.asset));
      return;
    }
    const known = matchKnownLabel(plain);
    if (known && applyLabelled(facts, known.label, known.value)) return;
    if ((m = plain.match(/^((?:Additional Sanctions Information|Executive Order \d+ Directive (?:Determination|Information)|IFCA Determination)) - (.+)$/))) {
      facts.properties.push([m[1] as string, (m[2] as string).trim()]);
      return;
    }
    if ((m = plain.match(/^([A-Z][^:]{1,118}):\s*(\S.*)$/)) && !/please|http/i.test(m[1] as string)) {
      if (applyLabelled(facts, m[1] as string, m[2] as string)) return;
    }
    if ((m = plain.match(/^([A-Z][A-Za-z.'/&() -]{1,60}?(?:\bNo\.|\bNumber|\bID|#))\s+(\S.*)$/))) {
      const parts = splitIdValue(m[2] as string);
      const id = buildIdentifier('other_id', m[1] as string, parts.value, parts);
      if (plausibleIdentifier(id)) {
        facts.identifiers.push(id);
        return;
      }
    }
    rest.push(raw);
  });
  if (rest.length > 0) facts.rest = rest.join('; ');
  return facts;
}

function applyLabelled(facts: RemarkFacts, label: string, value: string): boolean {
  const meaning = labelMeaning(label);
  switch (meaning.kind) {
    case 'identifier': {
      const parts = splitIdValue(value);
      const id = buildIdentifier(meaning.type, label, parts.value, parts, meaning.asset);
      if (!plausibleIdentifier(id)) return false;
      facts.identifiers.push(id);
      return true;
    }
    case 'country':
      facts.countries.push({ text: value.trim(), role: meaning.role });
      return true;
    case 'gender': {
      const g = GENDERS[value.trim().toLowerCase()];
      if (g) facts.gender = g;
      return g !== undefined;
    }
    case 'birth_date': {
      const d = parsePartialDate(value, 'dmy');
      if (d) facts.birthDates.push(d);
      return true;
    }
    case 'birth_place':
      pushUnique(facts.birthPlaces, value.trim());
      return true;
    case 'property':
      facts.properties.push([cleanLabel(meaning.key), value.trim()]);
      return true;
  }
}

/** Merges parsed remark facts into an entity (without duplicating what structured fields already gave). */
export function applyRemarkFacts(entity: Entity, facts: RemarkFacts): void {
  if (facts.birthDates.length > 0) {
    const list = (entity.birthDates ??= []);
    for (const d of facts.birthDates) if (!list.some((x) => JSON.stringify(x) === JSON.stringify(d))) list.push(d);
  }
  if (facts.birthPlaces.length > 0) {
    const list = (entity.birthPlaces ??= []);
    for (const p of facts.birthPlaces) pushUnique(list, p);
  }
  for (const c of facts.countries) pushCountry(entity, c.text, c.role, c.code);
  if (facts.gender && !entity.gender) entity.gender = facts.gender;
  if (facts.identifiers.length > 0) {
    const list = (entity.identifiers ??= []);
    for (const id of facts.identifiers) {
      if (!list.some((x) => x.type === id.type && x.value === id.value && x.asset === id.asset)) list.push(id);
    }
  }
  for (const n of facts.aliases) pushName(entity.names, n);
  if (facts.positions.length > 0) {
    const list = (entity.positions ??= []);
    for (const p of facts.positions) pushUnique(list, p);
  }
  for (const [k, v] of facts.properties) pushProperty(entity, k, v);
  if (facts.rest) (entity.remarks ??= []).push(facts.rest);
}
