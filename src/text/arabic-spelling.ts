/**
 * Does a Latin spelling fit an Arabic-script word? Arabic writes consonants and long vowels only,
 * so one written word stands for many Latin spellings (توفيق: Tawfiq, Tawfik, Toufik, Tevfik) that
 * share no single romanisation: a letter-by-letter reading ("tufiq") meets them only through the
 * coarse phonetic key. Here each letter is matched against the spellings Latin conventions give it
 * (English, French, German, Turkish, Persian and Urdu usage), with the unwritten short vowels
 * allowed between letters, and a doubled consonant for the unwritten shadda.
 *
 * The Latin side is a folded form (a–z). Pure; callers memoise.
 */

/** Marks the key that holds a token's Arabic-script letters (see arabicLetters). */
export const ARABIC_KEY = 'r:';

/**
 * Between the letters of words read as one (عبد + الرحمن, زارع + پور): unwritten itself, it tells
 * where the second word starts, so that its article is read as an article (Abdurrahman, Sanaullah).
 */
export const ARABIC_JOIN = '\u200c';

/** Latin spellings of each letter; '' where the letter may go unwritten (ع, hamza, ه). */
const SPELLINGS: Record<string, readonly string[]> = {
  ا: ['a', 'aa', 'e'],
  أ: ['a', 'e', 'i', 'o', 'u', 'aa'],
  إ: ['i', 'e', 'a'],
  آ: ['a', 'aa', 'o'],
  ٱ: ['a', 'e', 'i', 'o', 'u'],
  ى: ['a', 'aa', 'e', 'i', 'y', 'ah'],
  ب: ['b', 'bb', 'p'],
  پ: ['p', 'pp', 'b'],
  ت: ['t', 'tt', 'th'],
  ط: ['t', 'tt', 'th'],
  ٹ: ['t', 'tt'],
  ث: ['th', 's', 't', 'ss', 'ts'],
  ج: ['j', 'dj', 'g', 'dzh', 'zh', 'jj', 'dsch'],
  چ: ['ch', 'tch', 'tsch', 'c', 'cz'],
  ح: ['h', 'hh', 'kh', 'ch'],
  خ: ['kh', 'h', 'ch', 'x', 'j', 'kch'],
  د: ['d', 'dd', 'dh'],
  ڈ: ['d', 'dd'],
  ذ: ['dh', 'z', 'd', 'th', 'zz', 'dz'],
  ر: ['r', 'rr'],
  ڑ: ['r', 'rr', 'd'],
  ز: ['z', 'zz', 's'],
  ژ: ['zh', 'j', 'z', 'g'],
  س: ['s', 'ss', 'c', 'sz'],
  ش: ['sh', 'ch', 'sch', 's', 'ssh', 'x'],
  ص: ['s', 'ss', 'c', 'ts'],
  ض: ['d', 'dh', 'z', 'dd', 'dz'],
  ظ: ['z', 'dh', 'th', 'd', 'zz', 'dz'],
  ع: ['', 'a', 'e', 'i', 'o', 'u', 'aa', 'ai', 'ei'],
  غ: ['gh', 'g', 'r', 'q', 'kh'],
  ف: ['f', 'ff', 'ph', 'v'],
  ڤ: ['v', 'f'],
  ق: ['q', 'k', 'g', 'c', 'ck', 'kk', 'qu', 'gh', 'qq'],
  ك: ['k', 'c', 'ck', 'kk', 'q', 'kh'],
  ک: ['k', 'c', 'ck', 'kk', 'q', 'kh'],
  گ: ['g', 'gu', 'gh', 'k'],
  ګ: ['g', 'gu', 'gh', 'k'],
  ل: ['l', 'll'],
  م: ['m', 'mm'],
  ن: ['n', 'nn'],
  ں: ['n', ''],
  ڼ: ['n', 'nn'],
  // Final -h goes unwritten in some spellings of -ullah (Abdulla); Urdu ہ at the end is a vowel (روبینہ Rubina, not Ruben).
  ه: ['h', 'hh', '', 'a', 'e', 'ah', 'eh'],
  ہ: ['h', 'hh', 'a', 'e', 'ah', 'eh'],
  ە: ['a', 'e', 'h', 'ah', 'eh'],
  ۀ: ['a', 'e', 'ah', 'eh', 'ye', 'yi'],
  ھ: ['h', ''],
  ة: ['a', 'ah', 'at', 'e', 'eh', 'et'],
  ۃ: ['a', 'ah', 'at', 'e', 'eh'],
  و: ['w', 'u', 'o', 'ou', 'oo', 'v', 'ow', 'aw', 'au', 'uu', 'ww', 'ew', 'ue'],
  ي: ['y', 'i', 'ee', 'e', 'ie', 'ey', 'ei', 'ai', 'ay', 'ii', 'iy', 'yy'],
  ی: ['y', 'i', 'ee', 'e', 'ie', 'ey', 'ei', 'ai', 'ay', 'ii', 'iy', 'yy'],
  ې: ['e', 'y', 'i', 'ey'],
  ۍ: ['i', 'y', 'ai', 'ay', 'ey'],
  ے: ['e', 'ay', 'ai', 'y', 'i', 'ey', 'ei'],
  ئ: ['', 'y', 'i', 'e', 'a'],
  ؤ: ['', 'u', 'o', 'w', 'ou'],
  ء: ['', 'a', 'e', 'i', 'o', 'u'],
  څ: ['ts', 's', 'ch'],
  ځ: ['dz', 'z', 'j'],
  ښ: ['sh', 'kh', 'x', 's'],
  ږ: ['zh', 'g', 'j', 'z'],
  [ARABIC_JOIN]: [''],
  // Hebrew is an abjad too, its letters written and left out as Arabic's are (פדרמן: Federman, Fedarman);
  // final forms as their letters. Geresh digraphs (ג׳ j, צ׳ ch) are rare in names and read as the letter.
  א: ['', 'a', 'e', 'i', 'o', 'u'],
  ב: ['b', 'v', 'bb'],
  ג: ['g', 'j', 'gg'],
  ד: ['d', 'dd'],
  ה: ['h', '', 'a', 'e', 'ah', 'eh'],
  ו: ['v', 'o', 'u', 'w', 'ou', 'oo', 'vv'],
  ז: ['z', 'zz'],
  ח: ['ch', 'kh', 'h', 'hh'],
  ט: ['t', 'tt', 'th'],
  י: ['y', 'i', 'e', 'ei', 'ey', 'ai', 'ay', 'ee', 'ie', 'j', 'yy'],
  כ: ['k', 'kh', 'ch', 'c', 'kk'],
  ך: ['kh', 'ch', 'k'],
  ל: ['l', 'll'],
  מ: ['m', 'mm'],
  ם: ['m'],
  נ: ['n', 'nn'],
  ן: ['n'],
  ס: ['s', 'ss', 'c'],
  ע: ['', 'a', 'e', 'i', 'o', 'u', 'ai', 'ei'],
  פ: ['p', 'f', 'ph', 'pp', 'ff'],
  ף: ['f', 'ph', 'ff'],
  צ: ['tz', 'ts', 'z', 'c', 'tsh'],
  ץ: ['tz', 'ts', 'z'],
  ק: ['k', 'q', 'c', 'ck', 'kk'],
  ר: ['r', 'rr'],
  ש: ['sh', 's', 'ss', 'sch'],
  ת: ['t', 'th', 's', 'tt'],
};

