import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import { scoringToken, tokenSimilarity, type ScoringToken } from '../../../src/match/align.js';
import { describeToken, TokenTable } from '../../../src/match/token-facts.js';

/** Real analysed tokens: Korean syllable spellings, Arabic and Cyrillic variants, typos, initials, numbers, Hanzi. */
const NAMES = [
  'Kim Sang Man', 'Gim Sangman', 'Ri Jong Hui', 'Lee Jong Hee', 'Rhee Chong-hui', 'Jin Song', 'Chin Sung', 'Park Tong-yun', 'Pak Dong Yun',
  'Mohammed al-Rashid', 'Muhammad Rasheed', 'Mohamad el Rachid', 'Abdul Karim', 'Abd al-Karim', 'Abdulkarim',
  'Schtschukin', 'Shchukin', 'Chtchoukine', 'Щукин Александр', 'Lazarus Group', 'Lazarsu Grop', 'Lazzarus',
  'HONG KONG ELECTRONICS', 'Hongkong Electrnics', 'J. P. Morgan', 'A Kim', '110th Brigade', '111th Brigade',
  'Haji Noorullah', 'Taysir Hajji', 'Dr Hajji', '张熙成', 'Zhang Xicheng', 'Chang Hsi-cheng', '김상만', '이정희', 'Müller', 'Mueller', 'Information Technology', 'IT',
];

function tokensOf(names: readonly string[]): ScoringToken[] {
  const out: ScoringToken[] = [];
  for (const n of names) {
    for (const reading of analyseName(n).readings) {
      for (const t of reading) out.push(scoringToken(t.form, t.keys, t.role, 1, t.script, t.bound === true, out.length));
    }
  }
  return out;
}

describe('token facts', () => {
  const listed = tokensOf(NAMES);
  const keyIds = new Map<string, number>();
  for (const t of listed) for (const k of [t.form, ...t.keys]) if (!keyIds.has(k)) keyIds.set(k, keyIds.size);
  const keyId = (k: string) => keyIds.get(k);
  const table = new TokenTable(listed, keyId);

  it('rules a pair out only when it scores 0, and rules most unrelated pairs out', () => {
    // Queries include spellings the "index" never saw, so their keys are partly unknown to it.
    const queries = tokensOf([...NAMES, 'Sangmna', 'Rashidd', 'Muhamad', 'Hui', 'Chong', 'Xi Cheng', 'Mohammad Abd']);
    let ruledOut = 0;
    let zero = 0;
    for (const q of queries) {
      const facts = describeToken(q, keyId);
      for (const c of listed) {
        // The aligner never pairs titles, not even equal ones ("Hajji" the title vs "Hajji" the name).
        const sim = q.role === 'title' || c.role === 'title' ? 0 : tokenSimilarity(q, c).sim;
        const may = table.mayMatch(facts, c.id);
        if (sim > 0) expect(may, `${q.form} / ${c.form} scores ${sim}`).toBe(true);
        else {
          zero++;
          if (!may) ruledOut++;
        }
      }
    }
    expect(ruledOut / zero).toBeGreaterThan(0.8);
  });

  it('keeps every pair one or two typos apart, and rules out long words that only look alike by length', () => {
    // Typos of real name words (drop, double, swap, substitute), compared against the words they came from.
    const words = ['jayalalithaa', 'abdulrahman', 'mohammadreza', 'nurmagomedov', 'schtschukin', 'alexandrovich', 'hutchinson', 'kalashnikova', 'rashid', 'karim', 'lazarus'];
    const edits = (w: string): string[] => [w.slice(1), w.slice(0, 3) + w[3] + w.slice(3), w.slice(0, 2) + w[3] + w[2] + w.slice(4), `${w.slice(0, 4)}q${w.slice(5)}`, `${w.slice(0, 2)}x${w.slice(3, -2)}z${w.slice(-1)}`];
    const listedWords = tokensOf(words);
    const wordIds = new Map<string, number>();
    for (const t of listedWords) for (const k of [t.form, ...t.keys]) if (!wordIds.has(k)) wordIds.set(k, wordIds.size);
    const wordTable = new TokenTable(listedWords, (k) => wordIds.get(k));
    let typos = 0;
    for (const w of words) {
      for (const variant of tokensOf(edits(w))) {
        const facts = describeToken(variant, (k) => wordIds.get(k));
        for (const c of listedWords) {
          const sim = tokenSimilarity(variant, c).sim;
          if (sim > 0) {
            if (c.form === w) typos++;
            expect(wordTable.mayMatch(facts, c.id), `${variant.form} / ${c.form} scores ${sim}`).toBe(true);
          }
        }
      }
    }
    expect(typos).toBeGreaterThan(words.length * 3);
    // Long different words of about the same length: the letter sets tell them apart without comparing.
    // ... and so do the Hangul syllables two short words spell (both spell one, but not the same one).
    const pairs: [string, string][] = [['alexandrovich', 'aleksandrova'], ['nurmagomedov', 'mohammadreza'], ['kalashnikova', 'kuznetsova'], ['kim', 'son'], ['hui', 'jong']];
    for (const [a, b] of pairs) {
      const [qa] = tokensOf([a]);
      const [cb] = tokensOf([b]);
      expect(tokenSimilarity(qa!, cb!).sim).toBe(0);
      const ids = new Map<string, number>();
      for (const k of [cb!.form, ...cb!.keys]) ids.set(k, ids.size);
      expect(new TokenTable([{ ...cb!, id: 0 }], (k) => ids.get(k)).mayMatch(describeToken(qa!, (k) => ids.get(k)), 0), `${a} / ${b}`).toBe(false);
    }
  });
});
