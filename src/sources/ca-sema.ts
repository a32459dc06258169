import type { Entity, Schema } from '../model/entity.js';
import { parseDate, parsePartialDate } from './dates.js';
import { EntityBuilder, scriptOf } from './entity-builder.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { streamXml, type XmlNode } from './xml.js';

export const DATASET = 'ca_dfatd_sema_sanctions';
const URL = 'https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml';

/**
 * Consolidated Canadian Autonomous Sanctions List: <data-set> of flat <record>s, one per listing
 * (Country, LastName, GivenName, EntityOrShip, DateOfBirthOrShipBuildDate, Schedule, Item,
 * DateOfListing, Aliases, TitleOrShip, ShipIMONumber). Newer editions name the elements
 * bilingually ("LastName-NomDeFamille") and the regime too ("Russia / Russie"). A record has no
 * id of its own: the regime, schedule and item number identify it.
 */

const FIELDS = ['Country', 'LastName', 'GivenName', 'EntityOrShip', 'DateOfBirthOrShipBuildDate', 'Schedule', 'Item', 'DateOfListing', 'Aliases', 'TitleOrShip', 'ShipIMONumber'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_BY_KEY = new Map<string, Field>(FIELDS.map((f) => [f.toLowerCase(), f]));
// The bilingual edition says "TitleOrShipType-TitreOuTypeDeNavire".
FIELD_BY_KEY.set('titleorshiptype', 'TitleOrShip');

/** The English half of a bilingual value: "Russia / Russie" → "Russia". */
const english = (v: string): string => v.split(/\s+\/\s+|\s+\|\s+/)[0]!.trim();

function readRecord(node: XmlNode, ctx: ParseContext, fileName: string): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const c of node.children) {
    const key = c.name.split('-')[0]!.toLowerCase();
    const field = FIELD_BY_KEY.get(key);
    if (!field) {
      if (c.text) ctx.warn(`${fileName}:line ${c.line}: unknown element <${c.name}> kept as a property`);
      continue;
    }
    if (c.text) out[field] = c.text.replace(/\s+/g, ' ').trim();
  }
  return out;
}

const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Alias cells separate names with semicolons (older editions: commas between full names). */
function aliases(text: string): string[] {
  const parts = text.includes(';') ? text.split(';') : text.split(/,\s+(?=\S+\s+\S)/);
  return parts.map((p) => p.trim().replace(/\.$/, '')).filter((p) => p !== '');
}