/** Are these letters Hebrew (read by the same tables as Arabic script's, but never run together across words)? */
export function isHebrewLetters(letters: string): boolean {
  const c = letters.charCodeAt(0);
  return c >= 0x0590 && c <= 0x05ff;
}

/** Spellings a letter has only at the start of a word: alef carries any vowel there (Esmail, Ibrahim, Osama, Umar). */
const INITIAL_ONLY: Record<string, readonly string[]> = { ا: ['i', 'o', 'u'] };
/** Spellings a letter has only at the end: Persian writes a final -a with ی (مرتضی Morteza, عیسی Eisa); a final alef may be -ah. */
const FINAL_ONLY: Record<string, readonly string[]> = { ی: ['a', 'aa'], ا: ['ah'] };
/**
 * The article's alef inside a joined word is elided, leaving the vowel that joins the words (Abd
 * ul-Rahman, Nasr ed-Din, Sana ullah, Habib ollah) or none (Abdrahman).
 */
const JOINED_ARTICLE_ALEF: readonly string[] = ['', 'a', 'e', 'i', 'o', 'u'];
/** Sun letters: the article's lam before them is pronounced, and often spelled, as they are (ar-Rahman, Essabar, ad-Din). */
const SUN_LETTERS = new Set([...'تثدذرزسشصضطظلن']);

const IGNORED = /[\u064b-\u065f\u0670\u0640]/g;
const VOWEL = /[aeiou]/;
/** Short vowels a Latin spelling may write between two letters (Muhammad for محمد: u, a). */
const MAX_INSERTED_VOWELS = 2;

