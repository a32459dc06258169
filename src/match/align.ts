import type { TokenRole } from '../text/types.js';
import { ALGORITHM } from './algorithm.js';
import { boundedEditDistance } from './typo.js';

/** A token as the scorer sees it: the analyser's token plus its weight (rarity × role). */
export interface ScoringToken {
  form: string;
  keys: readonly string[];
  role: TokenRole;
  weight: number;
}

export type PairKind = 'exact' | 'variant' | 'phonetic' | 'joined' | 'acronym' | 'initial' | 'typo';

/** One aligned piece: a run of query tokens matched to a run of listed tokens. */
export interface AlignedPair {
  query: string;
  listed: string;
  sim: number;
  kind: PairKind;
}

export interface Alignment {
  /** Rarity-weighted share of the query matched, in [0, 1]. */
  queryCoverage: number;
  /** Rarity-weighted share of the listed name matched, in [0, 1]. */
  candidateCoverage: number;
  pairs: AlignedPair[];
  /** Query tokens (non-title) that found no partner. */
  unmatchedQuery: string[];
  unmatchedListed: string[];
  /** Both names carry numbers and at least one on each side has no equal partner. */
  numberMismatch: { query: string; listed: string } | null;
  /** Significant (word/number) tokens on each side, for the single-token-query rule. */
  querySignificant: number;
  listedSignificant: number;
  listedSignificantMatched: number;
}

const SIM = ALGORITHM.similarity;

function isSignificant(role: TokenRole): boolean {
  return role === 'word' || role === 'number';
}

/**
 * The analyser marks its coarse phonetic key with a leading "~" (src/text/keys.ts); every other key
 * is a variant spelling or fold, which is stronger evidence. Returns 2 for a shared variant key,
 * 1 for a shared phonetic key only, 0 for none.
 */
function sharedKeyStrength(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (x !== y) continue;
      if (!x.startsWith('~')) return 2;
      best = 1;
    }
  }
  return best;
}

/** Similarity of two single tokens and how it was reached; 0 means no match. */
export function tokenSimilarity(a: ScoringToken, b: ScoringToken): { sim: number; kind: PairKind } {
  const NONE = { sim: 0, kind: 'exact' as const };
  // Numbers identify ("110th" vs "111th"): never fuzzy, never phonetic.
  if (a.role === 'number' || b.role === 'number') return a.form === b.form ? { sim: SIM.exact, kind: 'exact' } : NONE;
  if (a.form === b.form) return { sim: SIM.exact, kind: 'exact' };
  if (a.role === 'initial' || b.role === 'initial') {
    const ok = a.form.length > 0 && b.form.length > 0 && a.form[0] === b.form[0];
    return ok && (a.role !== 'initial' || b.role !== 'initial') ? { sim: SIM.initial, kind: 'initial' } : NONE;
  }
  const shared = sharedKeyStrength(a.keys, b.keys);
  if (shared === 2) return { sim: SIM.sharedKey, kind: 'variant' };
  const t = typoSimilarity(a.form, b.form);
  if (shared === 1 && t < SIM.phonetic) return { sim: SIM.phonetic, kind: 'phonetic' };
  return t > 0 ? { sim: t, kind: 'typo' } : NONE;
}

/** One edit in a token of 4+ letters, or two in a token of 8+, is a typo; anything else is a different word. */
export function typoSimilarity(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  if (len < SIM.typoMinLength) return 0;
  const max = len >= 8 ? 2 : 1;
  const d = boundedEditDistance(a, b, max);
  if (d > max) return 0;
  const sim = 1 - d / (Math.max(a.length, b.length) + 4);
  return sim >= SIM.typoFloor ? sim : 0;
}

/** Does `short` spell the first letters of `run` ("it" ← information technology)? */
function isAcronymOf(short: ScoringToken, run: readonly ScoringToken[]): boolean {
  if (short.form.length !== run.length || run.length < 2) return false;
  for (let i = 0; i < run.length; i++) if (run[i]!.form[0] !== short.form[i]) return false;
  return true;
}

interface Candidate {
  qi: number;
  qn: number;
  ci: number;
  cn: number;
  sim: number;
  kind: PairKind;
  weight: number;
}

function joinedForm(tokens: readonly ScoringToken[], from: number, n: number): string {
  let s = '';
  for (let i = from; i < from + n; i++) s += tokens[i]!.form;
  return s;
}

/**
 * Runs of two or three adjacent tokens on one side against one token on the other: joined
 * ("Sangman" ~ "Sang Man") or abbreviated ("IT" ~ "Information Technology").
 */
