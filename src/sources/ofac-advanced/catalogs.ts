import type { Address, CountryLink, Identifier, IdentifierType } from '../../model/entity.js';
import { countryCode } from '../../model/countries.js';
import { child, childText, children, type XmlNode } from '../xml.js';
import type { ReferenceTables } from './reference.js';
import { partialDateText, periodToPartialDate } from './dates.js';

/** A Location reduced to what the entity needs: held for the whole parse, so kept small. */
export interface CompactLocation {
  country?: CountryLink;
  /** The address in its main (Latin) form; absent for country-only locations. */
  address?: Address;
  /** The same address in another script or spelling (OFAC's non-primary part values, e.g. Japanese). */
  altAddress?: Address;
}

/** A Country reference value as a country link: OFAC's ISO2 attribute first, then the name. */
export function countryFromRef(refs: ReferenceTables, countryId: string | undefined): Omit<CountryLink, 'role'> | undefined {
  const ref = refs.get('Country', countryId);
  if (!ref) return countryId === undefined ? undefined : { name: `Country ${countryId}` };
  return ref.attrs.ISO2 ? { code: ref.attrs.ISO2, name: ref.text } : countryFromText(ref.text);
}

/** OFAC writes the adjective where other lists write the territory (the shared table holds its other spellings). */
const OFAC_SPELLINGS: Record<string, string> = {
  palestinian: 'PS',
};

const NO_COUNTRY = /^(?:undetermined|none identified|unknown)$/i;

/** A country written as text (vessel flags, place-of-birth tails) resolved to ISO where possible. */
export function countryFromText(text: string): Omit<CountryLink, 'role'> {
  // OFAC's own spellings that the shared table does not cover: "St. Kitts & Nevis", "Region: Gaza", "Republic of Palau".
  const code =
    countryCode(text) ??
    OFAC_SPELLINGS[text.toLowerCase()] ??
    countryCode(
      text
        .replace(/&/g, 'and')
        .replace(/^(?:region:\s*|republic of\s+)/i, '')
        .replace(/^st\.?\s/i, 'Saint '),
    );
  return code ? { code, name: text } : { name: text };
}

/** Whether a text names no country at all ("undetermined", "Unknown"): nothing to record or match on. */
export function isNoCountry(text: string): boolean {
  return NO_COUNTRY.test(text.trim());
}

const PART_FIELDS: Record<string, keyof Address | 'street'> = {
  ADDRESS1: 'street',
  ADDRESS2: 'street',
  ADDRESS3: 'street',
  CITY: 'city',
  'STATE/PROVINCE': 'region',
  REGION: 'region',
  'POSTAL CODE': 'postalCode',
};

function buildAddress(parts: Array<{ type: string; value: string }>, country: CountryLink | undefined): Address {
  const address: Address = { full: '' };
  const street: string[] = [];
  const free: string[] = [];
  for (const { type, value } of parts) {
    const field = PART_FIELDS[type];
    if (field === 'street') street.push(value);
    else if (field === 'city' || field === 'region' || field === 'postalCode') address[field] = address[field] ? `${address[field]}, ${value}` : value;
    else free.push(value);
  }
  if (street.length > 0) address.street = street.join(', ');
  const countryName = country?.name;
  if (country?.code) address.country = country.code;
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(', ');
  address.full = [...street, cityLine, ...free, countryName].filter((s) => s !== undefined && s !== '').join(', ');
  return address;
}

export function compactLocation(node: XmlNode, refs: ReferenceTables): CompactLocation {
  const loc: CompactLocation = {};
  const countryId = child(node, 'LocationCountry')?.attrs.CountryID;
  let country: Omit<CountryLink, 'role'> | undefined = countryFromRef(refs, countryId);
  if (!country) {
    const area = refs.get('AreaCode', child(node, 'LocationAreaCode')?.attrs.AreaCodeID);
    if (area) country = /^[A-Z]{2}$/.test(area.text) ? { code: area.text, name: area.attrs.Description ?? area.text } : { name: area.attrs.Description ?? area.text };
  }
  // "undetermined" is how OFAC says it does not know the country: no country to record or match on.
  if (country && !country.code && NO_COUNTRY.test(country.name ?? '')) country = undefined;
  const main: Array<{ type: string; value: string }> = [];
  const alt: Array<{ type: string; value: string }> = [];
  let hasAlt = false;
  for (const part of children(node, 'LocationPart')) {
    const type = refs.text('LocPartType', part.attrs.LocPartTypeID) ?? 'Unknown';
    let primary: string | undefined;
    let other: string | undefined;
    for (const value of children(part, 'LocationPartValue')) {
      const text = childText(value, 'Value');
      if (text === undefined) continue;
      if (value.attrs.Primary === 'false') other ??= text;
      else primary ??= text;
    }
    if (other !== undefined) hasAlt = true;
    if (primary !== undefined || other !== undefined) {
      main.push({ type, value: (primary ?? other) as string });
      alt.push({ type, value: (other ?? primary) as string });
    }
  }
  // A lone "Unknown" part without a country is how OFAC writes a bare country name ("Korea, North").
  if (!country && main.length === 1 && main[0]?.type === 'Unknown' && !hasAlt) {
    const named = countryFromText(main[0].value);
    if (named.code || !NO_COUNTRY.test(main[0].value)) country = named;
    main.length = 0;
  }
  if (country) loc.country = { ...country, role: 'location' };
  if (main.length > 0) loc.address = buildAddress(main, loc.country);
  if (hasAlt) loc.altAddress = buildAddress(alt, loc.country);
  return loc;
}

