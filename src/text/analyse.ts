import type { Schema, Script } from '../model/entity.js';
import type { AnalyseOptions, AnalysedName, NameToken, TokenRole } from './types.js';
import { ABD_PREFIXES, ARTICLES, DIN_WORDS, arabicWordToLatin, splitArabicArticle } from './arabic.js';
import { ARABIC_JOIN, ARABIC_KEY, arabicLetters, persianReading } from './arabic-spelling.js';
import { arabicCommonWord as arabicCommonWordOf } from './arabic-words.js';
import { boundedEditDistance } from './edit-distance.js';
import { japaneseNameSpellings } from './japanese-names.js';
import { chineseCompoundParts, isOftenOmitted, koreanCompoundParts, type CompoundPart } from './cjk-words.js';
import { russianCommonWord as russianCommonWordOf } from './russian-words.js';
import { cantoneseSpellings } from './cantonese.js';
import { CHINESE_SURNAMES, hanKey, hanziPhrasePinyin, hanziToPinyin, siniticFold } from './chinese.js';
import { belarusianToLatin, cyrillicToLatin, isBelarusianName, ukrainianToLatin } from './cyrillic.js';
import { latinKeys } from './keys.js';
import { memoise } from './memo.js';
import { romaniseWord, type SyllableSpellings } from './korean.js';
import { KOREAN_COMPOUND_SURNAMES, KOREAN_SURNAMES } from './korean-surnames.js';
import { SCRIPT_LEGAL_FORMS, LEGAL_PHRASES, legalFormClass, NATIVE_LEGAL_WORDS } from './legal-forms.js';
import { foldLatin, foldLatinRich, normaliseText } from './normalise.js';
import { armenianToLatin, georgianToLatin, greekToLatin, hebrewNameSpellings, hebrewToLatin, kanaToLatin } from './other-scripts.js';
import { burmeseSyllables } from './burmese.js';
import { ethiopicSpellings } from './ethiopic.js';
import { indicForeignSpellings, indicSpellings } from './indic.js';
import { khmerSpellings } from './khmer.js';
import { MAX_SPELLINGS } from './spellings.js';
import { thaiForeignSpellings, thaiSpellings } from './thai.js';
import { phoneticKey } from './phonetic.js';
import { detectScript } from './script.js';
import { tokenise, type RawToken } from './tokenise.js';
import { COMMON_WORDS, isTitle, NAME_PARTICLES } from './stopwords.js';

/** A token on its way through the pipeline: romanised, not yet given a role and keys. */
interface Draft {
  form: string;
  rich: string;
  script: Script;
  sep: RawToken['sep'];
  number?: boolean;
  /** Role fixed by an earlier step (CJK legal forms, Arabic article). */
  role?: TokenRole;
  /** Other romanisations of the same token (Hangul RR and McCune–Reischauer). */
  variants?: string[];
  /**
   * The variants are spellings made letter by letter (Indic, Thai, Ethiopic...): each gets the keys
   * a Latin token of that spelling would have (its canonical spelling and folds), not only itself.
   */
  spelled: boolean;
  /** The Arabic-script word the form reads (arabicLetters), compared letter by letter with Latin spellings. */
  arabic: string | undefined;
  /** The word's Persian reading (persianReading), when it differs: its phonetic key reaches Persian spellings. */
  persian: string | undefined;
}

const romaniseHangul = memoise(romaniseWord);
const arabicCommonWord = memoise(arabicCommonWordOf);
const russianCommonWord = memoise(russianCommonWordOf);
const cyrillicWord = memoise(cyrillicToLatin);
const arabicWord = memoise(arabicWordToLatin);
const phonetic = memoise(phoneticKey);
const foldLatinWord = memoise(foldLatin);
const foldLatinRichWord = memoise(foldLatinRich);
const indicWord = memoise(indicSpellings);
const indicForeignWord = memoise(indicForeignSpellings);
const thaiWord = memoise(thaiSpellings);
const thaiForeignWord = memoise(thaiForeignSpellings);
const ethiopicWord = memoise(ethiopicSpellings);
const khmerWord = memoise(khmerSpellings);
const burmeseWord = memoise(burmeseSyllables);

/** A Burmese word that is only killed consonants, the final of an English word written apart: ရယ်(လ်). */
const BARE_FINAL = /^(?:[\u1000-\u1021]\u103a)+$/;

/** Scripts whose names get a second reading as the transcription of a foreign name (see thai.ts, indic.ts). */
const FOREIGN_READING_SCRIPTS: ReadonlySet<Script> = new Set<Script>(['Thai', 'Lao', 'Bengali', 'Tamil']);

const LONG_VOWEL = /(?:(o)u|([aiueo])\2)/g;

const ORG_SCHEMAS: ReadonlySet<Schema> = new Set(['Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft']);
const LEGAL_MARK = 0xe000;

/** A Russian adjective made from a place name, in its romanised forms: the place is group 1. */
const PLACE_ADJECTIVE = /^([a-z]{3,}?)(?:skiy|skaya|skoye|skogo|skoy|skikh|sky|skii|skoe)$/;

/**
 * A generic word read as its English translations (the first is the form), its transliteration kept
 * as a variant for lists that transliterate it (Zavod, Tijara).
 */
function translated(t: RawToken, english: readonly string[], transliteration: string): Draft {
  const variants = english.slice(1);
  if (transliteration.length > 0 && !english.includes(transliteration)) variants.push(transliteration);
  return draft(t, english[0]!, english[0]!, undefined, variants.length > 0 ? variants : undefined);
}

