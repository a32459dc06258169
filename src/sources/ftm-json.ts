/**
 * FollowTheMoney entities as JSON lines (OpenSanctions `entities.ftm.json`): one entity per line.
 *
 * Link records (Ownership, Directorship, Family, ..., Sanction, Occupancy, Identification, Address) are not
 * screenable: they become relationships, programs, identifiers and addresses on the entities they point at.
 * A link may come before or after the entities it joins, so the file is read twice: the first pass keeps
 * only what links attach (bounded by MAX_LINKS), the second builds and yields the screenable entities.
 */
import type { Entity, Identifier, IdentifierType, NameKind, NameParts, Schema } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { EntityBuilder, cleanText } from './assemble.js';
import { parseDate, parsePartialDate } from './dates.js';
import { MAX_FIELD_LENGTH, SourceError } from './errors.js';
import { readLines } from './lines.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';

export const FTM_DEFAULT_DATASET = 'opensanctions';
export const OPENSANCTIONS_SANCTIONS_URL = 'https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json';

/** Link records buffered in the first pass; beyond this the rest are reported, not kept. */
export const MAX_LINKS = 2_000_000;

const SCREENABLE: Record<string, Schema> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  PublicBody: 'Organization',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
  CryptoWallet: 'CryptoWallet',
};

/** Schema → [from property, to property, relationship seen from `from`, relationship seen from `to`]. */
const LINKS: Record<string, [string, string, string, string]> = {
  Ownership: ['owner', 'asset', 'owner_of', 'owned_by'],
  Directorship: ['director', 'organization', 'director_of', 'has_director'],
  Family: ['person', 'relative', 'family_of', 'family_of'],
  Associate: ['person', 'associate', 'associate_of', 'associate_of'],
  UnknownLink: ['subject', 'object', 'linked_to', 'linked_to'],
  Membership: ['member', 'organization', 'member_of', 'has_member'],
  Employment: ['employee', 'employer', 'employee_of', 'employer_of'],
  Representation: ['agent', 'client', 'agent_of', 'represented_by'],
};

const NAME_KINDS: Record<string, NameKind> = { name: 'primary', alias: 'aka', weakAlias: 'weak', previousName: 'fka', abbreviation: 'weak' };

const ID_PROPS: Record<string, [IdentifierType, string?]> = {
  passportNumber: ['passport'],
  idNumber: ['national_id'],
  socialSecurityNumber: ['national_id', 'social security number'],
  taxNumber: ['tax_id'],
  innCode: ['tax_id', 'INN'],
  vatCode: ['tax_id', 'VAT'],
  registrationNumber: ['registration'],
  ogrnCode: ['registration', 'OGRN'],
  okpoCode: ['registration', 'OKPO'],
  kppCode: ['other_id', 'KPP'],
  bikCode: ['other_id', 'BIK'],
  dunsCode: ['other_id', 'DUNS'],
  npiCode: ['other_id', 'NPI'],
  cageCode: ['other_id', 'CAGE'],
  uniqueEntityId: ['other_id', 'UEI'],
  permId: ['other_id', 'PermID'],
  ricCode: ['other_id', 'RIC'],
  imoNumber: ['imo'],
  mmsi: ['mmsi'],
  swiftBic: ['bic'],
  leiCode: ['lei'],
  email: ['email'],
  phone: ['phone'],
  website: ['website'],
  serialNumber: ['aircraft_serial'],
};

interface FtmRecord {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  raw: Record<string, unknown>;
}

/** What link records attach to one entity. */
type Attachment =
  | { kind: 'rel'; target: string; type: string; label?: string }
  | { kind: 'sanction'; props: Record<string, string[]> }
  | { kind: 'ident'; id: Identifier }
  | { kind: 'post'; postId: string; label?: string };

interface AddressInfo {
  full?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

function record(text: string, file: string, line: number): FtmRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, `line ${line}`, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SourceError(file, `line ${line}`, 'expected a JSON object per line');
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') throw new SourceError(file, `line ${line}`, 'entity without a string "id"');
  if (typeof r.schema !== 'string' || r.schema === '') throw new SourceError(file, `line ${line}`, `entity ${r.id} without a "schema"`);
  const props = r.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props) || props === null) throw new SourceError(file, `line ${line}`, `entity ${r.id}: "properties" is not an object`);
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    const list = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const item of list) {
      if (item === null || item === undefined) continue;
      if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
        throw new SourceError(file, `line ${line}`, `entity ${r.id}: property ${k} holds a non-text value`);
      }
      const s = String(item);
      if (s.length > MAX_FIELD_LENGTH) throw new SourceError(file, `line ${line}`, `entity ${r.id}: property ${k} exceeds ${MAX_FIELD_LENGTH} characters`);
      out.push(s);
    }
    properties[k] = out;
  }
  return { id: r.id, schema: r.schema, properties, raw: r };
}

