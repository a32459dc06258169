/**
 * UN Security Council Consolidated List (consolidated.xml): INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY records.
 * Every element of the published schema is mapped; elements the model has no field for go to `properties`.
 */
import type { Entity, IdentifierType, PartialDate, Schema } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import { EntityBuilder, cleanText } from './assemble.js';
import { parseDate, parsePartialDate } from './dates.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFormat } from './types.js';
import { commentGender, commentIdentifiers, commentReferences } from './un-comments.js';
import type { XmlNode } from './xml.js';
import { childText, children, streamXml } from './xml.js';

export const UN_DATASET = 'un_sc_sanctions';
export const UN_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';

const NAME_ELEMENTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;

// Elements read explicitly below; anything else inside a record is kept in `properties` under its own name.
const KNOWN = new Set<string>([
  ...NAME_ELEMENTS,
  'DATAID', 'VERSIONNUM', 'UN_LIST_TYPE', 'REFERENCE_NUMBER', 'LISTED_ON', 'GENDER', 'COMMENTS1', 'DESIGNATION', 'TITLE',
  'NATIONALITY', 'LIST_TYPE', 'LAST_DAY_UPDATED', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'NAME_ORIGINAL_SCRIPT',
  'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_DATE_OF_BIRTH', 'INDIVIDUAL_PLACE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT',
  'SORT_KEY', 'SORT_KEY_LAST_MOD',
]);

// A ship-owning company is not a ship: an entity is a Vessel only when its own name carries no
// organisation word and it has an IMO number or its comments open by describing it as a ship.
const ORG_WORDS =
  /\b(?:co|company|corp|corporation|ltd|limited|llc|inc|jv|pte|gmbh|sa|shipping|trading|group|international|freight|marine|management|bank|department|bureau|network|front|organi[sz]ation|movement|brigade|army|party|foundation|association|committee|cent(?:er|re)|office|agency|institute|industr\w*|enterprises?|firm|exchange|trust|fund|holdings?|services?|lines?)\b/i;
const VESSEL_SELF = /^(?:the\s+|an?\s+)?(?:[\w-]+-flagged\s+)?(?:motor\s+|oil\s+)?(?:vessel|tanker|cargo ship)\b/i;

function values(node: XmlNode, name: string): string[] {
  const out: string[] = [];
  for (const c of children(node, name)) {
    const vs = children(c, 'VALUE');
    if (vs.length === 0 && c.text) out.push(c.text);
    for (const v of vs) if (v.text) out.push(v.text);
  }
  return out;
}

function documentType(type: string): IdentifierType {
  const t = type.toLowerCase();
  if (/pass(?:port|eport)|pasaporte/.test(t)) return 'passport';
  if (/tax/.test(t)) return 'tax_id';
  if (/identif|identity|id card|tazkira|civil|personal|social security|national/.test(t)) return 'national_id';
  return 'other_id';
}

