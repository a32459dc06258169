import { spellOut, type Choice } from './spellings.js';

/**
 * Khmer romanisation, best effort, close to the UNGEGN system and to the French-influenced spellings
 * of Cambodian names (ហ៊ុន សែន Hun Sen, ប៉ុល ពត Pol Pot, សម រង្ស៊ី Sam Rangsi/Rainsy).
 *
 * Each consonant belongs to one of two series, which gives the vowels their value (ា is a after an
 * a-series consonant, ea after an o-series one); ៉ and ៊ move a consonant to the other series. A
 * consonant without a vowel sign after a syllable that has no final closes it; otherwise it opens a
 * syllable with the inherent vowel (a or o by series). The coeng ្ writes the next consonant below:
 * it joins a cluster at the start of a syllable (ស្រី srei) and follows a final otherwise.
 */

/** Consonant value and series: true for the o-series. */
const CONSONANTS: Record<string, [Choice, boolean]> = {
  ក: [['k'], false], ខ: [['kh', 'k'], false], គ: [['k'], true], ឃ: [['kh', 'k'], true], ង: [['ng'], true],
  ច: [['ch', 'c'], false], ឆ: [['chh', 'ch'], false], ជ: [['ch', 'j'], true], ឈ: [['chh', 'ch'], true], ញ: [['nh', 'ny', 'n'], true],
  ដ: [['d'], false], ឋ: [['th', 't'], false], ឌ: [['d'], true], ឍ: [['th', 't'], true], ណ: [['n'], false],
  ត: [['t'], false], ថ: [['th', 't'], false], ទ: [['t'], true], ធ: [['th', 't'], true], ន: [['n'], true],
  ប: [['b'], false], ផ: [['ph', 'p'], false], ព: [['p'], true], ភ: [['ph', 'p'], true], ម: [['m'], true],
  យ: [['y'], true], រ: [['r'], true], ល: [['l'], true], វ: [['v', 'w'], true], ឝ: [['s'], false], ឞ: [['s'], false],
  ស: [['s'], false], ហ: [['h'], false], ឡ: [['l'], false], អ: [[''], false],
};
/** Vowel signs: [a-series value, o-series value]. */
const SIGNS: Record<string, [Choice, Choice]> = {
  'ា': [['a'], ['ea', 'ie', 'a']],
  'ិ': [['e', 'i'], ['i', 'e']],
  'ី': [['ei', 'i'], ['i', 'ee']],
  'ឹ': [['oe', 'eu'], ['ue', 'eu']],
  'ឺ': [['eu', 'oe'], ['ueu', 'eu']],
  'ុ': [['o', 'u'], ['u', 'o']],
  'ូ': [['ou', 'u'], ['u', 'ou']],
  'ួ': [['uo', 'uor'], ['uo', 'uor']],
  'ើ': [['aeu', 'oe'], ['eu', 'oe']],
  'ឿ': [['oea', 'uea'], ['oea', 'uea']],
  'ៀ': [['ie', 'ia'], ['ie', 'ia']],
  'េ': [['e', 'ay'], ['e']],
  'ែ': [['ae', 'e'], ['ea', 'e']],
  'ៃ': [['ai'], ['ey', 'ai']],
  'ោ': [['ao', 'o'], ['o', 'ao']],
  'ៅ': [['au', 'ao'], ['ov', 'au']],
};
const INDEPENDENT: Record<string, Choice> = {
  ឥ: ['e', 'i'], ឦ: ['ei'], ឧ: ['o', 'u'], ឩ: ['ou'], ឪ: ['ov'], ឫ: ['rue', 'ru'], ឬ: ['rueu', 'ru'], ឭ: ['lue'],
  ឮ: ['lueu'], ឯ: ['ae'], ឰ: ['ai'], ឱ: ['ao', 'o'], ឲ: ['ao', 'o'], ឳ: ['au'],
};
const COENG = '\u17d2';
const TO_A = '\u17c9';
const TO_O = '\u17ca';
const SILENCER = '\u17cd';

interface Unit {
  consonant: Choice;
  oSeries: boolean;
  /** The vowel sign, or '' when there is none. */
  sign: string;
  /** Written with the coeng (below the previous consonant). */
  sub: boolean;
  nasal: boolean;
  h: boolean;
  silent: boolean;
  independent?: Choice;
}

function units(word: string): Unit[] {
  const out: Unit[] = [];
  const chars = [...word];
  let sub = false;
  for (const ch of chars) {
    const c = CONSONANTS[ch];
    const last = out[out.length - 1];
    if (c !== undefined) {
      out.push({ consonant: c[0], oSeries: c[1], sign: '', sub, nasal: false, h: false, silent: false });
      sub = false;
    } else if (INDEPENDENT[ch] !== undefined) {
      out.push({ consonant: [''], oSeries: false, sign: '', sub: false, nasal: false, h: false, silent: false, independent: INDEPENDENT[ch] });
    } else if (ch === COENG) sub = true;
    else if (last === undefined) continue;
    else if (ch === TO_A) {
      last.oSeries = false;
      // ប៉ is p.
      if (last.consonant[0] === 'b') last.consonant = ['p'];
    } else if (ch === TO_O) last.oSeries = true;
    else if (SIGNS[ch] !== undefined) last.sign += ch;
    else if (ch === '\u17c6') last.nasal = true;
    else if (ch === '\u17c7' || ch === '\u17c8') last.h = true;
    else if (ch === SILENCER) last.silent = true;
  }
  return out;
}

function signValue(sign: string, oSeries: boolean): Choice {
  // ុំ, ាំ and similar: the first sign carries the vowel, ំ the nasal.
  const v = SIGNS[sign] ?? SIGNS[[...sign][0] ?? ''];
  if (v === undefined) return [''];
  return oSeries ? v[1] : v[0];
}

/** Spellings of one Khmer word, the usual one first. */
export function khmerSpellings(word: string): string[] {
  const us = units(word);
  const parts: Choice[] = [];
  // Is the syllable being written still open for a final consonant?
  let open = false;
  let series = false;
  for (let k = 0; k < us.length; k++) {
    const u = us[k] as Unit;
    if (u.silent) continue;
    if (u.independent) {
      parts.push(u.independent);
      open = true;
      continue;
    }
    const bare = u.sign === '' && !u.nasal;
    const next = us[k + 1];
    const startsCluster = next?.sub === true && bare && !open;
    if (bare && open && !startsCluster) {
      // A final: the letter's own value (ហ៊ុន Hun, ពត Pot); r is silent at the end of a word.
      parts.push(u.consonant[0] === 'r' && k === us.length - 1 ? ['', 'r'] : u.consonant);
      open = false;
      continue;
    }
    if (u.sub && parts.length > 0 && !open && !bare) {
      // The subscript of a cluster carries the syllable's vowel (ស្រី srei).
      parts.push(u.consonant);
    } else {
      parts.push(u.consonant);
      series = u.oSeries;
    }
    if (startsCluster) {
      open = false;
      continue;
    }
    if (u.sign !== '') parts.push(signValue(u.sign, u.sub ? series : u.oSeries));
    else parts.push(u.oSeries ? ['o', 'u', 'a'] : ['a', 'o']);
    if (u.nasal) parts.push(['m']);
    if (u.h) parts.push(['h']);
    open = !u.nasal && !u.h;
  }
  return spellOut(parts);
}

/** The usual spelling of one Khmer word. */
export function khmerToLatin(word: string): string {
  return khmerSpellings(word)[0] ?? '';
}