function toEntity(ctx: ParseContext, node: XmlNode, fileName: string, seen: Map<string, number>): Entity {
  const r = readRecord(node, ctx, fileName);
  const unknown = node.children.filter((c) => !FIELD_BY_KEY.has(c.name.split('-')[0]!.toLowerCase()) && c.text);
  const country = r.Country ? english(r.Country) : '';
  const item = r.Item ?? '';
  const schedule = r.Schedule && !/^n\/?a$/i.test(r.Schedule) ? r.Schedule : '';
  const person = !!(r.LastName || r.GivenName);
  const entityName = r.EntityOrShip ? english(r.EntityOrShip) : '';
  if (!person && !entityName) throw new SourceError(fileName, `line ${node.line}`, 'record has neither LastName/GivenName nor EntityOrShip');
  if (!item) throw new SourceError(fileName, `line ${node.line}`, 'record has no Item number');
  let sourceId = [slug(country) || 'unknown', slug(schedule) || 'none', slug(item)].join('/');
  const dup = seen.get(sourceId) ?? 0;
  seen.set(sourceId, dup + 1);
  if (dup > 0) {
    ctx.warn(`${fileName}:line ${node.line}: ${country} schedule ${schedule} item ${item} appears again; kept as ${sourceId}~${dup + 1}`);
    sourceId = `${sourceId}~${dup + 1}`;
  }
  const vessel = !person && !!(r.ShipIMONumber || /\b(?:vessel|ship|tanker|navire)\b/i.test(r.TitleOrShip ?? ''));
  const schema: Schema = person ? 'Person' : vessel ? 'Vessel' : 'Organization';
  const b = new EntityBuilder(ctx.dataset, sourceId, schema);

  if (person) {
    const given = r.GivenName ?? '';
    const family = r.LastName ?? '';
    const ordered = [given, family].filter((p) => p !== '');
    const full = ordered.join(' ');
    b.addName({ full, kind: 'primary', script: scriptOf(full), parts: { ordered, ...(given ? { given } : {}), ...(family ? { family } : {}) } });
  } else b.addName({ full: entityName, kind: 'primary', script: scriptOf(entityName) });
  if (r.EntityOrShip && english(r.EntityOrShip) !== r.EntityOrShip && !person) {
    const french = r.EntityOrShip.split(/\s+\/\s+/)[1]?.trim();
    if (french && french !== entityName) b.addName({ full: french, kind: 'aka', script: scriptOf(french), lang: 'fr' });
  }
  for (const a of aliases(r.Aliases ?? '')) {
    const script = scriptOf(a);
    b.addName({ full: a, kind: script === 'Latin' ? 'aka' : 'original_script', script });
  }

  const dob = r.DateOfBirthOrShipBuildDate;
  if (dob) {
    if (person) for (const d of dob.split(/\s*;\s*|\s+or\s+/)) b.addBirthDate(parsePartialDate(d, 'dmy'));
    else b.addProperty(vessel ? 'buildDate' : 'incorporationDate', parseDate(dob, 'dmy') ?? dob);
  }
  if (r.TitleOrShip) {
    if (person) b.addTitle(r.TitleOrShip);
    else b.addProperty(vessel ? 'vesselType' : 'entityType', r.TitleOrShip);
  }
  if (r.ShipIMONumber) {
    const m = r.ShipIMONumber.match(/\b(\d{7})\b/);
    if (m) b.addIdentifier({ type: 'imo', value: m[1] as string, label: 'Ship IMO number' });
    else b.addProperty('imoNumberText', r.ShipIMONumber);
  }
  // The regime country is the target country of the measures, not a nationality.
  if (country) b.addCountry(country, 'other');
  b.addProgram([country, schedule ? `Schedule ${schedule}` : ''].filter((p) => p !== '').join(', '));
  b.addProperty('item', item);
  const listed = r.DateOfListing ? parseDate(r.DateOfListing, 'dmy') : undefined;
  if (r.DateOfListing && !listed) ctx.warn(`${fileName}:line ${node.line}: unreadable DateOfListing "${r.DateOfListing}"`);
  b.setListedOn(listed);
  for (const c of unknown) b.addProperty(c.name, c.text);
  b.setSourceUrl(URL);
  return b.build();
}

async function* parseFile(ctx: ParseContext, file: SourceFile): AsyncGenerator<Entity> {
  const stream = await file.open();
  const seen = new Map<string, number>();
  let latest: string | undefined;
  let count = 0;
  for await (const node of streamXml(stream, file.name, { collect: new Set(['record']), expectRoot: 'data-set' })) {
    const e = toEntity(ctx, node, file.name, seen);
    if (e.listedOn && (!latest || e.listedOn > latest)) latest = e.listedOn;
    count++;
    yield e;
  }
  if (count === 0) throw new SourceError(file.name, undefined, 'no <record> elements: not the SEMA consolidated list');
  // The file carries no issue date: the latest listing date is the best lower bound.
  if (latest) ctx.setPublished(latest);
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) yield* parseFile(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'ca_sema_xml',
    description: 'Consolidated Canadian Autonomous Sanctions List XML (sema-lmes.xml: data-set/record)',
    defaultDataset: () => DATASET,
    detect: (head, baseName) => /<data-set[\s>]/.test(head) && (/<record[\s>]/.test(head) || /^sema-lmes/.test(baseName)),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'Canada Consolidated Autonomous Sanctions List (SEMA and JVCFOA)',
    publisher: 'Global Affairs Canada',
    country: 'CA',
    licence: 'Open Government Licence – Canada',
    format: 'ca_sema_xml',
    urls: [URL],
    localGlobs: ['ca/sema/*/sema-lmes.xml'],
    enabledByDefault: true,
    homepage: 'https://www.international.gc.ca/world-monde/international_relations-relations_internationales/sanctions/consolidated-consolide.aspx?lang=eng',
  },
];
