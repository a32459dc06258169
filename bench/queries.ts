import type { Entity } from '../src/model/entity.js';
import { createRng } from '../eval/prng.js';
import { buildVariantQueries, isSinglePerturbation } from '../eval/slices/latin-variants.js';
import { buildNonListedQueries } from '../eval/slices/non-listed.js';

export interface BenchQuery {
  name: string;
  /** Set for variants of a listed name: the entity a correct search returns. */
  expectedId?: string;
}

/**
 * The realistic query mix: variants of listed names (what should alert) and faker names from many
 * locales (the bulk of real traffic, which should not), interleaved so neither kind runs in a block.
 */
export function benchQueries(entities: readonly Entity[], seed: number, perKind: number): { variants: BenchQuery[]; nonListed: BenchQuery[]; mixed: BenchQuery[] } {
  const rng = createRng(seed).fork('bench');
  const all = buildVariantQueries(entities, rng, { persons: perKind, organizations: Math.ceil(perKind / 2) }).filter(isSinglePerturbation);
  const variants = rng.sample(all, perKind).map((q) => ({ name: q.name, expectedId: q.expectedId }));
  const locales = 24;
  const faker = buildNonListedQueries(entities, seed, Math.ceil((perKind * 0.75) / locales), Math.ceil((perKind * 0.25) / locales)).queries;
  const nonListed = rng.sample(faker, perKind).map((q) => ({ name: q.name }));
  const mixed: BenchQuery[] = [];
  for (let i = 0; i < Math.max(variants.length, nonListed.length); i++) {
    if (variants[i]) mixed.push(variants[i] as BenchQuery);
    if (nonListed[i]) mixed.push(nonListed[i] as BenchQuery);
  }
  return { variants, nonListed, mixed };
}
