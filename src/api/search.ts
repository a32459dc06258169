import type { Entity, Schema } from '../model/entity.js';
import { snapshotOr503, type ApiContext } from './context.js';

export interface SearchParams {
  q: string;
  datasets?: string[];
  schemas?: Schema[];
  program?: string;
  countries?: string[];
  limit: number;
  offset: number;
  /** Also include fuzzy (screening) hits: transliterations, spelling variants, other scripts. */
  fuzzy: boolean;
}

export interface SearchHit {
  entity: Entity;
  score: number;
  matchedName: string;
  via: 'name' | 'identifier' | 'fuzzy';
}

/** Fuzzy hits below this are noise for browsing (screening reports down to its own floor). */
const FUZZY_FLOOR = 0.7;
const FUZZY_CANDIDATES = 100;

function passes(e: Entity, p: SearchParams): boolean {
  if (p.datasets?.length && !p.datasets.includes(e.dataset)) return false;
  if (p.schemas?.length && !p.schemas.includes(e.schema)) return false;
  if (p.program) {
    const want = p.program.toLowerCase();
    if (!(e.programs ?? []).some((x) => x.toLowerCase() === want)) return false;
  }
  if (p.countries?.length) {
    const codes = (e.countries ?? []).map((c) => c.code);
    if (!p.countries.some((c) => codes.includes(c))) return false;
  }
  return true;
}

/** Name-prefix and identifier hits merged with screening hits, filtered, ranked, then paged; `total` counts them all. */
export function searchEntities(ctx: ApiContext, p: SearchParams): { total: number; hits: SearchHit[]; facets: Facets } {
  const snapshot = snapshotOr503(ctx);
  const byId = new Map<string, SearchHit>();
  for (const h of ctx.search.current()?.search(p.q) ?? []) byId.set(h.entity.id, h);
  if (p.fuzzy && /\p{L}/u.test(p.q)) {
    const result = snapshot.index.screen({ name: p.q, ...(p.schemas?.length === 1 ? { schema: p.schemas[0] } : {}) }, { threshold: 1, limit: FUZZY_CANDIDATES, ...(p.datasets?.length ? { datasets: p.datasets } : {}) });
    for (const m of result.matches) {
      if (m.score < FUZZY_FLOOR) continue;
      const prev = byId.get(m.entityId);
      if (prev && prev.score >= m.score) continue;
      const entity = snapshot.index.entity(m.entityId);
      if (entity) byId.set(m.entityId, { entity, score: m.score, matchedName: m.matchedName, via: prev?.via ?? 'fuzzy' });
    }
  }
  const hits = [...byId.values()].filter((h) => passes(h.entity, p));
  hits.sort((a, b) => b.score - a.score || a.entity.caption.localeCompare(b.entity.caption) || a.entity.id.localeCompare(b.entity.id));
  return { total: hits.length, hits: hits.slice(p.offset, p.offset + p.limit), facets: facets(hits) };
}

export interface Facets {
  datasets: Record<string, number>;
  schemas: Record<string, number>;
  countries: Record<string, number>;
}

function facets(hits: SearchHit[]): Facets {
  const f: Facets = { datasets: {}, schemas: {}, countries: {} };
  for (const { entity: e } of hits) {
    f.datasets[e.dataset] = (f.datasets[e.dataset] ?? 0) + 1;
    f.schemas[e.schema] = (f.schemas[e.schema] ?? 0) + 1;
    for (const code of new Set((e.countries ?? []).map((c) => c.code).filter((c): c is string => !!c))) f.countries[code] = (f.countries[code] ?? 0) + 1;
  }
  return f;
}
