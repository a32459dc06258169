import { describe, expect, it } from 'vitest';
import type { TokenRole } from '../../../src/text/types.js';
import { alignAbove, alignTokens, PairMemo, scoringToken, tokenSimilarity, typoSimilarity, type ScoringToken } from '../../../src/match/align.js';
import { boundedEditDistance } from '../../../src/text/edit-distance.js';
import { describeToken, TokenTable } from '../../../src/match/token-facts.js';

/** Hand-built tokens: these tests pin the alignment itself, independent of the analyser. */
function tok(form: string, role: TokenRole = 'word', keys: string[] = [form], weight = 1): ScoringToken {
  return scoringToken(form, keys.includes(form) ? keys : [form, ...keys], role, weight);
}
const words = (s: string) => s.split(' ').map((w) => tok(w, /^\d+$/.test(w) ? 'number' : 'word'));

describe('bounded edit distance', () => {
  it('counts drops, doubles, swaps and substitutions as one edit', () => {
    expect(boundedEditDistance('lazarus', 'lazrus', 2)).toBe(1);
    expect(boundedEditDistance('lazarus', 'lazzarus', 2)).toBe(1);
    expect(boundedEditDistance('lazarus', 'lazaurs', 2)).toBe(1);
    expect(boundedEditDistance('lazarus', 'lazarqs', 2)).toBe(1);
    expect(boundedEditDistance('lazarus', 'azarus', 2)).toBe(1);
  });
  it('gives up beyond the bound', () => {
    expect(boundedEditDistance('lazarus', 'pyongyang', 2)).toBe(3);
    expect(boundedEditDistance('abcdef', 'badcfe', 1)).toBe(2);
  });
});

describe('token similarity', () => {
  it('ranks exact over shared key over typo', () => {
    const exact = tokenSimilarity(tok('kim'), tok('kim')).sim;
    const variant = tokenSimilarity(tok('gim', 'word', ['gim', 'kim']), tok('kim', 'word', ['kim'])).sim;
    const phonetic = tokenSimilarity(tok('jung', 'word', ['jung', '~CN']), tok('chung', 'word', ['chung', '~CN'])).sim;
    const typo = tokenSimilarity(tok('muhammad'), tok('muhamad')).sim;
    expect(exact).toBe(1);
    expect(variant).toBeLessThan(exact);
    expect(variant).toBeGreaterThan(0.85);
    expect(phonetic).toBeLessThan(variant);
    expect(phonetic).toBeGreaterThan(0.7);
    expect(typo).toBeGreaterThan(0.85);
    expect(typo).toBeLessThan(exact);
  });
  it('gives phonetic credit only to spellings that look alike', () => {
    const sim = (a: string, b: string) => tokenSimilarity(tok(a, 'word', [a, '~LSLS']), tok(b, 'word', [b, '~LSLS'])).sim;
    expect(sim('lazarus', 'resurs')).toBe(0);
    expect(sim('lazarus', 'lasarous')).toBeGreaterThan(0.7);
  });
  it('does not treat short tokens one letter apart as typos (Kim vs Kin are different names)', () => {
    expect(typoSimilarity('kim', 'kin')).toBe(0);
    expect(typoSimilarity('jong', 'tong')).toBe(0);
    expect(typoSimilarity('ahmad', 'ahmed')).toBeGreaterThan(0);
  });
  it('requires numbers to agree exactly', () => {
    expect(tokenSimilarity(tok('110', 'number'), tok('111', 'number')).sim).toBe(0);
    expect(tokenSimilarity(tok('110', 'number'), tok('110', 'number')).sim).toBe(1);
  });
  it('matches an initial to a first letter only', () => {
    expect(tokenSimilarity(tok('s', 'initial'), tok('sang')).kind).toBe('initial');
    expect(tokenSimilarity(tok('s', 'initial'), tok('man')).sim).toBe(0);
  });
});

