/**
 * Small helpers shared by the OFAC parsers (classic XML, legacy CSV, enhanced XML):
 * schema mapping, name assembly, and country links without duplicates.
 */
import type { CountryLink, CountryRole, Entity, Name, NameKind, NameParts, Schema } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import { detectScript } from '../text/script.js';
import type { DatasetInfo, SourceFile } from './types.js';

export const OFAC_PUBLISHER = 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)';
export const OFAC_LICENCE = 'Public domain (U.S. Government work)';
export const OFAC_HOMEPAGE = 'https://ofac.treasury.gov/sanctions-list-service';
/** OFAC's Sanctions List Service: every format's files are served under this prefix. */
export const OFAC_EXPORTS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/';

/** What one format's copy of an OFAC list differs in: its files, and whether it is the default source. */
export interface OfacListFiles {
  urls: string[];
  localGlobs: string[];
  enabledByDefault: boolean;
  /** Only where a format's declaration words the title differently (the advanced XML's). */
  title?: string;
}

/**
 * The SDN and Consolidated datasets as one OFAC format declares them. Every OFAC format publishes the same
 * two lists, so publisher, country, homepage and titles are stated once here; a dataset is enabled by default
 * from one format only.
 */
export function ofacDatasets(format: string, lists: { sdn: OfacListFiles; cons: OfacListFiles }, licence = OFAC_LICENCE): DatasetInfo[] {
  const declare = (name: string, title: string, files: OfacListFiles): DatasetInfo => ({
    name,
    title: files.title ?? title,
    publisher: OFAC_PUBLISHER,
    country: 'US',
    licence,
    format,
    urls: files.urls,
    localGlobs: files.localGlobs,
    enabledByDefault: files.enabledByDefault,
    homepage: OFAC_HOMEPAGE,
  });
  return [
    declare('us_ofac_sdn', 'US OFAC Specially Designated Nationals (SDN) List', lists.sdn),
    declare('us_ofac_cons', 'US OFAC Consolidated (non-SDN) Sanctions List', lists.cons),
  ];
}

/** SDN.XML / SDN_ENHANCED.XML are the SDN list, CONSOLIDATED.XML / CONS_ENHANCED.XML the Consolidated one. */
export function ofacDatasetFor(files: readonly SourceFile[]): string {
  return files.some((f) => f.baseName.startsWith('sdn')) ? 'us_ofac_sdn' : 'us_ofac_cons';
}

/** sdnType / SDN_Type / entityType to schema. OFAC writes "-0-" or "Entity" for organisations. */
export function ofacSchema(type: string | undefined): Schema | undefined {
  const t = (type ?? '').trim().toLowerCase();
  if (t === 'individual') return 'Person';
  if (t === 'entity' || t === '' || t === '-0-') return 'Organization';
  if (t === 'vessel') return 'Vessel';
  if (t === 'aircraft') return 'Aircraft';
  return undefined;
}

/** A name from given/family parts, written in natural order ("Sang Man KIM"). */
export function nameFromParts(given: string | undefined, family: string | undefined, kind: NameKind): Name | undefined {
  const g = given?.trim() || undefined;
  const f = family?.trim() || undefined;
  if (!g && !f) return undefined;
  const full = [g, f].filter(Boolean).join(' ');
  const name: Name = { full, kind, script: detectScript(full) };
  if (g && f) {
    const parts: NameParts = { given: g, family: f };
    name.parts = parts;
  }
  return name;
}

/**
 * "KIM, Sang Man" (how OFAC writes individuals in the CSV set) to a name in natural order with parts.
 * Organisation names keep their commas ("ANGLO-CARIBBEAN CO., LTD.").
 */
export function nameFromListForm(text: string, schema: Schema, kind: NameKind): Name | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (schema === 'Person') {
    const comma = t.indexOf(', ');
    if (comma > 0) return nameFromParts(t.slice(comma + 2), t.slice(0, comma), kind);
  }
  return { full: t, kind, script: detectScript(t) };
}

/** Adds a name unless the same text with the same kind is already there. */
export function pushName(names: Name[], name: Name | undefined): void {
  if (!name) return;
  if (names.some((n) => n.full === name.full && n.kind === name.kind)) return;
  names.push(name);
}

/** Adds a country link (resolved to ISO alpha-2 where possible) unless the same one is there. */
export function pushCountry(entity: Entity, text: string | undefined, role: CountryRole, code?: string): void {
  const name = text?.trim();
  if (!name && !code) return;
  const resolved = code ?? (name ? countryCode(name) : undefined);
  const link: CountryLink = resolved ? { code: resolved, role } : { name, role };
  if (resolved && name && countryCode(name) !== resolved) link.name = name;
  const list = (entity.countries ??= []);
  if (list.some((c) => c.role === role && (resolved ? c.code === resolved : c.name === name))) return;
  list.push(link);
}

export function pushProperty(entity: Entity, key: string, value: string | undefined): void {
  const v = value?.trim();
  if (!v) return;
  const props = (entity.properties ??= {});
  const list = (props[key] ??= []);
  if (!list.includes(v)) list.push(v);
}

export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Removes empty optional arrays/objects so entities stay compact and compare cleanly. */
export function compactEntity(entity: Entity): Entity {
  const e = entity as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined) delete e[k];
    else if (Array.isArray(v) && v.length === 0) delete e[k];
    else if (k === 'properties' && v && typeof v === 'object' && Object.keys(v).length === 0) delete e[k];
  }
  return entity;
}

/** Caption: the first primary Latin name, else the first name at all. */
export function captionOf(names: Name[]): string {
  const primary = names.find((n) => n.kind === 'primary' && (n.script ?? 'Latin') === 'Latin') ?? names.find((n) => n.kind === 'primary') ?? names[0];
  return primary?.full ?? '';
}

/** The country at the end of a place of birth ("Moscow, Russia", "North Pyongan Province, Korea, North"), if any. */
export function placeCountry(place: string): string | undefined {
  const parts = place.split(',').map((p) => p.trim());
  for (const n of [1, 2]) {
    if (parts.length < n) break;
    const code = countryCode(parts.slice(-n).join(', '));
    if (code) return code;
  }
  return undefined;
}
