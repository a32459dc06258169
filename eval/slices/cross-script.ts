import type { Entity } from '../../src/model/entity.js';
import type { MatchIndex } from '../../src/match/types.js';
import { detectScript } from '../../src/text/script.js';
import { isLatinText, plainKey } from '../listed.js';

/** A listed name written in another script than Latin, of an entity that also has Latin names. */
export interface CrossScriptQuery {
  entity: Entity;
  name: string;
  script: string;
}

/**
 * The lists' own non-Latin names (Cyrillic, Arabic, Han, Hangul, Greek, Georgian…) of entities that
 * also carry Latin names: real spellings in their own script, not ours. Each is a query against the
 * lists stripped of non-Latin names (latinOnly), where only the Latin names can answer it.
 */
export function crossScriptQueries(entities: readonly Entity[]): CrossScriptQuery[] {
  const out: CrossScriptQuery[] = [];
  for (const entity of entities) {
    if (!entity.names.some((n) => isLatinText(n.full))) continue;
    const seen = new Set<string>();
    for (const n of entity.names) {
      if (isLatinText(n.full) || seen.has(n.full)) continue;
      seen.add(n.full);
      const script = detectScript(n.full.normalize('NFKC'));
      if (script === 'Latin') continue;
      out.push({ entity, name: n.full, script });
    }
  }
  return out;
}

export interface CrossScriptOutcome {
  group: string;
  score: number;
  query: string;
  schema: string;
  expected: string;
  /** The entity is ranked first, ties and same-name records of it included (see runHangulListed). */
  first: boolean;
}

export function runCrossScript(index: MatchIndex, queries: readonly CrossScriptQuery[]): CrossScriptOutcome[] {
  return queries.map(({ entity, name, script }) => {
    const matches = index.screen({ name, schema: entity.schema }, { limit: 10 }).matches;
    const hit = matches.find((m) => m.entityId === entity.id);
    const top = matches[0];
    const keys = new Set(entity.names.filter((n) => isLatinText(n.full)).map((n) => plainKey(n.full)));
    const topEntity = top ? index.entity(top.entityId) : undefined;
    const first =
      top !== undefined &&
      (top.entityId === entity.id || (hit !== undefined && hit.score === top.score) || (topEntity?.names ?? []).some((n) => isLatinText(n.full) && keys.has(plainKey(n.full))));
    return { group: `${script} ${entity.schema === 'Person' ? 'persons' : 'other'}`, score: hit?.score ?? 0, query: name, schema: entity.schema, expected: entity.caption, first };
  });
}