/**
 * The words of an organisation name written without spaces in Chinese characters or Hangul
 * (cjk-words.ts): known generic words as their English translations, transliteration kept as a
 * variant; the text between them (places, brands) romanised by `runWords`. Country words the English
 * names often leave out (香港, 조선) weigh as common words.
 */
function pushCompoundParts(t: RawToken, parts: readonly CompoundPart[], out: Draft[], runWords: (t: RawToken, text: string, at: number) => Draft[]): void {
  let at = 0;
  parts.forEach((part, i) => {
    const first: RawToken = i === 0 ? t : { ...t, sep: 'space' };
    const words = runWords(first, part.text, at);
    at += part.text.length;
    if (part.english === undefined) {
      out.push(...words);
      return;
    }
    const transliteration = words.map((d) => d.form).join('');
    const [phrase, ...alternatives] = part.english;
    // A phrase is its words, the first carrying the transliteration; alternatives are single words.
    const english = phrase!.split('+');
    english.forEach((word, k) => {
      const d = translated(k === 0 ? first : { ...t, sep: 'space' }, k === 0 && english.length === 1 ? [word, ...alternatives] : [word], k === 0 ? transliteration : '');
      d.script = 'Latin';
      if (isOftenOmitted(part.english!)) d.role = 'common';
      out.push(d);
    });
  });
}

/**
 * Pinyin of Chinese characters between known words, two characters to a word as brands and places
 * mostly are (景昕 Jingxin, 成都 Chengdu), with the Cantonese spelling as a variant (Hong Kong firms).
 */
function hanRunWords(t: RawToken, text: string, at: number): Draft[] {
  const chars = [...text];
  // Read in the whole word's context: a polyphonic character's reading depends on its neighbours (成都 Chengdu).
  const whole = hanziPhrasePinyin(t.text);
  const syll = whole.length === t.text.length ? whole.slice(at, at + chars.length) : hanziPhrasePinyin(text);
  if (syll.length !== chars.length) {
    const form = syll.join('');
    return form.length > 0 ? [draft(t, form, form)] : [];
  }
  const out: Draft[] = [];
  const word = (from: number, to: number): void => {
    const form = syll.slice(from, to).join('');
    const variants = cantoneseJoined(chars.slice(from, to), form);
    const d = draft(out.length === 0 ? t : { ...t, sep: 'space' }, form, form, undefined, variants.length > 0 ? variants : undefined);
    // Firms spell their own brand (艾豚 Atun, 驰顺 Cishun): unlike a person's pinyin, a letter off may still be the name.
    d.script = 'Latin';
    out.push(d);
  };
  let k = 0;
  // A name that opens with its city or province says so (宁波市 Ningbo city); English names leave the word out.
  const region = at === 0 ? chars.findIndex((c, i) => i >= 2 && i <= 3 && REGION_WORDS.has(c)) : -1;
  if (region > 0) {
    word(0, region);
    k = region + 1;
  }
  for (; k < chars.length; k += 2) word(k, Math.min(k + 2, chars.length));
  return out;
}

/** City, province and county: 市 and 省 in both writings, 县 and 縣. */
const REGION_WORDS: ReadonlySet<string> = new Set(['市', '省', '县', '縣']);

/** Hangul between known words, one word as Korean brands and places are (운천 Unchon), in the usual romanisations. */
function hangulRunWords(t: RawToken, text: string): Draft[] {
  const syll = romaniseHangul(text);
  const form = syll.map((s) => s.popular).join('');
  if (form.length === 0) return [];
  const variants = [syll.map((s) => s.rr).join(''), syll.map((s) => s.mr).join('')];
  // Place and company names are romanised as spoken: ㄹ after a closed syllable sounds n (승리산 Sungnisan).
  const nasalised = hangulNasalised(text, syll.map((s) => s.mr));
  if (nasalised !== undefined) variants.push(nasalised);
  return [draft(t, form, form, undefined, variants)];
}

/** The romanised syllables with an initial ㄹ read n after a final consonant other than ㄴ and ㄹ; undefined when none is. */
function hangulNasalised(text: string, syllables: readonly string[]): string | undefined {
  if (syllables.length !== text.length) return undefined;
  let changed = false;
  const out = syllables.map((s, k) => {
    const code = text.charCodeAt(k) - HANGUL_FIRST;
    const prev = k === 0 ? -1 : text.charCodeAt(k - 1) - HANGUL_FIRST;
    if (prev < 0 || prev >= HANGUL_SYLLABLES || code < 0 || code >= HANGUL_SYLLABLES) return s;
    const final = prev % 28;
    if (Math.floor(code / 588) !== RIEUL_INITIAL || final === 0 || final === NIEUN_FINAL || final === RIEUL_FINAL || !/^[rl]/.test(s)) return s;
    changed = true;
    return 'n' + s.slice(1);
  });
  return changed ? out.join('') : undefined;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_SYLLABLES = 11172;
const RIEUL_INITIAL = 5;
const NIEUN_FINAL = 4;
const RIEUL_FINAL = 8;

/** A draft whose variants are spellings with keys of their own (spelledKeys): Ukrainian and Belarusian national romanisations. */
function nationalSpelling(d: Draft): Draft {
  if (d.variants) d.spelled = true;
  return d;
}

function draft(t: RawToken, form: string, rich: string, role?: TokenRole, variants?: string[]): Draft {
  // One object shape for every draft keeps the pipeline's property accesses monomorphic.
  return { form, rich, script: t.script, sep: t.sep, number: t.number === true, role, variants, spelled: false, arabic: undefined, persian: undefined };
}

/** Words whose spelling is preferred when a romaniser offers it: शेख -> sheikh (a title), பின் -> bin. */
const KNOWN_SPELLINGS: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'abdul']);

