import type { TokenRole } from '../text/types.js';
import { ALGORITHM } from './algorithm.js';
import type { ScoringToken } from './align.js';
import { ARABIC_KEY, arabicRequirements, mayFitArabic, maxLettersWritten, type ArabicRequirements } from '../text/arabic-spelling.js';

/**
 * What the pair loop needs to know about a token without reading the token itself: its role,
 * length, first and last two letters, and the ids of its keys. An index packs these for every
 * listed token (by ScoringToken.id) into typed arrays, so that the many pairs that cannot match
 * (no shared key, no shared initial, lengths or letters too far apart for a typo) are ruled out
 * from a few adjacent numbers instead of several objects scattered over the heap.
 *
 * `mayMatch` is a necessary condition of a pair's similarity in an alignment being > 0: false
 * means the pair scores 0 (titles are never paired at all).
 */

const ROLE_CODE: Record<TokenRole, number> = { word: 0, number: 1, initial: 2, common: 3, legal_form: 4, title: 5 };
export function roleCode(role: TokenRole): number {
  return ROLE_CODE[role];
}
export const ROLE_NUMBER = ROLE_CODE.number;
export const ROLE_INITIAL = ROLE_CODE.initial;
export const ROLE_TITLE = ROLE_CODE.title;
const ROLE_MASK = 7;
const SYLLABIC = 8;
/** The token is written in Arabic script (ScoringToken.arabic). */
const ARABIC = 16;
/**
 * Int32 slots per token: one 64-byte cache line holding all a bound or a pair test reads of a token
 * (flags, length, first and last letters, form key, letter set, syllable masks, its weight as a
 * Float64 in slots 8–9, and where its key ids start and end in the key pool).
 */
const STRIDE = 16;
const WEIGHT_SLOT = 8;
const KEYS_FROM = 10;
const KEYS_TO = 11;
const TYPO_MIN = ALGORITHM.similarity.typoMinLength;
/** A phonetic key alone scores only between spellings about this close in length (pairSimilarity). */
const PHONETIC_GAP = ALGORITHM.similarity.phoneticMaxLengthGap;

/** One token's facts; a query's tokens are described this way once per query. */
export interface TokenFacts {
  /** Role code | SYLLABIC | ARABIC. */
  flags: number;
  length: number;
  /** First two letters' char codes, packed (first << 16 | second). */
  head: number;
  /** Last two letters' char codes, packed (second-to-last << 16 | last). */
  tail: number;
  /** Key id of the form; -1 when the index has no such key. */
  form: number;
  /** Ids of the token's keys the index knows (form, variants, phonetic key, folds). */
  keys: readonly number[];
  /** Key id of the phonetic key; -1 when absent or unknown to the index. */
  phonetic: number;
  /** Key id of a second phonetic key (an Arabic-script word's Persian reading); -1 when none. */
  altPhonetic: number;
  /** The set of letters in the form, one bit each (see letterSet). */
  letters: number;
  /** The Hangul syllables the form spells, as koreanSyllableMasks; zeros for none. */
  syllables: readonly [number, number];
  /** For a token written in Arabic script, what a Latin spelling of it must have (arabicRequirements); else null. */
  arabic: ArabicRequirements | null;
  /** The listed words the index found the Arabic-script token spells (Index.arabicFits), once looked up; else null. */
  arabicFits: readonly number[] | null;
}

function packTwo(a: number, b: number): number {
  return (a << 16) | b;
}

/**
 * The letters a form contains, as bits (a–z one each, anything else folded onto six more). An edit
 * changes at most two bits (a substitution drops one letter and adds another; a swap none), so two
 * forms whose sets differ in more than 2 × k bits are more than k edits apart.
 */
export function letterSet(form: string): number {
  let bits = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return bits;
}

export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Facts of a token, given how the index numbers keys (`keyId` → undefined for keys it lacks). */
export function describeToken(t: ScoringToken, keyId: (key: string) => number | undefined): TokenFacts {
  const f = t.form;
  const n = f.length;
  const keys: number[] = [];
  const form = keyId(f) ?? -1;
  if (form >= 0) keys.push(form);
  for (const k of t.keys) {
    if (k.startsWith(ARABIC_KEY)) continue;
    const id = keyId(k);
    if (id !== undefined && !keys.includes(id)) keys.push(id);
  }
  return {
    flags: ROLE_CODE[t.role] | (t.syllabic ? SYLLABIC : 0) | (t.arabic !== '' ? ARABIC : 0),
    length: n,
    head: packTwo(f.charCodeAt(0) || 0, f.charCodeAt(1) || 0),
    tail: packTwo(f.charCodeAt(n - 2) || 0, f.charCodeAt(n - 1) || 0),
    form,
    keys,
    phonetic: t.phonetic === '' ? -1 : (keyId(t.phonetic) ?? -1),
    altPhonetic: altPhonetic(t, keyId),
    letters: letterSet(f),
    syllables: [t.syllablesLow, t.syllablesHigh],
    arabic: t.arabic === '' || maxLettersWritten(t.arabic) <= 2 ? null : arabicRequirements(t.arabic),
    arabicFits: null,
  };
}

