/**
 * OFAC "enhanced" XML (SDN_ENHANCED.XML / CONS_ENHANCED.XML, usually zipped): root <sanctionsData>,
 * a table of reference values (refId → type/value/isoCode), then one <entity> per listed party with names in
 * several scripts, addresses, typed features (birth dates, identifiers, ...), identity documents and relationships.
 */
import type { Address, Entity, Name, NameKind, NameParts, PartialDate, Schema, Script } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import type { DatasetInfo, ParseContext, SourceFormat } from './types.js';
import { SourceError } from './errors.js';
import { child, children, childText, streamXml, type XmlNode } from './xml.js';
import { detectScript } from '../text/script.js';
import { parsePartialDate } from './dates.js';
import { buildIdentifier, labelMeaning, plausibleIdentifier } from './ofac-ids.js';
import { applyRemarkFacts, parseRemarks } from './ofac-remarks.js';
import { OFAC_DETAILS_URL } from './ofac-classic-xml.js';
import {
  captionOf,
  compactEntity,
  OFAC_EXPORTS,
  ofacDatasetFor,
  ofacDatasets,
  ofacSchema,
  placeCountry,
  pushCountry,
  pushName,
  pushProperty,
  pushUnique,
} from './ofac-common.js';

export interface ReferenceValue {
  type: string;
  value: string;
  isoCode?: string;
}
export type ReferenceTable = Map<string, ReferenceValue>;

const SCRIPTS: Record<string, Script> = {
  latin: 'Latin',
  cyrillic: 'Cyrillic',
  arabic: 'Arabic',
  'chinese simplified': 'Han',
  'chinese traditional': 'Han',
  chinese: 'Han',
  korean: 'Hangul',
  hangul: 'Hangul',
  greek: 'Greek',
  hebrew: 'Hebrew',
  georgian: 'Georgian',
  armenian: 'Armenian',
  thai: 'Thai',
  japanese: 'Japanese',
};

/** Country of a refId'd element: the reference table's ISO code when it is alpha-2, else the text. */
function countryOf(node: XmlNode | undefined, refs: ReferenceTable): { code?: string; text?: string } {
  if (!node) return {};
  const ref = node.attrs.refId ? refs.get(node.attrs.refId) : undefined;
  const iso = ref?.isoCode && /^[A-Z]{2}$/.test(ref.isoCode) ? ref.isoCode : undefined;
  return { code: iso, text: node.text || ref?.value };
}

function isTrue(node: XmlNode, name: string): boolean {
  return childText(node, name)?.toLowerCase() === 'true';
}

/** Shortens an ISO day to the precision a begin/end pair implies: 1955-01-01..1955-12-31 is "1955". */
function spanToPartial(begin: string | undefined, end: string | undefined): string | undefined {
  const b = begin?.slice(0, 10);
  const e = end?.slice(0, 10);
  if (!b) return e;
  if (!e || b === e) return b;
  if (b.slice(0, 4) === e.slice(0, 4) && b.slice(5) === '01-01' && e.slice(5) === '12-31') return b.slice(0, 4);
  if (b.slice(0, 7) === e.slice(0, 7) && b.slice(8) === '01') {
    const last = new Date(Date.UTC(Number(b.slice(0, 4)), Number(b.slice(5, 7)), 0)).getUTCDate();
    if (Number(e.slice(8)) === last) return b.slice(0, 7);
  }
  return undefined;
}

export function valueDateToPartial(node: XmlNode, fallbackText?: string): PartialDate | undefined {
  const approximate = isTrue(node, 'isApproximate');
  const fromB = childText(node, 'fromDateBegin');
  const fromE = childText(node, 'fromDateEnd');
  const toB = childText(node, 'toDateBegin');
  const toE = childText(node, 'toDateEnd');
  let out: PartialDate | undefined;
  if (!isTrue(node, 'isDateRange')) {
    const whole = spanToPartial(fromB, toE);
    if (whole) out = { date: whole };
  } else {
    const from = spanToPartial(fromB, fromE) ?? fromB?.slice(0, 10);
    const to = spanToPartial(toB, toE) ?? toE?.slice(0, 10);
    if (from && to) out = { from, to };
  }
  if (!out) out = fallbackText ? parsePartialDate(fallbackText, 'dmy') : undefined;
  if (out && approximate) out.approximate = true;
  return out;
}