const KS = /ks/g;

/** A draft from a romaniser's spellings (usual first); nothing when the word had no letters. */
function pushSpelled(t: RawToken, spellings: readonly string[], out: Draft[], sep: RawToken['sep'] = t.sep): void {
  const known = spellings.find((s) => KNOWN_SPELLINGS.has(s) || isTitle(s, false));
  if (known !== undefined && known !== spellings[0]) spellings = [known, ...spellings.filter((s) => s !== known)];
  const form = foldLatinWord(spellings[0] ?? '');
  if (form.length === 0) return;
  // Scripts without an x write ks (เอ็กโซร่า, एक्सोरा eksora); Latin spellings keep the x (Exora).
  if (form.includes('ks')) spellings = [...spellings, form.replace(KS, 'x')];
  const d = draft(t, form, form, undefined, spellings.length > 1 ? spellings.slice(1) : undefined);
  d.spelled = true;
  d.sep = sep;
  out.push(d);
}

/**
 * Romanises one raw token into drafts appended to `out` (the Arabic article ال becomes its own token).
 * `foreign` reads Thai, Lao, Bengali and Tamil as the transcription of a foreign name.
 */
function romanise(t: RawToken, out: Draft[], foreign = false, belarusian = false, generic = false): void {
  if (t.number) {
    out.push(draft(t, t.text, t.text));
    return;
  }
  const cp = t.text.charCodeAt(0);
  if (cp >= LEGAL_MARK && cp < LEGAL_MARK + SCRIPT_LEGAL_FORMS.length) {
    const form = (SCRIPT_LEGAL_FORMS[cp - LEGAL_MARK] as [string, string, string])[1];
    out.push(draft(t, form, form, 'legal_form'));
    return;
  }
  const legal = NATIVE_LEGAL_WORDS.get(t.text);
  if (legal !== undefined) {
    out.push(draft(t, legal, legal));
    return;
  }
  let latin: string;
  switch (t.script) {
    case 'Latin': {
      const form = foldLatinWord(t.text);
      if (form.length > 0) out.push(draft(t, form, form === t.text ? form : foldLatinRichWord(t.text)));
      return;
    }
    case 'Cyrillic': {
      latin = cyrillicWord(t.text);
      const english = generic ? russianCommonWord(t.text) : undefined;
      if (english !== undefined) {
        out.push(translated(t, english, foldLatinWord(latin)));
        return;
      }
      // A place made an adjective names a plant or institute (Казанский завод: Kazan plant); not in a person's name (Dostoevsky).
      const place = generic ? PLACE_ADJECTIVE.exec(foldLatinWord(latin)) : null;
      if (place !== null && !belarusian) {
        const form = foldLatinWord(latin);
        out.push(draft(t, form, form, undefined, [place[1]!]));
        return;
      }
      if (belarusian) {
        const form = foldLatinWord(latin);
        const spelled = foldLatinWord(belarusianToLatin(t.text));
        // The national spelling is a name in its own right: its given-name and patronymic classes count (Aleh: Oleg).
        if (form.length > 0) out.push(nationalSpelling(draft(t, form, form, undefined, spelled !== form ? [spelled] : undefined)));
        return;
      }
      const ukrainian = ukrainianToLatin(t.text);
      if (ukrainian !== null) {
        const form = foldLatinWord(latin);
        if (form.length > 0) out.push(nationalSpelling(draft(t, form, form, undefined, [ukrainian])));
        return;
      }
      break;
    }
    case 'Arabic': {
      const common = generic ? arabicCommonWord(t.text) : undefined;
      if (common !== undefined) {
        out.push(translated(t, common, arabicWord(splitArabicArticle(t.text)[1])));
        return;
      }
      const [article, rest] = splitArabicArticle(t.text);
      const word = arabicWord(rest);
      if (article) {
        const al = draft(t, 'al', 'al', 'common');
        al.arabic = ARABIC_ARTICLE;
        out.push(al);
      }
      if (word.length > 0) {
        const d = draft(t, word, word);
        d.arabic = arabicLetters(rest) ?? undefined;
        const persian = persianReading(rest);
        if (persian !== null) d.persian = arabicWord(persian);
        if (article) d.sep = 'hyphen';
        out.push(d);
      }
      return;
    }
    case 'Greek':
      latin = greekToLatin(t.text);
      break;
    case 'Hebrew': {
      // Frequent names carry their English and biblical spellings (Yosef/Joseph) as variant keys.
      const known = hebrewNameSpellings(t.text);
      const form = known?.[0] ?? foldLatinWord(hebrewToLatin(t.text));
      if (form.length === 0) return;
      const d = draft(t, form, form, undefined, known?.slice(1));
      // Read letter by letter against Latin spellings, as an Arabic-script word is (arabicSpells).
      d.arabic = arabicLetters(t.text) ?? undefined;
      out.push(d);
      return;
    }
    case 'Georgian':
      latin = georgianToLatin(t.text);
      break;
    case 'Armenian':
      latin = armenianToLatin(t.text);
      break;
    case 'Japanese': {
      const form = foldLatinWord(kanaToLatin(t.text));
      // Kana spell long vowels out (たろう tarou, ゆうこ yuuko); passports and lists write them short
      // (Taro, Yuko), as Hepburn without macrons does: the short spelling is a variant.
      const short = form.replace(LONG_VOWEL, (_m: string, o: string | undefined, v: string | undefined) => o ?? v ?? '');
      if (form.length > 0) out.push(draft(t, form, form, undefined, short !== form ? [short] : undefined));
      return;
    }
    case 'Han': {
      const parts = generic ? chineseCompoundParts(t.text) : undefined;
      if (parts !== undefined) {
        pushCompoundParts(t, parts, out, hanRunWords);
        return;
      }
      latin = hanziToPinyin(t.text).join('');
      break;
    }
    case 'Hangul': {
      const parts = generic ? koreanCompoundParts(t.text) : undefined;
      if (parts !== undefined) {
        pushCompoundParts(t, parts, out, hangulRunWords);
        return;
      }
      const syll = romaniseHangul(t.text);
      const form = syll.map((s) => s.popular).join('');
      const variants = [syll.map((s) => s.rr).join(''), syll.map((s) => s.mr).join('')];
      if (form.length > 0) out.push(draft(t, form, form, undefined, variants));
      return;
    }
    case 'Devanagari':
    case 'Bengali':
    case 'Gurmukhi':
    case 'Gujarati':
    case 'Oriya':
    case 'Tamil':
    case 'Telugu':
    case 'Kannada':
    case 'Malayalam':
    case 'Sinhala':
      pushSpelled(t, foreign ? indicForeignWord(t.text) : indicWord(t.text), out);
      return;
    case 'Thai':
    case 'Lao':
      pushSpelled(t, foreign ? thaiForeignWord(t.text) : thaiWord(t.text), out);
      return;
    case 'Ethiopic':
      pushSpelled(t, ethiopicWord(t.text), out);
      return;
    case 'Khmer':
      pushSpelled(t, khmerWord(t.text), out);
      return;
    case 'Myanmar':
      // Each syllable is a name part in the Latin spelling (Min Aung Hlaing); written as one word they
      // are bound like hyphenated parts, so the joined reading (ပူတင် pu-tin -> putin) exists too.
      burmeseWord(t.text).forEach((syllable, i) => pushSpelled(t, syllable, out, i === 0 && !BARE_FINAL.test(t.text) ? t.sep : 'hyphen'));
      return;
    default:
      latin = t.text;
  }
  const form = foldLatinWord(latin);
  if (form.length > 0) out.push(draft(t, form, form));
}

