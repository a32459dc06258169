/**
 * Unicode normalisation, confusables and Latin folding.
 *
 * Two Latin foldings exist on purpose: `foldLatin` gives the plain a-z form that people type when they
 * drop accents (Dvořák -> dvorak), and `foldLatinRich` keeps the digraph a letter stands for in Slavic
 * and Turkish orthographies (Ščukin -> shchukin) so that transliteration-folding keys can meet the
 * English and German spellings of the same Cyrillic name.
 */

/** Letters that are not "a base letter plus an accent", so NFD alone would lose or keep them wrongly. */
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['þ', 'th'],
  ['ı', 'i'],
  ['ŋ', 'ng'],
  ['ħ', 'h'],
  ['ĸ', 'k'],
  ['ſ', 's'],
  ['ŀ', 'l'],
  ['ɨ', 'i'],
  ['ə', 'e'],
  ['ǝ', 'e'],
  ['ɛ', 'e'],
  ['ɔ', 'o'],
  ['ʒ', 'zh'],
]);

/** Slavic/Turkish háček and cedilla letters, spelled as the digraph they stand for. */
const RICH_LETTERS: ReadonlyMap<string, string> = new Map([
  ['š', 'sh'],
  ['ş', 'sh'],
  ['ș', 'sh'],
  ['č', 'ch'],
  ['ç', 'ch'],
  ['ć', 'ch'],
  ['ž', 'zh'],
  ['ź', 'zh'],
  ['ż', 'zh'],
  ['đ', 'dj'],
]);

const COMBINING = /\p{M}/gu;
const NON_ALNUM = /[^a-z0-9]/g;

/** Per-character folding, computed once per distinct character: names reuse a small alphabet. */
const charCache = [new Map<string, string>(), new Map<string, string>()];

function foldChar(ch: string, rich: boolean): string {
  const cache = charCache[rich ? 1 : 0] as Map<string, string>;
  let out = cache.get(ch);
  if (out === undefined) {
    out = (rich ? RICH_LETTERS.get(ch) : undefined) ?? SPECIAL_LETTERS.get(ch) ?? ch.normalize('NFD').replace(COMBINING, '');
    out = out.replace(NON_ALNUM, '');
    cache.set(ch, out);
  }
  return out;
}

function fold(word: string, rich: boolean): string {
  let out = '';
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += ch;
    else out += foldChar(ch, rich);
  }
  return out;
}

/** Lower-case Latin word -> a-z0-9 with accents dropped and special letters transliterated. */
export function foldLatin(word: string): string {
  return fold(word, false);
}

/** Like foldLatin, but š/č/ž/ç/ş keep their digraph value (sh/ch/zh). */
export function foldLatinRich(word: string): string {
  return fold(word, true);
}

/*
 * Confusables. Mixed-script words are almost always spoofing or OCR/keyboard accidents (a Cyrillic "а"
 * typed into "Mаrtin"), so each word is mapped to its majority script. Only letters whose glyphs are
 * indistinguishable are listed; a Cyrillic "и" inside a Latin word is not a look-alike and stays.
 */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Һ: 'H',
};
const GRK_TO_LAT: Record<string, string> = {
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', τ: 't', ι: 'i', κ: 'k', υ: 'u', ε: 'e', χ: 'x', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', I: 'І',
};

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const GREEK_LETTER = /[\u0370-\u03ff]/;
const WORD_RE = /[\p{L}\p{M}]+/gu;
const MIXED_HINT = /[\u0370-\u04ff]/;

function fixWord(word: string): string {
  let lat = 0;
  let cyr = 0;
  let grk = 0;
  for (const ch of word) {
    if (LATIN_LETTER.test(ch)) lat++;
    else if (CYRILLIC_LETTER.test(ch)) cyr++;
    else if (GREEK_LETTER.test(ch)) grk++;
  }
  const scripts = (lat > 0 ? 1 : 0) + (cyr > 0 ? 1 : 0) + (grk > 0 ? 1 : 0);
  if (scripts < 2) return word;
  let out = '';
  if (lat >= cyr && lat >= grk) {
    for (const ch of word) out += CYR_TO_LAT[ch] ?? GRK_TO_LAT[ch] ?? ch;
    return out;
  }
  if (cyr >= grk) {
    for (const ch of word) out += LAT_TO_CYR[ch] ?? latinMarkedAsCyrillic(ch) ?? ch;
    return out;
  }
  return word;
}

const DIAERESIS = '\u0308';
const MARKS = /[\u0300-\u036f]/g;

/**
 * A Latin letter with a mark inside a Cyrillic word, as the Cyrillic letter it stands for: ë is ё
 * (Ткачëв), and a stress mark typed as an accented Latin vowel is dropped (Валéрый, Пáўлавiч).
 */
function latinMarkedAsCyrillic(ch: string): string | undefined {
  const decomposed = ch.normalize('NFD');
  if (decomposed.length < 2) return undefined;
  const base = LAT_TO_CYR[decomposed[0]!];
  if (base === undefined) return undefined;
  if (decomposed.includes(DIAERESIS) && (base === 'е' || base === 'Е')) return base === 'е' ? 'ё' : 'Ё';
  return base + decomposed.slice(1).replace(MARKS, '');
}

/** Maps look-alike letters inside a word to the word's majority script. */
export function fixConfusables(text: string): string {
  if (!MIXED_HINT.test(text)) return text;
  return text.replace(WORD_RE, fixWord);
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032]/g;

/**
 * NFKC (full-width forms, ligatures), confusables, lower case, and one spelling for dashes,
 * apostrophes and spaces. Letters of every script are kept: transliteration comes later.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_SPACES = / {2,}/g;

/**
 * A zero-width non-joiner between Arabic-script letters parts a Persian compound written as one
 * word (احمدی‌مقدم), which Latin spellings write as Ahmadi-Moqaddam, Ahmadimoqaddam or Ahmadi
 * Moqaddam: it is read as the hyphen it stands for.
 */
/**
 * Bidirectional controls (embeddings, isolates, marks) and byte-order marks: invisible, and written
 * into right-to-left names by some lists (the UK list wraps Persian names in U+202B … U+202C). They
 * are no part of the name.
 */
const INVISIBLE_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

const PERSIAN_NON_JOINER = /(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])/g;

export function normaliseText(text: string): string {
  // Printable ASCII is already NFKC and has no confusables: the common case takes the short path.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ASCII_SPACES, ' ').trim();
  let s = text.normalize('NFKC').replace(INVISIBLE_CONTROLS, '');
  s = fixConfusables(s);
  s = s.toLowerCase();
  return s.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(PERSIAN_NON_JOINER, '-').replace(SPACES, ' ').trim();
}