function nameKind(name: XmlNode): NameKind {
  if (isTrue(name, 'isLowQuality')) return 'weak';
  if (isTrue(name, 'isPrimary')) return 'primary';
  return (childText(name, 'aliasType') ?? '').toUpperCase() === 'F.K.A.' ? 'fka' : 'aka';
}

const PART_KEYS: Record<string, Exclude<keyof NameParts, 'ordered'>> = {
  'last name': 'family',
  'first name': 'given',
  'middle name': 'middle',
  patronymic: 'patronymic',
  matronymic: 'matronymic',
  title: 'title',
  suffix: 'suffix',
};

function mapTranslation(t: XmlNode, kind: NameKind, schema: Schema): Name | undefined {
  const scriptText = childText(t, 'script');
  const parts: NameParts = {};
  for (const p of children(child(t, 'nameParts') ?? t, 'namePart')) {
    const key = PART_KEYS[(childText(p, 'type') ?? '').toLowerCase()];
    const value = childText(p, 'value');
    if (key && value) parts[key] = parts[key] ? `${parts[key]} ${value}` : value;
  }
  const first = childText(t, 'formattedFirstName');
  const last = childText(t, 'formattedLastName');
  const formatted = childText(t, 'formattedFullName');
  const script: Script = (scriptText && SCRIPTS[scriptText.toLowerCase()]) || detectScript(formatted ?? last ?? first ?? '');
  let full: string | undefined;
  if (schema === 'Person' && first && last) {
    // Han and Hangul names are written family name first, without a space.
    full = script === 'Han' || script === 'Hangul' || script === 'Japanese' ? `${last}${first}` : `${first} ${last}`;
  } else {
    full = formatted ?? [first, last].filter(Boolean).join(' ');
  }
  if (!full) return undefined;
  const name: Name = { full, kind, script };
  if (Object.keys(parts).length > 0 && schema === 'Person') name.parts = parts;
  return name;
}

function mapAddress(a: XmlNode, refs: ReferenceTable, t: XmlNode | undefined): Address | undefined {
  const parts = new Map<string, string[]>();
  for (const p of children(child(t ?? a, 'addressParts') ?? a, 'addressPart')) {
    const type = (childText(p, 'type') ?? '').toUpperCase();
    const value = childText(p, 'value');
    if (value) parts.set(type, [...(parts.get(type) ?? []), value]);
  }
  const one = (...types: string[]): string | undefined => types.flatMap((k) => parts.get(k) ?? []).join(', ') || undefined;
  const street = one('ADDRESS1', 'ADDRESS2', 'ADDRESS3');
  const city = one('CITY');
  const region = one('STATE/PROVINCE', 'REGION');
  const postalCode = one('POSTAL CODE');
  const country = countryOf(child(a, 'country'), refs);
  const known = new Set(['ADDRESS1', 'ADDRESS2', 'ADDRESS3', 'CITY', 'STATE/PROVINCE', 'REGION', 'POSTAL CODE']);
  const other = [...parts].filter(([k]) => !known.has(k)).flatMap(([, v]) => v);
  const full = [street, ...other, city, region, postalCode, country.text].filter(Boolean).join(', ');
  if (!full) return undefined;
  const addr: Address = { full };
  if (street) addr.street = street;
  if (city) addr.city = city;
  if (region) addr.region = region;
  if (postalCode) addr.postalCode = postalCode;
  const c = country.code ?? country.text;
  if (c) addr.country = c;
  return addr;
}