/**
 * Second parts of Persian, Pashto and Urdu surnames, which Persian script often writes as a word of
 * their own (زارع پور, موسوی فر, آخوند زاده, شهید خیل) and Latin spellings run together (Zarepour,
 * Musavifar, Akhundzada, Shahidkhel). Joined to the word before them as theophoric compounds are;
 * the parts stay a reading of their own.
 */
const PERSIAN_SUFFIXES = new Set(['پور', 'زاده', 'زادہ', 'زاد', 'فر', 'فرد', 'خیل', 'خېل', 'خيل', 'زی', 'زي', 'زئی', 'زۍ', 'نیا', 'نژاد', 'راد', 'وند', 'کیا', 'پناه', 'پناہ', 'منش', 'بخش', 'لو', 'دوست']);

/** An article: in Arabic script the split-off ال itself (عز, read az, is a word), in Latin letters its spellings. */
function isArticle(d: Draft): boolean {
  return d.arabic !== undefined ? d.arabic === ARABIC_ARTICLE : ARTICLES.has(d.form);
}

function isPersianSuffix(d: Draft): boolean {
  return d.arabic !== undefined && PERSIAN_SUFFIXES.has(d.arabic);
}

/**
 * Parts of an "X ud-Din" / "X Allah" compound after `d` at `i`: [X, article?, din] or [X, eddine], else null.
 * A bare "din" needs an article or a hyphen before it, so a surname Din after a given name stays apart.
 */
function compoundParts(drafts: Draft[], i: number): Draft[] | null {
  const d = drafts[i] as Draft;
  const next = drafts[i + 1];
  // Arabic-script words are known for what they are: عز (Izz) is short in Latin letters only.
  if (next === undefined || next.number || d.number || (d.form.length < 3 && d.arabic === undefined) || isArticle(d)) return null;
  if (isPersianSuffix(next) && d.arabic !== undefined && d.role === undefined) return [d, next];
  const after = drafts[i + 2];
  if (isArticle(next) && after && DIN_WORDS.has(after.form)) return [d, next, after];
  if (DIN_WORDS.has(next.form) && (next.sep === 'hyphen' || next.form.length > 4)) return [d, next];
  // Allah written with one lam (فضل اله Fazlollah).
  if (next.arabic === 'اله' && d.arabic !== undefined) return [d, next];
  return null;
}

/**
 * Abd al-Rahman, Abdul Rahman, Abdel Rahman -> one token, as Abdurrahman is already written;
 * likewise Nasr ud-Din, Nasr al-Din, Nasr Eddine -> one token, as Nasruddin and Nasreddine are written.
 */
