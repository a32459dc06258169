import type { Entity, Name } from '../src/model/entity.js';
import type { EntityKind } from './variants.js';

/** Latin script, digits, punctuation and spaces only (diacritics allowed). */
export function isLatinText(text: string): boolean {
  return /\p{L}/u.test(text) && /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{S}\p{Zs}]+$/u.test(text);
}

export const hasHangul = (text: string): boolean => /\p{Script=Hangul}/u.test(text);

export function entityKind(entity: Entity): EntityKind | undefined {
  if (entity.schema === 'Person') return 'person';
  if (entity.schema === 'Organization' || entity.schema === 'Company' || entity.schema === 'LegalEntity') return 'organization';
  return undefined;
}

export function isKorean(entity: Entity): boolean {
  return (
    entity.names.some((n) => hasHangul(n.full)) ||
    (entity.countries ?? []).some((c) => c.code === 'KP' || c.code === 'KR') ||
    (entity.programs ?? []).some((p) => /DPRK|KOREA/i.test(p))
  );
}

/** Strong Latin names (primary and a.k.a.): weak and low-quality aliases are too generic to make variants of. */
export function strongLatinNames(entity: Entity): Name[] {
  return entity.names.filter((n) => (n.kind === 'primary' || n.kind === 'aka' || n.kind === 'fka') && isLatinText(n.full));
}

/**
 * A comparison key independent of the engine: accents stripped, case folded, punctuation gone,
 * tokens sorted. Two names with the same key are the same name written differently, not a near miss.
 */
export function plainKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Every listed name's key, to tell a generated "non-listed" name that happens to be listed from a false alert. */
export function listedNameKeys(entities: readonly Entity[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) for (const n of e.names) keys.add(plainKey(n.full));
  return keys;
}
