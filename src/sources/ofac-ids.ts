/**
 * OFAC writes every identifier and most facts as "<label> <value>", with the same labels in all its formats
 * (classic XML idType, CSV remarks, enhanced XML document and feature types). This module decides what a label means.
 */
import type { CountryRole, Identifier, IdentifierType } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import { parseDate } from './dates.js';

export type LabelMeaning =
  | { kind: 'identifier'; type: IdentifierType; asset?: string }
  | { kind: 'country'; role: CountryRole }
  | { kind: 'gender' }
  | { kind: 'birth_date' }
  | { kind: 'birth_place' }
  | { kind: 'property'; key: string };

/** Trailing ":" and " -" are part of how OFAC prints labels, not of the label. */
export function cleanLabel(label: string): string {
  return label.trim().replace(/\s*[:-]\s*$/, '').trim();
}

const EXACT: Record<string, IdentifierType> = {
  'national id no.': 'national_id',
  'cedula no.': 'national_id',
  'c.u.r.p.': 'national_id',
  'd.n.i.': 'national_id',
  'identification number': 'national_id',
  'personal id card': 'national_id',
  'kenyan id no.': 'national_id',
  'turkish identification number': 'national_id',
  'numero de identidad': 'national_id',
  "citizen's card number": 'national_id',
  'national foreign id number': 'national_id',
  ssn: 'national_id',
  'c.u.i.': 'national_id',
  'credencial electoral': 'national_id',
  'i.f.e.': 'national_id',
  'electoral registry no.': 'national_id',
  'id no.': 'national_id',
  'tax id no.': 'tax_id',
  'r.f.c.': 'tax_id',
  rfc: 'tax_id',
  'v.a.t. number': 'tax_id',
  'us fein': 'tax_id',
  'c.u.i.t.': 'tax_id',
  rtn: 'tax_id',
  'italian fiscal code': 'tax_id',
  'nit #': 'tax_id',
  'ruc #': 'tax_id',
  'legal entity number': 'lei',
  'swift/bic': 'bic',
  mmsi: 'mmsi',
  'email address': 'email',
  email: 'email',
  website: 'website',
  'phone number': 'phone',
  telephone: 'phone',
  phone: 'phone',
  fax: 'phone',
  'aircraft tail number': 'aircraft_tail',
  'vessel registration identification': 'imo',
  visanumberid: 'other_id',
  'cartilla de servicio militar nacional': 'other_id',
  'c.u.i.p.': 'other_id',
};

/** Facts that look like "<label> <value>" but are not identifiers of the entity. */
const PROPERTY_LABELS = new Set(
  [
    'Chinese Commercial Code',
    'Organization Established Date',
    'Organization Type',
    'Target Type',
    'Issuer Name',
    'Aircraft Model',
    'Aircraft Operator',
    'Aircraft Manufacture Date',
    'Vessel Year of Build',
    'Former Vessel Flag',
    'Other Vessel Flag',
    'Other Vessel Type',
    'Other Vessel Call Sign',
    'Vessel Call Sign',
    'Vessel Type',
    'Vessel Flag',
    'Vessel Owner',
    'Vessel Tonnage',
    'Vessel Gross Registered Tonnage',
  ].map((l) => l.toLowerCase()),
);

