import { describe, expect, it } from 'vitest';
import { fakeNames } from '../../../eval/faker-names.js';
import { plainKey } from '../../../eval/listed.js';
import { bestThreshold, percentile, rateAt, sweep } from '../../../eval/metrics.js';
import { createRng } from '../../../eval/prng.js';
import { PERTURBATION_NAMES, perturb, perturbTwice, personShape, type PerturbationName, type VariantContext } from '../../../eval/variants.js';

const person: VariantContext = { kind: 'person', korean: false };
const korean: VariantContext = { kind: 'person', korean: true };
const org: VariantContext = { kind: 'organization', korean: false };

/** Applies a perturbation with many seeds and returns every distinct output. */
function outputs(which: PerturbationName, name: string, ctx: VariantContext, seeds = 40): string[] {
  const out = new Set<string>();
  for (let s = 1; s <= seeds; s++) {
    const v = perturb(which, name, ctx, createRng(s));
    if (v !== null) out.add(v);
  }
  return [...out];
}

const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

describe('seeded generation', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('forks independent streams by label', () => {
    expect(createRng(1).fork('x').next()).toBe(createRng(1).fork('x').next());
    expect(createRng(1).fork('x').next()).not.toBe(createRng(1).fork('y').next());
  });

  it('reproduces every variant of a name from the seed', () => {
    const run = (seed: number) => PERTURBATION_NAMES.map((p) => perturb(p, 'KIM, Sang Man', person, createRng(seed)));
    expect(run(3)).toEqual(run(3));
  });

  it('reproduces faker names from the seed, across locales', () => {
    const a = fakeNames({ seed: 5, personsPerLocale: 3, companiesPerLocale: 1, locales: ['de', 'ko', 'ar'] });
    expect(fakeNames({ seed: 5, personsPerLocale: 3, companiesPerLocale: 1, locales: ['de', 'ko', 'ar'] })).toEqual(a);
    expect(a.map((n) => n.locale)).toEqual(['de', 'de', 'de', 'de', 'ko', 'ko', 'ko', 'ko', 'ar', 'ar', 'ar', 'ar']);
    expect(a.some((n) => /\p{Script=Hangul}/u.test(n.name))).toBe(true);
  });
});

