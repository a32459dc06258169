import type { Address, CountryLink, CountryRole, Entity, Identifier, Name, NameKind, NameParts, PartialDate, Schema, Script } from '../../model/entity.js';
import { entityId } from '../../model/entity.js';
import { child, type XmlNode } from '../xml.js';
import { countryFromText, isNoCountry, type CompactLocation } from './catalogs.js';
import { partialDateText, periodToPartialDate } from './dates.js';
import { addProperty, type ProfileFacts } from './entries.js';
import { scriptOf, type ReferenceTables } from './reference.js';

export interface PartyContext {
  dataset: string;
  refs: ReferenceTables;
  locations: Map<string, CompactLocation>;
  documents: Map<string, Identifier[]>;
}

const SUBTYPE_SCHEMA: Record<string, Schema> = { Vessel: 'Vessel', Aircraft: 'Aircraft' };
const TYPE_SCHEMA: Record<string, Schema> = { Individual: 'Person', Entity: 'Organization', Transport: 'Organization' };

function schemaOf(refs: ReferenceTables, subTypeId: string | undefined): Schema {
  const sub = refs.get('PartySubType', subTypeId);
  if (sub && SUBTYPE_SCHEMA[sub.text]) return SUBTYPE_SCHEMA[sub.text] as Schema;
  const type = refs.text('PartyType', sub?.attrs.PartyTypeID);
  return (type && TYPE_SCHEMA[type]) || 'LegalEntity';
}

const PART_FIELD: Record<string, keyof Omit<NameParts, 'ordered'>> = {
  'First Name': 'given',
  'Middle Name': 'middle',
  'Last Name': 'family',
  Patronymic: 'patronymic',
  Matronymic: 'matronymic',
};
/** Natural reading order of a Western-style personal name; parts of other types follow in document order. */
const NATURAL_ORDER: Array<keyof NameParts> = ['given', 'middle', 'patronymic', 'family', 'matronymic'];
const FAMILY_FIRST: ReadonlySet<Script> = new Set<Script>(['Hangul', 'Han', 'Japanese']);

function aliasKind(aliasType: string, primary: boolean, lowQuality: boolean): NameKind {
  if (lowQuality) return 'weak';
  if (primary || aliasType === 'Name') return 'primary';
  if (aliasType === 'F.K.A.') return 'fka';
  return 'aka';
}

function buildName(
  docName: XmlNode,
  groups: Map<string, string>,
  ctx: PartyContext,
  isPerson: boolean,
  kind: NameKind,
): Name | undefined {
  const values: Array<{ text: string; type: string }> = [];
  let scriptId: string | undefined;
  for (const part of docName.children) {
    if (part.name !== 'DocumentedNamePart') continue;
    const value = part.children[0];
    if (!value || value.name !== 'NamePartValue' || value.text === '') continue;
    scriptId ??= value.attrs.ScriptID;
    values.push({ text: value.text, type: groups.get(value.attrs.NamePartGroupID ?? '') ?? 'Unknown' });
  }
  if (values.length === 0) return undefined;
  let docOrder = values[0]?.text as string;
  for (let i = 1; i < values.length; i++) docOrder += ` ${(values[i] as { text: string }).text}`;
  const script = scriptOf(ctx.refs.get('Script', scriptId)?.attrs.ScriptCode, docOrder);
  const parts: NameParts = {};
  const extra: string[] = [];
  for (const v of values) {
    const field = PART_FIELD[v.type];
    if (isPerson && field) parts[field] = parts[field] ? `${parts[field]} ${v.text}` : v.text;
    else extra.push(v.text);
  }
  let full = docOrder;
  const hasParts = Object.keys(parts).length > 0;
  if (isPerson && hasParts) {
    if (FAMILY_FIRST.has(script)) {
      // East Asian names read family name first and, in Korean and Chinese, without a space: 김상만.
      const ordered = [parts.family, parts.given, parts.middle, parts.patronymic, parts.matronymic, ...extra].filter(Boolean);
      full = ordered.join(script === 'Japanese' || script === 'Hangul' || script === 'Han' ? '' : ' ');
    } else {
      full = [...NATURAL_ORDER.map((k) => parts[k] as string | undefined), ...extra].filter(Boolean).join(' ');
    }
  }
  const name: Name = { full, kind, script };
  if (isPerson && hasParts) name.parts = parts;
  return name;
}

const featureNames = new WeakMap<ReferenceTables, Map<string | undefined, string>>();

function featureName(refs: ReferenceTables, typeId: string | undefined): string {
  let cache = featureNames.get(refs);
  if (!cache) featureNames.set(refs, (cache = new Map()));
  let name = cache.get(typeId);
  if (name === undefined) {
    // OFAC ends some type names with " -" or ":" ("Additional Sanctions Information -"); the key drops them.
    name = (refs.text('FeatureType', typeId) ?? 'Feature').replace(/\s*[-:]\s*$/, '');
    cache.set(typeId, name);
  }
  return name;
}

