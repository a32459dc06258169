/**
 * EU Financial Sanctions Files, XML 1.1 (`export` root, one `sanctionEntity` per listed subject).
 * Attributes the parser does not map to a model field are kept in `properties` as `<element>.<attribute>`,
 * so a new attribute in the published format is carried rather than lost.
 */
import type { Entity, IdentifierType, NameKind, PartialDate, Schema } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import { EntityBuilder, cleanText, nameScript } from './assemble.js';
import { parseDate } from './dates.js';
import { MAX_FIELD_LENGTH, SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFormat } from './types.js';
import type { XmlNode } from './xml.js';
import { child, children, streamXml } from './xml.js';

export const EU_DATASET = 'eu_fsf';
export const EU_NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';
/** The token the Commission publishes for anonymous downloads of the full file. */
export const EU_FSF_PUBLIC_TOKEN = 'dG9rZW4tMjAxNw';
const EU_BASE = 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content';

/** Download URL of the full list; the token comes from VIGIL_EU_FSF_TOKEN when set. */
export function euFsfUrl(token: string | undefined = process.env.VIGIL_EU_FSF_TOKEN): string {
  const t = token?.trim() || EU_FSF_PUBLIC_TOKEN;
  // Tokens are URL-safe base64; anything else is a configuration mistake, not something to escape and send.
  if (!/^[A-Za-z0-9_\-=.~]{4,256}$/.test(t)) throw new Error(`VIGIL_EU_FSF_TOKEN is not a valid FSF token: "${t.slice(0, 40)}"`);
  const url = new URL(EU_BASE);
  url.searchParams.set('token', t);
  return url.toString();
}

const ID_TYPES: Record<string, IdentifierType> = {
  passport: 'passport',
  id: 'national_id',
  nrn: 'national_id',
  ssn: 'national_id',
  nationcert: 'national_id',
  fiscalcode: 'tax_id',
  regnumber: 'registration',
  swiftbic: 'bic',
  imo: 'imo',
};

const CONTACT_TYPES: Record<string, IdentifierType> = { phone: 'phone', fax: 'phone', email: 'email', web: 'website' };

const isTrue = (v: string | undefined): boolean => v === 'true';

/** FSF writes "00"/"UNKNOWN" for an unknown country. */
function countryOf(node: XmlNode): { code?: string; name?: string } {
  const iso = node.attrs.countryIso2Code;
  const desc = node.attrs.countryDescription;
  const name = desc && desc !== 'UNKNOWN' ? desc : undefined;
  const code = iso && iso !== '00' && /^[A-Z]{2}$/i.test(iso) ? iso.toUpperCase() : countryCode(name);
  return { code, name };
}

/** Stores every attribute not consumed, and regulation summaries, under `<element>.<attribute>`. */
function keepRest(b: EntityBuilder, node: XmlNode, used: readonly string[]): void {
  for (const [k, v] of Object.entries(node.attrs)) {
    if (used.includes(k) || k === 'xmlns') continue;
    if (v !== '' && v !== 'false') b.property(`${node.name}.${k}`, v);
  }
  for (const summary of children(node, 'regulationSummary')) keepRest(b, summary, []);
}

function birthDate(node: XmlNode): PartialDate | undefined {
  const a = node.attrs;
  let date: PartialDate | undefined;
  const full = a.birthdate ? parseDate(a.birthdate) : undefined;
  if (full) date = { date: full };
  else if (a.year) {
    const y = a.year.padStart(4, '0');
    const m = a.monthOfYear ? a.monthOfYear.padStart(2, '0') : undefined;
    const d = a.dayOfMonth ? a.dayOfMonth.padStart(2, '0') : undefined;
    date = { date: (m ? (d ? parseDate(`${y}-${m}-${d}`) : parseDate(`${y}-${m}`)) : undefined) ?? y };
  } else if (a.yearRangeFrom || a.yearRangeTo) {
    const from = a.yearRangeFrom ? parseDate(a.yearRangeFrom) : undefined;
    const to = a.yearRangeTo ? parseDate(a.yearRangeTo) : undefined;
    date = from && to ? { from, to } : { text: [a.yearRangeFrom, a.yearRangeTo].filter(Boolean).join(' - ') };
  } else if (a.birthdate) date = { text: a.birthdate };
  if (date && isTrue(a.circa)) date.approximate = true;
  return date;
}

function remarks(node: XmlNode): string[] {
  return children(node, 'remark')
    .map((r) => r.text)
    .filter(Boolean);
}

/** The XML reader bounds element text; FSF carries its data in attributes, so those are bounded here. */
function checkAttributes(node: XmlNode, file: string): void {
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v.length > MAX_FIELD_LENGTH) throw new SourceError(file, `line ${node.line}`, `<${node.name}> attribute ${k} exceeds ${MAX_FIELD_LENGTH} characters`);
  }
  for (const c of node.children) checkAttributes(c, file);
}

