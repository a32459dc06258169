import type { Entity } from '../../src/model/entity.js';

/** A listed person born 1965-04-25 (the KIM Sang Man fixtures), with `extra` fields overriding. */
export function listedPerson(dataset: string, sourceId: string, caption: string, extra: Partial<Entity> = {}): Entity {
  return { id: `${dataset}:${sourceId}`, dataset, sourceId, schema: 'Person', caption, names: [{ full: caption, kind: 'primary' }], birthDates: [{ date: '1965-04-25' }], ...extra };
}

/** A list as the async stream the stores import from. */
export async function* streamOf<T>(list: readonly T[]): AsyncGenerator<T> {
  yield* list;
}
