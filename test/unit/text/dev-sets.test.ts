import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import type { NameToken } from '../../../src/text/types.js';
import { SHARED_EVAL } from '../../helpers/data.js';

/*
 * Recall of the keys on the development sets (measured here, never embedded in the engine).
 * Floors sit a little under the figures reached, so a regression in any rule shows up.
 */

const HAS_EVAL = existsSync(SHARED_EVAL);

function rows(file: string): string[][] {
  return readFileSync(join(SHARED_EVAL, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((l) => l.split('\t'));
}

const share = (a: NameToken, b: NameToken): boolean => a.keys.some((k) => b.keys.includes(k));
const words = (r: NameToken[]): NameToken[] => r.filter((t) => t.role !== 'title' && t.role !== 'common' && t.role !== 'legal_form');

/** Each token of `x` meets a distinct token of `y` (any order: labels are sometimes given-name first). */
function aligned(x: NameToken[], y: NameToken[]): boolean {
  if (x.length !== y.length) return false;
  const used = new Set<number>();
  return x.every((t) => {
    const j = y.findIndex((u, k) => !used.has(k) && share(t, u));
    if (j < 0) return false;
    used.add(j);
    return true;
  });
}

/** Some pair of readings of two names aligns, every token pair sharing a key. */
function namesAlign(a: string, b: string): boolean {
  const ra = analyseName(a, { schema: 'Person' }).readings.map(words);
  const rb = analyseName(b, { schema: 'Person' }).readings.map(words);
  return ra.some((x) => rb.some((y) => aligned(x, y)));
}

/** Every token of the Hangul reading meets a distinct token of some reading of the Latin label, in any order. */
function hangulMeetsLabel(hangul: string, label: string): { surname: boolean; all: boolean } {
  const rh = analyseName(hangul, { schema: 'Person' }).readings;
  const rl = analyseName(label, { schema: 'Person' }).readings.map(words);
  let surname = false;
  for (const h of rh) {
    for (const l of rl) {
      const sur = h[0] as NameToken;
      const surOk = l.some((t) => share(sur, t));
      surname ||= surOk;
      if (surOk && aligned(h, l)) return { surname: true, all: true };
    }
  }
  return { surname, all: false };
}

describe.skipIf(!HAS_EVAL)('development sets', () => {
  it('(a) Korean cross-romanisation pairs share keys at every token position', () => {
    const data = rows('korean_cross_romanisation_pairs.dev.tsv');
    const hits = data.filter(([, a, b]) => namesAlign(a as string, b as string)).length;
    const rate = hits / data.length;
    console.log(`[dev] Korean cross-romanisation pairs aligned: ${hits}/${data.length} = ${rate.toFixed(3)}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('(b) Hangul names meet their real English labels (surname and given name)', () => {
    const data = rows('korean_person_pairs.dev.tsv').filter((r) => r[4] === '1');
    let sur = 0;
    let all = 0;
    for (const [hangul, , , label] of data) {
      const m = hangulMeetsLabel(hangul as string, label as string);
      if (m.surname) sur++;
      if (m.all) all++;
    }
    console.log(`[dev] Hangul vs English label: surname ${(sur / data.length).toFixed(3)}, full name ${(all / data.length).toFixed(3)} (n=${data.length})`);
    expect(sur / data.length).toBeGreaterThanOrEqual(0.98);
    expect(all / data.length).toBeGreaterThanOrEqual(0.95);
  });

  it('(d) Hangul names rarely align with a different person\'s label (precision of the coarse keys)', () => {
    const data = rows('korean_person_pairs.dev.tsv').filter((r) => r[4] === '1');
    let wrong = 0;
    for (let i = 0; i < data.length; i++) {
      const other = data[(i * 7 + 13) % data.length] as string[];
      if (other[0] === data[i]?.[0]) continue;
      if (hangulMeetsLabel(data[i]?.[0] as string, other[3] as string).all) wrong++;
    }
    console.log(`[dev] Hangul vs a different person's label, full alignment: ${(wrong / data.length).toFixed(4)}`);
    expect(wrong / data.length).toBeLessThanOrEqual(0.01);
  });

  it("(e) Latin labels of different people rarely align (precision of the spelling folds)", () => {
    const labels = rows('korean_person_pairs.dev.tsv')
      .filter((r) => r[4] === '1')
      .map((r) => r[3] as string);
    let wrong = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
      const other = labels[(i * 7 + 13) % labels.length] as string;
      if (other === labels[i]) continue;
      total++;
      if (namesAlign(labels[i] as string, other)) wrong++;
    }
    console.log(`[dev] Latin label vs a different person's label, full alignment: ${(wrong / total).toFixed(4)} (n=${total})`);
    expect(wrong / total).toBeLessThanOrEqual(0.01);
  });

  it('(c) Latin variants of one Arabic token share a key; the Arabic script meets them', () => {
    const groups = new Map<string, string[]>();
    for (const [arabic, latin] of rows('arabic_token_variants.dev.tsv')) {
      const list = groups.get(arabic as string) ?? [];
      list.push(latin as string);
      groups.set(arabic as string, list);
    }
    let pairs = 0;
    let shared = 0;
    let scriptHits = 0;
    let scriptTotal = 0;
    const tok = (s: string): NameToken | undefined => analyseName(s).readings[0]?.[0];
    for (const [arabic, variants] of groups) {
      const toks = variants.map(tok);
      for (let i = 0; i < toks.length; i++) {
        for (let j = i + 1; j < toks.length; j++) {
          const a = toks[i];
          const b = toks[j];
          pairs++;
          if (a && b && share(a, b)) shared++;
        }
      }
      const ar = tok(arabic);
      scriptTotal++;
      if (ar && toks.some((t) => t && share(ar, t))) scriptHits++;
    }
    console.log(`[dev] Arabic token variant pairs sharing a key: ${shared}/${pairs} = ${(shared / pairs).toFixed(3)}; Arabic script meeting a variant: ${(scriptHits / scriptTotal).toFixed(3)}`);
    // The other side: the usual spellings of two different tokens should not share a key.
    const tops = [...groups.values()].map((v) => v[0] as string);
    let wrong = 0;
    let others = 0;
    for (let i = 0; i < tops.length; i++) {
      const other = tops[(i * 7 + 13) % tops.length] as string;
      if (other.toLowerCase() === tops[i]?.toLowerCase()) continue;
      others++;
      const a = tok(tops[i] as string);
      const b = tok(other);
      if (a && b && share(a, b)) wrong++;
    }
    console.log(`[dev] Spellings of different Arabic tokens sharing a key: ${wrong}/${others} = ${(wrong / others).toFixed(4)}`);
    expect(wrong / others).toBeLessThanOrEqual(0.01);
    expect(shared / pairs).toBeGreaterThanOrEqual(0.78);
    expect(scriptHits / scriptTotal).toBeGreaterThanOrEqual(0.9);
  });
});