const EXPIRY = /\bexpir(?:es|ed|ation date|y date|y)?\s*(?:on)?\s*:?\s*([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\s+[A-Za-z]{3,9}\.?\s+[0-9]{4})/i;

function birthDate(node: XmlNode): { date?: PartialDate; note?: string } {
  const type = (childText(node, 'TYPE_OF_DATE') ?? '').toUpperCase();
  const note = childText(node, 'NOTE');
  const approximate = type === 'APPROXIMATELY';
  const exact = childText(node, 'DATE');
  const year = childText(node, 'YEAR');
  const from = childText(node, 'FROM_YEAR');
  const to = childText(node, 'TO_YEAR');
  let date: PartialDate | undefined;
  const single = exact ? (parseDate(exact.slice(0, 10)) ?? undefined) : year ? parseDate(year) : undefined;
  if (single) date = { date: single };
  else if (from || to) {
    const f = from ? parseDate(from) : undefined;
    const t = to ? parseDate(to) : undefined;
    date = f && t ? { from: f, to: t } : { text: [from, to].filter(Boolean).join(' - ') };
  } else if (exact || year) date = { text: (exact ?? year) as string };
  if (!date && note) {
    // Some records hold the date only in the note ("Nov. 1973"): the note then is the date.
    return { date: parsePartialDate(note) };
  }
  if (date && approximate) date.approximate = true;
  return { date, note };
}

function recordToEntity(rec: XmlNode, dataset: string, file: string): Entity {
  const isPerson = rec.name === 'INDIVIDUAL';
  const ref = childText(rec, 'REFERENCE_NUMBER');
  if (!ref) throw new SourceError(file, `line ${rec.line}`, `<${rec.name}> without REFERENCE_NUMBER`);
  const comments = childText(rec, 'COMMENTS1');

  const ordered = NAME_ELEMENTS.map((n) => cleanText(childText(rec, n))).filter((v): v is string => !!v);
  const primary = ordered.join(' ');

  let schema: Schema = isPerson ? 'Person' : 'Organization';
  const commentIds = comments ? commentIdentifiers(comments, 'IMO company number') : [];
  if (!isPerson && !ORG_WORDS.test(primary) && (commentIds.some((i) => i.type === 'imo') || (comments !== undefined && VESSEL_SELF.test(comments)))) {
    schema = 'Vessel';
  }
  const b = new EntityBuilder(dataset, ref, schema);
  b.name(primary, 'primary', isPerson && ordered.length > 1 ? { parts: { ordered } } : {});
  b.identifier({ type: 'un_ref', value: ref, label: 'UN reference number' });
  b.program(childText(rec, 'UN_LIST_TYPE'));
  const listed = childText(rec, 'LISTED_ON');
  if (listed) {
    const iso = parseDate(listed.slice(0, 10));
    if (iso) b.listedOn(iso);
    else b.property('listedOn', listed);
  }
  b.gender(childText(rec, 'GENDER'));
  if (comments) {
    b.remark(comments);
    if (isPerson && !b.entity.gender) {
      const g = commentGender(comments);
      if (g) b.entity.gender = g;
    }
    for (const id of commentIds) b.identifier(schema === 'Vessel' && id.type === 'imo' ? { ...id, label: 'IMO number' } : id);
    for (const other of commentReferences(comments)) {
      if (other !== ref) b.relationship({ target: entityId(dataset, other), type: 'related_to', label: 'mentioned in the UN comments' });
    }
  }
  for (const v of values(rec, 'DESIGNATION')) b.position(v);
  for (const v of values(rec, 'TITLE')) b.title(v);
  for (const v of values(rec, 'NATIONALITY')) b.country(v, 'nationality');
  for (const v of values(rec, 'LIST_TYPE')) b.property('listType', v);
  for (const v of values(rec, 'LAST_DAY_UPDATED')) b.property('lastUpdated', v);
  b.property('dataId', childText(rec, 'DATAID'));
  b.property('versionNum', childText(rec, 'VERSIONNUM'));
  b.property('sortKey', childText(rec, 'SORT_KEY'));
  b.property('sortKeyLastMod', childText(rec, 'SORT_KEY_LAST_MOD'));

  for (const alias of children(rec, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const quality = (childText(alias, 'QUALITY') ?? '').toLowerCase();
    const name = childText(alias, 'ALIAS_NAME');
    const kind = quality === 'low' ? 'low_quality' : quality === 'f.k.a.' ? 'fka' : 'aka';
    b.name(name, kind);
    // Aliases can carry the birth details under which that alias was used.
    const dob = childText(alias, 'DATE_OF_BIRTH');
    if (dob) b.birthDate(parsePartialDate(dob));
    const city = childText(alias, 'CITY_OF_BIRTH');
    const country = childText(alias, 'COUNTRY_OF_BIRTH');
    if (city || country) b.birthPlace([city, country].filter(Boolean).join(', '));
    b.country(country, 'birth');
    const note = childText(alias, 'NOTE');
    if (note) b.remark(name ? `Alias "${cleanText(name)}": ${note}` : `Alias note: ${note}`);
  }
  for (const n of children(rec, 'NAME_ORIGINAL_SCRIPT')) b.name(n.text, 'original_script');

  for (const addr of children(rec, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const country = childText(addr, 'COUNTRY');
    const a = b.address({
      street: childText(addr, 'STREET'),
      city: childText(addr, 'CITY'),
      region: childText(addr, 'STATE_PROVINCE'),
      postalCode: childText(addr, 'ZIP_CODE'),
      country,
    });
    b.country(country, isPerson ? 'residence' : 'location');
    const note = childText(addr, 'NOTE');
    if (note) b.remark(a ? `Address (${a.full}): ${note}` : `Address note: ${note}`);
  }

  for (const dob of children(rec, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const { date, note } = birthDate(dob);
    b.birthDate(date);
    if (note && date && date.text !== note) b.remark(`Date of birth note: ${note}`);
  }
  for (const pob of children(rec, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const country = childText(pob, 'COUNTRY');
    const place = [childText(pob, 'STREET'), childText(pob, 'CITY'), childText(pob, 'STATE_PROVINCE'), country].filter(Boolean).join(', ');
    b.birthPlace(place);
    b.country(country, 'birth');
    const note = childText(pob, 'NOTE');
    if (note) b.remark(`Place of birth note: ${note}`);
  }
  for (const doc of children(rec, 'INDIVIDUAL_DOCUMENT')) {
    const type1 = cleanText(childText(doc, 'TYPE_OF_DOCUMENT'));
    const type2 = cleanText(childText(doc, 'TYPE_OF_DOCUMENT2'));
    const number = childText(doc, 'NUMBER');
    const issuing = childText(doc, 'ISSUING_COUNTRY') ?? childText(doc, 'COUNTRY_OF_ISSUE');
    const note = cleanText(childText(doc, 'NOTE'));
    const city = childText(doc, 'CITY_OF_ISSUE');
    const label = [type1, type2].filter(Boolean).join('; ');
    if (!number) {
      if (label || note) b.remark(`Document${label ? ` (${label})` : ''}: ${[note, issuing, city].filter(Boolean).join('; ')}`);
      continue;
    }
    const issuedOn = childText(doc, 'DATE_OF_ISSUE');
    const expiry = note?.match(EXPIRY);
    const noteParts = [city ? `issued in ${city}` : undefined, note].filter(Boolean);
    const issuingCode = issuing ? countryCode(issuing) : undefined;
    if (issuing && !issuingCode) noteParts.push(`issuing country: ${issuing}`);
    // Both issuing-country elements appear in the data: a second one that differs is kept in the note.
    const second = childText(doc, 'COUNTRY_OF_ISSUE');
    if (second && second !== issuing) noteParts.push(`country of issue: ${second}`);
    b.identifier({
      type: documentType(type1 ?? type2 ?? ''),
      value: number,
      label: label || undefined,
      country: issuingCode,
      issued: issuedOn ? (parseDate(issuedOn.slice(0, 10)) ?? issuedOn) : undefined,
      expires: expiry ? parseDate(expiry[1] as string) : undefined,
      note: noteParts.length > 0 ? noteParts.join('; ') : undefined,
    });
  }

  for (const c of rec.children) {
    if (!KNOWN.has(c.name) && (c.text || c.children.length > 0)) {
      b.property(c.name, c.text || c.children.map((g) => g.text).filter(Boolean).join('; '));
    }
  }
  return b.build();
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) {
    const stream = await file.open();
    let published = false;
    const records = streamXml(stream, file.name, {
      collect: new Set(['INDIVIDUAL', 'ENTITY']),
      expectRoot: 'CONSOLIDATED_LIST',
      onOpen: (name, attrs) => {
        if (name !== 'CONSOLIDATED_LIST') return;
        const iso = attrs.dateGenerated ? parseDate(attrs.dateGenerated.slice(0, 10)) : undefined;
        if (iso) {
          ctx.setPublished(iso);
          published = true;
        }
      },
    });
    for await (const rec of records) yield recordToEntity(rec, ctx.dataset, file.name);
    if (!published) ctx.warn(`${file.name}: CONSOLIDATED_LIST has no dateGenerated attribute`);
  }
}

export const formats: SourceFormat[] = [
  {
    name: 'un_sc_xml',
    description: 'UN Security Council Consolidated List, XML (CONSOLIDATED_LIST)',
    defaultDataset: () => UN_DATASET,
    detect: (head) => /<CONSOLIDATED_LIST[\s>]/.test(head),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: UN_DATASET,
    title: 'UN Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    country: 'UN',
    licence: 'Public (United Nations); free to reuse',
    format: 'un_sc_xml',
    urls: [UN_URL],
    localGlobs: ['un/*/consolidated.xml'],
    enabledByDefault: true,
    homepage: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
  },
];