function joinTheophoric(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => ABD_PREFIXES.has(d.form) || DIN_WORDS.has(d.form) || isPersianSuffix(d))) return drafts;
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const next = drafts[i + 1];
    const compound = ABD_PREFIXES.has(d.form) ? null : compoundParts(drafts, i);
    if ((ABD_PREFIXES.has(d.form) && next && !next.number) || compound) {
      const after = drafts[i + 2];
      const parts = compound ?? (ARTICLES.has((next as Draft).form) && after && !after.number ? [d, next as Draft, after] : [d, next as Draft]);
      out.push({
        form: parts.map((p) => p.form).join(''),
        rich: parts.map((p) => p.rich).join(''),
        script: d.script,
        sep: d.sep,
        number: false,
        role: undefined,
        variants: undefined,
        spelled: false,
        arabic: joinedArabic(parts),
        persian: undefined,
      });
      i += parts.length - 1;
      continue;
    }
    out.push(d);
  }
  // The same array when nothing joined: callers compare identity to know whether a compound was made.
  return out.length === drafts.length ? drafts : out;
}

type LegalPhrase = (typeof LEGAL_PHRASES)[number];
const PHRASES_BY_FIRST = new Map<string, LegalPhrase[]>();
for (const phrase of LEGAL_PHRASES) {
  const first = phrase[0][0]!;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

/** Words of four letters or more may be a typo away in a legal phrase (Limited Liabilty Company): one per phrase of two words, two from three. */
const PHRASE_TYPO_MIN_LENGTH = 4;

/** Phrases by first word, a first word with a typo included (Ilmited Liability Company): the first words are few. */
const phrasesAt = memoise(phrasesStartingWith);

function phrasesStartingWith(first: string): readonly LegalPhrase[] {
  const exact = PHRASES_BY_FIRST.get(first);
  if (exact !== undefined || first.length < PHRASE_TYPO_MIN_LENGTH) return exact ?? [];
  const out: LegalPhrase[] = [];
  for (const [word, phrases] of PHRASES_BY_FIRST) {
    if (word.length >= PHRASE_TYPO_MIN_LENGTH && Math.abs(word.length - first.length) <= 1 && boundedEditDistance(word, first, 1) <= 1) out.push(...phrases);
  }
  return out;
}

/** The longest legal phrase written at `at`, if any, allowing a typo in its longer words. */
function matchPhrase(drafts: Draft[], at: number): LegalPhrase | undefined {
  let best: LegalPhrase | undefined;
  for (const phrase of phrasesAt((drafts[at] as Draft).form)) {
    const [words] = phrase;
    if ((best !== undefined && words.length <= best[0].length) || at + words.length > drafts.length) continue;
    let typos = words.length >= 3 ? 2 : 1;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const form = drafts[at + k]!.form;
      const word = words[k]!;
      if (form === word) continue;
      ok = typos-- > 0 && word.length >= PHRASE_TYPO_MIN_LENGTH && boundedEditDistance(word, form, 1) <= 1;
    }
    if (ok) best = phrase;
  }
  return best;
}

/** Legal forms written in words, each made the one legal-form token it stands for (see LEGAL_PHRASES); the same array when there is none. */
function joinLegalPhrases(drafts: Draft[], schema: Schema | undefined): Draft[] {
  if (schema === 'Person' || drafts.length < 2) return drafts;
  let out: Draft[] | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const phrase = matchPhrase(drafts, i);
    if (phrase === undefined || phrase[1] === '') {
      out?.push(drafts[i]!);
      continue;
    }
    out ??= drafts.slice(0, i);
    const first = drafts[i]!;
    out.push({ ...first, form: phrase[1], rich: phrase[1], role: 'legal_form', variants: undefined, spelled: false, arabic: undefined, persian: undefined });
    i += phrase[0].length - 1;
  }
  return out ?? drafts;
}

function assignRoles(drafts: Draft[], schema: Schema | undefined): TokenRole[] {
  const n = drafts.length;
  const roles: (TokenRole | undefined)[] = drafts.map((d) => (d.number ? 'number' : d.role));
  const isOrg = schema !== undefined && ORG_SCHEMAS.has(schema);
  const isPerson = schema === 'Person';
  const isCraft = schema === 'Vessel' || schema === 'Aircraft';
  if (!isPerson) {
    for (let i = 0; i < n; i++) {
      const len = matchPhrase(drafts, i)?.[0].length ?? 0;
      for (let k = 0; k < len; k++) roles[i + k] = 'legal_form';
      if (len > 0) i += len - 1;
    }
    // Legal forms stand at the edges of a name; ambiguous spellings count only there.
    for (let i = n - 1; i >= 1; i--) {
      if (roles[i] === 'legal_form') continue;
      if (roles[i] === undefined && legalFormClass((drafts[i] as Draft).form, true) !== undefined) roles[i] = 'legal_form';
      else break;
    }
    if (n > 1 && roles[0] === undefined && legalFormClass((drafts[0] as Draft).form, true) !== undefined) roles[0] = 'legal_form';
    for (let i = 0; i < n; i++) {
      if (roles[i] === undefined && legalFormClass((drafts[i] as Draft).form, false) !== undefined) roles[i] = 'legal_form';
    }
  }
  if (!isOrg) {
    let leading = true;
    for (let i = 0; i < n; i++) {
      if (roles[i] !== undefined && roles[i] !== 'title') continue;
      const title = isTitle((drafts[i] as Draft).form, leading) && i < n - 1;
      if (title) roles[i] = 'title';
      else leading = false;
    }
  }
  return drafts.map((d, i) => {
    const r = roles[i];
    if (r !== undefined) return r;
    const next = drafts[i + 1];
    if (ARTICLES.has(d.form) && next?.sep === 'hyphen') return 'common';
    if ((isPerson ? NAME_PARTICLES : COMMON_WORDS).has(d.form)) return 'common';
    // A letter in a vessel's or aircraft's name is part of the name (M SOPHIA), not a person's initial
    // that any word with that first letter may fill in.
    if (d.form.length === 1 && d.form >= 'a' && d.form <= 'z' && !isCraft) return 'initial';
    return 'word';
  });
}

