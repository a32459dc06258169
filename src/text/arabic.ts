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
  // Urdu and Pashto letters.
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ہ: 'h', ګ: 'g', ځ: 'dz', څ: 'ts', ښ: 'sh', ږ: 'zh', ڼ: 'n', ۍ: 'i',
};
const LONG_A = new Set(['ا', 'ى', 'آ', 'أ', 'إ', 'ٱ']);
const HAMZA = new Set(['ء', 'ؤ', 'ئ']);
const HARAKAT: Record<string, string> = { '\u064e': 'a', '\u064f': 'u', '\u0650': 'i', '\u064b': 'an', '\u064c': 'un', '\u064d': 'in' };
const SHADDA = '\u0651';
const TATWEEL = 'ـ';

/**
 * Frequent name words, written as their usual English-language spelling (our own list). Lookups go
 * through `lookupKey`, so Persian/Urdu letter shapes (ی ک ۀ ھ) and hamza seats need no entries of their own.
 */
const COMMON_WORDS: [string, string][] = Object.entries({
  محمد: 'muhammad', احمد: 'ahmad', محمود: 'mahmud', مصطفى: 'mustafa', مرتضى: 'murtada', مجتبى: 'mujtaba',
  عبد: 'abd', علي: 'ali', حسن: 'hasan', حسين: 'husayn', حسان: 'hassan', محسن: 'muhsin', عمر: 'umar',
  عثمان: 'uthman', خالد: 'khalid', يوسف: 'yusuf', ابراهيم: 'ibrahim', اسماعيل: 'ismail', اسحاق: 'ishaq',
  يعقوب: 'yaqub', عيسى: 'isa', موسى: 'musa', هارون: 'harun', سليمان: 'sulayman', داود: 'dawud', يونس: 'yunus',
  ادريس: 'idris', الياس: 'ilyas', ايوب: 'ayyub', نوح: 'nuh', يحيى: 'yahya', زكريا: 'zakariya', صالح: 'salih',
  عبدالله: 'abdallah', الله: 'allah', الرحمن: 'alrahman', الدين: 'aldin', بن: 'bin', ابن: 'ibn', بنت: 'bint',
  ابو: 'abu', ام: 'umm', سعيد: 'said', سعد: 'saad', ناصر: 'nasir', نصر: 'nasr', منصور: 'mansur',
  جمال: 'jamal', كمال: 'kamal', جلال: 'jalal', فاطمة: 'fatima', عائشة: 'aisha', عايشة: 'aisha', مريم: 'maryam',
  زينب: 'zaynab', خديجة: 'khadija', ليلى: 'layla', سلمى: 'salma', نور: 'nur', هدى: 'huda', امينة: 'amina',
  جعفر: 'jafar', طارق: 'tariq', فيصل: 'faysal', فهد: 'fahd', سلطان: 'sultan', رشيد: 'rashid', رشاد: 'rashad',
  حمد: 'hamad', حامد: 'hamid', حميد: 'hamid', حمزة: 'hamza', عزيز: 'aziz', كريم: 'karim', رحمن: 'rahman',
  رحيم: 'rahim', قادر: 'qadir', لطيف: 'latif', ماجد: 'majid', مجيد: 'majid', حكيم: 'hakim', جبار: 'jabbar',
  غني: 'ghani', وهاب: 'wahhab', ستار: 'sattar', غفار: 'ghaffar', رزاق: 'razzaq', فتاح: 'fattah', سلام: 'salam',
  قاسم: 'qasim', مالك: 'malik', اسامة: 'usama', بكر: 'bakr', زيد: 'zayd', زياد: 'ziyad', وليد: 'walid',
  هاشم: 'hashim', هادي: 'hadi', مهدي: 'mahdi', حيدر: 'haydar', رضا: 'rida', تقي: 'taqi', نقي: 'naqi',
  باقر: 'baqir', كاظم: 'kazim', صادق: 'sadiq', عسكري: 'askari', جواد: 'jawad', عباس: 'abbas', ايمن: 'ayman',
  انور: 'anwar', فضل: 'fadl', ياسين: 'yasin', ياسر: 'yasir', عمار: 'ammar', عمرو: 'amr', بلال: 'bilal',
  انس: 'anas', طلال: 'talal', نبيل: 'nabil', نجيب: 'najib', شريف: 'sharif', عادل: 'adil', عماد: 'imad',
  عصام: 'isam', هشام: 'hisham', وسام: 'wisam', حسام: 'husam', مازن: 'mazin', مروان: 'marwan', سمير: 'samir',
  منير: 'munir', بشير: 'bashir', نذير: 'nadhir', خليل: 'khalil', جميل: 'jamil', سهيل: 'suhayl', فريد: 'farid',
  مراد: 'murad', رياض: 'riyad', فؤاد: 'fuad', عوض: 'awad', عيد: 'id', عودة: 'awda', شاكر: 'shakir',
  ابوبكر: 'abubakr', عبيد: 'ubayd', عبيدة: 'ubayda', حذيفة: 'hudhayfa', معاذ: 'muadh', مصعب: 'musab',
  سيف: 'sayf', ثامر: 'thamir', تامر: 'tamir', نايف: 'nayif', سعود: 'saud', عثيمين: 'uthaymin',
  رسول: 'rasul', امين: 'amin', مومن: 'mumin', نعمان: 'numan', رمضان: 'ramadan', شعبان: 'shaban',
  بدر: 'badr', صدام: 'saddam', عدنان: 'adnan', قحطان: 'qahtan', غازي: 'ghazi', لقمان: 'luqman',
  ظاهر: 'zahir', طاهر: 'tahir', منذر: 'mundhir', مختار: 'mukhtar',
  // Persian, Dari, Urdu and Pashto given names and name words.
  حسينی: 'husayni', مهدی: 'mahdi', رضایی: 'rezai', رضائی: 'rezai', غلام: 'ghulam',
  روح: 'ruh', روحالله: 'ruhollah', نعمت: 'nimat', خان: 'khan', گل: 'gul', شاه: 'shah',
  جان: 'jan', زاده: 'zadeh', پور: 'pour', نژاد: 'nejad', جهان: 'jahan', پرویز: 'parviz', بهرام: 'bahram',
  فرهاد: 'farhad', جمشید: 'jamshid', داریوش: 'dariush', کوروش: 'kourosh', اکبر: 'akbar', اصغر: 'asghar',
  قربان: 'qurban', سید: 'sayyid', میر: 'mir', آقا: 'agha', بیگ: 'beg', خواجه: 'khwaja', حاجی: 'haji',
  شیخ: 'shaykh', الشيخ: 'alshaykh', حاج: 'hajj', الحاج: 'alhajj', شركة: 'sharika',
  عطا: 'ata', فضلالله: 'fazlullah', نصرالله: 'nasrallah', حزبالله: 'hizballah', عزت: 'izzat', شوکت: 'shawkat',
  رفعت: 'rifat', طلعت: 'talat', مدحت: 'midhat', نجات: 'najat', حیات: 'hayat', ثروت: 'tharwat',
}).filter(([, latin]) => latin !== '');