describe('alignment', () => {
  it('is independent of token order', () => {
    const a = alignTokens(words('sang man kim'), words('kim sang man'));
    expect(a.queryCoverage).toBe(1);
    expect(a.candidateCoverage).toBe(1);
  });
  it('matches a joined token against two split tokens, both ways', () => {
    const a = alignTokens(words('kim sangman'), words('kim sang man'));
    expect(a.candidateCoverage).toBeGreaterThan(0.9);
    expect(a.pairs.some((p) => p.kind === 'joined' && p.listed === 'sang man')).toBe(true);
    const b = alignTokens(words('kim sang man'), words('kim sangman'));
    expect(b.queryCoverage).toBeGreaterThan(0.9);
  });
  it('matches abbreviations against the words they abbreviate', () => {
    const a = alignTokens(words('jinyong it cooperation'), words('jinyong information technology cooperation'));
    expect(a.pairs.some((p) => p.kind === 'acronym')).toBe(true);
    expect(a.candidateCoverage).toBeGreaterThan(0.8);
  });
  it('flags numbers that disagree', () => {
    const a = alignTokens(words('110 research center'), words('111 research center'));
    expect(a.numberMismatch).toEqual({ query: '110', listed: '111' });
    expect(alignTokens(words('110 research center'), words('110 research center')).numberMismatch).toBeNull();
  });
  it('weighs coverage by token weight: a missing low-weight word costs little', () => {
    const listed = [tok('lazarus'), tok('group', 'common', ['group'], 0.15)];
    const a = alignTokens([tok('lazarus')], listed);
    expect(a.candidateCoverage).toBeGreaterThan(0.85);
    expect(a.listedSignificant).toBe(1);
  });
  it('ignores titles on both sides', () => {
    const a = alignTokens([tok('dr', 'title'), ...words('muhammad rahman')], words('muhammad rahman'));
    expect(a.queryCoverage).toBe(1);
    expect(a.unmatchedQuery).toEqual([]);
  });
  it('uses each token once', () => {
    const a = alignTokens(words('kim kim'), words('kim sang'));
    expect(a.pairs).toHaveLength(1);
    expect(a.queryCoverage).toBe(0.5);
  });
  it('finds the optimal assignment when greedy would strand a repeated similar token', () => {
    // muhammad is one typo from both listed spellings; taking the first it meets would leave
    // mohammed (one typo from muhammed only) without a partner.
    const a = alignTokens(words('muhammad mohammed'), words('muhammed muhamad'));
    expect(a.pairs).toHaveLength(2);
    expect(a.queryCoverage).toBeGreaterThan(0.9);
    const b = alignTokens(words('muhammad mohammed ali'), words('ali muhammed muhamad'));
    expect(b.candidateCoverage).toBeGreaterThan(0.9);
  });
  it('maximises the weighted coverage, not the count of pairs', () => {
    // A rare token (weight 1.5) paired at 0.92 is worth more than a common one (0.5) paired exactly.
    const q = [tok('aa', 'word', ['aa', 'k1'], 1.5), tok('bb', 'word', ['bb', 'k1'], 0.5)];
    const c = [tok('bb', 'word', ['bb', 'k1'], 0.5)];
    const a = alignTokens(q, c);
    expect(a.pairs).toEqual([{ query: 'aa', listed: 'bb', sim: 0.92, kind: 'variant' }]);
  });
});

