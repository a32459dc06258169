/**
 * Accumulates one Entity while a parser walks a record: every push de-duplicates, so a parser can add
 * whatever the record says without checking what an alias or a second section already added.
 */
import type {
  Address,
  CountryLink,
  CountryRole,
  Entity,
  Gender,
  Identifier,
  Name,
  NameKind,
  NameParts,
  PartialDate,
  Relationship,
  Schema,
  Script,
} from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
import { detectScript } from '../text/script.js';

const clean = (v: string | undefined | null): string | undefined => {
  if (v === undefined || v === null) return undefined;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
};

export { clean as cleanText };

const LATIN_LETTERS = /\p{Script=Latin}/gu;

/**
 * The script of a name: src/text/script.ts detectScript, except that Latin letters inside a non-Latin name are
 * acronyms and codes ("조선 (DPRK)"), so any other script present wins over them.
 */
export function nameScript(text: string): Script {
  const script = detectScript(text);
  if (script !== 'Latin') return script;
  const rest = text.replace(LATIN_LETTERS, '');
  return rest.length === text.length ? script : detectScript(rest);
}

export class EntityBuilder {
  readonly entity: Entity;

  constructor(dataset: string, sourceId: string, schema: Schema) {
    this.entity = { id: entityId(dataset, sourceId), dataset, sourceId, schema, caption: '', names: [] };
  }

  name(full: string | undefined, kind: NameKind, extra: { script?: Script; lang?: string; parts?: NameParts } = {}): Name | undefined {
    const f = clean(full);
    if (!f) return undefined;
    const existing = this.entity.names.find((n) => n.full === f && n.kind === kind);
    if (existing) {
      if (extra.parts && !existing.parts) existing.parts = extra.parts;
      if (extra.lang && !existing.lang) existing.lang = extra.lang;
      return existing;
    }
    const name: Name = { full: f, kind, script: extra.script ?? nameScript(f) };
    if (extra.lang) name.lang = extra.lang;
    if (extra.parts && Object.keys(extra.parts).length > 0) name.parts = extra.parts;
    this.entity.names.push(name);
    return name;
  }

  /** Links a country by name or code; unresolvable text is kept in `name` so nothing is lost. */
  country(text: string | undefined, role: CountryRole, code?: string): void {
    const t = clean(text);
    const resolved = clean(code)?.toUpperCase() ?? countryCode(t);
    if (!t && !resolved) return;
    const list = (this.entity.countries ??= []);
    if (list.some((c) => c.role === role && (resolved ? c.code === resolved : c.name === t))) return;
    const link: CountryLink = resolved ? { code: resolved, role } : { name: t, role };
    if (resolved && t && t.toUpperCase() !== resolved && countryCode(t) !== resolved) link.name = t;
    list.push(link);
  }

  identifier(id: Identifier): void {
    const value = clean(id.value);
    if (!value) return;
    const list = (this.entity.identifiers ??= []);
    const same = list.find((i) => i.type === id.type && i.value === value && i.asset === id.asset);
    if (same) {
      // A second mention of the same document may add what the first lacked (issuing country, dates).
      for (const k of ['country', 'label', 'issued', 'expires', 'note'] as const) if (id[k] && !same[k]) same[k] = id[k];
      return;
    }
    const out: Identifier = { type: id.type, value };
    for (const k of ['asset', 'country', 'label', 'issued', 'expires', 'note'] as const) {
      const v = clean(id[k]);
      if (v) out[k] = v;
    }
    list.push(out);
  }

  address(parts: Omit<Address, 'full'> & { full?: string }): Address | undefined {
    const street = clean(parts.street);
    const city = clean(parts.city);
    const region = clean(parts.region);
    const postalCode = clean(parts.postalCode);
    const country = clean(parts.country);
    const full = clean(parts.full) ?? clean([street, city, region, postalCode, country].filter(Boolean).join(', '));
    if (!full) return undefined;
    const list = (this.entity.addresses ??= []);
    const existing = list.find((a) => a.full === full);
    if (existing) return existing;
    const addr: Address = { full };
    if (street) addr.street = street;
    if (city) addr.city = city;
    if (region) addr.region = region;
    if (postalCode) addr.postalCode = postalCode;
    if (country) addr.country = country;
    list.push(addr);
    return addr;
  }

