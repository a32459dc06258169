import type { Entity } from '../model/entity.js';
import { analyseName } from '../text/analyse.js';
import type { CompareResult, ScreenQuery } from './types.js';
import { ALGORITHM } from './algorithm.js';
import { explain } from './explain.js';
import { matchIdentifiers } from './identifiers.js';
import { matchNames, scoreMatch, type NameMatch, type ScoringName } from './score.js';
import { NEUTRAL_RARITY, toScoringReadings } from './tokens.js';

function isEntity(x: ScreenQuery | Entity): x is Entity {
  return Array.isArray((x as Entity).names);
}

/** A bare query on the right-hand side is read as a one-name entity with the query's properties. */
function asEntity(b: ScreenQuery, a: ScreenQuery): Entity {
  return {
    id: b.id ?? 'compare:b',
    dataset: 'compare',
    sourceId: b.id ?? 'b',
    // No schema on b means "anything": borrow a's so the schema rule stays silent.
    schema: b.schema ?? a.schema ?? 'LegalEntity',
    caption: b.name,
    names: [{ full: b.name, kind: 'primary' }],
    ...(b.birthDate ? { birthDates: [{ date: b.birthDate }] } : {}),
    ...(b.countries?.length ? { countries: b.countries.map((code) => ({ code, role: 'other' as const })) } : {}),
    ...(b.gender ? { gender: b.gender } : {}),
    ...(b.identifiers?.length ? { identifiers: b.identifiers.map((i) => ({ ...i })) } : {}),
  };
}

function scoringName(text: string, kind: ScoringName['kind'], schema: Entity['schema'] | undefined): ScoringName {
  const analysed = analyseName(text, schema ? { schema } : {});
  // Pairwise there is no corpus to measure rarity against: every word weighs the same.
  return { text, kind, readings: toScoringReadings(analysed, () => NEUTRAL_RARITY) };
}

/**
 * Scores `a` against `b` with the same features and weights as `screen`, minus token rarity.
 * When `b` is an entity, its best-matching name is the one reported.
 */
export function compare(a: ScreenQuery, b: ScreenQuery | Entity): CompareResult {
  const entity = isEntity(b) ? b : asEntity(b, a);
  const q = scoringName(a.name, 'primary', a.schema);
  let best: { text: string; kind: ScoringName['kind']; m: NameMatch | null } | null = null;
  for (const name of entity.names) {
    if (!name.full.trim()) continue;
    const m = matchNames(q, scoringName(name.full, name.kind, entity.schema));
    if (!best || (m && (!best.m || m.nameScore > best.m.nameScore))) best = { text: name.full, kind: name.kind, m };
  }
  const hits = matchIdentifiers(a.identifiers ?? [], entity.identifiers ?? []);
  const { score, features } = scoreMatch(a, entity, best?.kind ?? 'primary', best?.m ?? null, hits);
  return {
    score,
    explanation: explain(a.name, best?.text ?? entity.caption, score, features),
    algorithm: { name: ALGORITHM.name, version: ALGORITHM.version },
  };
}