const COUNTRY_ROLES: Record<string, CountryRole> = {
  'Nationality Country': 'nationality',
  'Citizenship Country': 'citizenship',
  'Nationality of Registration': 'jurisdiction',
  'Registration Country': 'jurisdiction',
};

const FEATURE_IDENTIFIERS: Record<string, Identifier['type']> = {
  'SWIFT/BIC': 'bic',
  Website: 'website',
  'Email Address': 'email',
  'Phone Number': 'phone',
  'Aircraft Tail Number': 'aircraft_tail',
  'Previous Aircraft Tail Number': 'aircraft_tail',
  "Aircraft Manufacturer's Serial Number (MSN)": 'aircraft_serial',
  'Vessel Call Sign': 'other_id',
  'Other Vessel Call Sign': 'other_id',
  'Aircraft Construction Number (also called L/N or S/N or F/N)': 'other_id',
  'Aircraft Mode S Transponder Code': 'other_id',
  'D-U-N-S Number': 'other_id',
  'BIK (RU)': 'other_id',
  'UN/LOCODE': 'other_id',
  'MICEX Code': 'other_id',
  'Equity Ticker': 'other_id',
  ISIN: 'other_id',
};

const CRYPTO_PREFIX = 'Digital Currency Address - ';

class EntityBuilder {
  readonly names: Name[] = [];
  readonly birthDates: PartialDate[] = [];
  readonly birthPlaces: string[] = [];
  readonly countries: CountryLink[] = [];
  readonly addresses: Address[] = [];
  readonly identifiers: Identifier[] = [];
  readonly titles: string[] = [];
  readonly remarks: string[] = [];
  readonly properties: Record<string, string[]> = {};
  gender: Entity['gender'];

  addCountry(link: CountryLink): void {
    const same = (c: CountryLink): boolean => c.role === link.role && (link.code ? c.code === link.code : c.name === link.name);
    if (!this.countries.some(same)) this.countries.push(link);
  }

  addIdentifier(id: Identifier): void {
    const same = (i: Identifier): boolean => i.type === id.type && i.value === id.value && i.asset === id.asset && i.label === id.label;
    if (!this.identifiers.some(same)) this.identifiers.push(id);
  }
}

function addFeature(b: EntityBuilder, feature: XmlNode, ctx: PartyContext): void {
  const name = featureName(ctx.refs, feature.attrs.FeatureTypeID);
  for (const version of feature.children) {
    if (version.name !== 'FeatureVersion') continue;
    let date: PartialDate | undefined;
    let text: string | undefined;
    let comment: string | undefined;
    const locations: CompactLocation[] = [];
    for (const c of version.children) {
      if (c.name === 'VersionDetail') {
        if (text !== undefined) continue;
        if (c.text !== '') text = c.text;
        else if (c.attrs.DetailReferenceID !== undefined) text = ctx.refs.text('DetailReference', c.attrs.DetailReferenceID);
      } else if (c.name === 'DatePeriod') date ??= periodToPartialDate(c);
      else if (c.name === 'VersionLocation') {
        const loc = ctx.locations.get(c.attrs.LocationID ?? '');
        if (loc) locations.push(loc);
      } else if (c.name === 'Comment' && c.text !== '') comment = c.text;
    }
    const reliability = version.attrs.ReliabilityID === undefined ? undefined : ctx.refs.text('Reliability', version.attrs.ReliabilityID);

    const valueText = text ?? (date ? partialDateText(date) : undefined) ?? locations.map((l) => l.address?.full ?? l.country?.name).filter(Boolean).join('; ');
    if (reliability === 'False') {
      // OFAC marks the value as known to be false (a false flag, a wrong birth date): kept, but not as a fact to match on.
      if (valueText) addProperty(b.properties, `${name} (reliability: False)`, comment ? `${valueText} (${comment})` : valueText);
      continue;
    }
    const identifierType = FEATURE_IDENTIFIERS[name];
    if (text && name.startsWith(CRYPTO_PREFIX)) {
      const id: Identifier = { type: 'crypto', value: text, asset: name.slice(CRYPTO_PREFIX.length), label: name };
      if (comment) id.note = comment;
      b.addIdentifier(id);
      continue;
    }
    if (identifierType && text) {
      const id: Identifier = { type: identifierType, value: text, label: name };
      if (comment) id.note = comment;
      b.addIdentifier(id);
      continue;
    }
    if (comment) b.remarks.push(valueText ? `${name} ${valueText}: ${comment}` : `${name}: ${comment}`);
    if (name === 'Birthdate' && date) {
      b.birthDates.push(date);
    } else if (name === 'Place of Birth' && text) {
      b.birthPlaces.push(text);
      const last = text.split(',').pop()?.trim();
      const country = last ? countryFromText(last) : undefined;
      if (country?.code) b.addCountry({ ...country, role: 'birth' });
    } else if (name === 'Gender' && text) {
      const g = text.toLowerCase();
      b.gender = g === 'male' || g === 'female' ? g : 'other';
    } else if (name === 'Title' && text) {
      b.titles.push(text);
    } else if (COUNTRY_ROLES[name] && locations.length > 0) {
      for (const loc of locations) if (loc.country) b.addCountry({ ...loc.country, role: COUNTRY_ROLES[name] as CountryRole });
    } else if (name === 'Location' && locations.length > 0) {
      for (const loc of locations) {
        if (loc.address) b.addresses.push(loc.address);
        if (loc.altAddress) b.addresses.push(loc.altAddress);
        if (loc.country) b.addCountry(loc.country);
      }
    } else if (name === 'Vessel Flag' && text && !isNoCountry(text)) {
      b.addCountry({ ...countryFromText(text), role: 'flag' });
    } else if (valueText) {
      if (name === 'Former Vessel Flag' || name === 'Other Vessel Flag') {
        const country = countryFromText(valueText);
        if (country.code) b.addCountry({ ...country, role: 'other' });
      }
      addProperty(b.properties, name, valueText);
    }
  }
}