const REGISTRATION = /registration|registry|register|company number|company id|incorporation|chamber of comm|gazette|social credit code|folio mercantil|matricula mercantil|trade licen[cs]e|business number|enterprise number|branch unit number|d-u-n-s|charity|^licen[cs]e$|permit number|c\.r\. no/i;
const OTHER_ID = /(?:\bno\.?|\bnumber|\bid|#|\bcode|\bcard|\bcertificate|\bisin|\bticker|\bbik \(ru\))$/i;

/** What an OFAC label means; unknown labels become properties keyed by the label itself. */
export function labelMeaning(rawLabel: string): LabelMeaning {
  const label = cleanLabel(rawLabel);
  const lower = label.toLowerCase();
  const crypto = label.match(/^Digital Currency Address - (\S+)$/i);
  if (crypto) return { kind: 'identifier', type: 'crypto', asset: (crypto[1] as string).toUpperCase() };
  if (lower === 'gender') return { kind: 'gender' };
  if (lower === 'birthdate' || lower === 'dob' || lower === 'date of birth') return { kind: 'birth_date' };
  if (lower === 'place of birth' || lower === 'pob') return { kind: 'birth_place' };
  if (lower === 'nationality country' || lower === 'nationality') return { kind: 'country', role: 'nationality' };
  if (lower === 'citizenship country' || lower === 'citizen' || lower === 'citizenship') return { kind: 'country', role: 'citizenship' };
  if (lower === 'nationality of registration') return { kind: 'country', role: 'jurisdiction' };
  if (lower === 'vessel flag') return { kind: 'country', role: 'flag' };
  if (PROPERTY_LABELS.has(lower)) return { kind: 'property', key: label };
  const exact = EXACT[lower];
  if (exact) return { kind: 'identifier', type: exact };
  if (lower.includes('passport')) return { kind: 'identifier', type: 'passport' };
  if (lower.startsWith("aircraft manufacturer's serial number") || lower.startsWith('aircraft construction number')) {
    return { kind: 'identifier', type: 'aircraft_serial' };
  }
  if (REGISTRATION.test(label)) return { kind: 'identifier', type: 'registration' };
  if (OTHER_ID.test(label)) return { kind: 'identifier', type: 'other_id' };
  return { kind: 'property', key: label };
}

/**
 * OFAC writes IMO numbers as values of other labels ("Vessel Registration Identification IMO 9187629",
 * "Company Number IMO 5055293"): the value tells the type.
 */
export function imoValue(value: string): string | undefined {
  const m = value.trim().match(/^IMO\s*(\d{7})$/i);
  return m ? m[1] : undefined;
}

export interface IdentifierDetails {
  /** Issuing country as OFAC writes it ("Korea, North"). */
  country?: string;
  issued?: string;
  expires?: string;
}

/**
 * Builds a typed identifier. Dates are "25 Apr 1965"-style or MM/DD/YYYY in the classic XML; a country or date
 * that cannot be resolved is kept in `note` so the source text is never lost.
 */
export function buildIdentifier(type: IdentifierType, label: string, value: string, details: IdentifierDetails = {}, asset?: string): Identifier {
  // "Telephone No. 0096..." / "Personal ID No. E 427689": the "No." belongs to the label.
  const id: Identifier = { type, value: value.trim().replace(/^No\.\s*/, ''), label: cleanLabel(label) };
  const imo = type === 'crypto' ? undefined : imoValue(id.value);
  if (imo) {
    id.type = 'imo';
    id.value = imo;
  }
  if (asset) id.asset = asset;
  const notes: string[] = [];
  if (details.country) {
    const code = countryCode(details.country);
    if (code) id.country = code;
    else notes.push(details.country);
  }
  for (const key of ['issued', 'expires'] as const) {
    const text = details[key];
    if (!text) continue;
    const date = parseDate(text, 'dmy') ?? parseDate(text, 'mdy');
    if (date) id[key] = date;
    else notes.push(`${key} ${text}`);
  }
  if (notes.length > 0) id.note = notes.join('; ');
  return id;
}

/** Label prefixes the CSV remarks use before a value with no separator; matched longest first. */
export const KNOWN_VALUE_LABELS: readonly string[] = [
  ...Object.keys(EXACT),
  ...PROPERTY_LABELS,
  'registration number', 'registration id', 'business registration number', 'company number', 'uk company number',
  'commercial registry number', 'c.r. no.', 'public registration number', 'government gazette number',
  'unified social credit code (uscc)', 'united social credit code certificate (usccc)', 'folio mercantil no.',
  'matricula mercantil no', 'matricula mercantil no.', 'trade license no.', 'economic register number (cbls)',
  'central registration system number', 'istanbul chamber of comm. no.', 'chamber of commerce number',
  'business registration document #', 'business number', 'enterprise number', 'branch unit number',
  'certificate of incorporation number', 'registered charity no.', 'd-u-n-s number', 'license', 'permit number',
  'dubai chamber of commerce membership no.', 'passport', 'diplomatic passport', 'passport booklet',
  'travel document number', 'birth certificate number', 'residency number', "driver's license no.",
  "aircraft manufacturer's serial number (msn)", 'aircraft construction number (also called l/n or s/n or f/n)',
  'aircraft mode s transponder code', 'bik (ru)', 'isin', 'equity ticker', 'le number', 'nationality of registration',
].sort((a, b) => b.length - a.length);

const NEEDS_DIGIT: ReadonlySet<IdentifierType> = new Set(['passport', 'national_id', 'tax_id', 'registration', 'other_id', 'imo', 'mmsi', 'aircraft_serial']);

/** Number-like identifiers without a single digit are prose that happened to start with a label ("Passport and ID were issued ..."). */
export function plausibleIdentifier(id: Identifier): boolean {
  if (id.value === '') return false;
  return !NEEDS_DIGIT.has(id.type) || /\d/.test(id.value);
}