describe('alignment floor (the bound that skips hopeless candidates)', () => {
  // Short, long, joinable, abbreviable and typo-prone parts, so random names hit every kind of pair.
  const parts = ['kim', 'sang', 'man', 'sangman', 'sangmam', 'information', 'technology', 'it', 'co', 'ltd', 'hong', 'kong', 'hongkong', 'hongkomg', 'electronics', 'electrnics', 'mohammed', 'muhammad', 'mohamad', 'al', 'rashid', 'alrashid', 'ri', 'lee', 'jong', 'un', 'jongun', 'tongun', '110', 'k', 'haji', 'dr'];
  const roleOf = (p: string): TokenRole =>
    /^\d+$/.test(p) ? 'number' : p.length === 1 ? 'initial' : p === 'co' || p === 'ltd' ? 'legal_form' : p === 'al' ? 'common' : p === 'haji' || p === 'dr' ? 'title' : 'word';
  const keysOf = (p: string): string[] => (p === 'lee' || p === 'ri' ? [p, 'lee', 'ri'] : p.startsWith('moh') || p.startsWith('muh') ? [p, '~MHMT'] : [p]);
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const name = (): ScoringToken[] =>
    Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
      const p = parts[Math.floor(random() * parts.length)]!;
      return tok(p, roleOf(p), keysOf(p), 0.5 + random());
    });
  const score = (a: { queryCoverage: number; candidateCoverage: number }) => 0.55 * a.queryCoverage + 0.45 * a.candidateCoverage;

  it('never skips a pair that aligns at or above the floor, and skips most that cannot', () => {
    let skipped = 0;
    let below = 0;
    for (let n = 0; n < 4000; n++) {
      const q = name();
      const l = name();
      const full = score(alignTokens(q, l));
      for (const floor of [0.41, 0.6, 0.8]) {
        const bounded = alignAbove(q, l, undefined, { floor });
        if (full >= floor) expect(bounded, `${q.map((t) => t.form).join(' ')} / ${l.map((t) => t.form).join(' ')} at ${floor}`).not.toBeNull();
        else {
          below++;
          if (!bounded) skipped++;
        }
        if (bounded) expect(score(bounded)).toBe(full);
      }
    }
    expect(skipped / below).toBeGreaterThan(0.5);
  });

  it('does not bound a one-word query by a join its letters could never spell', () => {
    // Lengths alone allow "rashid haidar" (12 letters) as a typo of "electronics" (11): the letters do not.
    expect(alignAbove(words('electronics'), words('rashid haidar'), undefined, { floor: 0.41 })).toBeNull();
    // ... while a real typo of the join still aligns.
    expect(alignAbove(words('rashidhaidr'), words('rashid haidar'), undefined, { floor: 0.41 })).not.toBeNull();
  });

  it('gives the same similarities through the per-query memo and token facts as without', () => {
    // As in an index: one id per distinct listed token, its keys numbered, its facts in a table.
    const vocabulary = parts.map((p, id) => scoringToken(p, keysOf(p), roleOf(p), 1, undefined, false, id));
    const keyIds = new Map<string, number>();
    for (const t of vocabulary) for (const k of [t.form, ...t.keys]) if (!keyIds.has(k)) keyIds.set(k, keyIds.size);
    const memo = new PairMemo(new TokenTable(vocabulary, (k) => keyIds.get(k)), (t) => describeToken(t, (k) => keyIds.get(k)));
    const listed = Array.from({ length: 300 }, () => name().map((t) => vocabulary[parts.indexOf(t.form)]!));
    let matched = 0;
    for (let n = 0; n < 50; n++) {
      // Query tokens carry typos and keys the index lacks, and are compared afresh per query.
      const q = [...name(), tok('hongkomg'), tok('sangmab'), tok('mohamad', 'word', keysOf('mohamad')), tok('lee', 'word', ['lee', 'ri', 'rhee']), tok('haji')];
      memo.begin([q]);
      for (const l of listed) {
        const direct = alignTokens(q, l);
        const memoised = alignAbove(q, l, undefined, { memo, reading: 0, listedIds: Int32Array.from(l, (t) => t.id) })!;
        expect(memoised.pairs).toEqual(direct.pairs);
        expect(score(memoised)).toBe(score(direct));
        matched += direct.pairCount;
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('two-edit typos in long words', () => {
  it('finds them wherever the edits sit, one at each end included', () => {
    // e→a at the start and a doubled final a: distance 2, no common prefix beyond "j".
    expect(typoSimilarity('jeyalalitha', 'jayalalithaa')).toBeGreaterThan(0);
    expect(typoSimilarity('abdulrahmann', 'abdalrahman')).toBeGreaterThan(0);
    expect(typoSimilarity('jeyalalitha', 'jayalalitha')).toBeGreaterThan(0);
  });
});