function mapFeature(entity: Entity, f: XmlNode, refs: ReferenceTable): void {
  const label = childText(f, 'type') ?? '';
  const value = childText(f, 'value');
  const ref = f.children.find((c) => c.name === 'valueRefId')?.text;
  const refValue = ref ? refs.get(ref) : undefined;
  const comments = childText(f, 'comments');
  const meaning = labelMeaning(label);
  switch (meaning.kind) {
    case 'birth_date': {
      const vd = child(f, 'valueDate');
      const d = vd ? valueDateToPartial(vd, value) : value ? parsePartialDate(value, 'dmy') : undefined;
      if (d) (entity.birthDates ??= []).push(d);
      return;
    }
    case 'birth_place':
      if (value) {
        pushUnique((entity.birthPlaces ??= []), value);
        const code = placeCountry(value);
        if (code) pushCountry(entity, undefined, 'birth', code);
      }
      return;
    case 'country': {
      const iso = refValue?.isoCode && /^[A-Z]{2}$/.test(refValue.isoCode) ? refValue.isoCode : undefined;
      pushCountry(entity, value ?? refValue?.value, meaning.role, iso);
      return;
    }
    case 'gender': {
      const g = (value ?? '').toLowerCase();
      if (g === 'male' || g === 'female') entity.gender = g;
      else pushProperty(entity, 'Gender', value);
      return;
    }
    case 'identifier': {
      if (!value) return;
      const id = buildIdentifier(meaning.type, label, value, {}, meaning.asset);
      const notes = [id.note, comments, reliabilityNote(f)].filter(Boolean);
      if (notes.length > 0) id.note = notes.join('; ');
      if (plausibleIdentifier(id)) (entity.identifiers ??= []).push(id);
      else pushProperty(entity, meaning.type === 'other_id' ? id.label ?? label : label, value);
      return;
    }
    case 'property': {
      const vd = child(f, 'valueDate');
      const dateText = vd ? valueDateToPartial(vd)?.date : undefined;
      const text = value ?? refValue?.value ?? dateText;
      pushProperty(entity, meaning.key, text && comments ? `${text} (${comments})` : text);
      return;
    }
  }
}

function reliabilityNote(f: XmlNode): string | undefined {
  const r = childText(f, 'reliability');
  return r && r.toLowerCase() !== 'confirmed' ? `reliability: ${r}` : undefined;
}

function mapDocument(entity: Entity, d: XmlNode, refs: ReferenceTable): void {
  const label = childText(d, 'type') ?? 'Identity document';
  const number = childText(d, 'documentNumber');
  if (!number) return;
  const meaning = labelMeaning(label);
  const country = countryOf(child(d, 'issuingCountry'), refs);
  const id = buildIdentifier(meaning.kind === 'identifier' ? meaning.type : 'other_id', label, number, {
    issued: childText(d, 'issueDate'),
    expires: childText(d, 'expirationDate'),
  });
  if (meaning.kind === 'identifier' && meaning.asset) id.asset = meaning.asset;
  if (country.code) id.country = country.code;
  const notes = [
    id.note,
    !country.code && country.text ? country.text : undefined,
    childText(d, 'issuingAuthority') ? `issued by ${childText(d, 'issuingAuthority')}` : undefined,
    childText(d, 'issuingLocation') && childText(d, 'issuingLocation') !== country.text ? `issued in ${childText(d, 'issuingLocation')}` : undefined,
    childText(d, 'isValid')?.toLowerCase() === 'false' ? 'not valid' : undefined,
  ].filter(Boolean);
  if (notes.length > 0) id.note = notes.join('; ');
  (entity.identifiers ??= []).push(id);
}

