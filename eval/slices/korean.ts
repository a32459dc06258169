import type { Entity } from '../../src/model/entity.js';
import type { CompareResult, MatchIndex, ScreenQuery } from '../../src/match/types.js';
import type { KoreanPerson, RomanisationPair } from '../devsets.js';
import { hasHangul, isLatinText, plainKey } from '../listed.js';
import type { Outcome } from '../metrics.js';
import type { Rng } from '../prng.js';

/** Listed persons carrying a Hangul name: the queries of the Hangul → Latin slice. */
export function hangulListedPersons(entities: readonly Entity[]): { entity: Entity; hangul: string }[] {
  const out: { entity: Entity; hangul: string }[] = [];
  for (const entity of entities) {
    if (entity.schema !== 'Person') continue;
    const hangul = entity.names.find((n) => hasHangul(n.full) && !isLatinText(n.full));
    if (hangul) out.push({ entity, hangul: hangul.full });
  }
  return out;
}

/** The lists as they would be without any non-Latin name: the Hangul query then has only romanisations to meet. */
export function latinOnly(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => ({ ...e, names: e.names.filter((n) => isLatinText(n.full)) })).filter((e) => e.names.length > 0);
}

export interface RankOutcome extends Outcome {
  query: string;
  expected: string;
  /** The right entity is ranked first. */
  first: boolean;
  /** The right entity ties for first, or what ranks first is a record with the same Latin name (the UN or UK entry of the same person). */
  firstBySameName: boolean;
  top?: { caption: string; score: number };
}

export function runHangulListed(index: MatchIndex, persons: readonly { entity: Entity; hangul: string }[]): RankOutcome[] {
  return persons.map(({ entity, hangul }) => {
    const matches = index.screen({ name: hangul }, { limit: 20 }).matches;
    const first = matches[0];
    const hit = matches.find((m) => m.entityId === entity.id);
    const keys = new Set(entity.names.filter((n) => isLatinText(n.full)).map((n) => plainKey(n.full)));
    const firstEntity = first ? index.entity(first.entityId) : undefined;
    // A tie at the top is an arbitrary order, not a wrong answer.
    const tied = hit !== undefined && first !== undefined && hit.score === first.score;
    const sameName = first !== undefined && (tied || (firstEntity?.names ?? []).some((n) => isLatinText(n.full) && keys.has(plainKey(n.full))));
    return {
      group: entity.dataset,
      score: hit?.score ?? 0,
      query: hangul,
      expected: entity.caption,
      first: first?.entityId === entity.id,
      firstBySameName: sameName,
      ...(first ? { top: { caption: first.caption, score: first.score } } : {}),
    };
  });
}

/** Dev persons as one-name Person entities: the English label is the only name the index knows. */
export function koreanDevEntities(persons: readonly KoreanPerson[]): Entity[] {
  return persons.map((p, i) => ({
    id: `kodev:${i}`,
    dataset: 'kodev',
    sourceId: String(i),
    schema: 'Person',
    caption: p.english,
    names: [{ full: p.english, kind: 'primary' }],
  }));
}

export function runKoreanDev(index: MatchIndex, persons: readonly KoreanPerson[]): RankOutcome[] {
  return persons.map((p, i) => {
    const matches = index.screen({ name: p.hangul, schema: 'Person' }, { limit: 20 }).matches;
    const first = matches[0];
    const expectedKey = plainKey(p.english);
    // The same Hangul name spelled differently for two people, or two people with one label: either is
    // the right answer to a name-only query.
    const right = (m: { entityId: string; caption: string }) => plainKey(m.caption) === expectedKey || persons[Number(m.entityId.slice('kodev:'.length))]?.hangul === p.hangul;
    const hit = matches.find((m) => m.entityId === `kodev:${i}`) ?? matches.find(right);
    const firstRight = first !== undefined && (right(first) || (hit !== undefined && hit.score === first.score));
    return {
      group: 'korean_person_pairs',
      score: hit?.score ?? 0,
      query: p.hangul,
      expected: p.english,
      first: firstRight,
      firstBySameName: firstRight,
      ...(first ? { top: { caption: first.caption, score: first.score } } : {}),
    };
  });
}

export interface PairOutcome extends Outcome {
  a: string;
  b: string;
  summary: string;
}

type Compare = (a: ScreenQuery, b: ScreenQuery) => CompareResult;

export function runRomanisationPairs(compare: Compare, pairs: readonly RomanisationPair[]): PairOutcome[] {
  return pairs.map((p) => {
    const r = compare({ name: p.a, schema: 'Person' }, { name: p.b, schema: 'Person' });
    return { group: 'same_person', score: r.score, a: p.a, b: p.b, summary: r.explanation.summary };
  });
}

/** Two spellings of two different Korean names: what must not alert, so the positive rate means something. */
export function runRomanisationNegatives(compare: Compare, pairs: readonly RomanisationPair[], rng: Rng): PairOutcome[] {
  const out: PairOutcome[] = [];
  for (const p of pairs) {
    const other = rng.pick(pairs);
    if (other.hangul === p.hangul) continue;
    const r = compare({ name: p.a, schema: 'Person' }, { name: other.b, schema: 'Person' });
    out.push({ group: 'different_person', score: r.score, a: p.a, b: other.b, summary: r.explanation.summary });
  }
  return out;
}
