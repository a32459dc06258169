import { countryCode, countryOrDemonym } from '../model/countries.js';
import type { Address, CountryRole, Entity, Identifier, Name, PartialDate, Schema, Script } from '../model/entity.js';
import { entityId } from '../model/entity.js';
import { detectScript } from '../text/script.js';

/**
 * Lists qualify countries in prose ("Former USSR (now Belarus)", "Congo (Democratic Republic)",
 * "Russia. Former USSR"): when the whole text does not resolve, the current country named in it is used.
 */
export function resolveCountry(text: string): string | undefined {
  const direct = countryOrDemonym(text);
  if (direct) return direct;
  const now = text.match(/\b(?:now|currently)\s+([^()]+?)\)?\s*$/i);
  if (now) {
    const c = countryCode((now[1] as string).replace(/^(?:the\s+)?/i, ''));
    if (c) return c;
  }
  const outside = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (outside !== text) {
    const c = countryCode(outside);
    if (c) return c;
  }
  const inside = text.match(/^([^()]+)\(([^()]+)\)$/);
  if (inside) {
    const c = countryCode(`${(inside[1] as string).trim()}, ${(inside[2] as string).trim()}`);
    if (c) return c;
  }
  const firstSentence = text.split(/[.,]\s/)[0] as string;
  return firstSentence !== text ? countryCode(firstSentence) : undefined;
}

const SCRIPT_LABELS: Record<string, Script> = {
  latin: 'Latin', cyrillic: 'Cyrillic', cryillic: 'Cyrillic', cyrilic: 'Cyrillic', russian: 'Cyrillic',
  arabic: 'Arabic', persian: 'Arabic', farsi: 'Arabic', hangul: 'Hangul', korean: 'Hangul',
  chinese: 'Han', han: 'Han', greek: 'Greek', hebrew: 'Hebrew', georgian: 'Georgian',
  armenian: 'Armenian', thai: 'Thai', japanese: 'Japanese',
};

/**
 * The script most letters of a name are written in, trusting the characters over the source's label (labels
 * carry typos like "Cryillic" and languages in place of scripts), and the label only when the characters say nothing.
 */
export function scriptOf(text: string, label?: string): Script {
  const detected = detectScript(text);
  if (detected !== 'Latin' || !label) return detected;
  return SCRIPT_LABELS[label.trim().toLowerCase()] ?? detected;
}

const KIND_RANK: Record<Name['kind'], number> = { primary: 0, original_script: 1, aka: 2, fka: 3, weak: 4, low_quality: 5 };

/**
 * Accumulates one entity from many source rows (lists that publish a row per name repeat every
 * other field on each row), keeping each value once and in first-seen order.
 */
export class EntityBuilder {
  private readonly entity: Entity;
  private readonly seen = new Set<string>();

  constructor(dataset: string, sourceId: string, schema: Schema) {
    this.entity = { id: entityId(dataset, sourceId), dataset, sourceId, schema, caption: '', names: [] };
  }

  get schema(): Schema {
    return this.entity.schema;
  }

  set schema(schema: Schema) {
    this.entity.schema = schema;
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  addName(name: Name): void {
    if (name.full.trim() === '') return;
    if (this.once(`n\u0000${name.kind}\u0000${name.full}`)) this.entity.names.push(name);
  }

  addBirthDate(date: PartialDate | undefined): void {
    if (date && this.once(`b\u0000${JSON.stringify(date)}`)) (this.entity.birthDates ??= []).push(date);
  }

  addBirthPlace(place: string): void {
    const p = place.trim();
    if (p && this.once(`bp\u0000${p}`)) (this.entity.birthPlaces ??= []).push(p);
  }

  /** Resolves the name to ISO alpha-2, keeping the source's text when it does not resolve. */
  addCountry(name: string, role: CountryRole): void {
    const n = name.trim().replace(/[.;,]$/, '').trim();
    if (!n) return;
    const code = resolveCountry(n);
    if (!this.once(`c\u0000${role}\u0000${code ?? n}`)) return;
    (this.entity.countries ??= []).push(code ? (countryCode(n) ? { code, role } : { code, name: n, role }) : { name: n, role });
  }

  addAddress(address: Address): void {
    if (address.full.trim() && this.once(`a\u0000${address.full}`)) (this.entity.addresses ??= []).push(address);
  }

  addIdentifier(id: Identifier): void {
    const v = id.value.trim();
    if (!v) return;
    if (this.once(`i\u0000${id.type}\u0000${v}\u0000${id.note ?? ''}`)) (this.entity.identifiers ??= []).push({ ...id, value: v });
  }

  addProgram(program: string): void {
    const p = program.trim();
    if (p && this.once(`p\u0000${p}`)) (this.entity.programs ??= []).push(p);
  }

  /** Keeps the earliest listing date when rows disagree. */
  setListedOn(iso: string | undefined): void {
    if (iso && (!this.entity.listedOn || iso < this.entity.listedOn)) this.entity.listedOn = iso;
  }

  addTitle(title: string): void {
    const t = title.trim();
    if (t && this.once(`t\u0000${t}`)) (this.entity.titles ??= []).push(t);
  }

  addPosition(position: string): void {
    const p = position.trim();
    if (p && this.once(`pos\u0000${p}`)) (this.entity.positions ??= []).push(p);
  }

  addRemark(remark: string): void {
    const r = remark.trim();
    if (r && this.once(`r\u0000${r}`)) (this.entity.remarks ??= []).push(r);
  }

  addProperty(key: string, value: string): void {
    const v = value.trim();
    if (!v || !this.once(`pr\u0000${key}\u0000${v}`)) return;
    const props = (this.entity.properties ??= {});
    (props[key] ??= []).push(v);
  }

  setGender(gender: Entity['gender']): void {
    if (gender && !this.entity.gender) this.entity.gender = gender;
  }

  addRelationship(target: string, type: string, label?: string): void {
    if (this.once(`rel\u0000${target}\u0000${type}`)) (this.entity.relationships ??= []).push(label ? { target, type, label } : { target, type });
  }

  setSourceUrl(url: string): void {
    this.entity.sourceUrl = url;
  }

  /** The caption is the strongest Latin-script name, falling back to the strongest name of any script. */
  build(): Entity {
    const byRank = [...this.entity.names].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    const latin = byRank.find((n) => (n.script ?? 'Latin') === 'Latin');
    this.entity.caption = (latin ?? byRank[0])?.full ?? this.entity.sourceId;
    return this.entity;
  }
}
