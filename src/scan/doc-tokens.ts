import type { Script } from '../model/entity.js';
import { analyseName } from '../text/analyse.js';
import { LEGAL_FORM_CLASS } from '../text/legal-forms.js';
import { charScript } from '../text/script.js';
import { COMMON_WORDS } from '../text/stopwords.js';
import { keyMask, type KeyMask } from './mask.js';

/**
 * Document tokenisation for scanning: every word with its offsets into the ORIGINAL text, analysed
 * once per distinct word with the same pipeline that analyses listed names, so that keys meet.
 * CJK text has no spaces between words; it is kept aside as runs for literal matching.
 */

export interface WordInfo {
  /** Every key of every token the analyser makes of the word (variant spellings, transliteration classes, phonetic). */
  keys: readonly string[];
  /** The analyser's form of the word's first token (romanised, folded). */
  form: string;
  /** Low-information word (article, preposition, "company") or legal form. */
  minor: boolean;
  number: boolean;
  mask: KeyMask;
}

export interface DocToken {
  start: number;
  end: number;
  /** Original text of the token (possessive 's already cut off). */
  surface: string;
  script: Script;
  /** First letter upper-case; meaningful only where the script has case. */
  capital: boolean;
  cased: boolean;
  /** How this token is separated from the previous one. */
  sep: 'space' | 'hyphen' | 'break';
  /** The token ended in a possessive 's (cut off): whatever follows is not part of its name. */
  possessive: boolean;
  info: WordInfo;
  /** Inflected forms with their ending removed (German -s/-es/-en, Russian cases, Arabic prefixes). */
  readonly stems: readonly { surface: string; info: WordInfo }[];
  /** Stems worth looking up as anchors without being asked (Cyrillic and Arabic inflection). */
  readonly eagerStems: readonly { surface: string; info: WordInfo }[];
  /** Signature of the spelling keys of the word and its eager stems. */
  mask: KeyMask;
}

export interface CjkRun {
  start: number;
  end: number;
  text: string;
  script: Script;
}