/** One spelling per letter for table lookups: Persian ی ک, Urdu ھ ے, hamza seats and alef maksura. */
const LOOKUP_FOLD: Record<string, string> = {
  ی: 'ي', ى: 'ي', ے: 'ي', ې: 'ي', ۍ: 'ي', ئ: 'ي', ک: 'ك', ګ: 'ك', گ: 'ك', ھ: 'ه', ہ: 'ه', ە: 'ه', ۀ: 'ة', ۂ: 'ة', ۃ: 'ة',
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و',
};
const HARAKAT_AND_TATWEEL = /[\u064b-\u065f\u0670\u0640]/g;

function lookupKey(word: string): string {
  let out = '';
  for (const ch of word.replace(HARAKAT_AND_TATWEEL, '')) out += LOOKUP_FOLD[ch] ?? ch;
  return out;
}

const COMMON = new Map<string, string>(COMMON_WORDS.map(([arabic, latin]) => [lookupKey(arabic), latin]));

const CONSONANT_OUT = /^[bcdfghjklmnpqrstvwxyz]$/;
const VOWEL_START = /^[aeiou]/;

function isConsonantEnd(s: string): boolean {
  return s.length > 0 && CONSONANT_OUT.test(s[s.length - 1] as string);
}

/** One Arabic-script word -> Latin (a-z). */
export function arabicWordToLatin(word: string): string {
  const known = COMMON.get(lookupKey(word));
  if (known !== undefined) return known;
  const chars = [...word];
  const units: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    const first = units.length === 0;
    if (ch === TATWEEL) continue;
    // Urdu ھ aspirates the consonant before it (بھ bh, پھ ph, کھ kh): part of that consonant, not a letter of its own.
    if (ch === 'ھ') {
      const prev = units[units.length - 1];
      if (prev !== undefined && isConsonantEnd(prev) && !prev.endsWith('h')) units[units.length - 1] = `${prev}h`;
      else if (prev === undefined) units.push('h');
      continue;
    }
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
    const prevUnit = units[units.length - 1];
    // تش is how Arabic writes a foreign ch (Richard, Charles, Petrović).
    if (ch === 'ت' && next === 'ش') {
      units.push('ch');
      i++;
      continue;
    }
    // A vowel letter after the same vowel is its length (إي -> i, not iy).
    if ((ch === 'ي' || ch === 'ی') && prevUnit === 'i') continue;
    if (ch === 'و' && prevUnit === 'u') continue;
    if (LONG_A.has(ch)) out = ch === 'إ' ? 'i' : 'a';
    else if (HAMZA.has(ch)) out = '';
    else if (ch === 'ع') out = first ? 'a' : '';
    // -āt names (Najat, Hayat, Izzat) keep their t after a long a; elsewhere ta marbuta is -a.
    else if (ch === 'ة') out = chars[i - 1] === 'ا' ? 't' : 'a';
    else if (ch === 'ے' || ch === 'ې') out = 'e';
    else if (ch === 'ۀ' || ch === 'ە') out = 'a';
    // Urdu ہ is h, but the vowel -a at the end of a word after a consonant, as ta marbuta is (خدیجہ Khadija, زبیدہ Zubaida).
    else if (ch === 'ہ') out = next === undefined && i > 0 && !LONG_A.has(chars[i - 1]!) ? 'a' : 'h';
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
    const known = COMMON.get(lookupKey(word));
    if (known !== undefined && !known.startsWith('al')) return [false, word];
    // الله is one word, Allah, not the article before a two-letter word.
    if (lookupKey(rest).length <= 2) return [false, word];
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

/**
 * Second elements of "X ud-Din" / "X-ullah" compounds, written apart (Nasr ud-Din, Nasr Allah) or joined
 * (Nasruddin, Nasreddine, Nasrallah, Ruhollah). The split forms are joined into one token before keys.
 */
export const DIN_WORDS: ReadonlySet<string> = new Set(['din', 'deen', 'dine', 'eddine', 'eddin', 'uddin', 'uddeen', 'addin', 'aldin', 'eldin', 'ullah', 'allah', 'ollah', 'ulla', 'alla']);
// The connector must look like the article (ud-, ed-, al-) or the -ullah ending must be unmistakable,
// so Western names that merely end in -dine or -ella (Claudine, Geraldine, Isabella) are not compounds.
const COMPOUND = /^([a-z]{3,}?)(?:(?:ud|ed|ad|id|oud|ul|el)d(?:in|ine|een)|ald(?:in|een)|(?:u|a|o|e|ou)llah|ulla)$/;

/** The first element of a joined theophoric compound (nasr in Nasruddin, sayf in Sayfallah), or null when the word is not one. */
export function compoundStem(form: string): string | null {
  return COMPOUND.exec(form)?.[1] ?? null;
}

/**
 * The class of a joined theophoric compound: the stem's consonant skeleton and the compound kind
 * (Nasruddin, Nasr al-Din, Nasreddine -> "+NSL+din"), or null when the word is not one.
 */
export function compoundKey(form: string, skeleton: (stem: string) => string): string | null {
  const m = COMPOUND.exec(form);
  if (m === null) return null;
  const stem = m[1] as string;
  const kind = form.endsWith('h') || form.endsWith('lla') ? 'llah' : 'din';
  return '+' + skeleton(stem) + '+' + kind;
}