function snake(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Maps one <entity>. Exported for tests on inline fragments. */
export function mapEnhancedEntity(node: XmlNode, refs: ReferenceTable, dataset: string, fileName: string): Entity {
  const id = node.attrs.id;
  if (!id) throw new SourceError(fileName, `line ${node.line}`, '<entity> without an id attribute');
  const info = child(node, 'generalInfo');
  const typeText = info ? childText(info, 'entityType') : undefined;
  const schema = ofacSchema(typeText);
  if (!schema) throw new SourceError(fileName, `line ${node.line}`, `entity ${id}: unknown entityType "${typeText ?? ''}"`);
  const entity: Entity = { id: entityId(dataset, id), dataset, sourceId: id, schema, caption: '', names: [], sourceUrl: OFAC_DETAILS_URL + encodeURIComponent(id) };

  for (const n of children(child(node, 'names') ?? node, 'name')) {
    const kind = nameKind(n);
    for (const t of children(child(n, 'translations') ?? n, 'translation')) {
      // A primary name's other-script forms are its original-script spellings; an alias's stay aliases.
      const tKind: NameKind = isTrue(t, 'isPrimary') || kind !== 'primary' ? kind : 'original_script';
      pushName(entity.names, mapTranslation(t, tKind, schema));
    }
  }
  if (entity.names.length === 0) throw new SourceError(fileName, `line ${node.line}`, `entity ${id} has no name`);

  for (const l of children(child(node, 'sanctionsLists') ?? node, 'sanctionsList')) {
    pushProperty(entity, 'Sanctions List', l.text);
    const date = l.attrs.datePublished?.slice(0, 10);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!entity.listedOn || date < entity.listedOn)) entity.listedOn = date;
  }
  for (const p of children(child(node, 'sanctionsPrograms') ?? node, 'sanctionsProgram')) if (p.text) pushUnique((entity.programs ??= []), p.text);
  for (const s of children(child(node, 'sanctionsTypes') ?? node, 'sanctionsType')) pushProperty(entity, 'Sanctions Type', s.text);
  for (const a of children(child(node, 'legalAuthorities') ?? node, 'legalAuthority')) pushProperty(entity, 'Legal Authority', a.text);

  for (const a of children(child(node, 'addresses') ?? node, 'address')) {
    const translations = children(child(a, 'translations') ?? a, 'translation');
    for (const t of translations.length > 0 ? translations : [undefined]) {
      const addr = mapAddress(a, refs, t);
      if (addr) (entity.addresses ??= []).push(addr);
    }
    const c = countryOf(child(a, 'country'), refs);
    if (c.code || c.text) pushCountry(entity, c.text, 'location', c.code);
  }
  for (const f of children(child(node, 'features') ?? node, 'feature')) mapFeature(entity, f, refs);
  for (const d of children(child(node, 'identityDocuments') ?? node, 'identityDocument')) mapDocument(entity, d, refs);
  for (const r of children(child(node, 'relationships') ?? node, 'relationship')) {
    const related = child(r, 'relatedEntity');
    const target = related?.attrs.entityId;
    const type = childText(r, 'type');
    if (!target || !type) continue;
    (entity.relationships ??= []).push({ target: entityId(dataset, target), type: snake(type), label: type });
  }
  const remarks = info ? childText(info, 'remarks') : undefined;
  if (remarks) applyRemarkFacts(entity, parseRemarks(remarks));

  entity.caption = captionOf(entity.names);
  return compactEntity(entity);
}

async function* parseEnhanced(ctx: ParseContext): AsyncGenerator<Entity> {
  const file = ctx.files.find((f) => f.baseName.endsWith('.xml')) ?? ctx.files[0];
  if (!file) throw new SourceError('(no file)', undefined, 'OFAC enhanced XML: no input file');
  const refs: ReferenceTable = new Map();
  const stream = await file.open();
  const nodes = streamXml(stream, file.name, {
    collect: new Set(['referenceValue', 'entity']),
    expectRoot: 'sanctionsData',
    onText: (name, text, path) => {
      if (name === 'dataAsOf' && path[path.length - 1] === 'publicationInfo') {
        const date = text.slice(0, 10);
        if (/^\d{4}-\d{2}-\d{2}$/.test(date)) ctx.setPublished(date);
        else ctx.warn(`${file.name}: unreadable dataAsOf "${text}"`);
      }
    },
  });
  for await (const node of nodes) {
    if (node.name === 'referenceValue') {
      const refId = node.attrs.refId;
      if (refId) refs.set(refId, { type: childText(node, 'type') ?? '', value: childText(node, 'value') ?? '', isoCode: childText(node, 'isoCode') });
      continue;
    }
    yield mapEnhancedEntity(node, refs, ctx.dataset, file.name);
  }
}

export const ofacEnhanced: SourceFormat = {
  name: 'ofac_enhanced_xml',
  description: 'OFAC enhanced XML (sanctionsData schema of SDN_ENHANCED.XML and CONS_ENHANCED.XML)',
  defaultDataset: ofacDatasetFor,
  detect: (head, baseName) => baseName.endsWith('.xml') && /<(?:[\w-]+:)?sanctionsData[\s>]/.test(head),
  parse: parseEnhanced,
};

export const formats: SourceFormat[] = [ofacEnhanced];

export const datasets: DatasetInfo[] = ofacDatasets(ofacEnhanced.name, {
  sdn: { urls: [`${OFAC_EXPORTS}SDN_ENHANCED.ZIP`], localGlobs: ['ofac/sdn_enhanced/*/SDN_ENHANCED.ZIP', 'ofac/sdn_enhanced/*/SDN_ENHANCED.XML'], enabledByDefault: false },
  cons: {
    urls: [`${OFAC_EXPORTS}CONS_ENHANCED.ZIP`],
    localGlobs: ['ofac/consolidated_enhanced/*/CONS_ENHANCED.ZIP', 'ofac/consolidated_enhanced/*/CONS_ENHANCED.XML'],
    enabledByDefault: false,
  },
});