async function* records(file: SourceFile): AsyncGenerator<{ rec: FtmRecord; line: number }> {
  let seen = false;
  for await (const { text, line } of readLines(await file.open(), file.name)) {
    if (text.trim() === '') continue;
    if (!seen && !text.trimStart().startsWith('{')) throw new SourceError(file.name, `line ${line}`, 'not FollowTheMoney JSON lines (expected one JSON object per line)');
    seen = true;
    yield { rec: record(text, file.name, line), line };
  }
  if (!seen) throw new SourceError(file.name, undefined, 'no entities in file');
}

class LinkIndex {
  readonly attachments = new Map<string, Attachment[]>();
  readonly addresses = new Map<string, AddressInfo>();
  readonly positions = new Map<string, string>();
  readonly screenable = new Set<string>();
  readonly skipped = new Map<string, number>();
  count = 0;
  overflow = 0;

  attach(id: string, a: Attachment): void {
    if (this.count >= MAX_LINKS) {
      this.overflow++;
      return;
    }
    this.count++;
    const list = this.attachments.get(id);
    if (list) list.push(a);
    else this.attachments.set(id, [a]);
  }

  add(rec: FtmRecord): void {
    const p = rec.properties;
    const link = LINKS[rec.schema];
    if (SCREENABLE[rec.schema]) {
      this.screenable.add(rec.id);
      // A wallet is screenable itself, and its address also identifies its holder.
      if (rec.schema === 'CryptoWallet') {
        for (const holder of p.holder ?? []) {
          this.attach(holder, { kind: 'rel', target: rec.id, type: 'holder_of' });
          for (const key of p.publicKey ?? []) this.attach(holder, { kind: 'ident', id: { type: 'crypto', value: key, asset: p.currency?.[0] } });
        }
      }
    } else if (link) {
      const [fromProp, toProp, fromType, toType] = link;
      const label = cleanText([...(p.role ?? []), ...(p.relationship ?? []), ...(p.percentage ?? []).map((x) => `${x}%`)].join(', '));
      for (const from of p[fromProp] ?? []) {
        for (const to of p[toProp] ?? []) {
          if (from === to) continue;
          this.attach(from, { kind: 'rel', target: to, type: fromType, label });
          this.attach(to, { kind: 'rel', target: from, type: toType, label });
        }
      }
    } else if (rec.schema === 'Sanction') {
      for (const target of p.entity ?? []) this.attach(target, { kind: 'sanction', props: p });
    } else if (rec.schema === 'Occupancy') {
      for (const holder of p.holder ?? []) for (const post of p.post ?? []) this.attach(holder, { kind: 'post', postId: post, label: cleanText([...(p.startDate ?? []), ...(p.endDate ?? [])].join(' – ')) });
    } else if (rec.schema === 'Position') {
      const name = p.name?.[0];
      if (name) this.positions.set(rec.id, name);
    } else if (rec.schema === 'Address') {
      this.addresses.set(rec.id, {
        full: p.full?.[0],
        street: p.street?.[0],
        city: p.city?.[0],
        region: p.region?.[0] ?? p.state?.[0],
        postalCode: p.postalCode?.[0],
        // FtM writes countries as lower-case ISO codes.
        country: p.country?.[0]?.toUpperCase(),
      });
    } else if (rec.schema === 'Identification' || rec.schema === 'Passport') {
      const type: IdentifierType = rec.schema === 'Passport' || /passport/i.test(p.type?.[0] ?? '') ? 'passport' : 'national_id';
      for (const holder of p.holder ?? []) {
        for (const value of [...(p.number ?? []), ...(p.passportNumber ?? [])]) {
          this.attach(holder, {
            kind: 'ident',
            id: {
              type,
              value,
              country: p.country?.[0]?.toUpperCase(),
              label: p.type?.[0],
              issued: p.startDate?.[0],
              expires: p.endDate?.[0],
              note: cleanText([...(p.authority ?? []), ...(p.summary ?? [])].join('; ')),
            },
          });
        }
      }
    } else {
      this.skipped.set(rec.schema, (this.skipped.get(rec.schema) ?? 0) + 1);
    }
  }
}