function toToken(d: Draft, role: TokenRole): NameToken {
  let keys = latinKeys(d.form, d.rich, role);
  if (d.variants && d.spelled) keys = spelledKeys(keys, d.variants, role);
  else if (d.variants) {
    keys = keys.slice();
    for (const v of d.variants) if (v.length > 0 && !keys.includes(v)) keys.splice(1, 0, v);
  }
  if (d.arabic !== undefined) keys = withArabicKey(keys, d.arabic, d.persian);
  return { form: d.form, keys, role, script: d.script };
}

const ARABIC_ARTICLE = 'ال';

/** The Arabic letters of drafts joined into one word, when every part was written in them, with ARABIC_JOIN between parts. */
function joinedArabic(parts: readonly Draft[]): string | undefined {
  let out = '';
  let prev: string | undefined;
  for (const p of parts) {
    if (p.arabic === undefined) return undefined;
    // The article was split off the word it is written on: it joins it again without a boundary.
    out += prev === undefined || prev === ARABIC_ARTICLE ? p.arabic : ARABIC_JOIN + p.arabic;
    prev = p.arabic;
  }
  return out;
}

const arabicKeyed = new Map<readonly string[], Map<string, string[]>>();

/**
 * The keys with the phonetic key of the word's Persian reading (a second phonetic key: it only finds
 * candidates, as scoring reads the first) and the Arabic word's key (ARABIC_KEY) last. One frozen
 * array per keys array and word, as latinKeys hands out, so a word met again is scored from the same
 * token (ScoringTokenCache).
 */
function withArabicKey(keys: readonly string[], letters: string, persian: string | undefined): string[] {
  let byWord = arabicKeyed.get(keys);
  if (byWord === undefined) {
    if (arabicKeyed.size >= 50_000) arabicKeyed.clear();
    arabicKeyed.set(keys, (byWord = new Map()));
  }
  const id = persian === undefined ? letters : `${letters} ${persian}`;
  let out = byWord.get(id);
  if (out === undefined) {
    const extra: string[] = [];
    const sound = persian === undefined ? '' : phonetic(persian);
    if (sound.length > 0 && !keys.includes('~' + sound)) extra.push('~' + sound);
    extra.push(ARABIC_KEY + letters);
    byWord.set(id, (out = Object.freeze([...keys, ...extra]) as string[]));
  }
  return out;
}

/**
 * Keys of a token with spelled variants: the form's keys, the variants in order, then the keys each
 * variant would have as a Latin token (canonical spelling, folds, classes), and the form's phonetic
 * key last. Variants' own phonetic keys are left out: scoring reads one phonetic key per token.
 */
function spelledKeys(formKeys: readonly string[], variants: readonly string[], role: TokenRole): string[] {
  const keys = formKeys.filter((k) => !k.startsWith('~'));
  for (const v of variants) uniquePush(keys, v);
  for (const v of variants) for (const k of latinKeys(v, v, role)) if (!k.startsWith('~')) uniquePush(keys, k);
  for (const k of formKeys) if (k.startsWith('~')) uniquePush(keys, k);
  return keys;
}

/** Variants of a joined run of spelled drafts: one part's variant at a time, the others as usual. */
function joinedVariants(prev: Draft, d: Draft): string[] | undefined {
  const out: string[] = [];
  for (const v of prev.variants ?? []) out.push(v + d.form);
  for (const v of d.variants ?? []) out.push(prev.form + v);
  return out.length > 0 ? out.slice(0, MAX_SPELLINGS) : undefined;
}

// Initials join too: Korean syllables such as u, o, i are written as separate hyphenated parts (Chin-u).
const joinable = (r: TokenRole): boolean => r === 'word' || r === 'initial';
// After a name part, a hyphenated common word is a syllable (Tae-an), not an article: articles lead.
const joinableAfterWord = (r: TokenRole): boolean => joinable(r) || r === 'common';

/** A second reading with hyphen-joined name parts as one token (Sang-man -> Sangman, Jean-Pierre -> Jeanpierre). */
function joinedReading(drafts: Draft[], roles: TokenRole[]): NameToken[] | null {
  let joined = false;
  const out: NameToken[] = [];
  let cur: Draft | null = null;
  let curRole: TokenRole = 'word';
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const role = roles[i] as TokenRole;
    // A common word before a hyphen joins too (Do-hoon), unless it is an Arabic article (al-Qaida).
    const curJoinable = joinable(curRole) || (curRole === 'common' && cur !== null && !ARTICLES.has(cur.form));
    if (cur !== null && d.sep === 'hyphen' && joinableAfterWord(role) && curJoinable) {
      const prev: Draft = cur;
      cur = { ...prev, form: prev.form + d.form, rich: prev.rich + d.rich, arabic: joinedArabic([prev, d]), persian: undefined };
      if (prev.spelled || d.spelled) {
        cur.variants = joinedVariants(prev, d);
        cur.spelled = true;
      }
      curRole = 'word';
      joined = true;
      continue;
    }
    if (cur) out.push(toToken(cur, curRole));
    cur = d;
    curRole = role;
  }
  if (cur) out.push(toToken(cur, curRole));
  return joined ? out : null;
}

