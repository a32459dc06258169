import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { buildIndex } from '../../../src/match/index.js';
import { ALGORITHM } from '../../../src/match/algorithm.js';

/** Deterministic PRNG so the synthetic index is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'k', 'd', 'm', 'n', 'r', 's', 't', 'v', 'z', 'h', 'l', 'p', 'g', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', '', 'n', 'r', 'm', 'k', 's'];

function syntheticEntities(n: number): Entity[] {
  const rnd = mulberry32(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = () => {
    let w = '';
    const syll = 2 + Math.floor(rnd() * 2);
    for (let i = 0; i < syll; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const out: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const company = rnd() < 0.3;
    const full = company ? `${word()} ${pick(['Trading', 'International', 'Shipping', 'Holding'])} Company Limited` : `${word()} ${word()} ${word()}`;
    out.push({ id: `synthetic:${i}`, dataset: 'synthetic', sourceId: String(i), schema: company ? 'Company' : 'Person', caption: full, names: [{ full, kind: 'primary' }] });
  }
  return out;
}

describe('candidate generation', () => {
  const entities = syntheticEntities(50_000);
  const index = buildIndex(entities);

  it('scores a bounded number of candidates, never the whole index', () => {
    const queries = [entities[123]!.caption, entities[40_000]!.caption, 'Trading Company Limited', 'International Shipping Company', 'Sana Tor', entities[7]!.caption.slice(0, -1)];
    for (const name of queries) {
      const r = index.screen({ name });
      const s = index.lastQuery;
      expect(s.namesScored, name).toBeLessThanOrEqual(ALGORITHM.candidates.maxScored);
      // Posting lists are capped at build time, so a query reads a small fraction of the index.
      expect(s.postingsVisited, name).toBeLessThan(index.stats.names / 2);
      expect(r.matches.length).toBeLessThanOrEqual(10);
    }
  });

  it('still finds the right name among 50k', () => {
    for (const i of [5, 777, 31_337]) {
      expect(index.screen({ name: entities[i]!.caption }).matches[0]?.entityId).toBe(`synthetic:${i}`);
    }
  });

  it('marks very frequent keys as stop keys', () => {
    expect(index.stats.stopKeys).toBeGreaterThan(0);
  });
});

describe('candidate generation across joined and split words', () => {
  const person = (id: string, full: string): Entity => ({ id: `t:${id}`, dataset: 't', sourceId: id, schema: 'Person', caption: full, names: [{ full, kind: 'primary' }] });
  const index = buildIndex([person('1', 'Kim Sangman'), person('2', 'Ri Chol Ho'), person('3', 'Pak Un Ju'), person('4', 'Alhassan')]);

  it('finds a joined listed word from split query words', () => {
    expect(index.screen({ name: 'Sang Man' }).matches.map((m) => m.entityId)).toContain('t:1');
  });
  it('finds split listed words from a joined query word', () => {
    expect(index.screen({ name: 'Cholho' }).matches.map((m) => m.entityId)).toContain('t:2');
  });
  it('finds a listed word with the Arabic article written on from the article apart', () => {
    for (const name of ['Al Hassan', 'Al-Hassan', 'الحسن']) expect(index.screen({ name }).matches.map((m) => m.entityId), name).toContain('t:4');
  });
});

describe('candidate evidence weighted by rarity', () => {
  // Thousands of listed names share "Abdul" and hundreds share "Abdul Karim" (also indexed as the
  // compound "Abdulkarim"); only a few share the rare "Manan". The rare word must dominate the
  // evidence, or those hundreds fill the scored candidates and the right name is never scored.
  const rnd = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const entities = syntheticEntities(20_000);
  const add = (full: string): void => {
    const i = entities.length;
    entities.push({ id: `abdul:${i}`, dataset: 'synthetic', sourceId: String(i), schema: 'Person', caption: full, names: [{ full, kind: 'primary' }] });
  };
  const given = ['Rahman', 'Karim', 'Aziz', 'Rahim', 'Hamid', 'Majid', 'Salam', 'Qadir'];
  for (let i = 0; i < 3000; i++) add(`Abdul ${pick(given)} ${entities[i]!.caption.split(' ')[0]!}`);
  for (let i = 0; i < 40; i++) add(`${entities[i + 5000]!.caption.split(' ')[0]!} Manan`);
  add('Abdul Rahim Manan');
  const index = buildIndex(entities);

  for (const query of ['Abdul Manan', 'Abdul Karim Manan', 'Abdul Rahman Manan']) {
    it(`scores "Abdul Rahim Manan" for "${query}"`, () => {
      const r = index.screen({ name: query }, { limit: 100 });
      expect(r.matches.map((m) => m.matchedName)).toContain('Abdul Rahim Manan');
      expect(index.lastQuery.namesScored).toBeLessThanOrEqual(ALGORITHM.candidates.maxScored);
    });
  }
});

describe('frequent words rank the candidates the rarer words reach', () => {
  // "Mohammed" (and its sound-alike key) is on too many names to generate candidates, and 300
  // names share "Nur": without the frequent word's evidence they all tie, and the scored 60 are
  // an arbitrary slice of them.
  const entities = syntheticEntities(20_000);
  const add = (full: string): void => {
    const i = entities.length;
    entities.push({ id: `nur:${i}`, dataset: 'synthetic', sourceId: String(i), schema: 'Person', caption: full, names: [{ full, kind: 'primary' }] });
  };
  for (let i = 0; i < 1000; i++) add(`Mohammed ${entities[i]!.caption.split(' ')[1]!}`);
  for (let i = 0; i < 300; i++) add(`${entities[i + 3000]!.caption.split(' ')[0]!} Nur ${entities[i + 6000]!.caption.split(' ')[2]!}`);
  add('Mohammed Nur');
  const index = buildIndex(entities);

  it('scores "Mohammed Nur" for "Muhammad Nur"', () => {
    const r = index.screen({ name: 'Muhammad Nur' });
    expect(index.lastQuery.namesTouched).toBeGreaterThan(ALGORITHM.candidates.maxScored);
    expect(r.matches[0]?.matchedName).toBe('Mohammed Nur');
  });
});


describe('common words rank the candidates the name words reach', () => {
  // To a query without a schema "ten" is a common word (an organisation's "Ten"), so it generates no
  // candidates; the 300 listed Sergeys tie on "Sergey" alone unless it still ranks them.
  const entities = syntheticEntities(20_000);
  for (let i = 0; i < 300; i++) {
    const full = `Sergey ${entities[i]!.caption.split(' ')[1]!}`;
    entities.push({ id: `sergey:${i}`, dataset: 'synthetic', sourceId: String(i), schema: 'Person', caption: full, names: [{ full, kind: 'primary' }] });
  }
  entities.push({ id: 'ten:1', dataset: 'synthetic', sourceId: 'ten', schema: 'Person', caption: 'Sergey Yuryevich Ten', names: [{ full: 'Sergey Yuryevich Ten', kind: 'primary' }] });
  const index = buildIndex(entities);

  it('scores "Sergey Yuryevich Ten" for "Sergey Ten"', () => {
    const r = index.screen({ name: 'Sergey Ten' });
    expect(index.lastQuery.namesTouched).toBeGreaterThan(ALGORITHM.candidates.maxScored);
    expect(r.matches.map((m) => m.entityId)).toContain('ten:1');
  });
});

/** A listed person of dataset "t" (the small hand-made lists below). */
const person = (id: string, full: string): Entity => ({ id, dataset: 't', sourceId: id, schema: 'Person', caption: full, names: [{ full, kind: 'primary' }] });

