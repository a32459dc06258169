import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/match/compare.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { expectWordsMeet, nameScore, tokens } from './util.js';

describe('European given names in their languages', () => {
  it('gives the forms of one given name one key (Philip / Philippe / Felipe, Stephen / Steven, William / Guillaume)', () => {
    expectWordsMeet([
      ['Philippe', 'Philip'],
      ['Felipe', 'Phillip'],
      ['Stephen', 'Steven'],
      ['Guillaume', 'William'],
      ['Giuseppe', 'Joseph'],
      ['Katarzyna', 'Catherine'],
      ['Sophie', 'Sofia'],
      ['Morris', 'Maurice'],
    ] as const);
    // A letter-by-letter fold could not join these without joining different names too; they scored 0.55 or nothing.
    const s = (a: string, b: string) => nameScore(a, b, 'Person');
    expect(s('Stuart Campbell', 'Stewart Campbell')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(s('Guillaume Dupont', 'William Dupont')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('does not group related but different names (Marian is not Mary, Christian is not Christopher)', () => {
    for (const [a, b] of [
      ['Marian', 'Mary'],
      ['Adrienne', 'Adrian'],
      ['Christian', 'Christopher'],
      ['Jacob', 'James'],
      ['Isabel', 'Elizabeth'],
    ]) {
      const group = (name: string) => tokens(name)[0]?.keys.find((k) => k.startsWith('e:'));
      expect(group(a!) === undefined || group(a!) !== group(b!), `${a} / ${b}`).toBe(true);
    }
  });
});

describe('English -ie / -ey / -y name endings', () => {
  it('are one ending (Ronnie / Ronny, Lesley / Leslie, Valerie / Valery), and Alexey still meets Alexei', () => {
    expectWordsMeet([
      ['Ronnie', 'Ronny'],
      ['Lesley', 'Leslie'],
      ['Charley', 'Charlie'],
      ['Valerie', 'Valery'],
      ['Alexey', 'Alexei'],
    ] as const);
    const s = (a: string, b: string) => nameScore(a, b, 'Person');
    // 0.55 each when only the phonetic key joined them.
    expect(s('Ronnie Walsh', 'Ronny Walsh')).toBeGreaterThan(0.95);
    expect(s('Lesley', 'Leslie')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});

describe('letters in the names of vessels and aircraft', () => {
  const vessel = { id: 'v', dataset: 't', sourceId: 'v', schema: 'Vessel' as const, caption: 'M SOPHIA', names: [{ full: 'M SOPHIA', kind: 'primary' as const }] };

  it('are part of the name, not initials any word may fill in', () => {
    // Sophia Moreira scored 0.90 against the vessel M SOPHIA: Moreira "matched" the initial M.
    expect(compare({ name: 'Sophia Moreira' }, vessel).score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(compare({ name: 'M Sophia' }, vessel).score).toBeGreaterThan(0.99);
  });
});