  birthDate(date: PartialDate | undefined): void {
    if (!date) return;
    const list = (this.entity.birthDates ??= []);
    const key = JSON.stringify(date);
    if (!list.some((d) => JSON.stringify(d) === key)) list.push(date);
  }

  deathDate(date: PartialDate | undefined): void {
    if (!date) return;
    const list = (this.entity.deathDates ??= []);
    const key = JSON.stringify(date);
    if (!list.some((d) => JSON.stringify(d) === key)) list.push(date);
  }

  birthPlace(text: string | undefined): void {
    this.push('birthPlaces', text);
  }

  program(text: string | undefined): void {
    this.push('programs', text);
  }

  title(text: string | undefined): void {
    this.push('titles', text);
  }

  position(text: string | undefined): void {
    this.push('positions', text);
  }

  /** Remarks keep their line breaks: they are prose, shown to analysts as written. */
  remark(text: string | undefined): void {
    const t = text?.trim();
    if (!t) return;
    const list = (this.entity.remarks ??= []);
    if (!list.includes(t)) list.push(t);
  }

  gender(text: string | undefined): void {
    const g = parseGender(text);
    if (g && !this.entity.gender) this.entity.gender = g;
    else if (!g && clean(text)) this.property('gender', text);
  }

  /** The earliest listing date wins: a later one is an amendment, not the listing. */
  listedOn(iso: string | undefined): void {
    if (!iso) return;
    if (!this.entity.listedOn || iso < this.entity.listedOn) this.entity.listedOn = iso;
  }

  relationship(rel: Relationship): void {
    const list = (this.entity.relationships ??= []);
    if (list.some((r) => r.target === rel.target && r.type === rel.type && r.label === rel.label)) return;
    const out: Relationship = { target: rel.target, type: rel.type };
    if (rel.label) out.label = rel.label;
    list.push(out);
  }

  property(key: string, value: string | undefined): void {
    const v = clean(value);
    if (!v) return;
    const props = (this.entity.properties ??= {});
    const list = (props[key] ??= []);
    if (!list.includes(v)) list.push(v);
  }

  sourceUrl(url: string | undefined): void {
    const u = clean(url);
    if (!u) return;
    if (!this.entity.sourceUrl) this.entity.sourceUrl = u;
    else if (this.entity.sourceUrl !== u) this.property('sourceUrl', u);
  }

  /** Sets the caption and drops empty optional fields so entities stay compact and diff cleanly. */
  build(): Entity {
    const e = this.entity;
    const names = e.names;
    const caption =
      names.find((n) => n.kind === 'primary' && n.script === 'Latin') ??
      names.find((n) => n.kind === 'primary') ??
      names.find((n) => n.script === 'Latin') ??
      names[0];
    e.caption = caption?.full ?? e.identifiers?.[0]?.value ?? e.sourceId;
    const rec = e as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(rec)) {
      if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'names')) delete rec[k];
    }
    if (e.properties && Object.keys(e.properties).length === 0) delete e.properties;
    return e;
  }

  private push(key: 'birthPlaces' | 'programs' | 'titles' | 'positions', text: string | undefined): void {
    const t = clean(text);
    if (!t) return;
    const list = (this.entity[key] ??= []);
    if (!list.includes(t)) list.push(t);
  }
}

export function parseGender(text: string | undefined): Gender | undefined {
  const t = clean(text)?.toLowerCase();
  if (!t) return undefined;
  if (t === 'm' || t === 'male' || t === 'man') return 'male';
  if (t === 'f' || t === 'female' || t === 'woman') return 'female';
  if (t === 'other' || t === 'x') return 'other';
  return undefined;
}