/** Compounds written as one word with the article inside: عبدالرحمن, ابوالفضل, ذوالفقار; نورالدین, نصرالله. */
const ARTICLE_AFTER_PREFIX = /^(عبد|ابو|أبو|ذو)(?=ال..)/;
const ARTICLE_BEFORE_SUFFIX = /(?<=^.{2,})(?=ال(?:له|لہ|دين|دین)$)/;

/**
 * The word's letters as this matcher reads them: harakat, shadda and tatweel dropped, and ARABIC_JOIN
 * before the article of a compound written as one word (عبد|الرحمن: Abdurrahman, نور|الدین:
 * Nooruddin); null when a letter has no entry.
 */
export function arabicLetters(word: string): string | null {
  const letters = word.replace(IGNORED, '').replace(ARTICLE_AFTER_PREFIX, '$1' + ARABIC_JOIN).replace(ARTICLE_BEFORE_SUFFIX, ARABIC_JOIN);
  for (const ch of letters) if (SPELLINGS[ch] === undefined) return null;
  return letters.length > 0 ? letters : null;
}

/** How many of the letters must be written in Latin (those that cannot go unwritten where they stand): a measure of how telling a match is. */
export function writtenLetterCount(letters: string): number {
  let n = 0;
  for (const options of positionSpellings(letters)) if (!options.includes('')) n++;
  return n;
}

/**
 * Can a Latin spelling write one more letter than writtenLetterCount says? A first letter that may go
 * unwritten (ع, hamza) followed by a consonant is written when the spelling starts with a vowel,
 * which only it can spell there (عدي Uday, Odai): see lettersWritten.
 */
function leadingOptionalBeforeConsonant(chars: readonly string[]): boolean {
  const first = chars[0];
  const second = chars[1];
  if (first === undefined || second === undefined || !SPELLINGS[first]!.includes('')) return false;
  return SPELLINGS[second]!.every((o) => o.length > 0 && !VOWEL.test(o[0]!));
}

/** The most letters any Latin spelling of the word writes (writtenLetterCount, or one more: see lettersWritten). */
export function maxLettersWritten(letters: string): number {
  return writtenLetterCount(letters) + (leadingOptionalBeforeConsonant([...letters]) ? 1 : 0);
}

/** The letters `latin` writes of the word, as writtenLetterCount counts them, its opening vowel included where only the first letter can spell it. */
export function lettersWritten(letters: string, latin: string): number {
  const opens = latin.length > 0 && VOWEL.test(latin[0]!) && leadingOptionalBeforeConsonant([...letters]);
  return writtenLetterCount(letters) + (opens ? 1 : 0);
}

/** Each letter's spellings in its place in the word: position rules, and the article of a joined word. */
const positionMemo = new Map<string, readonly (readonly string[])[]>();

function positionSpellings(letters: string): readonly (readonly string[])[] {
  const known = positionMemo.get(letters);
  if (known) return known;
  const chars = [...letters];
  const n = chars.length;
  const out: (readonly string[])[] = chars.map((ch, i) => spellingsAt(ch, i, n));
  // Only after a join: a word's own article was split off it before its letters were taken (analyse.ts).
  for (let i = 1; i + 1 < n; i++) {
    if (chars[i - 1] !== ARABIC_JOIN || chars[i] !== 'ا' || chars[i + 1] !== 'ل') continue;
    out[i] = JOINED_ARTICLE_ALEF;
    const next = chars[i + 2];
    // الله's own lams are written (Abdullah, Sanaullah); before another sun letter the lam may take its sound.
    if (next !== undefined && next !== 'ل' && SUN_LETTERS.has(next)) out[i + 1] = [...new Set(['l', 'll', '', ...SPELLINGS[next]!])];
  }
  if (positionMemo.size >= 20_000) positionMemo.clear();
  positionMemo.set(letters, out);
  return out;
}

/**
 * What any fitting Latin spelling must have, for a quick test before the full match: per letter
 * that must be written, the set of Latin letters its spellings start with (bits a–z), and bounds
 * on the spelling's length.
 */
export interface ArabicRequirements {
  starts: readonly number[];
  minLength: number;
  maxLength: number;
}

const requirementsMemo = new Map<string, ArabicRequirements>();

/** arabicRequirements, memoised per word. */
export function requirementsOf(letters: string): ArabicRequirements {
  let req = requirementsMemo.get(letters);
  if (req === undefined) {
    if (requirementsMemo.size >= 20_000) requirementsMemo.clear();
    requirementsMemo.set(letters, (req = arabicRequirements(letters)));
  }
  return req;
}