export interface DocTokens {
  tokens: DocToken[];
  cjk: CjkRun[];
  /** True when the text uses letter case at all: all-lower-case chat logs do not, and then case proves nothing. */
  hasCase: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const CJK_CHAR = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const CJK_SPLIT = /([\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)/u;
const POSSESSIVE = /['’]s$/i;
/** Punctuation that ends a phrase: a name never runs across it. */
const HARD_BREAK = /[,;:!?()[\]{}"«»“”„|/\\<>=+*#@\n\u3002\uff0c\u060c]/;
const CASED: ReadonlySet<Script> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);

const LATIN_ENDINGS = ['es', 'en', 's'];
const CYRILLIC_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ами', 'ями', 'ой', 'ей', 'ом', 'ем', 'ая', 'ую', 'ах', 'ях', 'ов', 'ев', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل'];

const MINOR_ROLES = new Set(['common', 'legal_form', 'title']);

const infoCache = new Map<string, WordInfo>();
const INFO_CACHE_LIMIT = 200_000;

/** Analysis of one lower-case word, memoised: documents repeat a small vocabulary. */
export function wordInfo(word: string): WordInfo {
  let info = infoCache.get(word);
  if (info) return info;
  const a = analyseName(word);
  const keys: string[] = [];
  const minorKeys: string[] = [];
  let form = '';
  let number = false;
  for (const reading of a.readings) {
    for (const t of reading) {
      const isMinor = MINOR_ROLES.has(t.role);
      if (form === '' && !isMinor) {
        form = t.form;
        number = t.role === 'number';
      }
      // An attached article (الدوري = al + duri) must not tie every "al-" word to every "al-" name.
      const into = isMinor ? minorKeys : keys;
      for (const k of t.keys) if (!into.includes(k)) into.push(k);
    }
  }
  const minor = keys.length === 0 && minorKeys.length > 0;
  if (minor) form = a.readings[0]?.[0]?.form ?? '';
  info = { keys: minor ? minorKeys : keys, form, minor, number, mask: keyMask(minor ? minorKeys : keys) };
  if (infoCache.size >= INFO_CACHE_LIMIT) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

function stemsOf(lower: string, script: Script): string[] {
  const out: string[] = [];
  if (script === 'Latin') {
    for (const e of LATIN_ENDINGS) if (lower.length - e.length >= 3 && lower.endsWith(e)) out.push(lower.slice(0, -e.length));
  } else if (script === 'Cyrillic') {
    for (const e of CYRILLIC_ENDINGS) {
      if (lower.length - e.length >= 3 && lower.endsWith(e)) {
        // Дерипаски -> Дерипаск and the nominative Дерипаска; Олега -> Олег.
        const stem = lower.slice(0, -e.length);
        out.push(stem, `${stem}а`);
        break;
      }
    }
  } else if (script === 'Arabic') {
    for (const p of ARABIC_PREFIXES) if (lower.length > 3 && lower.startsWith(p)) out.push(lower.slice(1));
  }
  return out;
}

const NO_STEMS: DocToken['stems'] = [];
const stemCache = new Map<string, DocToken['stems']>();

function stemInfos(surface: string, lower: string, script: Script): DocToken['stems'] {
  let cached = stemCache.get(surface);
  if (cached) return cached;
  const stems = stemsOf(lower, script);
  // Arabic stems drop a prefix, the others a suffix; either way the stem is a slice of the surface.
  cached =
    stems.length === 0
      ? NO_STEMS
      : stems.map((s) => ({ surface: script === 'Arabic' ? surface.slice(surface.length - s.length) : surface.slice(0, s.length), info: wordInfo(s) }));
  if (stemCache.size >= INFO_CACHE_LIMIT) stemCache.clear();
  stemCache.set(surface, cached);
  return cached;
}

function separator(gap: string, prev: DocToken | undefined): DocToken['sep'] {
  if (gap === '-' || gap === '‐' || gap === '‑') return 'hyphen';
  if (HARD_BREAK.test(gap)) return 'break';
  // A full stop ends a sentence unless it closes an abbreviation (Co. Ltd, Inc.).
  if (gap.includes('.') && prev && prev.surface.length > 3 && !prev.info.minor) return 'break';
  return 'space';
}

const PLAIN_WORD: WordInfo = { keys: [], form: '', minor: false, number: false, mask: { lo: 0, hi: 0 } };

/**
 * In text that uses case, a lower-case word is never part of a name, unless it is an article or
 * legal form: only those are analysed. The rest of the vocabulary costs a set look-up.
 */
function lowerCaseInfo(lower: string): WordInfo {
  return COMMON_WORDS.has(lower) || LEGAL_FORM_CLASS.has(lower) ? wordInfo(lower) : PLAIN_WORD;
}

function pushToken(out: DocToken[], text: string, start: number, surface: string, hasCase: boolean): void {
  const cp = surface.codePointAt(0) ?? 0;
  const script = charScript(cp) ?? 'Latin';
  let end = start + surface.length;
  const possessive = POSSESSIVE.test(surface) && surface.length > 3;
  if (possessive) {
    surface = surface.slice(0, -2);
    end -= 2;
  }
  const lower = surface.toLowerCase();
  const prev = out[out.length - 1];
  const gap = prev ? text.slice(prev.end, start) : '\n';
  const cased = CASED.has(script);
  const capital = cased && surface[0] !== lower[0];
  const digit = cp >= 48 && cp <= 57;
  const info = hasCase && cased && !capital && !digit ? lowerCaseInfo(lower) : wordInfo(lower);
  out.push(new Word(start, end, surface, lower, script, cased, capital, separator(gap, prev), possessive, info, !cased || capital));
}

/**
 * A document word. Latin inflected forms (-s, -es, -en) are analysed only when a name nearby asks
 * for them; Cyrillic and Arabic ones, which are everywhere in names, up front.
 */
class Word implements DocToken {
  private stemList: DocToken['stems'] | undefined;
  readonly mask: KeyMask;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly surface: string,
    private readonly lower: string,
    readonly script: Script,
    readonly cased: boolean,
    readonly capital: boolean,
    readonly sep: DocToken['sep'],
    readonly possessive: boolean,
    readonly info: WordInfo,
    private readonly inflectable: boolean,
  ) {
    if (!inflectable) {
      this.stemList = NO_STEMS;
      this.mask = info.mask;
    } else if (script === 'Latin') {
      this.mask = info.mask;
    } else {
      this.mask = this.stems.reduce((m, st) => ({ lo: m.lo | st.info.mask.lo, hi: m.hi | st.info.mask.hi }), { ...info.mask });
    }
  }

  get stems(): DocToken['stems'] {
    this.stemList ??= this.inflectable ? stemInfos(this.surface, this.lower, this.script) : NO_STEMS;
    return this.stemList;
  }

  /** Stems already known without analysis: the anchor look-up uses only these. */
  get eagerStems(): DocToken['stems'] {
    return this.script === 'Latin' && this.stemList === undefined ? NO_STEMS : this.stems;
  }
}

const UPPER = /\p{Lu}/u;

/** Tokenises a document; cost is linear in its length (word analysis is memoised). */
export function tokeniseDocument(text: string): DocTokens {
  const tokens: DocToken[] = [];
  const cjk: CjkRun[] = [];
  const pieces: [number, string][] = [];
  let upper = 0;
  let letters = 0;
  const piece = (at: number, word: string): void => {
    pieces.push([at, word]);
    const cp = word.codePointAt(0) ?? 0;
    if (cp >= 48 && cp <= 57) return;
    const script = charScript(cp);
    if (script === null || !CASED.has(script)) return;
    letters++;
    if (UPPER.test(word[0]!)) upper++;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    if (!CJK_CHAR.test(word)) {
      piece(at, word);
    } else {
      let offset = at;
      for (const part of word.split(CJK_SPLIT)) {
        if (part.length === 0) continue;
        if (CJK_CHAR.test(part)) cjk.push({ start: offset, end: offset + part.length, text: part, script: charScript(part.codePointAt(0) ?? 0) ?? 'Han' });
        else piece(offset, part);
        offset += part.length;
      }
    }
  }
  // Below one capitalised word in fifty the writer does not use case (chat, lower-cased exports).
  const hasCase = letters > 0 && upper * 50 >= letters;
  for (const [at, word] of pieces) pushToken(tokens, text, at, word, hasCase);
  return { tokens, cjk, hasCase };
}