function uniquePush(keys: string[], key: string): void {
  if (key.length > 0 && !keys.includes(key)) keys.push(key);
}

function spelledToken(form: string, variants: string[], extra: string[], script: Script): NameToken {
  const keys = [form];
  for (const v of variants) uniquePush(keys, v);
  for (const e of extra) uniquePush(keys, e);
  uniquePush(keys, '~' + phonetic(form));
  if (variants[0] !== undefined) uniquePush(keys, '~' + phonetic(variants[0]));
  return { form, keys, role: 'word', script };
}

function bind(t: NameToken, bound: boolean): NameToken {
  if (bound) t.bound = true;
  return t;
}

/** Marks hyphenated name parts (Hee-jin, Jean-Pierre) as bound to the part before, by the joinedReading rule. */
function markHyphenated(tokens: NameToken[], drafts: readonly Draft[], roles: readonly TokenRole[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const prev = roles[i - 1] as TokenRole;
    if ((drafts[i] as Draft).sep === 'hyphen' && joinableAfterWord(roles[i] as TokenRole) && joinable(prev)) (tokens[i] as NameToken).bound = true;
  }
}

/*
 * Korean personal names: surname (one syllable, or two for 남궁/황보/제갈…) then given name.
 * Readings: real-world spelling with the given name joined, the same split by syllable, and Revised
 * Romanisation joined. Every token carries RR, MR and real-world spellings as keys.
 */
function koreanReadings(raw: RawToken[]): NameToken[][] | null {
  if (raw.length === 0 || raw.length > 3 || raw.some((t) => t.script !== 'Hangul')) return null;
  let surname: string;
  let given: string;
  const first = (raw[0] as RawToken).text;
  if (raw.length === 1) {
    const chars = [...first];
    if (chars.length < 2 || chars.length > 5) return null;
    const two = chars.slice(0, 2).join('');
    surname = chars.length >= 3 && KOREAN_COMPOUND_SURNAMES.has(two) ? two : (chars[0] as string);
    given = chars.slice([...surname].length).join('');
  } else {
    if (!KOREAN_SURNAMES.has(first)) return null;
    surname = first;
    given = raw
      .slice(1)
      .map((t) => t.text)
      .join('');
  }
  const sur = KOREAN_SURNAMES.get(surname);
  const surSyll = romaniseHangul(surname);
  const givenSyll = romaniseHangul(given);
  if (givenSyll.length === 0 || surSyll.length === 0) return null;
  const join = (f: (s: SyllableSpellings) => string, list: SyllableSpellings[]): string => list.map(f).join('');
  const surRR = join((s) => s.rr, surSyll);
  const surMR = join((s) => s.mr, surSyll);
  const surPop = sur?.spellings[0] ?? join((s) => s.popular, surSyll);
  const surExtra = sur ? ['k:' + sur.id] : [];
  const surnameToken = spelledToken(surPop, [surRR, surMR], surExtra, 'Hangul');
  const surnameRR = spelledToken(surRR, [surPop, surMR], surExtra, 'Hangul');
  const gPop = join((s) => s.popular, givenSyll);
  const gRR = join((s) => s.rr, givenSyll);
  const gMR = join((s) => s.mr, givenSyll);
  const gDprk = join((s) => s.dprk, givenSyll);
  const givenJoined = spelledToken(gPop, [gRR, gMR, gDprk], [], 'Hangul');
  const givenJoinedRR = spelledToken(gRR, [gPop, gMR, gDprk], [], 'Hangul');
  const split = givenSyll.map((s, i) => bind(spelledToken(s.popular, [s.rr, s.mr, s.dprk], [], 'Hangul'), i > 0));
  const readings = [[surnameToken, givenJoined]];
  if (split.length > 1) readings.push([surnameToken, ...split]);
  if (surRR !== surPop || gRR !== gPop) readings.push([surnameRR, givenJoinedRR]);
  return readings;
}

/**
 * Hong Kong spellings of characters read together in Cantonese (cantoneseSpellings): every spelling of
 * a single character; for several, the usual spelling of each joined, and with the first character's
 * second spelling. The pinyin `form` itself is left out.
 */
function cantoneseJoined(chars: readonly string[], form: string): string[] {
  const each = chars.map(cantoneseSpellings);
  if (each.some((s) => s.length === 0)) return [];
  const out = chars.length === 1 ? [...each[0]!] : [each.map((s) => s[0]).join('')];
  if (chars.length > 1 && each[0]!.length > 1) out.push([each[0]![1], ...each.slice(1).map((s) => s[0])].join(''));
  return out.filter((s) => s !== form);
}

const CHINESE_COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '司徒', '东方', '東方', '夏侯', '皇甫', '尉迟', '公孙', '公孫', '慕容', '长孙', '宇文', '令狐']);

