/**
 * OFAC classic XML: the `sdnList` schema of SDN.XML and CONSOLIDATED.XML.
 * One <sdnEntry> per listed party; structured lists for names, ids, addresses, birth data and vessel data,
 * plus free-text remarks parsed like the CSV set's.
 */
import type { Address, Entity, Name, NameKind } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import type { DatasetInfo, ParseContext, SourceFormat } from './types.js';
import { SourceError } from './errors.js';
import { child, children, childText, streamXml, type XmlNode } from './xml.js';
import { detectScript } from '../text/script.js';
import { parseDate, parsePartialDate } from './dates.js';
import { buildIdentifier, labelMeaning, plausibleIdentifier } from './ofac-ids.js';
import { applyRemarkFacts, parseRemarks } from './ofac-remarks.js';
import {
  captionOf,
  compactEntity,
  nameFromParts,
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

export const OFAC_DETAILS_URL = 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=';

/** vesselInfo children, named as OFAC's other formats name the same facts. */
const VESSEL_FIELDS: Record<string, string> = {
  callSign: 'Vessel Call Sign',
  vesselType: 'Vessel Type',
  vesselOwner: 'Vessel Owner',
  tonnage: 'Vessel Tonnage',
  grossRegisteredTonnage: 'Vessel Gross Registered Tonnage',
};

const HANDLED = new Set([
  'uid', 'firstName', 'lastName', 'title', 'sdnType', 'remarks', 'programList', 'idList', 'akaList', 'addressList',
  'nationalityList', 'citizenshipList', 'dateOfBirthList', 'placeOfBirthList', 'vesselInfo',
]);

function akaKind(node: XmlNode): NameKind {
  if ((childText(node, 'category') ?? '').toLowerCase() === 'weak') return 'weak';
  return (childText(node, 'type') ?? '').toLowerCase() === 'f.k.a.' ? 'fka' : 'aka';
}

function personOrPlainName(first: string | undefined, last: string | undefined, isPerson: boolean, kind: NameKind): Name | undefined {
  if (isPerson) return nameFromParts(first, last, kind);
  const full = [first, last].filter(Boolean).join(' ').trim();
  return full ? { full, kind, script: detectScript(full) } : undefined;
}

function mapAddress(node: XmlNode): Address | undefined {
  const street = ['address1', 'address2', 'address3'].map((k) => childText(node, k)).filter(Boolean).join(', ') || undefined;
  const city = childText(node, 'city');
  const region = childText(node, 'stateOrProvince');
  const postalCode = childText(node, 'postalCode');
  const countryText = childText(node, 'country');
  const full = [street, city, region, postalCode, countryText].filter(Boolean).join(', ');
  if (!full) return undefined;
  const addr: Address = { full };
  if (street) addr.street = street;
  if (city) addr.city = city;
  if (region) addr.region = region;
  if (postalCode) addr.postalCode = postalCode;
  if (countryText) addr.country = countryCode(countryText) ?? countryText;
  return addr;
}

/** Maps one <sdnEntry> to an entity. Exported for tests on inline fragments. */
export function mapSdnEntry(node: XmlNode, dataset: string, fileName: string, warn: (m: string) => void): Entity {
  const uid = childText(node, 'uid');
  if (!uid) throw new SourceError(fileName, `line ${node.line}`, '<sdnEntry> without <uid>');
  const typeText = childText(node, 'sdnType');
  const schema = ofacSchema(typeText);
  if (!schema) throw new SourceError(fileName, `line ${node.line}`, `sdnEntry ${uid}: unknown sdnType "${typeText ?? ''}"`);
  const isPerson = schema === 'Person';
  const entity: Entity = {
    id: entityId(dataset, uid),
    dataset,
    sourceId: uid,
    schema,
    caption: '',
    names: [],
    sourceUrl: OFAC_DETAILS_URL + encodeURIComponent(uid),
  };
  pushName(entity.names, personOrPlainName(childText(node, 'firstName'), childText(node, 'lastName'), isPerson, 'primary'));
  if (entity.names.length === 0) throw new SourceError(fileName, `line ${node.line}`, `sdnEntry ${uid} has no name`);

  const title = childText(node, 'title');
  if (title) entity.titles = [title];

  for (const p of children(child(node, 'programList') ?? node, 'program')) if (p.text) pushUnique((entity.programs ??= []), p.text);

  for (const aka of children(child(node, 'akaList') ?? node, 'aka')) {
    pushName(entity.names, personOrPlainName(childText(aka, 'firstName'), childText(aka, 'lastName'), isPerson, akaKind(aka)));
  }

  for (const id of children(child(node, 'idList') ?? node, 'id')) mapId(entity, id);

  for (const a of children(child(node, 'addressList') ?? node, 'address')) {
    const addr = mapAddress(a);
    if (!addr) continue;
    (entity.addresses ??= []).push(addr);
    pushCountry(entity, childText(a, 'country'), 'location');
  }
  for (const n of children(child(node, 'nationalityList') ?? node, 'nationality')) pushCountry(entity, childText(n, 'country'), 'nationality');
  for (const c of children(child(node, 'citizenshipList') ?? node, 'citizenship')) pushCountry(entity, childText(c, 'country'), 'citizenship');
  for (const d of children(child(node, 'dateOfBirthList') ?? node, 'dateOfBirthItem')) {
    const date = parsePartialDate(childText(d, 'dateOfBirth') ?? '', 'dmy');
    if (date) (entity.birthDates ??= []).push(date);
  }
  for (const p of children(child(node, 'placeOfBirthList') ?? node, 'placeOfBirthItem')) {
    const place = childText(p, 'placeOfBirth');
    if (!place) continue;
    pushUnique((entity.birthPlaces ??= []), place);
    const code = placeCountry(place);
    if (code) pushCountry(entity, undefined, 'birth', code);
  }
  const vessel = child(node, 'vesselInfo');
  if (vessel) {
    for (const f of vessel.children) {
      if (f.name === 'vesselFlag') pushCountry(entity, f.text, 'flag');
      else pushProperty(entity, VESSEL_FIELDS[f.name] ?? f.name, f.text);
    }
  }
  const remarks = childText(node, 'remarks');
  if (remarks) applyRemarkFacts(entity, parseRemarks(remarks));

  for (const c of node.children) {
    if (!HANDLED.has(c.name)) {
      warn(`${fileName}:${c.line}: sdnEntry ${uid}: unknown element <${c.name}> kept as a property`);
      pushProperty(entity, c.name, c.text);
    }
  }
  entity.caption = captionOf(entity.names);
  return compactEntity(entity);
}

function mapId(entity: Entity, node: XmlNode): void {
  const label = childText(node, 'idType') ?? '';
  const value = childText(node, 'idNumber') ?? '';
  const country = childText(node, 'idCountry');
  if (!value) return;
  const meaning = labelMeaning(label);
  switch (meaning.kind) {
    case 'identifier': {
      const id = buildIdentifier(meaning.type, label, value, { country, issued: childText(node, 'issueDate'), expires: childText(node, 'expirationDate') }, meaning.asset);
      if (plausibleIdentifier(id)) (entity.identifiers ??= []).push(id);
      else pushProperty(entity, meaning.type === 'other_id' ? id.label ?? label : label, value);
      return;
    }
    case 'gender': {
      const g = value.toLowerCase();
      if (g === 'male' || g === 'female') entity.gender = g;
      else pushProperty(entity, 'Gender', value);
      return;
    }
    case 'country':
      pushCountry(entity, value, meaning.role);
      return;
    case 'birth_date': {
      const d = parsePartialDate(value, 'dmy');
      if (d) (entity.birthDates ??= []).push(d);
      return;
    }
    case 'birth_place':
      pushUnique((entity.birthPlaces ??= []), value);
      return;
    case 'property':
      pushProperty(entity, meaning.key, country ? `${value} (${country})` : value);
      return;
  }
}

async function* parseClassic(ctx: ParseContext): AsyncGenerator<Entity> {
  const file = ctx.files.find((f) => f.baseName.endsWith('.xml')) ?? ctx.files[0];
  if (!file) throw new SourceError('(no file)', undefined, 'OFAC classic XML: no input file');
  let declared: number | undefined;
  let count = 0;
  const stream = await file.open();
  const records = streamXml(stream, file.name, {
    collect: new Set(['sdnEntry']),
    expectRoot: 'sdnList',
    onText: (name, text, path) => {
      if (path[path.length - 1] !== 'publshInformation') return;
      if (name === 'Publish_Date') {
        const iso = parseDate(text, 'mdy');
        if (iso) ctx.setPublished(iso);
        else ctx.warn(`${file.name}: unreadable Publish_Date "${text}"`);
      } else if (name === 'Record_Count' && /^\d+$/.test(text)) {
        declared = Number(text);
      }
    },
  });
  for await (const node of records) {
    count++;
    yield mapSdnEntry(node, ctx.dataset, file.name, ctx.warn);
  }
  if (declared !== undefined && declared !== count) ctx.warn(`${file.name}: Record_Count says ${declared}, file holds ${count} entries`);
}

export const ofacClassicXml: SourceFormat = {
  name: 'ofac_classic_xml',
  description: 'OFAC classic XML (sdnList schema of SDN.XML and CONSOLIDATED.XML)',
  defaultDataset: ofacDatasetFor,
  detect: (head, baseName) => baseName.endsWith('.xml') && /<(?:[\w-]+:)?sdnList[\s>]/.test(head),
  parse: parseClassic,
};

export const formats: SourceFormat[] = [ofacClassicXml];

export const datasets: DatasetInfo[] = ofacDatasets(ofacClassicXml.name, {
  // The advanced XML is the default source for the SDN list; the classic XML is an alternative.
  sdn: { urls: [`${OFAC_EXPORTS}SDN.XML`], localGlobs: ['ofac/sdn_xml/*/sdn.xml', 'ofac/sdn_xml/*/SDN.XML'], enabledByDefault: false },
  cons: {
    urls: [`${OFAC_EXPORTS}CONSOLIDATED.XML`],
    localGlobs: ['ofac/consolidated_xml/*/consolidated.xml', 'ofac/consolidated_xml/*/CONSOLIDATED.XML'],
    enabledByDefault: true,
  },
});