export function arabicRequirements(letters: string): ArabicRequirements {
  const starts: number[] = [];
  let minLength = 0;
  let maxLength = 0;
  const spellings = positionSpellings(letters);
  for (const options of spellings) {
    let min = Infinity;
    let max = 0;
    let mask = 0;
    for (const o of options) {
      min = Math.min(min, o.length);
      max = Math.max(max, o.length);
      if (o.length > 0) mask |= 1 << (o.charCodeAt(0) - 97);
    }
    if (min > 0) starts.push(mask);
    minLength += min;
    maxLength += max;
  }
  maxLength += MAX_INSERTED_VOWELS * Math.max(0, spellings.length - 1) + 1;
  return { starts, minLength, maxLength };
}

const withInitial = new Map<string, readonly string[]>();
const withFinal = new Map<string, readonly string[]>();
const withBoth = new Map<string, readonly string[]>();
for (const [ch, base] of Object.entries(SPELLINGS)) {
  withInitial.set(ch, [...base, ...(INITIAL_ONLY[ch] ?? [])]);
  withFinal.set(ch, [...base, ...(FINAL_ONLY[ch] ?? [])]);
  withBoth.set(ch, [...base, ...(INITIAL_ONLY[ch] ?? []), ...(FINAL_ONLY[ch] ?? [])]);
}

/** The spellings of letter `ch` at position `i` of a word of `n` letters. */
function spellingsAt(ch: string, i: number, n: number): readonly string[] {
  if (i === 0) return (n === 1 ? withBoth : withInitial).get(ch)!;
  return i === n - 1 ? withFinal.get(ch)! : SPELLINGS[ch]!;
}

/** The quick test: false when no spelling of the word can be `length` letters long over the letter set `letters` (token-facts letterSet). */
export function mayFitArabic(req: ArabicRequirements, length: number, letters: number): boolean {
  if (length < req.minLength || length > req.maxLength) return false;
  for (const mask of req.starts) if ((mask & letters) === 0) return false;
  return true;
}

/** Does `latin` (folded a–z) spell the Arabic-script word whose letters are `letters` (arabicLetters)? */
export function arabicSpells(letters: string, latin: string): boolean {
  const spellings = positionSpellings(letters);
  const n = spellings.length;
  const m = latin.length;
  // Positions (letter i, Latin offset j) already shown to lead nowhere.
  const dead = new Set<number>();
  const fits = (i: number, j: number): boolean => {
    // French spellings end a name on a mute e after its last consonant (علوش Alouche, جرمان Djermane).
    if (i === n) return j === m || (j === m - 1 && latin[j] === 'e' && !VOWEL.test(latin[j - 1] ?? 'a'));
    const state = i * 64 + j;
    if (dead.has(state)) return false;
    for (const option of spellings[i]!) {
      if (!latin.startsWith(option, j)) continue;
      const after = j + option.length;
      if (fits(i + 1, after)) return true;
      // Unwritten short vowels between this letter and the next.
      if (i + 1 < n) {
        let k = after;
        for (let v = 0; v < MAX_INSERTED_VOWELS && k < m && VOWEL.test(latin[k]!); v++) {
          k++;
          if (fits(i + 1, k)) return true;
        }
      }
    }
    dead.add(state);
    return false;
  };
  return m < 64 && fits(0, 0);
}

/** Letters Persian, Urdu and Turkish read differently from Arabic: ض ذ ظ as z, ث as s. */
const PERSIAN_READING: Record<string, string> = { ض: 'ز', ذ: 'ز', ظ: 'ز', ث: 'س' };
const VOWEL_LETTERS = new Set(['ا', 'ی', 'ي', 'ى', 'آ']);

/**
 * The word as Persian, Urdu and Turkish read it (Fazelian for فاضلیان, Morteza for مرتضی,
 * Khosravi for خسروی, where Arabic reads Fadl-, Murtada, Khusrawi), as Arabic letters for the
 * romaniser: ض ذ ظ become ز, ث becomes س, and a consonantal و (at the start or before a vowel
 * letter) becomes ڤ (v). Null when the word has none of these letters.
 */
export function persianReading(word: string): string | null {
  const chars = [...word];
  let changed = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const to = PERSIAN_READING[ch];
    if (to !== undefined) {
      chars[i] = to;
      changed = true;
    } else if (ch === 'و' && (i === 0 || VOWEL_LETTERS.has(chars[i + 1] ?? ''))) {
      chars[i] = 'ڤ';
      changed = true;
    }
  }
  return changed ? chars.join('') : null;
}

