import type { Entity } from './entity.js';

export interface FieldDiff {
  field: string;
  added: unknown[];
  removed: unknown[];
}

const IGNORED = new Set(['id', 'dataset', 'sourceId']);

function asItems(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Stable JSON with sorted object keys, so that key order never counts as a change. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/**
 * Field-level difference between two versions of one entity. Multi-valued fields are compared
 * as sets of items, so a reordered list is not a change and one new alias shows as one added item.
 */
export function diffEntity(before: Entity, after: Entity): FieldDiff[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldDiff[] = [];
  for (const field of [...fields].sort()) {
    if (IGNORED.has(field)) continue;
    const a = asItems((before as unknown as Record<string, unknown>)[field]);
    const b = asItems((after as unknown as Record<string, unknown>)[field]);
    const aKeys = new Map(a.map((x) => [canonicalJson(x), x]));
    const bKeys = new Map(b.map((x) => [canonicalJson(x), x]));
    const removed = [...aKeys].filter(([k]) => !bKeys.has(k)).map(([, v]) => v);
    const added = [...bKeys].filter(([k]) => !aKeys.has(k)).map(([, v]) => v);
    if (added.length > 0 || removed.length > 0) out.push({ field, added, removed });
  }
  return out;
}