function toEntity(rec: XmlNode, dataset: string, file: string): Entity {
  checkAttributes(rec, file);
  const id = rec.attrs.logicalId?.trim();
  if (!id) throw new SourceError(file, `line ${rec.line}`, '<sanctionEntity> without logicalId');
  const subject = child(rec, 'subjectType');
  const code = subject?.attrs.code;
  const schema: Schema = code === 'person' ? 'Person' : code === 'enterprise' ? 'Organization' : 'LegalEntity';
  const isPerson = schema === 'Person';
  const b = new EntityBuilder(dataset, id, schema);

  const a = rec.attrs;
  if (a.unitedNationId) b.identifier({ type: 'un_ref', value: a.unitedNationId, label: 'UN reference number' });
  b.property('euReferenceNumber', a.euReferenceNumber);
  b.property('designationDetails', a.designationDetails);
  if (a.designationDate) b.listedOn(parseDate(a.designationDate));
  keepRest(b, rec, ['logicalId', 'unitedNationId', 'euReferenceNumber', 'designationDetails', 'designationDate']);
  if (subject) {
    if (schema === 'LegalEntity') b.property('subjectType', code);
    keepRest(b, subject, ['code']);
  }
  for (const r of remarks(rec)) b.remark(r);

  for (const reg of children(rec, 'regulation')) {
    b.program(reg.attrs.programme);
    // The designation date is the listing; without one, the earliest regulation's publication is.
    if (!a.designationDate && reg.attrs.publicationDate) b.listedOn(parseDate(reg.attrs.publicationDate));
    b.property('regulation', reg.attrs.numberTitle);
    const url = child(reg, 'publicationUrl')?.text;
    b.sourceUrl(url);
    keepRest(b, reg, ['programme', 'numberTitle']);
  }

  const aliases = children(rec, 'nameAlias');
  let primaryTaken = false;
  for (const n of aliases) {
    const na = n.attrs;
    const whole = cleanText(na.wholeName) ?? cleanText([na.firstName, na.middleName, na.lastName].filter(Boolean).join(' '));
    if (!whole) continue;
    const script = nameScript(whole);
    const strong = na.strong !== 'false';
    const nameRemarks = remarks(n);
    let kind: NameKind = strong ? 'aka' : nameRemarks.some((r) => /\blow quality\b/i.test(r)) ? 'low_quality' : 'weak';
    if (strong && !primaryTaken && script === 'Latin') {
      kind = 'primary';
      primaryTaken = true;
    }
    const parts: Record<string, string> = {};
    if (cleanText(na.firstName)) parts.given = cleanText(na.firstName) as string;
    if (cleanText(na.middleName)) parts.middle = cleanText(na.middleName) as string;
    if (cleanText(na.lastName)) parts.family = cleanText(na.lastName) as string;
    if (cleanText(na.title)) parts.title = cleanText(na.title) as string;
    b.name(whole, kind, { script, lang: na.nameLanguage ? na.nameLanguage.toLowerCase() : undefined, parts });
    if (na.title) b.title(na.title);
    if (na.function) {
      if (isPerson) b.position(na.function);
      else b.remark(na.function);
    }
    if (na.gender) b.gender(na.gender);
    for (const r of nameRemarks) b.remark(`Name "${whole}": ${r}`);
    keepRest(b, n, ['firstName', 'middleName', 'lastName', 'wholeName', 'title', 'function', 'gender', 'nameLanguage', 'strong']);
  }
  // A subject named only in non-Latin scripts still needs a primary name.
  if (!primaryTaken) {
    const first = b.entity.names.find((n) => n.kind === 'aka');
    if (first) first.kind = 'primary';
  }

  for (const c of children(rec, 'citizenship')) {
    const { code: cc, name } = countryOf(c);
    b.country(name, 'citizenship', cc);
    for (const r of remarks(c)) b.remark(`Citizenship: ${r}`);
    keepRest(b, c, ['countryIso2Code', 'countryDescription']);
  }

  for (const d of children(rec, 'birthdate')) {
    b.birthDate(birthDate(d));
    const { code: cc, name } = countryOf(d);
    const place = [d.attrs.place, d.attrs.city, d.attrs.region, d.attrs.zipCode, name].map(cleanText).filter(Boolean).join(', ');
    b.birthPlace(place);
    b.country(name, 'birth', cc);
    for (const r of remarks(d)) b.remark(`Birth date: ${r}`);
    keepRest(b, d, ['birthdate', 'dayOfMonth', 'monthOfYear', 'year', 'yearRangeFrom', 'yearRangeTo', 'circa', 'city', 'place', 'region', 'zipCode', 'countryIso2Code', 'countryDescription']);
  }

  for (const doc of children(rec, 'identification')) {
    const da = doc.attrs;
    const type = ID_TYPES[(da.identificationTypeCode ?? '').toLowerCase()] ?? 'other_id';
    const { code: cc, name } = countryOf(doc);
    const flags = ['diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer'].filter((f) => isTrue(da[f]));
    const note = [
      da.issuedBy ? `issued by ${da.issuedBy}` : undefined,
      da.nameOnDocument ? `name on document: ${da.nameOnDocument}` : undefined,
      da.region ? `region: ${da.region}` : undefined,
      !cc && name ? `country: ${name}` : undefined,
      flags.length > 0 ? flags.join(', ') : undefined,
      ...remarks(doc),
    ].filter(Boolean);
    const base = {
      type,
      label: cleanText(da.identificationTypeDescription) ?? cleanText(da.identificationTypeCode),
      country: cc,
      issued: da.validFrom ? (parseDate(da.validFrom) ?? da.validFrom) : undefined,
      expires: da.validTo ? (parseDate(da.validTo) ?? da.validTo) : undefined,
      note: note.length > 0 ? note.join('; ') : undefined,
    };
    // A number in another script comes with its Latin transliteration: both are searchable.
    for (const value of new Set([da.number, da.latinNumber].map(cleanText).filter((v): v is string => !!v))) b.identifier({ ...base, value });
    keepRest(b, doc, ['identificationTypeCode', 'identificationTypeDescription', 'number', 'latinNumber', 'countryIso2Code', 'countryDescription', 'issuedBy', 'validFrom', 'validTo', 'nameOnDocument', 'region', ...flags]);
  }

  for (const ad of children(rec, 'address')) {
    const x = ad.attrs;
    const { code: cc, name } = countryOf(ad);
    const street = [x.street, x.poBox].map(cleanText).filter(Boolean).join(', ');
    const city = [x.place, x.city].map(cleanText).filter(Boolean).join(', ');
    const addr = b.address({ street, city, region: x.region, postalCode: x.zipCode, country: name ?? cc });
    b.country(name, isPerson ? 'residence' : 'location', cc);
    if (addr && isTrue(x.asAtListingTime)) b.remark(`Address (${addr.full}): as at listing time`);
    for (const r of remarks(ad)) b.remark(addr ? `Address (${addr.full}): ${r}` : `Address: ${r}`);
    for (const ci of children(ad, 'contactInfo')) {
      const key = (ci.attrs.key ?? '').toLowerCase();
      const idType = CONTACT_TYPES[key];
      for (const value of (ci.attrs.value ?? '').split(/[,;]/).map((v) => v.trim()).filter(Boolean)) {
        if (idType) b.identifier({ type: idType, value: idType === 'email' ? value.toLowerCase() : value, label: key === 'fax' ? 'fax' : undefined });
        else b.property(`contactInfo.${ci.attrs.key ?? ''}`, value);
      }
    }
    keepRest(b, ad, ['street', 'poBox', 'place', 'city', 'region', 'zipCode', 'countryIso2Code', 'countryDescription', 'asAtListingTime']);
  }
  return b.build();
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) {
    const stream = await file.open();
    let rootError: SourceError | undefined;
    const records = streamXml(stream, file.name, {
      collect: new Set(['sanctionEntity']),
      expectRoot: 'export',
      onOpen: (name, attrs, path) => {
        if (path.length !== 0 || name !== 'export') return;
        const ns = attrs.xmlns;
        if (ns !== undefined && ns !== EU_NAMESPACE) rootError = new SourceError(file.name, 'line 1', `namespace "${ns}" is not the FSF export namespace ${EU_NAMESPACE}`);
        const iso = attrs.generationDate ? parseDate(attrs.generationDate.slice(0, 10)) : undefined;
        if (iso) ctx.setPublished(iso);
        else ctx.warn(`${file.name}: <export> has no generationDate`);
      },
    });
    for await (const rec of records) {
      if (rootError) throw rootError;
      yield toEntity(rec, ctx.dataset, file.name);
    }
    if (rootError) throw rootError;
  }
}

export const formats: SourceFormat[] = [
  {
    name: 'eu_fsf_xml',
    description: 'EU Financial Sanctions Files, XML 1.1 (export/sanctionEntity)',
    defaultDataset: () => EU_DATASET,
    detect: (head) => head.includes(EU_NAMESPACE) || /<export[\s>][\s\S]*<sanctionEntity[\s>]/.test(head),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: EU_DATASET,
    title: 'EU Financial Sanctions Files (consolidated list)',
    publisher: 'European Commission',
    country: 'EU',
    licence: 'Reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)',
    format: 'eu_fsf_xml',
    // Built when read, so a bad VIGIL_EU_FSF_TOKEN fails the download with its message, not the import of this module.
    get urls(): string[] {
      return [euFsfUrl()];
    },
    localGlobs: ['eu/fsf/*/*.xml', 'eu/*/*.xml'],
    enabledByDefault: true,
    homepage: 'https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions',
  },
];