/** The Persian reading's phonetic key of an Arabic-script word (Hangul tokens carry a second '~' key too, scored as before: in full). */
function altPhonetic(t: ScoringToken, keyId: (key: string) => number | undefined): number {
  if (t.arabic === '') return -1;
  for (const k of t.keys) if (k !== t.phonetic && k.startsWith('~')) return keyId(k) ?? -1;
  return -1;
}

/** Query columns markKeys can mark (bits of an int). */
export const KEY_MARK_COLUMNS = 31;

/**
 * The current query's keys, each with its columns as ordinary and as phonetic key: an open-addressing
 * table sized to the query (a few dozen keys), so that looking up a listed token's keys stays in the
 * fastest cache. Arrays over every key of the index would be read at random, a cache miss per key
 * once a server's request handling has evicted them.
 */
export class KeyMarks {
  private capacity = 64;
  /** 32 − log2(capacity): a multiplicative hash keeps its top bits. */
  private shift = 26;
  private keys = new Int32Array(this.capacity).fill(-1);
  private plainColumns = new Int32Array(this.capacity);
  private phoneticColumns = new Int32Array(this.capacity);
  private size = 0;
  /** Set by sharedColumns: the columns sharing only the query token's phonetic key. */
  lastPhonetic = 0;

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  private slot(key: number): number {
    const mask = this.capacity - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  mark(key: number, column: number, phonetic: boolean): void {
    if (4 * (this.size + 1) > this.capacity) this.grow();
    const i = this.slot(key);
    if (this.keys[i] === -1) {
      this.keys[i] = key;
      this.plainColumns[i] = 0;
      this.phoneticColumns[i] = 0;
      this.size++;
    }
    if (phonetic) this.phoneticColumns[i]! |= 1 << column;
    else this.plainColumns[i]! |= 1 << column;
  }

  /** The slot holding `key`, or -1 when the query has no such key. */
  find(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === -1 ? -1 : i;
  }

  plain(slot: number): number {
    return this.plainColumns[slot]!;
  }

  phonetic(slot: number): number {
    return this.phoneticColumns[slot]!;
  }

  private grow(): void {
    const { keys, plainColumns, phoneticColumns } = this;
    this.capacity *= 2;
    this.shift--;
    this.keys = new Int32Array(this.capacity).fill(-1);
    this.plainColumns = new Int32Array(this.capacity);
    this.phoneticColumns = new Int32Array(this.capacity);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.plainColumns[i] = plainColumns[j]!;
      this.phoneticColumns[i] = phoneticColumns[j]!;
    }
  }
}

export class TokenTable {
  private readonly facts: Int32Array;
  /** The same buffer as Float64s, for the weights (set once the index knows every token's rarity). */
  private readonly weights: Float64Array;
  private readonly keyPool: Int32Array;

  constructor(
    private readonly tokens: readonly ScoringToken[],
    keyId: (key: string) => number | undefined,
  ) {
    const buffer = new ArrayBuffer(tokens.length * STRIDE * 4);
    this.facts = new Int32Array(buffer);
    this.weights = new Float64Array(buffer);
    const pool: number[] = [];
    tokens.forEach((t, id) => {
      const d = describeToken(t, keyId);
      const o = id * STRIDE;
      this.facts[o] = d.flags;
      this.facts[o + 1] = d.length;
      this.facts[o + 2] = d.head;
      this.facts[o + 3] = d.tail;
      this.facts[o + 4] = d.form;
      this.facts[o + 5] = d.letters;
      this.facts[o + 6] = d.syllables[0];
      this.facts[o + 7] = d.syllables[1];
      this.facts[o + KEYS_FROM] = pool.length;
      pool.push(...d.keys);
      this.facts[o + KEYS_TO] = pool.length;
      this.weights[(o + WEIGHT_SLOT) / 2] = t.weight;
    });
    this.keyPool = Int32Array.from(pool);
  }

  get size(): number {
    return this.tokens.length;
  }

  /** The token's weight (rarity × role). */
  weightOf(id: number): number {
    return this.weights[(id * STRIDE + WEIGHT_SLOT) / 2]!;
  }

  token(id: number): ScoringToken {
    return this.tokens[id]!;
  }

  role(id: number): number {
    return this.facts[id * STRIDE]! & ROLE_MASK;
  }

  length(id: number): number {
    return this.facts[id * STRIDE + 1]!;
  }

  /** Char code of the first letter. */
  firstLetter(id: number): number {
    return this.facts[id * STRIDE + 2]! >>> 16;
  }