/** Properties read explicitly; everything else lands in `properties` under the FtM property name. */
const HANDLED = new Set([
  ...Object.keys(NAME_KINDS),
  ...Object.keys(ID_PROPS),
  'firstName', 'middleName', 'lastName', 'fatherName', 'motherName', 'secondName', 'title', 'position',
  'birthDate', 'deathDate', 'birthPlace', 'birthCountry', 'nationality', 'citizenship', 'country', 'jurisdiction',
  'mainCountry', 'flag', 'gender', 'address', 'addressEntity', 'program', 'programId', 'notes', 'summary',
  'description', 'sourceUrl', 'publicKey', 'currency', 'holder',
]);

function toEntity(rec: FtmRecord, dataset: string, index: LinkIndex): Entity {
  const schema = SCREENABLE[rec.schema] as Schema;
  const p = rec.properties;
  const b = new EntityBuilder(dataset, rec.id, schema);
  const isPerson = schema === 'Person';

  for (const [prop, kind] of Object.entries(NAME_KINDS)) for (const n of p[prop] ?? []) b.name(n, kind);
  const parts = {
    given: cleanText(p.firstName?.join(' ')),
    middle: cleanText(p.middleName?.join(' ') ?? p.secondName?.join(' ')),
    family: cleanText(p.lastName?.join(' ')),
    patronymic: cleanText(p.fatherName?.join(' ')),
    matronymic: cleanText(p.motherName?.join(' ')),
  };
  const definedParts = Object.fromEntries(Object.entries(parts).filter(([, v]) => v)) as Record<string, string>;
  if (Object.keys(definedParts).length > 0) {
    // Parts describe one name: attach them to the single primary name, or build that name from them.
    const primaries = b.entity.names.filter((n) => n.kind === 'primary');
    if (primaries[0] && primaries.length === 1) primaries[0].parts = definedParts as NameParts;
    else if (primaries.length === 0) b.name([parts.given, parts.middle, parts.patronymic, parts.family].filter(Boolean).join(' '), 'primary', { parts: definedParts });
    else for (const [k, v] of Object.entries(definedParts)) b.property(k, v);
  }
  if (p.secondName && p.middleName) for (const v of p.secondName) b.property('secondName', v);

  for (const v of p.title ?? []) b.title(v);
  for (const v of p.position ?? []) b.position(v);
  for (const v of p.birthDate ?? []) b.birthDate(parsePartialDate(v));
  for (const v of p.deathDate ?? []) b.deathDate(parsePartialDate(v));
  for (const v of p.birthPlace ?? []) b.birthPlace(v);
  for (const v of p.birthCountry ?? []) b.country(v, 'birth');
  for (const v of p.nationality ?? []) b.country(v, 'nationality');
  for (const v of p.citizenship ?? []) b.country(v, 'citizenship');
  for (const v of p.country ?? []) b.country(v, isPerson ? 'other' : 'location');
  for (const v of p.mainCountry ?? []) b.country(v, 'location');
  for (const v of p.jurisdiction ?? []) b.country(v, 'jurisdiction');
  for (const v of p.flag ?? []) b.country(v, 'flag');
  for (const v of p.gender ?? []) b.gender(v);

  for (const [prop, [type, label]] of Object.entries(ID_PROPS)) {
    for (const v of p[prop] ?? []) {
      // An aircraft's registration number is its tail number.
      const t = schema === 'Aircraft' && prop === 'registrationNumber' ? 'aircraft_tail' : type;
      b.identifier({ type: t, value: type === 'email' ? v.toLowerCase() : v, label });
    }
  }
  for (const key of p.publicKey ?? []) b.identifier({ type: 'crypto', value: key, asset: p.currency?.[0] });
  for (const v of p.currency ?? []) if (!p.publicKey) b.property('currency', v);
  for (const holder of p.holder ?? []) b.relationship({ target: entityId(dataset, holder), type: 'held_by' });

  for (const v of p.address ?? []) b.address({ full: v });
  for (const ref of p.addressEntity ?? []) {
    const a = index.addresses.get(ref);
    if (a) {
      b.address(a);
      b.country(undefined, isPerson ? 'residence' : 'location', a.country);
    }
    else b.property('addressEntity', ref);
  }

  // programId is the stable key ("US-TALIBAN"); the program's title is kept beside it.
  for (const v of p.programId ?? []) b.program(v);
  for (const v of p.program ?? []) {
    if (p.programId) b.property('program', v);
    else b.program(v);
  }
  for (const v of [...(p.notes ?? []), ...(p.summary ?? []), ...(p.description ?? [])]) b.remark(v);
  for (const v of p.sourceUrl ?? []) b.sourceUrl(v);

  for (const [k, vs] of Object.entries(p)) if (!HANDLED.has(k)) for (const v of vs) b.property(k, v);
  const raw = rec.raw;
  for (const k of ['first_seen', 'last_seen', 'last_change'] as const) if (typeof raw[k] === 'string') b.property(k, raw[k]);
  if (typeof raw.target === 'boolean') b.property('target', String(raw.target));
  for (const k of ['datasets', 'referents'] as const) if (Array.isArray(raw[k])) for (const v of raw[k] as unknown[]) b.property(k, String(v));

  for (const a of index.attachments.get(rec.id) ?? []) {
    if (a.kind === 'rel') {
      const target = entityId(dataset, a.target);
      // A link to something not screenable here (a security, a land title) has no entity to point at.
      if (index.screenable.has(a.target)) b.relationship({ target, type: a.type, label: a.label });
      else b.property(`${a.type}.unlisted`, target);
    } else if (a.kind === 'ident') b.identifier(a.id);
    else if (a.kind === 'post') {
      const name = index.positions.get(a.postId);
      b.position(name ? (a.label ? `${name} (${a.label})` : name) : undefined);
      if (!name) b.property('occupancy.post', a.postId);
    } else applySanction(b, a.props);
  }

  if (b.entity.names.length === 0) {
    const caption = typeof raw.caption === 'string' ? raw.caption : undefined;
    if (caption) b.name(caption, 'primary');
  }
  const entity = b.build();
  if (typeof raw.caption === 'string' && entity.names.some((n) => n.full === raw.caption && n.script === 'Latin')) entity.caption = raw.caption;
  return entity;
}