/**
 * Each letter's phonetic classes (phonetic.ts) in Latin spellings, the usual first; '' for a letter
 * read as a vowel or left unwritten, which phoneticKey skips. The others are spellings of another
 * class: ش as French ch, ج as Egyptian g, خ as Turkish h, ح as Russian kh, ض ذ ظ ث as Persian z and s,
 * و as v, غ as r.
 */
const SOUND_CLASSES: Record<string, readonly string[]> = {
  ب: ['P'], پ: ['P'], ت: ['T'], ط: ['T'], ٹ: ['T'], ث: ['T', 'S'], ج: ['C', 'K'], چ: ['C'], ح: ['', 'K'],
  خ: ['K', ''], د: ['T'], ڈ: ['T'], ذ: ['T', 'S'], ر: ['L'], ڑ: ['L'], ز: ['S'], ژ: ['C', 'S'], س: ['S'],
  ش: ['S', 'C'], ص: ['S'], ض: ['T', 'S'], ظ: ['S', 'T'], غ: ['K', 'L'], ف: ['F'], ڤ: ['F'], ق: ['K'],
  ك: ['K'], ک: ['K'], گ: ['K'], ګ: ['K'], ل: ['L'], م: ['M'], ن: ['N'], ں: ['N'], ڼ: ['N'], څ: ['S'],
  ځ: ['S', 'C'], ښ: ['S', 'K'], ږ: ['C', 'K'], و: ['', 'F'],
  ב: ['P', 'F'], ג: ['K', 'C'], ד: ['T'], ו: ['', 'F'], ז: ['S'], ח: ['K', '', 'C'], ט: ['T'], כ: ['K', 'C'], ך: ['K', 'C'], ל: ['L'],
  מ: ['M'], ם: ['M'], נ: ['N'], ן: ['N'], ס: ['S'], פ: ['P', 'F'], ף: ['F'], צ: ['S'], ץ: ['S'], ק: ['K'], ר: ['L'], ש: ['S'], ת: ['T', 'S'],
};
/** Letters whose sound opens a phonetic key with H rather than the vowel marker A. */
const OPENING_H = new Set(['ه', 'ہ', 'ھ', 'ح', 'ۀ', 'ە', 'ה']);
const MAX_PHONETIC_KEYS = 6;

/**
 * The phonetic keys (phonetic.ts) Latin spellings of the word can have, built from its letters'
 * sound classes rather than from one romanisation: the romaniser's single reading (شومان shuman)
 * keys ~SMN, where the French spelling Chouman keys ~CMN, and letters run together in it make
 * digraphs no spelling has (متصدق matsadq, ~MSTK, against Motassadeq, ~MTSTK). As phoneticKey
 * does, a vowel letter breaks a run of one class and adjacent letters of one class make one code,
 * unless a spelling writes a vowel between them (مرتضى: Murtaza, Murtada): both are kept.
 * Index.arabicFits looks for listed spellings under each. At most MAX_PHONETIC_KEYS, usual sounds first.
 */
export function arabicPhoneticKeys(letters: string): string[] {
  const chars = [...letters];
  const positions = positionSpellings(letters);
  // Partial keys with the class of their last letter ('' after a vowel): phoneticKey's collapsing state.
  let states: { key: string; last: string }[] = [];
  const first = chars[0];
  if (first === undefined) return [];
  const opening = SOUND_CLASSES[first];
  if (opening === undefined || opening[0] === '') {
    states.push({ key: OPENING_H.has(first) ? 'H' : 'A', last: OPENING_H.has(first) ? 'H' : 'A' });
    if (first === 'ح') states.push({ key: 'K', last: 'K' });
    if (opening?.includes('F')) states.push({ key: 'F', last: 'F' });
  } else for (const c of opening) states.push({ key: c === '' ? 'H' : c, last: c === '' ? 'H' : c });
  for (let i = 1; i < chars.length; i++) {
    let options = SOUND_CLASSES[chars[i]!] ?? [''];
    if (chars[i] === 'ل' && positions[i]!.includes('')) options = ['L', ''];
    const next: { key: string; last: string }[] = [];
    const add = (key: string, last: string): void => {
      if (next.length < 4 * MAX_PHONETIC_KEYS && !next.some((s) => s.key === key && s.last === last)) next.push({ key, last });
    };
    for (const st of states) {
      for (const c of options) {
        if (c === '') add(st.key, '');
        else if (c !== st.last) add(st.key + c, c);
        else {
          add(st.key, c);
          add(st.key + c, c);
        }
      }
    }
    states = next;
  }
  const keys: string[] = [];
  for (const st of states) {
    if (!keys.includes(st.key)) keys.push(st.key);
    if (keys.length === MAX_PHONETIC_KEYS) break;
  }
  return keys;
}
