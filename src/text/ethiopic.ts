import { spellOut, type Choice } from './spellings.js';

/**
 * Ethiopic (Ge'ez script: Amharic, Tigrinya) romanisation, BGN/PCGN-like, spelled as Ethiopian and
 * Eritrean names are written in English (ኢሳያስ አፈወርቂ Isayas Afewerki, መለስ ዜናዊ Meles Zenawi).
 *
 * The script is a syllabary: each consonant has seven (often eight) forms, one per vowel, laid out in
 * rows of eight code points: ä u i a e ə o wa. The first order ä is written e (a after h and the
 * glottal letters, as Amharic says it: ሀይሌ Haile, አበበ Abebe). The sixth order is the consonant alone
 * or with a short ɨ: it is written bare, except where three consonants would meet or a word would
 * open with two (መንግሥቱ Mengistu, ግርማ Girma, ብርሃኑ Birhanu).
 */

/** Consonant of each row of eight, by the row's first code point. */
const ROWS: Record<number, Choice> = {
  0x1200: ['h'], 0x1208: ['l'], 0x1210: ['h'], 0x1218: ['m'], 0x1220: ['s'], 0x1228: ['r'], 0x1230: ['s'],
  0x1238: ['sh'], 0x1240: ['k', 'q'], 0x1250: ['k', 'q'], 0x1260: ['b'], 0x1268: ['v'], 0x1270: ['t'],
  0x1278: ['ch'], 0x1280: ['h'], 0x1290: ['n'], 0x1298: ['gn', 'ny', 'n'], 0x12a0: [''], 0x12a8: ['k'],
  0x12b8: ['h', 'kh'], 0x12c8: ['w'], 0x12d0: [''], 0x12d8: ['z'], 0x12e0: ['zh'], 0x12e8: ['y'], 0x12f0: ['d'],
  0x12f8: ['d'], 0x1300: ['j'], 0x1308: ['g'], 0x1318: ['ng'], 0x1320: ['t'], 0x1328: ['ch'], 0x1330: ['p'],
  0x1338: ['ts', 's'], 0x1340: ['ts', 's'], 0x1348: ['f'], 0x1350: ['p'],
};
/** Labialised rows (qʷ, kʷ, gʷ...): forms at +0 +2 +3 +4 +5 only. */
const LABIALISED: Record<number, Choice> = {
  0x1248: ['kw', 'qw'], 0x1258: ['kw'], 0x1288: ['hw'], 0x12b0: ['kw'], 0x12c0: ['hw'], 0x1310: ['gw'],
};
/** Rows whose first order is said a (the h letters and the two vowel carriers). */
const A_ROWS = new Set([0x1200, 0x1210, 0x1280, 0x12a0, 0x12d0, 0x12b8]);
/** The vowel carriers አ and ዐ: their sixth order is the vowel e (እ), not a bare consonant. */
const CARRIERS = new Set([0x12a0, 0x12d0]);

const ORDERS: Choice[] = [['e', 'a'], ['u'], ['i'], ['a'], ['e'], [], ['o'], ['wa']];
const LABIALISED_ORDERS: (Choice | undefined)[] = [['e', 'a'], undefined, ['i'], ['a'], ['e'], [], undefined, undefined];

interface Syllable {
  consonant: Choice;
  /** The vowel; empty for a sixth-order form (decided from the neighbours). */
  vowel: Choice;
}

function syllable(cp: number): Syllable | undefined {
  const row = cp & ~7;
  const order = cp & 7;
  const plain = ROWS[row];
  if (plain !== undefined) {
    let vowel = ORDERS[order] as Choice;
    if (order === 0 && A_ROWS.has(row)) vowel = ['a', 'e'];
    if (order === 5 && CARRIERS.has(row)) vowel = ['e', 'i'];
    if (order === 7 && row === 0x1200) vowel = ['wa'];
    return { consonant: plain, vowel };
  }
  const lab = LABIALISED[row];
  const vowel = LABIALISED_ORDERS[order];
  if (lab !== undefined && vowel !== undefined) return { consonant: lab, vowel };
  return undefined;
}

/** Spellings of one Ethiopic word, the usual one first. */
export function ethiopicSpellings(word: string): string[] {
  const syl: Syllable[] = [];
  for (const ch of word) {
    const s = syllable(ch.codePointAt(0) ?? 0);
    if (s !== undefined) syl.push(s);
  }
  const parts: Choice[] = [];
  let prevBare = true;
  for (let k = 0; k < syl.length; k++) {
    const s = syl[k] as Syllable;
    let vowel = s.vowel;
    if (vowel.length === 0) {
      const nextBare = syl[k + 1] !== undefined && (syl[k + 1] as Syllable).vowel.length === 0;
      const last = k === syl.length - 1;
      // A y after a, e or o is the second half of a diphthong (ኃይለ Haile, Hayle).
      if (s.consonant[0] === 'y' && !prevBare && /[aeo]$/.test(parts[parts.length - 1]?.[0] ?? '')) {
        parts.push(['i', 'y']);
        prevBare = false;
        continue;
      }
      if (last) vowel = ['', 'i'];
      else if (prevBare && nextBare) vowel = ['i', 'e', ''];
      else vowel = ['', 'i', 'e'];
    }
    // After a bare consonant, y + vowel is usually written i + vowel (ማርያም Mariam, ጽዮን Tsion).
    parts.push(s.consonant[0] === 'y' && prevBare && k > 0 ? ['i', 'y'] : s.consonant, vowel);
    prevBare = vowel[0] === '';
  }
  return spellOut(parts);
}

/** The usual spelling of one Ethiopic word. */
export function ethiopicToLatin(word: string): string {
  return ethiopicSpellings(word)[0] ?? '';
}