function applySanction(b: EntityBuilder, s: Record<string, string[]>): void {
  for (const v of s.programId ?? []) b.program(v);
  for (const v of s.program ?? []) {
    if (s.programId) b.property('program', v);
    else b.program(v);
  }
  for (const v of [...(s.listingDate ?? []), ...(s.startDate ?? [])]) b.listedOn(parseDate(v.slice(0, 10)));
  for (const v of s.reason ?? []) b.remark(`Sanction reason: ${v}`);
  for (const v of s.unscId ?? []) b.identifier({ type: 'un_ref', value: v, label: 'UN reference number' });
  for (const [k, vs] of Object.entries(s)) {
    if (['entity', 'program', 'programId', 'listingDate', 'startDate', 'reason', 'unscId'].includes(k)) continue;
    for (const v of vs) b.property(`sanction.${k}`, v);
  }
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) {
    const index = new LinkIndex();
    for await (const { rec } of records(file)) index.add(rec);
    if (index.overflow > 0) ctx.warn(`${file.name}: more than ${MAX_LINKS} link records; ${index.overflow} were not attached`);
    for (const [schema, n] of index.skipped) ctx.warn(`${file.name}: ${n} ${schema} record(s) are neither screenable nor links, not imported`);
    for await (const { rec } of records(file)) {
      if (SCREENABLE[rec.schema]) yield toEntity(rec, ctx.dataset, index);
    }
  }
}

export const formats: SourceFormat[] = [
  {
    name: 'ftm_json',
    description: 'FollowTheMoney entities as JSON lines (OpenSanctions entities.ftm.json)',
    defaultDataset: () => FTM_DEFAULT_DATASET,
    detect: (head, baseName) => baseName.endsWith('.ftm.json') || /^\s*\{"id":\s*"[^"]+",\s*"(?:caption|schema)"/.test(head),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: FTM_DEFAULT_DATASET,
    title: 'OpenSanctions consolidated sanctions (FollowTheMoney)',
    publisher: 'OpenSanctions',
    country: 'ZZ',
    licence: 'CC BY-NC 4.0: non-commercial use only; commercial use needs a licence from OpenSanctions',
    format: 'ftm_json',
    urls: [OPENSANCTIONS_SANCTIONS_URL],
    localGlobs: ['opensanctions/*/entities.ftm.json'],
    enabledByDefault: false,
    homepage: 'https://www.opensanctions.org/datasets/sanctions/',
  },
];