/**
 * Screens `query` in an index of 5,000 synthetic names plus `crowd` (made from them), scoring only the
 * `maxScored` best candidates: which of the crowd the ranking lets through.
 */
function screenAmongCrowd(crowd: (synthetic: readonly Entity[]) => Entity[], query: string, maxScored: number) {
  const entities = syntheticEntities(5_000);
  entities.push(...crowd(entities));
  const index = buildIndex(entities, { maxScored });
  const result = index.screen({ name: query });
  return { result, touched: index.lastQuery.namesTouched };
}

describe('a typo query reads its listed neighbour before the coarse phonetic key', () => {
  // "Lehav" is a letter short of the listed "Lehava", and shares its phonetic key (~LF: vowels dropped,
  // r and l merged) with every Raif and Rafi. The neighbour is the stronger evidence: read after the
  // phonetic key, it would tie with the hundred sound-alikes and miss the scored few.
  const soundAlikes = ['Raif', 'Rafi', 'Raef', 'Leif', 'Rolf', 'Ralf', 'Lafi', 'Lev'];
  const crowd = (synthetic: readonly Entity[]): Entity[] => [
    ...Array.from({ length: 100 }, (_, i) => person(`alike:${i}`, `${soundAlikes[i % soundAlikes.length]!} ${synthetic[i]!.caption.split(' ')[2]!}`)),
    person('lehava', 'Lehava'),
  ];

  it('finds "Lehava" for "Lehav" with only five names scored', () => {
    const { result, touched } = screenAmongCrowd(crowd, 'Lehav', 5);
    expect(touched).toBeGreaterThan(5);
    expect(result.matches[0]?.entityId).toBe('lehava');
  });
});

describe('candidates ranked by the share of both names their shared words cover', () => {
  // The listed father and his sons share every word of the query; the sons' names carry one more.
  // Shared evidence alone ties them all, and the sons, listed first, would fill the scored places.
  const crowd = (synthetic: readonly Entity[]): Entity[] => [
    ...Array.from({ length: 40 }, (_, i) => person(`son:${i}`, `${synthetic[i]!.caption.split(' ')[0]!} Sabawi Ibrahim Hassan al-Tikriti`)),
    person('father', 'Sabawi Ibrahim Hassan al-Tikriti'),
  ];

  it('scores the father first for a typo of his name', () => {
    const { result, touched } = screenAmongCrowd(crowd, 'Sabawi Ibrahim Hasan al-Tikriti', 5);
    expect(touched).toBeGreaterThan(5);
    expect(result.matches[0]?.entityId).toBe('father');
  });
});