describe('perturbations change the name in the intended way', () => {
  it('reorders a comma-form name into given-family order, and others into family-first order', () => {
    expect(outputs('reorder', 'KIM, Sang Man', person)).toEqual(['Sang Man KIM']);
    expect(outputs('reorder', 'Sang Man Kim', person).sort()).toEqual(['Kim Sang Man', 'Kim, Sang Man']);
    expect(perturb('reorder', 'Acme Trading LLC', org, createRng(1))).toBeNull();
  });

  it('joins two given names into one and toggles hyphenation', () => {
    expect(outputs('join_given', 'KIM, Sang Man', person)).toEqual(['KIM, Sangman']);
    expect(outputs('hyphenation', 'KIM, Sang Man', person)).toEqual(['KIM, Sang-man']);
    expect(outputs('hyphenation', 'Kim Sang-man', person).sort()).toEqual(['Kim Sang man', 'Kim Sangman']);
  });

  it('swaps a token for a known alternative spelling, keeping the case style', () => {
    const out = outputs('translit', 'Mohammed AL-ZAHRANI', person);
    expect(out.length).toBeGreaterThan(2);
    for (const v of out) expect(v).toMatch(/^(Muhammad|Mohamed|Mohammad|Mohamad|Muhammed|Mohammet) AL-ZAHRANI$|^Mohammed (EL|UL)[- ]ZAHRANI$|^Mohammed AL ZAHRANI$/);
    expect(outputs('translit', 'KIM, Sang-Chol', person)).toEqual(expect.arrayContaining(['GIM, Sang-Chol', 'KIM, Sang-Chul']));
    expect(outputs('translit', 'Ivan LAVROVSKIY', person)).toEqual(expect.arrayContaining(['Ivan LAVROVSKY']));
    expect(perturb('translit', 'Xqzw Vbnm', person, createRng(1))).toBeNull();
  });

  it('makes exactly one typo of the named kind in a token of five letters or more', () => {
    const name = 'Ali VLADIMIROV';
    for (const kind of ['typo_drop', 'typo_double', 'typo_swap', 'typo_substitute'] as const) {
      for (const v of outputs(kind, name, person)) {
        const [first, changed] = v.split(' ') as [string, string];
        expect(first).toBe('Ali');
        expect(changed).toBe(changed.toUpperCase());
        if (kind === 'typo_drop') expect(changed.length).toBe('VLADIMIROV'.length - 1);
        if (kind === 'typo_double') expect(changed.length).toBe('VLADIMIROV'.length + 1);
        if (kind === 'typo_swap') expect([...changed].sort().join('')).toBe([...'VLADIMIROV'].sort().join(''));
        if (kind === 'typo_substitute') expect([...changed].filter((c, i) => c !== 'VLADIMIROV'[i]).length).toBe(1);
        expect(changed).not.toBe('VLADIMIROV');
      }
    }
    expect(perturb('typo_drop', 'Li Wei', person, createRng(1))).toBeNull();
  });

  it('keeps a capitalised token capitalised after a typo at its start', () => {
    for (const v of outputs('typo_swap', 'Vladimir Putin', person, 60)) expect(v).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('changes, expands or drops legal forms of organisations, and adds one when there is none', () => {
    const llc = outputs('legal_form', 'Rosneft Trading LLC', org);
    for (const v of llc) expect(['Rosneft Trading', 'Rosneft Trading L.L.C.', 'Rosneft Trading Limited Liability Company', 'Rosneft Trading Ltd']).toContain(v);
    expect(llc).toContain('Rosneft Trading Limited Liability Company');
    expect(llc).toContain('Rosneft Trading');
    expect(outputs('legal_form', 'Dandong Hongxiang Co., Ltd.', org)).toContain('Dandong Hongxiang');
    for (const v of outputs('legal_form', 'Korea Ryonbong General Corporation', org)) expect(v).toMatch(/^Korea Ryonbong General( Corp\.)?$/);
    for (const v of outputs('legal_form', 'Acme Shipping', org)) expect(v).toMatch(/^Acme Shipping (LLC|Ltd|Co\., Ltd\.|JSC|Limited|Inc\.)$/);
    expect(perturb('legal_form', 'John Smith', person, createRng(1))).toBeNull();
  });

  it('drops or abbreviates a middle name, but never splits a Korean given name', () => {
    expect(outputs('drop_middle', 'John Fitzgerald Kennedy', person)).toEqual(['John Kennedy']);
    expect(outputs('drop_middle', 'KENNEDY, John Fitzgerald', person)).toEqual(['KENNEDY, John']);
    expect(outputs('middle_initial', 'John Fitzgerald Kennedy', person).sort()).toEqual(['John F Kennedy', 'John F. Kennedy']);
    expect(perturb('drop_middle', 'KIM, Sang Man', korean, createRng(1))).toBeNull();
    expect(perturb('drop_middle', 'John Kennedy', person, createRng(1))).toBeNull();
  });

  it('adds noise of case, diacritics and punctuation without touching the letters', () => {
    for (const p of ['noise_case', 'noise_punct'] as const) {
      for (const v of outputs(p, 'Sang Man KIM', person)) expect(letters(v)).toBe('sangmankim');
    }
    expect(outputs('noise_diacritics', 'José Müller', person)).toEqual(['Jose Muller']);
    for (const v of outputs('noise_diacritics', 'Anna Maria', person)) {
      expect(v).not.toBe('Anna Maria');
      expect(plainKey(v)).toBe(plainKey('Anna Maria'));
    }
  });

  it('prefixes a title to persons only', () => {
    for (const v of outputs('add_title', 'Sang Man KIM', person)) expect(v).toMatch(/^\S+ Sang Man KIM$/);
    expect(perturb('add_title', 'Acme LLC', org, createRng(1))).toBeNull();
  });

  it('never returns the name unchanged', () => {
    for (const p of PERTURBATION_NAMES) for (const v of outputs(p, 'ABDUL QADEER Basir', person)) expect(v).not.toBe('ABDUL QADEER Basir');
    const twice = perturbTwice('Mohammed Ali HASSAN', person, createRng(2));
    expect(twice).not.toBeNull();
    expect(twice?.name).not.toBe('Mohammed Ali HASSAN');
    expect(twice?.kinds[0]).not.toBe(twice?.kinds[1]);
  });

  it('reads list order from the comma', () => {
    expect(personShape('KIM, Sang Man')).toEqual({ comma: true, family: ['KIM'], given: ['Sang', 'Man'] });
    expect(personShape('Sang Man Kim')).toEqual({ comma: false, family: ['Kim'], given: ['Sang', 'Man'] });
  });
});

describe('metrics', () => {
  const pos = [0.95, 0.9, 0.85, 0.6].map((score) => ({ score, group: 'p' }));
  const neg = [0.9, 0.7, 0.5, 0.1].map((score) => ({ score, group: 'n' }));

  it('computes rates at a threshold and a sweep', () => {
    expect(rateAt(pos, 0.85)).toBe(0.75);
    expect(rateAt(neg, 0.85)).toBe(0.25);
    expect(sweep(pos, neg, [0.8, 0.95])).toEqual([
      { threshold: 0.8, recall: 0.75, falseAlertRate: 0.25 },
      { threshold: 0.95, recall: 0.25, falseAlertRate: 0 },
    ]);
  });

  it('picks the best-recall threshold within the false-alert budget', () => {
    expect(bestThreshold(sweep(pos, neg, [0.8, 0.9, 0.95]), 0)?.threshold).toBe(0.95);
    expect(bestThreshold(sweep(pos, neg, [0.8, 0.9, 0.95]), 0.3)?.threshold).toBe(0.8);
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  });
});