/** Chinese personal names: pinyin surname with its Wade–Giles/Cantonese class, given name joined and split. */
function chineseReadings(raw: RawToken[]): NameToken[][] | null {
  if (raw.length === 0 || raw.length > 2 || raw.some((t) => t.script !== 'Han')) return null;
  const text = raw.map((t) => t.text).join('');
  const chars = [...text];
  if (chars.length < 2 || chars.length > 4) return null;
  const syll = hanziToPinyin(text);
  if (syll.length !== chars.length) return null;
  const surLen = raw.length === 2 ? [...(raw[0] as RawToken).text].length : CHINESE_COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  if (surLen >= chars.length) return null;
  const surForm = syll.slice(0, surLen).join('');
  const cls = surLen === 1 ? CHINESE_SURNAMES.get(chars[0] as string) : undefined;
  const surExtra = cls ? ['c:' + cls.id] : [];
  const sinitic = (f: string): string[] => {
    const z = siniticFold(f);
    return z ? ['z=' + z] : [];
  };
  // The characters themselves, as a key: one pinyin spells many characters (石民 and 石敏 are both Shi Min).
  const surname = spelledToken(surForm, cantoneseJoined(chars.slice(0, surLen), surForm), [...surExtra, ...sinitic(surForm), hanKey(chars.slice(0, surLen))], 'Han');
  const givenSyll = syll.slice(surLen);
  const givenChars = chars.slice(surLen);
  const givenForm = givenSyll.join('');
  const joined = spelledToken(givenForm, cantoneseJoined(givenChars, givenForm), [...sinitic(givenForm), hanKey(givenChars)], 'Han');
  const readings = [[surname, joined]];
  if (givenSyll.length > 1) {
    readings.push([surname, ...givenSyll.map((g, i) => bind(spelledToken(g, cantoneseJoined([givenChars[i]!], g), [...sinitic(g), hanKey([givenChars[i]!])], 'Han'), i > 0))]);
  }
  return readings;
}

/** A Japanese name in kanji read as one (japanese-names.ts): the surname and the given name, each in its usual spelling with the others as variants. */
function japaneseReadings(raw: RawToken[]): NameToken[][] {
  if (raw.length === 0 || raw.length > 2 || raw.some((t) => t.script !== 'Han')) return [];
  const found = japaneseNameSpellings(raw.map((t) => t.text).join(''));
  if (found === undefined) return [];
  const token = ([form, ...variants]: string[]): NameToken => spelledToken(form!, variants, [], 'Japanese');
  return [[token(found.surname), token(found.given)]];
}

/** Scripts with legal forms of their own (SCRIPT_LEGAL_FORMS): CJK, Hangul and Arabic. */
const SCRIPT_LEGAL_TEXT = /[\u3000-\u9fff\uac00-\ud7af\u0600-\u06ff]/;

function extractScriptLegalForms(text: string): string {
  if (!SCRIPT_LEGAL_TEXT.test(text)) return text;
  let s = text;
  SCRIPT_LEGAL_FORMS.forEach(([form], i) => {
    if (s.includes(form)) s = s.split(form).join(' ' + String.fromCharCode(LEGAL_MARK + i) + ' ');
  });
  return s;
}

/**
 * Analyses one name: normalise -> detect script -> tokenise -> romanise -> legal forms, titles and
 * stopwords -> keys. Pure and deterministic.
 */
export function analyseName(name: string, options: AnalyseOptions = {}): AnalysedName {
  const text = normaliseText(name);
  const script = detectScript(text);
  const schema = options.schema;
  const isOrg = schema !== undefined && ORG_SCHEMAS.has(schema);
  const raw = tokenise(extractScriptLegalForms(text));
  if (!isOrg && script === 'Hangul') {
    const readings = koreanReadings(raw);
    if (readings) return { original: name, script, readings };
  }
  if (!isOrg && script === 'Han') {
    const readings = [...(chineseReadings(raw) ?? []), ...japaneseReadings(raw)];
    if (readings.length > 0) return { original: name, script, readings };
  }
  const romanised: Draft[] = [];
  const belarusian = script === 'Cyrillic' && isBelarusianName(text);
  // Generic words of organisation names are read as their translations, unless the name is a person's.
  for (const t of raw) romanise(t, romanised, false, belarusian, schema !== 'Person');
  const readings = readingsOf(romanised, schema);
  // Thai, Lao, Bengali and Tamil names are read twice: as native names and as transcriptions of foreign ones.
  if (raw.some((t) => FOREIGN_READING_SCRIPTS.has(t.script))) {
    const foreign: Draft[] = [];
    for (const t of raw) romanise(t, foreign, true);
    const seen = new Set(readings.map(readingKey));
    for (const r of readingsOf(foreign, schema)) if (!seen.has(readingKey(r))) readings.push(r);
  }
  return { original: name, script, readings };
}

const readingKey = (r: readonly NameToken[]): string => r.map((t) => t.form).join(' ');

/** The readings of romanised drafts: as written, hyphenated parts joined, and compounds' parts apart. */
function readingsOf(written: Draft[], schema: Schema | undefined): NameToken[][] {
  const romanised = joinLegalPhrases(written, schema);
  const drafts = joinTheophoric(romanised);
  const roles = assignRoles(drafts, schema);
  const tokens = drafts.map((d, i) => toToken(d, roles[i] as TokenRole));
  markHyphenated(tokens, drafts, roles);
  const readings = [tokens];
  const joined = joinedReading(drafts, roles);
  if (joined) readings.push(joined);
  // The compound is one way of writing the name; lists and queries also write its parts apart and
  // move them ("ABDUL SAYED" last in one record, "SAYED ... ABDUL" in another; "Abdul Manan" for
  // "Abdul Rahim Manan"): the parts as written are a reading of their own.
  if (drafts !== romanised) {
    const partRoles = assignRoles(romanised, schema);
    readings.push(romanised.map((d, i) => toToken(d, partRoles[i] as TokenRole)));
  }
  return readings;
}