function addMultiTokenCandidates(
  one: readonly ScoringToken[],
  many: readonly ScoringToken[],
  oneIsQuery: boolean,
  out: Candidate[],
): void {
  for (let i = 0; i < one.length; i++) {
    const t = one[i]!;
    if (t.role === 'number' || t.role === 'title' || t.role === 'initial') continue;
    for (let n = 2; n <= 3; n++) {
      for (let j = 0; j + n <= many.length; j++) {
        let bad = false;
        let joinedLength = 0;
        for (let r = j; r < j + n; r++) {
          const role = many[r]!.role;
          if (role === 'number' || role === 'title') bad = true;
          joinedLength += many[r]!.form.length;
        }
        if (bad) continue;
        const run = many.slice(j, j + n);
        let sim = 0;
        let kind: PairKind = 'joined';
        if (t.form.length <= 5 && isAcronymOf(t, run)) {
          sim = SIM.acronym;
          kind = 'acronym';
        } else if (Math.abs(joinedLength - t.form.length) <= 2) {
          const joined = joinedForm(many, j, n);
          const typo = joined === t.form ? SIM.joined : typoSimilarity(t.form, joined);
          if (typo > 0) sim = Math.min(SIM.joined, typo);
        }
        if (sim <= 0) continue;
        const runWeight = run.reduce((s, r) => s + r.weight, 0);
        out.push(
          oneIsQuery
            ? { qi: i, qn: 1, ci: j, cn: n, sim, kind, weight: t.weight + runWeight }
            : { qi: j, qn: n, ci: i, cn: 1, sim, kind, weight: t.weight + runWeight },
        );
      }
    }
  }
}

/**
 * Best assignment of query tokens to listed tokens, order-independent. Greedy by similarity then
 * weight: names are short (rarely over 8 tokens), and greedy equals the optimal assignment whenever
 * one pairing dominates, which is the common case; an exact solver would cost more than it gains.
 */
export function alignTokens(query: readonly ScoringToken[], listed: readonly ScoringToken[]): Alignment {
  const cands: Candidate[] = [];
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    if (q.role === 'title') continue;
    for (let j = 0; j < listed.length; j++) {
      const c = listed[j]!;
      if (c.role === 'title') continue;
      const { sim, kind } = tokenSimilarity(q, c);
      if (sim > 0) cands.push({ qi: i, qn: 1, ci: j, cn: 1, sim, kind, weight: q.weight + c.weight });
    }
  }
  addMultiTokenCandidates(query, listed, true, cands);
  addMultiTokenCandidates(listed, query, false, cands);
  cands.sort((x, y) => y.sim - x.sim || y.weight - x.weight);

  const qSim = new Float64Array(query.length);
  const cSim = new Float64Array(listed.length);
  const qUsed = new Uint8Array(query.length);
  const cUsed = new Uint8Array(listed.length);
  const pairs: AlignedPair[] = [];
  for (const k of cands) {
    let free = true;
    for (let i = k.qi; i < k.qi + k.qn && free; i++) if (qUsed[i]) free = false;
    for (let j = k.ci; j < k.ci + k.cn && free; j++) if (cUsed[j]) free = false;
    if (!free) continue;
    for (let i = k.qi; i < k.qi + k.qn; i++) {
      qUsed[i] = 1;
      qSim[i] = k.sim;
    }
    for (let j = k.ci; j < k.ci + k.cn; j++) {
      cUsed[j] = 1;
      cSim[j] = k.sim;
    }
    pairs.push({
      query: query.slice(k.qi, k.qi + k.qn).map((t) => t.form).join(' '),
      listed: listed.slice(k.ci, k.ci + k.cn).map((t) => t.form).join(' '),
      sim: k.sim,
      kind: k.kind,
    });
  }

  const q = side(query, qSim, qUsed);
  const c = side(listed, cSim, cUsed);
  let numberMismatch: Alignment['numberMismatch'] = null;
  const qNum = query.find((t, i) => t.role === 'number' && !qUsed[i]);
  const cNum = listed.find((t, j) => t.role === 'number' && !cUsed[j]);
  if (qNum && cNum) numberMismatch = { query: qNum.form, listed: cNum.form };

  return {
    queryCoverage: q.coverage,
    candidateCoverage: c.coverage,
    pairs,
    unmatchedQuery: q.unmatched,
    unmatchedListed: c.unmatched,
    numberMismatch,
    querySignificant: q.significant,
    listedSignificant: c.significant,
    listedSignificantMatched: c.significantMatched,
  };
}

function side(tokens: readonly ScoringToken[], sim: Float64Array, used: Uint8Array) {
  let total = 0;
  let got = 0;
  let significant = 0;
  let significantMatched = 0;
  const unmatched: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.role === 'title') continue;
    total += t.weight;
    got += t.weight * sim[i]!;
    if (isSignificant(t.role)) {
      significant++;
      if (used[i]) significantMatched++;
    }
    if (!used[i]) unmatched.push(t.form);
  }
  return { coverage: total > 0 ? got / total : 0, unmatched, significant, significantMatched };
}
