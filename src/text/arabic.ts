/**
 * Arabic script -> Latin, and name-level handling shared with Latin spellings of Arabic names.
 *
 * Arabic is written without short vowels, so a letter-by-letter transliteration only recovers the
 * consonant skeleton and long vowels. Matching relies on the phonetic key (which ignores medial vowels);
 * the form is made readable by a table of the most frequent name words and, elsewhere, by inserting "a"
 * where two consonants would otherwise start a word or run together three in a row.
 */

const LETTERS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ڤ: 'v',
};
const LONG_A = new Set(['ا', 'ى', 'آ', 'أ', 'إ', 'ٱ']);
const HAMZA = new Set(['ء', 'ؤ', 'ئ']);
const HARAKAT: Record<string, string> = { '\u064e': 'a', '\u064f': 'u', '\u0650': 'i', '\u064b': 'an', '\u064c': 'un', '\u064d': 'in' };
const SHADDA = '\u0651';
const TATWEEL = 'ـ';

/** Frequent name words, written as their usual English-language spelling (our own list). */
const COMMON: Record<string, string> = {
  محمد: 'muhammad', احمد: 'ahmad', أحمد: 'ahmad', محمود: 'mahmud', مصطفى: 'mustafa', عبد: 'abd', علي: 'ali',
  حسن: 'hasan', حسين: 'husayn', عمر: 'umar', عثمان: 'uthman', خالد: 'khalid', يوسف: 'yusuf', ابراهيم: 'ibrahim',
  إبراهيم: 'ibrahim', اسماعيل: 'ismail', إسماعيل: 'ismail', عيسى: 'isa', موسى: 'musa', سليمان: 'sulayman',
  عبدالله: 'abdallah', الله: 'allah', الرحمن: 'alrahman', الدين: 'aldin', بن: 'bin', ابن: 'ibn', بنت: 'bint',
  ابو: 'abu', أبو: 'abu', ام: 'umm', أم: 'umm', سعيد: 'said', سعد: 'saad', صالح: 'salih', ناصر: 'nasir',
  نصر: 'nasr', جمال: 'jamal', كمال: 'kamal', فاطمة: 'fatima', عائشة: 'aisha', مريم: 'maryam', زينب: 'zaynab',
  خديجة: 'khadija', يحيى: 'yahya', زكريا: 'zakariya', جعفر: 'jafar', طارق: 'tariq', فيصل: 'faysal',
  سلطان: 'sultan', منصور: 'mansur', رشيد: 'rashid', حمد: 'hamad', حامد: 'hamid', حميد: 'hamid',
  عزيز: 'aziz', كريم: 'karim', رحمن: 'rahman', رحيم: 'rahim', قادر: 'qadir', مالك: 'malik', نور: 'nur',
  اسامة: 'usama', أسامة: 'usama', بكر: 'bakr', زيد: 'zayd', وليد: 'walid', هاشم: 'hashim', قاسم: 'qasim',
  شيخ: 'shaykh', الشيخ: 'alshaykh', سيد: 'sayyid', حاج: 'hajj', الحاج: 'alhajj', شركة: 'sharika',
};

const CONSONANT_OUT = /^[bcdfghjklmnpqrstvwxyz]$/;
const VOWEL_START = /^[aeiou]/;

function isConsonantEnd(s: string): boolean {
  return s.length > 0 && CONSONANT_OUT.test(s[s.length - 1] as string);
}

/** One Arabic-script word -> Latin (a-z). */
export function arabicWordToLatin(word: string): string {
  const bare = word.replace(/[\u064b-\u065f\u0670ـ]/g, '');
  const known = COMMON[bare];
  if (known !== undefined) return known;
  const chars = [...word];
  const units: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    const first = units.length === 0;
    if (ch === TATWEEL) continue;
    const harakah = HARAKAT[ch];
    if (harakah !== undefined) {
      units.push(harakah);
      continue;
    }
    if (ch === SHADDA) {
      const prev = units[units.length - 1];
      if (prev !== undefined && isConsonantEnd(prev)) units.push(prev.slice(-1));
      continue;
    }
    let out: string;
    if (LONG_A.has(ch)) out = ch === 'إ' ? 'i' : 'a';
    else if (HAMZA.has(ch)) out = '';
    else if (ch === 'ع') out = first ? 'a' : '';
    else if (ch === 'ة') out = 'a';
    // و and ي are consonants (w, y) at the start of a word or before a vowel letter, long vowels after a consonant.
    else if (ch === 'و') out = first || next === 'ا' ? 'w' : isConsonantEnd(units[units.length - 1] ?? '') ? 'u' : 'w';
    else if (ch === 'ي' || ch === 'ی') out = first || next === 'ا' ? 'y' : isConsonantEnd(units[units.length - 1] ?? '') ? 'i' : 'y';
    else out = LETTERS[ch] ?? '';
    if (out !== '') units.push(out);
  }
  // Insert "a" so consonant clusters stay pronounceable: after a word-initial consonant followed by a
  // consonant, and in the middle of any run of three consonants.
  let result = '';
  let run = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as string;
    const consonant = !VOWEL_START.test(u);
    result += u;
    run = consonant ? run + 1 : 0;
    const nextU = units[i + 1];
    if (consonant && nextU !== undefined && !VOWEL_START.test(nextU) && (i === 0 || run >= 2)) {
      result += 'a';
      run = 0;
    }
  }
  return result.replace(/[^a-z]/g, '');
}

/** The Arabic article written attached to a word (ال), which becomes its own "al" token. */
export function splitArabicArticle(word: string): [article: boolean, rest: string] {
  if (word.length > 3 && (word.startsWith('ال') || word.startsWith('اَل'))) {
    const rest = word.startsWith('ال') ? word.slice(2) : word.slice(3);
    if (COMMON[word] !== undefined && !COMMON[word]?.startsWith('al')) return [false, word];
    return [true, rest];
  }
  return [false, word];
}

/**
 * Latin spellings of the Arabic article, hyphenated or apostrophised onto the next word, including
 * the sun-letter assimilations (ad-Din, ash-Shami, ar-Rahman) and Maghrebi/Egyptian el-.
 */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'il', 'ad', 'ed', 'ud', 'ar', 'er', 'ur', 'as', 'es', 'us', 'ash', 'esh', 'az', 'ez', 'an', 'en', 'un',
  'at', 'et', 'ath', 'adh', 'l',
]);

/** First elements of theophoric compounds: Abd al-Rahman / Abdul Rahman / Abdurrahman / Abdel Rahman. */
export const ABD_PREFIXES: ReadonlySet<string> = new Set([
  'abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdar', 'abdus', 'abdas', 'abdu', 'abed', 'abdi', 'abdelh', 'abdil',
]);
