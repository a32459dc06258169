import type { Entity } from '../../src/model/entity.js';
import type { MatchIndex } from '../../src/match/types.js';
import { entityKind, isKorean, strongLatinNames } from '../listed.js';
import type { Outcome } from '../metrics.js';
import type { Rng } from '../prng.js';
import { PERTURBATION_NAMES, perturb, perturbTwice, type EntityKind } from '../variants.js';

export interface VariantQuery {
  /** Perturbation name, "exact" for the unchanged control, or "a+b" for two in sequence. */
  group: string;
  kind: EntityKind;
  name: string;
  original: string;
  expectedId: string;
}

export interface VariantSampleOptions {
  persons: number;
  organizations: number;
}

/** A seeded sample of listed persons and organisations, each turned into every variant that applies to it. */
export function buildVariantQueries(entities: readonly Entity[], rng: Rng, options: VariantSampleOptions): VariantQuery[] {
  const pools: Record<EntityKind, Entity[]> = { person: [], organization: [] };
  for (const e of entities) {
    const kind = entityKind(e);
    if (kind && strongLatinNames(e).length > 0) pools[kind].push(e);
  }
  const chosen = [...rng.sample(pools.person, options.persons), ...rng.sample(pools.organization, options.organizations)];
  const queries: VariantQuery[] = [];
  for (const entity of chosen) {
    const kind = entityKind(entity) as EntityKind;
    const names = strongLatinNames(entity);
    const primary = names.filter((n) => n.kind === 'primary');
    // Mostly the primary name, sometimes an a.k.a.: clients know people by their aliases too.
    const original = (primary.length > 0 && rng.chance(0.75) ? rng.pick(primary) : rng.pick(names)).full;
    const ctx = { kind, korean: isKorean(entity) };
    queries.push({ group: 'exact', kind, name: original, original, expectedId: entity.id });
    for (const p of PERTURBATION_NAMES) {
      const name = perturb(p, original, ctx, rng);
      if (name !== null) queries.push({ group: p, kind, name, original, expectedId: entity.id });
    }
    const twice = perturbTwice(original, ctx, rng);
    if (twice) queries.push({ group: 'two_combined', kind, name: twice.name, original, expectedId: entity.id });
  }
  return queries;
}

export interface VariantOutcome extends Outcome {
  query: VariantQuery;
  /** The best-scored entity, to show what outranked the right one on a miss. */
  top?: { id: string; caption: string; score: number; matchedName: string };
}

/** Score of the right entity among the screen's matches (0 when it is not returned). */
export function runVariantQueries(index: MatchIndex, queries: readonly VariantQuery[]): VariantOutcome[] {
  return queries.map((query) => {
    const result = index.screen({ name: query.name }, { limit: 50 });
    const hit = result.matches.find((m) => m.entityId === query.expectedId);
    const first = result.matches[0];
    return {
      group: query.group,
      score: hit?.score ?? 0,
      query,
      ...(first ? { top: { id: first.entityId, caption: first.caption, score: first.score, matchedName: first.matchedName } } : {}),
    };
  });
}

/** The single-perturbation variants: what the recall target is defined on (exact and combined are reported beside it). */
export const isSinglePerturbation = (o: { group: string }): boolean => o.group !== 'exact' && o.group !== 'two_combined';