  /** The form's letter set (letterSet). */
  letters(id: number): number {
    return this.facts[id * STRIDE + 5]!;
  }

  isSyllabic(id: number): boolean {
    return (this.facts[id * STRIDE]! & SYLLABIC) !== 0;
  }

  isArabic(id: number): boolean {
    return (this.facts[id * STRIDE]! & ARABIC) !== 0;
  }

  /** False when pairSimilarity(query token, listed token `id`) is certainly 0. */
  mayMatch(q: TokenFacts, id: number): boolean {
    let plain = false;
    let phonetic = false;
    const to = this.facts[id * STRIDE + KEYS_TO]!;
    for (let k = this.facts[id * STRIDE + KEYS_FROM]!; k < to; k++) {
      const key = this.keyPool[k]!;
      if (!q.keys.includes(key)) continue;
      if (key === q.phonetic) phonetic = true;
      else plain = true;
    }
    return this.mayMatchSharing(q, id, plain, phonetic);
  }

  /**
   * Marks, for each key a query's tokens carry, which of them (as bits, by column) carry it as an
   * ordinary key and which as their phonetic key: then sharedColumns tells, per listed token, the
   * columns that share a key with it from the token's few keys alone.
   */
  markKeys(columns: readonly TokenFacts[], marks: KeyMarks): void {
    marks.clear();
    for (let c = 0; c < columns.length && c < KEY_MARK_COLUMNS; c++) {
      const q = columns[c]!;
      for (const key of q.keys) marks.mark(key, c, key === q.phonetic);
    }
  }

  /** Columns sharing an ordinary key with listed token `id`; those sharing only a phonetic key are left in marks.lastPhonetic. */
  sharedColumns(id: number, marks: KeyMarks): number {
    let plain = 0;
    let phonetic = 0;
    const to = this.facts[id * STRIDE + KEYS_TO]!;
    for (let k = this.facts[id * STRIDE + KEYS_FROM]!; k < to; k++) {
      const slot = marks.find(this.keyPool[k]!);
      if (slot < 0) continue;
      plain |= marks.plain(slot);
      phonetic |= marks.phonetic(slot);
    }
    marks.lastPhonetic = phonetic;
    return plain;
  }

  /** mayMatch, given whether the two share an ordinary key (`plain`) or the query token's phonetic key. */
  mayMatchSharing(q: TokenFacts, id: number, plain: boolean, phonetic: boolean): boolean {
    const o = id * STRIDE;
    const flags = this.facts[o]!;
    const qRole = q.flags & ROLE_MASK;
    const cRole = flags & ROLE_MASK;
    // Titles are never paired (the aligner skips them), even with the same title.
    if (cRole === ROLE_TITLE || qRole === ROLE_TITLE) return false;
    if (q.form >= 0 && q.form === this.facts[o + 4]) return true;
    if (qRole === ROLE_NUMBER || cRole === ROLE_NUMBER) return false;
    // An initial against a word: only the first letters decide.
    if (qRole === ROLE_INITIAL || cRole === ROLE_INITIAL) return qRole !== cRole && q.head >>> 16 === this.facts[o + 2]! >>> 16;
    if (plain) return true;
    // A query word in Arabic script against a listed spelling that may write it (arabicSpells).
    if (q.arabic !== null && (flags & SYLLABIC) === 0 && mayFitArabic(q.arabic, this.facts[o + 1]!, this.facts[o + 5]!)) return true;
    if (q.syllables[0] & this.facts[o + 6]! && q.syllables[1] & this.facts[o + 7]!) return true;
    const la = q.length;
    const lb = this.facts[o + 1]!;
    // The phonetic key is coarse: pairSimilarity credits it only between spellings about as long.
    if (phonetic && Math.abs(la - lb) <= PHONETIC_GAP) return true;
    // A typo (typoSimilarity): never in a syllabic reading; lengths within the edit budget; letter
    // sets at most two bits apart per edit; and for one edit, enough common prefix plus suffix
    // (closeEnough), as far as two letters at each end tell.
    if ((q.flags | flags) & SYLLABIC) return false;
    const min = la < lb ? la : lb;
    if ((la > lb ? la : lb) < TYPO_MIN || min < TYPO_MIN - 1) return false;
    const edits = min >= 8 ? 2 : 1;
    if (Math.abs(la - lb) > edits) return false;
    if (bitCount(q.letters ^ this.facts[o + 5]!) > 2 * edits) return false;
    if (edits === 2) return true;
    const need = min - 2;
    const head = this.facts[o + 2]!;
    const tail = this.facts[o + 3]!;
    const prefix = q.head === head ? min : q.head >>> 16 === head >>> 16 ? 1 : 0;
    const suffix = q.tail === tail ? min : (q.tail & 0xffff) === (tail & 0xffff) ? 1 : 0;
    return prefix + suffix >= need;
  }

}
