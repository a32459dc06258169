import type { CompareResult, ScreenQuery } from '../../src/match/types.js';
import type { ArabicToken } from '../devsets.js';
import type { Rng } from '../prng.js';
import type { PairOutcome } from './korean.js';

type Compare = (a: ScreenQuery, b: ScreenQuery) => CompareResult;

/** Spellings seen only once or twice are mostly noise in the source data ("charles" → "sr."). */
const MIN_COUNT = 3;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function usableVariants(token: ArabicToken): { latin: string; count: number }[] {
  return token.variants.filter((v) => v.count >= MIN_COUNT && /^[\p{L}'’-]{2,}$/u.test(v.latin)).sort((a, b) => b.count - a.count);
}

export interface ArabicPair {
  arabic: string;
  /** The most frequent spelling: what a list would carry. */
  canonical: string;
  variant: string;
  variantCount: number;
}

/** Each less frequent spelling against the token's most frequent one. */
export function arabicPairs(tokens: readonly ArabicToken[]): ArabicPair[] {
  const pairs: ArabicPair[] = [];
  for (const token of tokens) {
    const [top, ...rest] = usableVariants(token);
    if (!top) continue;
    for (const v of rest) {
      if (v.latin.toLowerCase() !== top.latin.toLowerCase()) pairs.push({ arabic: token.arabic, canonical: top.latin, variant: v.latin, variantCount: v.count });
    }
  }
  return pairs;
}

/**
 * The variant as the first name of a realistic full name: the same father's and family names drawn
 * from other tokens' common spellings, so the pair differs only in the token under test.
 */
export function runArabicFullNames(compare: Compare, tokens: readonly ArabicToken[], pairs: readonly ArabicPair[], rng: Rng): PairOutcome[] {
  const fillers = tokens.map((t) => usableVariants(t)[0]?.latin).filter((s): s is string => s !== undefined && s.length >= 3);
  return pairs.map((p) => {
    const rest = `${capitalise(rng.pick(fillers))} ${capitalise(rng.pick(fillers))}`;
    const a = `${capitalise(p.variant)} ${rest}`;
    const b = `${capitalise(p.canonical)} ${rest}`;
    const r = compare({ name: a, schema: 'Person' }, { name: b, schema: 'Person' });
    return { group: p.variantCount >= 10 ? 'variant_count>=10' : 'variant_count<10', score: r.score, a, b, summary: r.explanation.summary };
  });
}

/** The bare tokens compared with each other: whether the engine's token similarity alone agrees they are one name. */
export function runArabicTokens(compare: Compare, pairs: readonly ArabicPair[]): PairOutcome[] {
  return pairs.map((p) => {
    const r = compare({ name: capitalise(p.variant) }, { name: capitalise(p.canonical) });
    return { group: 'token', score: r.score, a: p.variant, b: p.canonical, summary: r.explanation.summary };
  });
}

/** Different given names before the same family names: must not alert, or the positive rate is meaningless. */
export function runArabicNegatives(compare: Compare, tokens: readonly ArabicToken[], pairs: readonly ArabicPair[], rng: Rng): PairOutcome[] {
  const fillers = tokens.map((t) => usableVariants(t)[0]?.latin).filter((s): s is string => s !== undefined && s.length >= 3);
  const out: PairOutcome[] = [];
  for (const p of pairs) {
    const other = rng.pick(pairs);
    if (other.arabic === p.arabic) continue;
    const rest = `${capitalise(rng.pick(fillers))} ${capitalise(rng.pick(fillers))}`;
    const a = `${capitalise(p.variant)} ${rest}`;
    const b = `${capitalise(other.canonical)} ${rest}`;
    const r = compare({ name: a, schema: 'Person' }, { name: b, schema: 'Person' });
    out.push({ group: 'different_first_name', score: r.score, a, b, summary: r.explanation.summary });
  }
  return out;
}