function addIdentity(b: EntityBuilder, identity: XmlNode, ctx: PartyContext, isPerson: boolean): void {
  const groups = new Map<string, string>();
  for (const master of child(identity, 'NamePartGroups')?.children ?? []) {
    for (const g of master.children) {
      if (g.attrs.ID !== undefined) groups.set(g.attrs.ID, ctx.refs.text('NamePartType', g.attrs.NamePartTypeID) ?? 'Unknown');
    }
  }
  for (const alias of identity.children) {
    if (alias.name !== 'Alias') continue;
    const aliasType = ctx.refs.text('AliasType', alias.attrs.AliasTypeID) ?? 'A.K.A.';
    const baseKind = aliasKind(aliasType, alias.attrs.Primary === 'true', alias.attrs.LowQuality === 'true');
    for (const docName of alias.children) {
      if (docName.name !== 'DocumentedName') continue;
      const name = buildName(docName, groups, ctx, isPerson, baseKind);
      if (!name) continue;
      const status = ctx.refs.text('DocNameStatus', docName.attrs.DocNameStatusID);
      // The primary alias carries the name in every script and spelling (accented, Cyrillic, Hangul...):
      // only its "Primary Latin" form is the primary name, the others are original-script forms or variants.
      if (baseKind === 'primary' && status !== undefined && status !== 'Primary Latin') name.kind = name.script === 'Latin' ? 'aka' : 'original_script';
      if (!b.names.some((n) => n.full === name.full && n.kind === name.kind)) b.names.push(name);
    }
  }
  if (identity.attrs.ID !== undefined) for (const doc of ctx.documents.get(identity.attrs.ID) ?? []) b.addIdentifier(doc);
}

/** One DistinctParty element, with the facts gathered from the rest of the file, as an Entity. */
export function partyToEntity(party: XmlNode, ctx: PartyContext, facts: ProfileFacts | undefined): Entity | undefined {
  const profile = child(party, 'Profile');
  const sourceId = profile?.attrs.ID ?? party.attrs.FixedRef;
  if (!profile || sourceId === undefined) return undefined;
  const schema = schemaOf(ctx.refs, profile.attrs.PartySubTypeID);
  const isPerson = schema === 'Person';
  const b = new EntityBuilder();

  for (const c of profile.children) {
    if (c.name === 'Identity') addIdentity(b, c, ctx, isPerson);
    else if (c.name === 'Feature') addFeature(b, c, ctx);
    else if (c.name === 'Comment' && c.text !== '') b.remarks.push(c.text);
  }
  const partyComment = child(party, 'Comment')?.text;
  if (partyComment) b.remarks.unshift(partyComment);

  const primary = b.names.find((n) => n.kind === 'primary' && n.script === 'Latin') ?? b.names.find((n) => n.kind === 'primary') ?? b.names[0];
  const entity: Entity = {
    id: entityId(ctx.dataset, sourceId),
    dataset: ctx.dataset,
    sourceId,
    schema,
    caption: primary?.full ?? sourceId,
    names: b.names,
  };
  if (b.birthDates.length > 0) entity.birthDates = b.birthDates;
  if (b.birthPlaces.length > 0) entity.birthPlaces = b.birthPlaces;
  if (b.gender) entity.gender = b.gender;
  if (b.countries.length > 0) entity.countries = b.countries;
  if (b.addresses.length > 0) entity.addresses = b.addresses;
  if (b.identifiers.length > 0) entity.identifiers = b.identifiers;
  if (b.titles.length > 0) entity.titles = b.titles;
  if (facts) {
    if (facts.programs.length > 0) entity.programs = facts.programs;
    if (facts.listedOn) entity.listedOn = facts.listedOn;
    if (facts.relationships.length > 0) entity.relationships = facts.relationships;
    b.remarks.push(...facts.remarks);
    for (const [k, vs] of Object.entries(facts.properties)) for (const v of vs) addProperty(b.properties, k, v);
  }
  if (b.remarks.length > 0) entity.remarks = b.remarks;
  if (Object.keys(b.properties).length > 0) entity.properties = b.properties;
  entity.sourceUrl = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${encodeURIComponent(sourceId)}`;
  return entity;
}