/** Identifier type for an IDRegDocType name; the label keeps OFAC's own wording. */
export function documentType(name: string, value: string): IdentifierType {
  const n = name.toLowerCase();
  if (n.includes('passport')) return 'passport';
  if (n === 'mmsi') return 'mmsi';
  if (n === 'vessel registration identification') return /^(?:imo)?\s*\d{7}$/i.test(value) ? 'imo' : 'other_id';
  if (n === 'aircraft serial identification') return 'aircraft_serial';
  if (/electoral|military|seafarer|driver|pilot|visa|immigration|birth certificate|residen/.test(n)) return 'other_id';
  if (/\btax\b|fiscal|tributaria|r\.?f\.?c\.?$|^nit\b|c\.u\.i\.t|^ruc\b|^rif\b|v\.a\.t|fein|n\.i\.f|c\.i\.f|^rtn$/.test(n)) return 'tax_id';
  if (
    /national id|\bid no|identification number|national foreign id|cedula|d\.n\.i|c\.u\.r\.p|personal id|id card|personal numerical|c\.i\.n|citizen's card|uae identification|identidad|tazkira|^ssn$|n\.i\.e|c\.u\.i\.p/.test(n)
  ) {
    return 'national_id';
  }
  if (/regist|register|company number|business number|commercial|incorporation|legal entity|enterprise number|organization code|chamber of comm|mercantil|licen[cs]e|social credit|c\.r\. no|romanian c\.r|branch unit|gazette|le number|^c\.u\.i\.$|file number|permit|trademark/.test(n)) {
    return 'registration';
  }
  return 'other_id';
}

/** The identity documents of the file, held by IdentityID until their party streams past. */
export function compactDocument(node: XmlNode, refs: ReferenceTables, locations: Map<string, CompactLocation>): Identifier | undefined {
  const raw = childText(node, 'IDRegistrationNo');
  if (raw === undefined) return undefined;
  const label = refs.text('IDRegDocType', node.attrs.IDRegDocTypeID) ?? 'Identification';
  const type = documentType(label, raw);
  const value = type === 'imo' ? (raw.match(/\d{7}/)?.[0] ?? raw) : raw;
  const id: Identifier = { type, value, label };
  const country = countryFromRef(refs, node.attrs['IssuedBy-CountryID']);
  if (country?.code) id.country = country.code;
  const notes: string[] = [];
  if (country && !country.code) notes.push(`issued by ${country.name}`);
  const place = node.attrs['IssuedIn-LocationID'];
  if (place !== undefined) {
    const loc = locations.get(place);
    const where = loc?.address?.full ?? loc?.country?.name;
    if (where) notes.push(`issued in ${where}`);
  }
  const authority = childText(node, 'IssuingAuthority');
  if (authority) notes.push(`issuing authority: ${authority}`);
  for (const dateNode of children(node, 'DocumentDate')) {
    const kind = refs.text('IDRegDocDateType', dateNode.attrs.IDRegDocDateTypeID) ?? '';
    const period = child(dateNode, 'DatePeriod');
    const date = period ? periodToPartialDate(period) : undefined;
    if (!date) continue;
    const text = date.date && !date.approximate ? date.date : partialDateText(date);
    if (/issue/i.test(kind) && id.issued === undefined) id.issued = text;
    else if (/expir/i.test(kind) && id.expires === undefined) id.expires = text;
    else notes.push(`${kind || 'date'}: ${text}`);
  }
  const validity = refs.text('Validity', node.attrs.ValidityID);
  // "Fraudulent" documents stay searchable (they are used in the wild) but are marked as such.
  if (validity && validity !== 'Valid') notes.push(validity.toLowerCase());
  const comment = childText(node, 'Comment');
  if (comment) notes.push(comment);
  if (notes.length > 0) id.note = notes.join('; ');
  return id;
}
