import type { Script } from '../model/entity.js';
import type { TokenRole } from '../text/types.js';
import { ALGORITHM } from './algorithm.js';
import { jaroWinkler } from '../text/similarity.js';
import { koreanSyllableMasks, sameKoreanSyllable } from '../text/korean.js';
import { compoundStem } from '../text/arabic.js';
import { HAN_KEY } from '../text/chinese.js';
import { ARABIC_JOIN, ARABIC_KEY, arabicSpells, isHebrewLetters, lettersWritten, mayFitArabic, requirementsOf, writtenLetterCount, type ArabicRequirements } from '../text/arabic-spelling.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { bitCount, KEY_MARK_COLUMNS, KeyMarks, letterSet, roleCode, ROLE_INITIAL, ROLE_NUMBER, ROLE_TITLE, type TokenFacts, type TokenTable } from './token-facts.js';

/** A token as the scorer sees it: the analyser's token plus its weight (rarity × role). */
export interface ScoringToken {
  readonly form: string;
  readonly keys: readonly string[];
  readonly role: TokenRole;
  readonly weight: number;
  /** `keys` without the form, the phonetic key and the Sinitic folds: the variant spellings, compared pairwise. */
  readonly variants: readonly string[];
  /**
   * Sinitic (pinyin / Wade–Giles) folds ("z=" keys) and a given name's forms in other languages ("e:"):
   * coarse classes, weaker evidence than a variant spelling.
   */
  readonly folds: readonly string[];
  /** The analyser's phonetic key, marked by a leading "~" (src/text/keys.ts); '' when absent. */
  readonly phonetic: string;
  /**
   * Romanised by us from a syllabic or ideographic script (Hangul, Han, kana). Its spelling is a
   * deterministic reading, so a letter that differs is a different syllable (xi/ji), never a typo.
   */
  readonly syllabic: boolean;
  /** Written as one word with the previous token (a syllable of one given name, a hyphenated part). */
  readonly bound: boolean;
  /** The Han characters the form reads, simplified (HAN_KEY keys); '' for a token not written in them. */
  readonly han: string;
  /** The Arabic-script letters the form reads (ARABIC_KEY keys); '' for a token not written in them. */
  readonly arabic: string;
  /** The letters of the form as a bit set (token-facts letterSet), for edit-distance bounds. */
  readonly letters: number;
  /** The Hangul syllables the form spells, as the two masks of koreanSyllableMasks (0, 0 for none). */
  readonly syllablesLow: number;
  readonly syllablesHigh: number;
  /**
   * An index numbers its distinct listed tokens 0..n-1 at build, so a query's pair similarities can
   * be memoised in arrays (see PairMemo); -1 for query tokens and tokens made outside an index.
   */
  readonly id: number;
}

const SYLLABIC_SCRIPTS: ReadonlySet<Script> = new Set<Script>(['Han', 'Hangul', 'Japanese']);

export function isSyllabic(script: Script | undefined): boolean {
  return script !== undefined && SYLLABIC_SCRIPTS.has(script);
}

/** Splits the analyser's keys once per token, so the per-pair comparison loops stay short. */
export function scoringToken(form: string, keys: readonly string[], role: TokenRole, weight: number, script?: Script, bound = false, id = -1): ScoringToken {
  const variants: string[] = [];
  const folds: string[] = [];
  let phonetic = '';
  let han = '';
  let arabic = '';
  for (const k of keys) {
    if (k === form) continue;
    if (k.startsWith('~')) phonetic ||= k;
    else if (k.startsWith(HAN_KEY)) han ||= k.slice(HAN_KEY.length);
    else if (k.startsWith(ARABIC_KEY)) arabic ||= k.slice(ARABIC_KEY.length);
    else if (k.startsWith('z=') || k.startsWith(LANGUAGE_FORM_KEY)) folds.push(k);
    else variants.push(k);
  }
  const [syllablesLow, syllablesHigh] = koreanSyllableMasks(form);
  return { form, keys, role, weight, variants, folds, phonetic, syllabic: isSyllabic(script), bound, han, arabic, letters: letterSet(form), syllablesLow, syllablesHigh, id };
}

export type PairKind = 'exact' | 'variant' | 'phonetic' | 'joined' | 'acronym' | 'initial' | 'typo';
const PAIR_KINDS: readonly PairKind[] = ['exact', 'variant', 'phonetic', 'joined', 'acronym', 'initial', 'typo'];

/** One aligned piece: a run of query tokens matched to a run of listed tokens. */
export interface AlignedPair {
  query: string;
  listed: string;
  sim: number;
  kind: PairKind;
}

interface RawPair {
  qi: number;
  qn: number;
  ci: number;
  cn: number;
  sim: number;
  kind: PairKind;
  weight: number;
  /** The pair's contribution to the name score (see alignTokens); runs are valued by objective() instead. */
  value: number;
}

/**
 * The result of aligning two token lists. Coverage and counts are computed eagerly (they score
 * every candidate); the readable pairs and leftovers only on demand (they explain the few reported).
 */
export class Alignment {
  constructor(
    private readonly query: readonly ScoringToken[],
    private readonly listed: readonly ScoringToken[],
    private readonly raw: readonly RawPair[],
    /** Rarity-weighted share of the query matched, in [0, 1]. */
    readonly queryCoverage: number,
    /** Rarity-weighted share of the listed name matched, in [0, 1]. */
    readonly candidateCoverage: number,
    /** Both names carry numbers and at least one on each side has no equal partner. */
    readonly numberMismatch: { query: string; listed: string } | null,
    /** Significant (word/number) tokens on each side, for the single-token-query rule. */
    readonly querySignificant: number,
    readonly listedSignificant: number,
    readonly listedSignificantMatched: number,
  ) {}

  get pairs(): AlignedPair[] {
    const forms = (ts: readonly ScoringToken[], from: number, n: number) =>
      ts
        .slice(from, from + n)
        .map((t) => t.form)
        .join(' ');
    return this.raw.map((p) => ({ query: forms(this.query, p.qi, p.qn), listed: forms(this.listed, p.ci, p.cn), sim: p.sim, kind: p.kind }));
  }

  /** Query tokens (titles aside) that found no partner. */
  get unmatchedQuery(): string[] {
    return this.unmatched(this.query, (p) => [p.qi, p.qn]);
  }

  get unmatchedListed(): string[] {
    return this.unmatched(this.listed, (p) => [p.ci, p.cn]);
  }

  /** Aligned pieces (a joined run counts once). */
  get pairCount(): number {
    return this.raw.length;
  }

  /** Legal forms on either side that found no partner ("tov" in "ТОВ Ада" against "ADA"). */
  get unmatchedLegalForms(): string[] {
    const out: string[] = [];
    for (const [tokens, span] of [
      [this.query, (p: RawPair): [number, number] => [p.qi, p.qn]],
      [this.listed, (p: RawPair): [number, number] => [p.ci, p.cn]],
    ] as const) {
      const used = new Uint8Array(tokens.length);
      for (const p of this.raw) {
        const [from, n] = span(p);
        used.fill(1, from, from + n);
      }
      tokens.forEach((t, i) => {
        if (!used[i] && t.role === 'legal_form') out.push(t.form);
      });
    }
    return out;
  }

  private unmatched(tokens: readonly ScoringToken[], span: (p: RawPair) => [number, number]): string[] {
    const used = new Uint8Array(tokens.length);
    for (const p of this.raw) {
      const [from, n] = span(p);
      used.fill(1, from, from + n);
    }
    return tokens.filter((t, i) => !used[i] && t.role !== 'title').map((t) => t.form);
  }
}

const SIM = ALGORITHM.similarity;

function isSignificant(role: TokenRole): boolean {
  return role === 'word' || role === 'number';
}

/**
 * Do two tokens share a variant-spelling key (stronger than sharing only the phonetic key)? 0: no,
 * 1: yes, 2: only the class of a theophoric compound (see compoundKey), which needs a closer look.
 */
function sharedVariant(a: ScoringToken, b: ScoringToken): number {
  const av = a.variants;
  const bv = b.variants;
  let found = 0;
  for (let i = 0; i < av.length; i++) {
    const x = av[i]!;
    if (x === b.form) return 1;
    for (let j = 0; j < bv.length; j++) {
      if (x !== bv[j]) continue;
      if (x.charCodeAt(0) !== COMPOUND_MARK) return 1;
      found = 2;
    }
  }
  for (let j = 0; j < bv.length; j++) if (bv[j] === a.form) return 1;
  return found;
}

const COMPOUND_MARK = '+'.charCodeAt(0);

/** The key of a European given name's forms in other languages (src/text/european-names.ts). */
const LANGUAGE_FORM_KEY = 'e:';

/** Do the first elements of two theophoric compounds look alike (Hidayat / Hedayat, not Yasin / Ehsan)? */
function compoundStemsAlike(a: string, b: string): boolean {
  const x = compoundStem(a);
  const y = compoundStem(b);
  return x === null || y === null || jaroWinkler(x, y) >= SIM.compoundStemMinJaroWinkler;
}

/** The class two tokens share (a Sinitic fold, or the language forms of one given name), or ''. */
function sharedFold(a: ScoringToken, b: ScoringToken): string {
  for (const x of a.folds) for (const y of b.folds) if (x === y) return x;
  return '';
}

/** Similarity of two single tokens and how it was reached; 0 means no match. */
export function tokenSimilarity(a: ScoringToken, b: ScoringToken): { sim: number; kind: PairKind } {
  const sim = pairSimilarity(a, b);
  return { sim, kind: PAIR_KINDS[lastKind]! };
}

// pairSimilarity reports its PairKind here, as an index into PAIR_KINDS, rather than in a returned
// object: it runs for every token pair of every candidate, and the allocation showed in profiles.
const EXACT = 0;
const VARIANT = 1;
const PHONETIC = 2;
const INITIAL = 5;
const TYPO = 6;
let lastKind = EXACT;

function pairSimilarity(a: ScoringToken, b: ScoringToken): number {
  lastKind = EXACT;
  // Numbers identify ("110th" vs "111th"): never fuzzy, never phonetic.
  if (a.role === 'number' || b.role === 'number') return a.form === b.form ? SIM.exact : 0;
  // Both written in Han: the characters decide. Different ones read alike are another name that
  // sounds the same (石民 / 石敏); read differently, another name.
  if (a.han !== b.han && a.han !== '' && b.han !== '') {
    lastKind = a.form === b.form ? PHONETIC : TYPO;
    return a.form === b.form ? SIM.homophone : 0;
  }
  if (a.form === b.form) return SIM.exact;
  if (a.role === 'initial' || b.role === 'initial') {
    if (a.role === 'initial' && b.role === 'initial') return 0;
    lastKind = INITIAL;
    return a.form.length > 0 && b.form.length > 0 && a.form.charCodeAt(0) === b.form.charCodeAt(0) ? SIM.initial : 0;
  }
  const shared = sharedVariant(a, b);
  if (shared === 1 || (shared === 2 && compoundStemsAlike(a.form, b.form))) {
    lastKind = VARIANT;
    return SIM.sharedKey;
  }
  // A Latin spelling read against the Arabic-script word itself (توفيق: Tawfiq, Toufik).
  if ((a.arabic === '') !== (b.arabic === '')) {
    const sim = arabicSimilarity(a.arabic || b.arabic, a.arabic ? b.form : a.form);
    if (sim > 0) {
      lastKind = VARIANT;
      return sim;
    }
  }
  // Wade–Giles drops aspiration (Chang = Zhang or Chang), so a shared Sinitic fold is a plausible
  // reading of the same name, not the same spelling; so is one given name in another language's form.
  const fold = a.folds.length > 0 && b.folds.length > 0 ? sharedFold(a, b) : '';
  if (fold !== '') {
    lastKind = VARIANT;
    return fold.startsWith(LANGUAGE_FORM_KEY) ? SIM.languageForm : SIM.siniticFold;
  }
  // Two spellings of one Hangul syllable (a given name split by syllable: Hee/Hui, Sung/Song).
  // The masks rule out most pairs without looking the spellings up.
  if (a.syllablesLow & b.syllablesLow && a.syllablesHigh & b.syllablesHigh && sameKoreanSyllable(a.form, b.form)) {
    lastKind = VARIANT;
    return SIM.koreanSyllable;
  }
  // A reading of Hangul or Han is exact by construction: a letter that differs is another syllable
  // (张熙成 xicheng is not Jicheng), never a typo; only the sound-alike rule below may apply.
  // A female patronymic is seldom a typo of the surname it looks like (Mikhaylovna / Mikhaylova,
  // Aleksandrovna / Aleksandrova): one letter apart, but most often another part of the name.
  const t = a.syllabic || b.syllabic ? 0 : patronymicAndSurname(a.form, b.form) ? SIM.patronymicSurname : typoSimilarity(a.form, b.form);
  // The phonetic key is coarse by design (it drops vowels and merges r/l), so "Lazarus" and "Resurs"
  // share one: only spellings that also look alike, and are about as long, get phonetic credit.
  if (t < SIM.phonetic && a.phonetic !== '' && a.phonetic === b.phonetic) {
    const la = a.form.length;
    const lb = b.form.length;
    if (Math.abs(la - lb) <= SIM.phoneticMaxLengthGap && jaroWinkler(a.form, b.form) >= SIM.phoneticMinJaroWinkler) {
      lastKind = PHONETIC;
      // Short names that merely sound alike are usually different names (Mara/Mario, Isabel/Isabelly).
      return Math.min(la, lb) >= SIM.phoneticLongLength ? SIM.phonetic : SIM.phoneticShort;
    }
  }
  lastKind = TYPO;
  return t;
}

/** Arabic letters → Latin form → similarity: nested, so a lookup hashes the two strings as they are rather than a concatenation. */
const arabicFits = new Map<string, Map<string, number>>();
let arabicFitCount = 0;

/** SIM.arabicSpelling when `latin` spells the Arabic word (arabicSpells), by how many letters it must write; else 0. Memoised per pair. */
function arabicSimilarity(letters: string, latin: string): number {
  let byLatin = arabicFits.get(letters);
  if (byLatin === undefined) {
    if (arabicFitCount >= 100_000) {
      arabicFits.clear();
      arabicFitCount = 0;
    }
    arabicFits.set(letters, (byLatin = new Map()));
  }
  let sim = byLatin.get(latin);
  if (sim === undefined) {
    const written = lettersWritten(letters, latin);
    const must = writtenLetterCount(letters);
    sim = written <= 2 || !arabicSpells(letters, latin) ? 0 : must === 2 ? SIM.arabicSpellingOpenVowel : written === 3 ? SIM.arabicSpellingShort : SIM.arabicSpelling;
    byLatin.set(latin, sim);
    arabicFitCount++;
  }
  return sim;
}

/** Is one form a female patronymic (…ovna, …evna) and the other the surname it becomes without its n (…ova, …eva)? */
function patronymicAndSurname(a: string, b: string): boolean {
  if (a.length === b.length + 1) return a.endsWith('vna') && b === `${a.slice(0, -2)}a`;
  if (b.length === a.length + 1) return b.endsWith('vna') && a === `${b.slice(0, -2)}a`;
  return false;
}

/** One edit in a token of 4+ letters, or two in a token of 8+, is a typo; anything else is a different word. */
export function typoSimilarity(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  // The longer word must have typoMinLength letters, so two short names never pass (Jong/Tong);
  // a letter dropped from one (Kamel → Kame, Ahmad → Ahma) still does.
  if (Math.max(a.length, b.length) < SIM.typoMinLength || len < SIM.typoMinLength - 1) return 0;
  const max = len >= 8 ? 2 : 1;
  // Two edits can sit one at each end (jeyalalitha / jayalalithaa): only one edit is sure to leave
  // the rest of the word as common prefix plus suffix.
  if (max === 1 && !closeEnough(a, b, max)) return 0;
  const d = boundedEditDistance(a, b, max);
  if (d > max) return 0;
  const sim = 1 - d / (Math.max(a.length, b.length) + 4);
  return sim >= SIM.typoFloor ? sim : 0;
}

/**
 * Cheap necessary condition for distance ≤ 1: one edit leaves a common prefix plus common suffix of
 * at least the shorter length − 2. Rejects most unrelated pairs without running the DP.
 */
function closeEnough(a: string, b: string, max: number): boolean {
  const la = a.length;
  const lb = b.length;
  const min = la < lb ? la : lb;
  let p = 0;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < min - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  return p + s >= min - 2 * max;
}

/** Does `short` spell the first letters of `run` ("it" ← information technology)? */
function isAcronymOf(short: ScoringToken, many: readonly ScoringToken[], from: number, n: number): boolean {
  if (short.form.length !== n) return false;
  for (let i = 0; i < n; i++) if (many[from + i]!.form.charCodeAt(0) !== short.form.charCodeAt(i)) return false;
  return true;
}

/** The Arabic-script letters of query[from..from+n) joined (arabicJoinSimilarity), and their requirements: once per query reading and run. */
const runRequirements = new WeakMap<readonly ScoringToken[], Map<number, ArabicRequirements>>();

function queryRunRequirements(query: readonly ScoringToken[], from: number, n: number): ArabicRequirements {
  let byRun = runRequirements.get(query);
  if (!byRun) runRequirements.set(query, (byRun = new Map()));
  let req = byRun.get(from * 4 + n);
  if (!req) byRun.set(from * 4 + n, (req = requirementsOf(joinedArabic(query, from, n))));
  return req;
}

function joinedArabic(tokens: readonly ScoringToken[], from: number, n: number): string {
  let letters = tokens[from]!.arabic;
  for (let r = from + 1; r < from + n; r++) letters += ARABIC_JOIN + tokens[r]!.arabic;
  return letters;
}

/**
 * An Arabic-script word against a run of Latin ones it spells joined (محمدتقی: Mohammad Taghi), or
 * a run of Arabic-script words against one Latin word (محمد رضا: Mohamadreza), as arabicSimilarity
 * scores one word; 0 when the sides are not one of each.
 */
function arabicJoinSimilarity(one: ScoringToken, many: readonly ScoringToken[], from: number, n: number, oneIsQuery: boolean): number {
  let arabic = 0;
  for (let r = from; r < from + n; r++) if (many[r]!.arabic !== '') arabic++;
  // Only the query's Arabic-script words: a Latin query meets a listed name's Arabic-script spelling's Latin twin.
  if (oneIsQuery ? one.arabic === '' || arabic !== 0 : one.arabic !== '' || arabic !== n) return 0;
  if (oneIsQuery) return arabicSimilarity(one.arabic, joinedForm(many, from, n));
  // Hebrew names are not run together as Arabic ones are (عبد الله: Abdullah): its silent letters would let a run spell too much.
  if (isHebrewLetters(many[from]!.arabic)) return 0;
  return arabicSimilarity(joinedArabic(many, from, n), one.form);
}

function joinedForm(tokens: readonly ScoringToken[], from: number, n: number): string {
  let s = '';
  for (let i = from; i < from + n; i++) s += tokens[i]!.form;
  return s;
}

/**
 * Runs of two or three adjacent tokens on one side against one token on the other: joined
 * ("Sangman" ~ "Sang Man") or abbreviated ("IT" ~ "Information Technology").
 */
function addMultiTokenCandidates(
  one: readonly ScoringToken[],
  many: readonly ScoringToken[],
  oneSim: Float64Array,
  manySim: Float64Array,
  oneIsQuery: boolean,
  out: RawPair[],
): void {
  // The runs' lengths, weights and eligibility do not depend on the single token they are compared
  // with: work them out once per call rather than once per weak token.
  let runs = 0;
  for (let i = 0; i < one.length; i++) {
    const t = one[i]!;
    if (oneSim[i]! >= SIM.joined || t.role === 'number' || t.role === 'title' || t.role === 'initial') continue;
    if (runs === 0) {
      runs = prepareRuns(many, manySim);
      if (runs < 0) return;
    }
    for (let n = 2; n <= 3; n++) {
      const base = (n - 2) * many.length;
      for (let j = 0; j + n <= many.length; j++) {
        if (runBad[base + j]) continue;
        const joinedLength = runLength[base + j]!;
        const runWeight = runWeightSum[base + j]!;
        // A syllabic reading admits no typo (see pairSimilarity): a zero length rules it out.
        const shortest = t.syllabic ? 0 : runShortest[base + j]!;
        let sim = 0;
        let kind: PairKind = 'joined';
        if (t.form.length <= 5 && isAcronymOf(t, many, j, n)) {
          sim = SIM.acronym;
          kind = 'acronym';
        } else if (Math.abs(joinedLength - t.form.length) <= 2) {
          const joined = joinedForm(many, j, n);
          // A typo in a join must not hide a different short syllable: "jong un" is not "tongun".
          const typo = joined === t.form ? SIM.joined : shortest >= SIM.typoMinLength ? typoSimilarity(t.form, joined) : 0;
          if (typo > 0) sim = Math.min(SIM.joined, typo);
        }
        if (sim <= 0) sim = arabicJoinSimilarity(t, many, j, n, oneIsQuery);
        if (sim <= 0) continue;
        out.push(
          oneIsQuery
            ? { qi: i, qn: 1, ci: j, cn: n, sim, kind, weight: t.weight + runWeight, value: 0 }
            : { qi: j, qn: n, ci: i, cn: 1, sim, kind, weight: t.weight + runWeight, value: 0 },
        );
      }
    }
  }
}

// Per run of 2 (slots 0..m-1) and 3 (slots m..2m-1) tokens starting at j: reused scratch, as above.
let runBad = new Uint8Array(64);
let runLength = new Int32Array(64);
let runWeightSum = new Float64Array(64);
let runShortest = new Float64Array(64);

/** Fills the run scratch for `many`; returns 1, or -1 when no run is eligible at all. */
function prepareRuns(many: readonly ScoringToken[], manySim: Float64Array): number {
  const m = many.length;
  if (runBad.length < 2 * m) {
    runBad = new Uint8Array(4 * m);
    runLength = new Int32Array(4 * m);
    runWeightSum = new Float64Array(4 * m);
    runShortest = new Float64Array(4 * m);
  }
  let any = false;
  for (let n = 2; n <= 3; n++) {
    const base = (n - 2) * m;
    for (let j = 0; j + n <= m; j++) {
      let bad = false;
      let joinedLength = 0;
      let runWeight = 0;
      let shortest = Infinity;
      for (let r = j; r < j + n; r++) {
        const role = many[r]!.role;
        if (role === 'number' || role === 'title' || manySim[r]! >= SIM.joined) bad = true;
        joinedLength += many[r]!.form.length;
        runWeight += many[r]!.weight;
        shortest = Math.min(shortest, many[r]!.syllabic ? 0 : many[r]!.form.length);
      }
      runBad[base + j] = bad ? 1 : 0;
      runLength[base + j] = joinedLength;
      runWeightSum[base + j] = runWeight;
      runShortest[base + j] = shortest;
      if (!bad) any = true;
    }
  }
  return any ? 1 : -1;
}

/** Query tokens (over all readings) a memo keeps columns for; a longer query's extra tokens are compared directly. */
const MEMO_MAX_QUERY_TOKENS = 64;

/**
 * Pair similarities of one query against the listed tokens of an index, memoised for the query's
 * duration. A query's candidates share the words that made them candidates ("kim" in most of the
 * thirty names a Kim query scores), so each (query token, listed token) pair is compared once; and
 * a pair the index's token facts rule out (TokenTable.mayMatch, most pairs) is not compared at all.
 * Rows are listed token ids (ScoringToken.id), columns the query's tokens over all its readings.
 */
export class PairMemo {
  /**
   * Listed token id → row, for this query: an open-addressing table stamped with the query's epoch,
   * sized to the rows a query makes (a few hundred), not to the index's tokens, so that it stays in
   * cache between one server request and the next.
   */
  private slotEpoch = new Int32Array(1024);
  private slotId = new Int32Array(1024);
  private slotRow = new Int32Array(1024);
  private slotShift = 22;
  private epoch = 0;
  private rows = 0;
  private width = 0;
  private sims = new Float64Array(0);
  private kinds = new Uint8Array(0);
  /** Column of each query reading's first token. */
  private readonly readingBase: number[] = [];
  private facts: TokenFacts[] = [];
  private tokens: ScoringToken[] = [];
  private readonly marks: KeyMarks;

  constructor(
    readonly table: TokenTable,
    /** The facts of a query token against this index (describeToken), which the index may keep per token. */
    private readonly describe: (t: ScoringToken) => TokenFacts,
  ) {
    this.marks = new KeyMarks();
  }

  /** Doubles the row table, keeping this query's rows. */
  private growSlots(): void {
    const { slotEpoch, slotId, slotRow } = this;
    const size = slotId.length * 2;
    this.slotEpoch = new Int32Array(size);
    this.slotId = new Int32Array(size);
    this.slotRow = new Int32Array(size);
    this.slotShift--;
    const mask = size - 1;
    for (let j = 0; j < slotId.length; j++) {
      if (slotEpoch[j] !== this.epoch) continue;
      let s = Math.imul(slotId[j]!, 0x9e3779b1) >>> this.slotShift;
      while (this.slotEpoch[s] === this.epoch) s = (s + 1) & mask;
      this.slotEpoch[s] = this.epoch;
      this.slotId[s] = slotId[j]!;
      this.slotRow[s] = slotRow[j]!;
    }
  }

  /** Starts a new query: earlier rows are forgotten. */
  begin(readings: readonly (readonly ScoringToken[])[]): void {
    // Epochs live in an Int32Array: start over before they would overflow it.
    if (this.epoch === 0x7fffffff) {
      this.epoch = 0;
      this.slotEpoch.fill(0);
    }
    this.epoch++;
    this.rows = 0;
    this.readingBase.length = 0;
    this.facts = [];
    this.tokens = [];
    for (const r of readings) {
      this.readingBase.push(this.facts.length);
      for (const t of r) {
        if (this.facts.length === MEMO_MAX_QUERY_TOKENS) break;
        this.facts.push(this.describe(t));
        this.tokens.push(t);
      }
    }
    this.width = this.facts.length;
    this.table.markKeys(this.facts, this.marks);
  }

  /** Column of query token `i` of reading `reading`, or -1 when it has none. */
  column(reading: number, i: number): number {
    const c = (this.readingBase[reading] ?? MEMO_MAX_QUERY_TOKENS) + i;
    return c < this.width ? c : -1;
  }

  /**
   * Offset of the listed token's similarities to every query column (in `sims`, kinds in `kinds`),
   * compared on first sight in this query; the token itself is read only for pairs its facts do
   * not rule out.
   */
  rowOf(id: number): number {
    const mask = this.slotId.length - 1;
    let s = Math.imul(id, 0x9e3779b1) >>> this.slotShift;
    while (this.slotEpoch[s] === this.epoch) {
      if (this.slotId[s] === id) return this.slotRow[s]! * this.width;
      s = (s + 1) & mask;
    }
    const r = this.rows++;
    this.slotEpoch[s] = this.epoch;
    this.slotId[s] = id;
    this.slotRow[s] = r;
    if (4 * this.rows > this.slotId.length) this.growSlots();
    const at = r * this.width;
    const need = at + this.width;
    if (need > this.sims.length) {
      const sims = new Float64Array(Math.max(need, this.sims.length * 2, 1024));
      const kinds = new Uint8Array(sims.length);
      sims.set(this.sims);
      kinds.set(this.kinds);
      this.sims = sims;
      this.kinds = kinds;
    }
    // Which columns share a key with the token, from its few keys at once rather than column by column.
    const plain = this.table.sharedColumns(id, this.marks);
    const phonetic = this.marks.lastPhonetic;
    for (let c = 0; c < this.width; c++) {
      let sim = 0;
      const may = c < KEY_MARK_COLUMNS ? this.table.mayMatchSharing(this.facts[c]!, id, ((plain >>> c) & 1) === 1, ((phonetic >>> c) & 1) === 1) : this.table.mayMatch(this.facts[c]!, id);
      if (may) sim = pairSimilarity(this.tokens[c]!, this.table.token(id));
      this.sims[at + c] = sim;
      this.kinds[at + c] = sim > 0 ? lastKind : EXACT;
    }
    return at;
  }

  get similarities(): Float64Array {
    return this.sims;
  }

  get pairKinds(): Uint8Array {
    return this.kinds;
  }
}

// The current reading pair's similarity matrix (query × listed, row-major) and each pair's kind.
let matrixSim = new Float64Array(256);
let matrixKind = new Uint8Array(256);

/** Fills the matrix for `m` listed tokens: by id through the memo when it can, else from `listed`. */
function fillMatrix(query: readonly ScoringToken[], listed: readonly ScoringToken[] | null, m: number, options: AlignOptions, ids: Int32Array | undefined, idFrom: number): void {
  const n = query.length;
  const size = n * m;
  if (matrixSim.length < size) {
    matrixSim = new Float64Array(size * 2);
    matrixKind = new Uint8Array(size * 2);
  }
  const memo = options.memo;
  if (memo && ids && memo.column(options.reading ?? 0, n - 1) >= 0) {
    // Column by column of the matrix: one memo row per listed token holds it against every query token.
    const base = memo.column(options.reading ?? 0, 0);
    for (let j = 0; j < m; j++) {
      const at = memo.rowOf(ids[idFrom + j]!) + base;
      const sims = memo.similarities;
      const kinds = memo.pairKinds;
      for (let i = 0; i < n; i++) {
        matrixSim[i * m + j] = sims[at + i]!;
        matrixKind[i * m + j] = kinds[at + i]!;
      }
    }
    return;
  }
  const tokens = listed ?? listedTokens(memo!.table, ids!, idFrom, m);
  for (let i = 0; i < n; i++) {
    const q = query[i]!;
    const rowAt = i * m;
    if (q.role === 'title') {
      matrixSim.fill(0, rowAt, rowAt + m);
      continue;
    }
    for (let j = 0; j < m; j++) {
      const c = tokens[j]!;
      const sim = c.role !== 'title' ? pairSimilarity(q, c) : 0;
      matrixSim[rowAt + j] = sim;
      if (sim > 0) matrixKind[rowAt + j] = lastKind;
    }
  }
}

/**
 * The facts of one side's tokens that bounding needs, in typed arrays: for listed tokens read from
 * the index's token table by id, so that a candidate ruled out never touches its token objects.
 */
class SideFacts {
  length = new Int32Array(32);
  role = new Uint8Array(32);
  syllabic = new Uint8Array(32);
  /** First letter's char code & 31: exact joins and acronyms start with the same letter. */
  first = new Uint8Array(32);
  /** The form's letter set (ScoringToken.letters). */
  letters = new Int32Array(32);
  /** Weight × the side's coverage scale, 0 for titles: each token's share of the name score. */
  value = new Float64Array(32);
  bound = new Float64Array(32);
  /** 1 for a token written in Arabic script: its romanised form's shape says nothing of its Latin spellings' (see runBound). */
  arabic = new Uint8Array(32);

  load(tokens: readonly ScoringToken[] | null, n: number, scale: number, table: TokenTable | undefined, ids: Int32Array | undefined, idFrom: number): void {
    this.reserve(n);
    for (let i = 0; i < n; i++) {
      if (table && ids) {
        const id = ids[idFrom + i]!;
        this.role[i] = table.role(id);
        this.value[i] = this.role[i] === ROLE_TITLE ? 0 : table.weightOf(id) * scale;
      } else {
        const t = tokens![i]!;
        this.role[i] = roleCode(t.role);
        this.value[i] = t.role === 'title' ? 0 : t.weight * scale;
      }
    }
    this.loadShape(tokens, n, table, ids, idFrom);
  }

  /** Roles and values only: what the sum of best pairs needs (the shape waits for loadShape). */
  loadValues(n: number, scale: number, table: TokenTable, ids: Int32Array, idFrom: number): void {
    this.reserve(n);
    for (let i = 0; i < n; i++) {
      const id = ids[idFrom + i]!;
      const role = table.role(id);
      this.role[i] = role;
      this.value[i] = role === ROLE_TITLE ? 0 : table.weightOf(id) * scale;
    }
  }

  /** Lengths, first letters, letter sets and syllabic flags: what the run bound needs. */
  loadShape(tokens: readonly ScoringToken[] | null, n: number, table: TokenTable | undefined, ids: Int32Array | undefined, idFrom: number): void {
    for (let i = 0; i < n; i++) {
      if (table && ids) {
        const id = ids[idFrom + i]!;
        this.length[i] = table.length(id);
        this.syllabic[i] = table.isSyllabic(id) ? 1 : 0;
        this.first[i] = table.firstLetter(id) & 31;
        this.letters[i] = table.letters(id);
        this.arabic[i] = table.isArabic(id) ? 1 : 0;
      } else {
        const t = tokens![i]!;
        this.length[i] = t.form.length;
        this.syllabic[i] = t.syllabic ? 1 : 0;
        this.first[i] = t.form.charCodeAt(0) & 31;
        this.letters[i] = t.letters;
        this.arabic[i] = t.arabic !== '' ? 1 : 0;
      }
    }
  }

  private reserve(n: number): void {
    if (this.length.length >= n) return;
    this.length = new Int32Array(n * 2);
    this.role = new Uint8Array(n * 2);
    this.syllabic = new Uint8Array(n * 2);
    this.first = new Uint8Array(n * 2);
    this.letters = new Int32Array(n * 2);
    this.value = new Float64Array(n * 2);
    this.bound = new Float64Array(n * 2);
    this.arabic = new Uint8Array(n * 2);
  }
}

const queryFacts = new SideFacts();
const listedFacts = new SideFacts();

/**
 * Can no alignment of the current matrix reach `floor`? Each token is bounded by its best single
 * pair, or by a joined or abbreviated run's similarity wherever such a run is possible at all.
 * Alignment only lowers this (one partner per token, swapped parts penalised), so a reading pair
 * below the floor is skipped without aligning it: most candidates of a query share only a word or
 * two with it.
 */
function belowFloor(
  query: readonly ScoringToken[],
  listed: readonly ScoringToken[] | null,
  m: number,
  qScale: number,
  cScale: number,
  floor: number,
  table: TokenTable | undefined,
  ids: Int32Array | undefined,
  idFrom: number,
): boolean {
  const n = query.length;
  queryFacts.load(query, n, qScale, undefined, undefined, 0);
  listedFacts.load(listed, m, cScale, ids ? table : undefined, ids, idFrom);
  const qb = queryFacts.bound.fill(0, 0, n);
  const cb = listedFacts.bound.fill(0, 0, m);
  for (let i = 0; i < n; i++) {
    const rowAt = i * m;
    for (let j = 0; j < m; j++) {
      const sim = matrixSim[rowAt + j]!;
      if (sim > qb[i]!) qb[i] = sim;
      if (sim > cb[j]!) cb[j] = sim;
    }
  }
  return boundsBelow(query, queryFacts, listed, m, floor, table, ids, idFrom, true);
}

/**
 * belowFloor's decision once each token's best single-pair similarity is in its side's `bound`
 * (the listed side's in listedFacts): the best pairs' sum; the same plus every join it could gain;
 * whether any run's lengths fit at all; only then the run bound itself, which reads spellings.
 */
function boundsBelow(
  query: readonly ScoringToken[],
  qf: SideFacts,
  listed: readonly ScoringToken[] | null,
  m: number,
  floor: number,
  table: TokenTable | undefined,
  ids: Int32Array | undefined,
  idFrom: number,
  shapeLoaded: boolean,
): boolean {
  const n = query.length;
  const qb = qf.bound;
  const cb = listedFacts.bound;
  // The bound and the score are sums in different orders: a margin keeps rounding from skipping an equal.
  const reach = floor - 1e-9;
  const qv = qf.value;
  const cv = listedFacts.value;
  let v = 0;
  let gain = 0;
  for (let i = 0; i < n; i++) {
    v += qv[i]! * qb[i]!;
    if (qb[i]! < SIM.joined) gain += qv[i]! * (SIM.joined - qb[i]!);
  }
  for (let j = 0; j < m; j++) {
    v += cv[j]! * cb[j]!;
    if (cb[j]! < SIM.joined) gain += cv[j]! * (SIM.joined - cb[j]!);
  }
  if (v >= reach) return false;
  if (v + gain < reach) return true;
  if (!shapeLoaded) listedFacts.loadShape(listed, m, table, ids, idFrom);
  if (!runsPossible(query, qf, m, listedFacts)) return true;
  // The listed tokens themselves are read only for the few runs whose lengths fit exactly (see sideTokens).
  lazyListed = listed;
  lazyTable = table ?? null;
  lazyIds = ids ?? null;
  lazyFrom = idFrom;
  lazyLength = m;
  lazyTokens.length = 0;
  runBound(query, qf, null, listedFacts, query.length);
  runBound(null, listedFacts, query, qf, m);
  v = 0;
  for (let i = 0; i < n; i++) v += qv[i]! * qb[i]!;
  for (let j = 0; j < m; j++) v += cv[j]! * cb[j]!;
  return v < reach;
}

/**
 * The query side of runsPossible, for the query reading last seen (one query meets every candidate):
 * the tokens that could be the single side of a run (not numbers, titles or initials) and the runs of
 * two or three tokens (no number or title in them), each with its length, letter set, first letter and,
 * for runs, its shortest part for typo purposes (0 when a part is syllabic).
 */
let maskQuery: readonly ScoringToken[] | null = null;
const MAX_SIDE = 64;
let qTokens = 0;
const qTokenLength = new Int32Array(MAX_SIDE);
const qTokenLetters = new Int32Array(MAX_SIDE);
const qTokenFirst = new Uint8Array(MAX_SIDE);
const qTokenSyllabic = new Uint8Array(MAX_SIDE);
let qRuns = 0;
const qRunLength = new Int32Array(2 * MAX_SIDE);
const qRunLetters = new Int32Array(2 * MAX_SIDE);
const qRunFirst = new Uint8Array(2 * MAX_SIDE);
const qRunShortest = new Int32Array(2 * MAX_SIDE);
/** Acronyms: indexed by acronym length (2, 3) × 32 + first letter. */
const queryAcronymOf = new Uint8Array(4 * 32);
const queryRunOf = new Uint8Array(4 * 32);

/** Joined length of the run of k tokens at j, its letters and shortest part (0 if syllabic) in runLetters / runShortestPart, or -1 if it cannot be a run. */
let runShortestPart = 0;
let runLetters = 0;
function boundRunJoined(facts: SideFacts, j: number, k: number): number {
  let joined = 0;
  runShortestPart = 1 << 30;
  runLetters = 0;
  for (let r = j; r < j + k; r++) {
    if (facts.role[r] === ROLE_NUMBER || facts.role[r] === ROLE_TITLE) return -1;
    joined += facts.length[r]!;
    runLetters |= facts.letters[r]!;
    runShortestPart = Math.min(runShortestPart, facts.syllabic[r] ? 0 : facts.length[r]!);
  }
  return joined;
}

function prepareQueryRuns(query: readonly ScoringToken[], facts: SideFacts): void {
  maskQuery = query;
  queryAcronymOf.fill(0);
  queryRunOf.fill(0);
  const n = Math.min(query.length, MAX_SIDE);
  qTokens = 0;
  for (let i = 0; i < n; i++) {
    const role = facts.role[i]!;
    if (role === ROLE_NUMBER || role === ROLE_TITLE || role === ROLE_INITIAL) continue;
    const length = facts.length[i]!;
    qTokenLength[qTokens] = length;
    qTokenLetters[qTokens] = facts.letters[i]!;
    qTokenFirst[qTokens] = facts.first[i]!;
    qTokenSyllabic[qTokens++] = facts.syllabic[i]!;
    if (length === 2 || length === 3) queryAcronymOf[length * 32 + facts.first[i]!] = 1;
  }
  qRuns = 0;
  for (let k = 2; k <= 3; k++) {
    for (let j = 0; j + k <= n; j++) {
      const joined = boundRunJoined(facts, j, k);
      if (joined < 0) continue;
      qRunLength[qRuns] = joined;
      qRunLetters[qRuns] = runLetters;
      qRunFirst[qRuns] = facts.first[j]!;
      qRunShortest[qRuns++] = runShortestPart;
      queryRunOf[k * 32 + facts.first[j]!] = 1;
    }
  }
}

/**
 * Can a run of `length` letters with `letters`, starting with `first`, and a single token join, as
 * runBound tests it? Spelled exactly (same length, letter set and first letter), or a typo away: no
 * syllabic token, every part of the run of typo length, lengths within two, and at most two letters
 * of the set changed per edit.
 */
function joinPossible(runLength: number, runLetters: number, runFirst: number, runShortest: number, length: number, letters: number, first: number, syllabic: boolean): boolean {
  if (runLength === length && runFirst === first && runLetters === letters) return true;
  if (syllabic || runShortest < SIM.typoMinLength || Math.abs(runLength - length) > 2) return false;
  return bitCount(runLetters ^ letters) <= (Math.min(runLength, length) >= 8 ? 4 : 2);
}

function hasArabic(facts: SideFacts, n: number): boolean {
  for (let i = 0; i < n; i++) if (facts.arabic[i]) return true;
  return false;
}

/**
 * A necessary condition for runBound to raise anything, from lengths, letter sets and first letters
 * (see prepareQueryRuns), checked both ways: a listed token against the query's runs, a listed run
 * against the query's tokens.
 */
function runsPossible(query: readonly ScoringToken[], queryFacts: SideFacts, m: number, listed: SideFacts): boolean {
  // A query this long is not summarised: let runBound decide.
  if (query.length > MAX_SIDE) return true;
  // A query's Arabic-script words join and split in ways their romanised shapes do not show (see runBound).
  if (hasArabic(queryFacts, query.length)) for (let j = 0; j < m; j++) if (!listed.arabic[j]) return true;
  if (query !== maskQuery) prepareQueryRuns(query, queryFacts);
  for (let j = 0; j < m; j++) {
    const role = listed.role[j]!;
    if (role === ROLE_NUMBER || role === ROLE_TITLE || role === ROLE_INITIAL) continue;
    const length = listed.length[j]!;
    const letters = listed.letters[j]!;
    const first = listed.first[j]!;
    const syllabic = listed.syllabic[j] === 1;
    for (let r = 0; r < qRuns; r++) if (joinPossible(qRunLength[r]!, qRunLetters[r]!, qRunFirst[r]!, qRunShortest[r]!, length, letters, first, syllabic)) return true;
    if ((length === 2 || length === 3) && queryRunOf[length * 32 + first]) return true;
  }
  for (let k = 2; k <= 3; k++) {
    for (let j = 0; j + k <= m; j++) {
      const joined = boundRunJoined(listed, j, k);
      if (joined < 0) continue;
      const first = listed.first[j]!;
      if (queryAcronymOf[k * 32 + first]) return true;
      for (let i = 0; i < qTokens; i++) {
        if (joinPossible(joined, runLetters, first, runShortestPart, qTokenLength[i]!, qTokenLetters[i]!, qTokenFirst[i]!, qTokenSyllabic[i] === 1)) return true;
      }
    }
  }
  return false;
}

// Per run of 2 (slots 0..m-1) and 3 (slots m..2m-1) tokens of `many` starting at j, for runBound.
let boundRunLength = new Int32Array(64);
let boundRunShortest = new Int32Array(64);
let boundRunLetters = new Int32Array(64);
let boundRunArabic = new Uint8Array(64);

/**
 * Raises the bounds of tokens that some run could pair (see addMultiTokenCandidates): an acronym,
 * a join spelled exactly, or a join within typo distance, which needs every part of typo length.
 * Token strings are read only for the few runs whose lengths fit.
 */
function runBound(one: readonly ScoringToken[] | null, oneFacts: SideFacts, many: readonly ScoringToken[] | null, manyFacts: SideFacts, oneLength: number): void {
  const m = many ? many.length : lazyLength;
  if (m < 2) return;
  if (boundRunLength.length < 2 * m) {
    boundRunLength = new Int32Array(4 * m);
    boundRunShortest = new Int32Array(4 * m);
    boundRunLetters = new Int32Array(4 * m);
    boundRunArabic = new Uint8Array(4 * m);
  }
  const { length: manyLength, role: manyRole, syllabic: manySyllabic, bound: manyBound } = manyFacts;
  for (let n = 2; n <= 3; n++) {
    const base = (n - 2) * m;
    for (let j = 0; j + n <= m; j++) {
      let joinedLength = 0;
      let shortest = 1 << 30;
      let letters = 0;
      let arabic = 0;
      for (let r = j; r < j + n; r++) {
        // A number or title never joins a run: a negative length fits no token.
        if (manyRole[r] === ROLE_NUMBER || manyRole[r] === ROLE_TITLE) joinedLength = -1000;
        joinedLength += manyLength[r]!;
        shortest = Math.min(shortest, manySyllabic[r] ? 0 : manyLength[r]!);
        letters |= manyFacts.letters[r]!;
        arabic += manyFacts.arabic[r]!;
      }
      boundRunLength[base + j] = joinedLength;
      boundRunShortest[base + j] = shortest;
      boundRunLetters[base + j] = letters;
      boundRunArabic[base + j] = arabic;
    }
  }
  const oneBound = oneFacts.bound;
  for (let i = 0; i < oneLength; i++) {
    const role = oneFacts.role[i]!;
    // Even a token with a better single partner may lose it in the assignment and join a run, which
    // raises the run's tokens: only the roles addMultiTokenCandidates never joins are skipped.
    if (role === ROLE_NUMBER || role === ROLE_TITLE || role === ROLE_INITIAL) continue;
    const length = oneFacts.length[i]!;
    const syllabic = oneFacts.syllabic[i] === 1;
    const letters = oneFacts.letters[i]!;
    const arabic = oneFacts.arabic[i] === 1;
    for (let n = 2; n <= 3; n++) {
      const base = (n - 2) * m;
      for (let j = 0; j + n <= m; j++) {
        const joinedLength = boundRunLength[base + j]!;
        if (joinedLength < 0) continue;
        // A query's Arabic-script word against a run of Latin ones, or a run of them against one Latin word, may spell it whatever the shapes.
        let sim = 0;
        if (one !== null ? arabic && boundRunArabic[base + j] === 0 : !arabic && boundRunArabic[base + j] === n) {
          const req = one !== null ? requirementsOf(one[i]!.arabic) : queryRunRequirements(many!, j, n);
          const fits = one !== null ? mayFitArabic(req, joinedLength, boundRunLetters[base + j]!) : mayFitArabic(req, length, letters);
          if (fits) sim = arabicJoinSimilarity(sideTokens(one)[i]!, sideTokens(many), j, n, one !== null);
        }
        // A typo join is within one edit, or two from 8 letters (typoSimilarity), and each edit changes at most two letters of the set.
        const typoPossible =
          !syllabic && boundRunShortest[base + j]! >= SIM.typoMinLength && bitCount(letters ^ boundRunLetters[base + j]!) <= (Math.min(length, joinedLength) >= 8 ? 4 : 2);
        if (Math.abs(joinedLength - length) <= 2 && (typoPossible || (joinedLength === length && spellsJoined(sideTokens(one)[i]!.form, sideTokens(many), j, n)))) sim = SIM.joined;
        else if (length === n && isAcronymOf(sideTokens(one)[i]!, sideTokens(many), j, n)) sim = Math.max(sim, SIM.acronym);
        if (sim === 0) continue;
        if (sim > oneBound[i]!) oneBound[i] = sim;
        for (let r = j; r < j + n; r++) if (sim > manyBound[r]!) manyBound[r] = sim;
      }
    }
  }
}

// The listed side of the bound in progress: its tokens (when the caller has them) or where the index keeps them.
let lazyListed: readonly ScoringToken[] | null = null;
let lazyTable: TokenTable | null = null;
let lazyIds: Int32Array | null = null;
let lazyFrom = 0;
let lazyLength = 0;
const lazyTokens: ScoringToken[] = [];

/** A side's tokens: the query's as given; the listed side's (null) fetched from the index on first need. */
function sideTokens(side: readonly ScoringToken[] | null): readonly ScoringToken[] {
  if (side) return side;
  if (lazyListed) return lazyListed;
  if (lazyTokens.length === 0) for (let j = 0; j < lazyLength; j++) lazyTokens.push(lazyTable!.token(lazyIds![lazyFrom + j]!));
  return lazyTokens;
}

/** Is `form` the forms of many[from..from+n) written together? (joinedForm(...) === form, without building it.) */
function spellsJoined(form: string, many: readonly ScoringToken[], from: number, n: number): boolean {
  let at = 0;
  for (let r = from; r < from + n; r++) {
    const part = many[r]!.form;
    if (!form.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === form.length;
}

/**
 * Best assignment of query tokens to listed tokens, order-independent. The objective is the name
 * score itself: a pair is worth sim × (its query token's share of the query weight × the query
 * coverage weight + its listed token's share × the candidate coverage weight). Greedy by
 * similarity first; when greedy provably cannot be beaten (every token on one side got its best
 * partner) that is the answer, which is the common case. Otherwise (repeated or mutually similar
 * tokens: "Mohamad Muhammad" against "Muhamad Mohammed") the exact assignment is solved by dynamic
 * programming over subsets of the smaller side, up to OPTIMAL_MAX_SIDE tokens; greedy beyond.
 * Joined and abbreviated runs are then added to the tokens left over.
 *
 */
export function alignTokens(query: readonly ScoringToken[], listed: readonly ScoringToken[], listedTotal?: number): Alignment {
  return alignAbove(query, listed, listedTotal, NO_OPTIONS)!;
}

export interface AlignOptions {
  /** Return null when no alignment could reach this name score (see upperBound). */
  floor?: number;
  /** Pair similarities shared across one query's candidates. */
  memo?: PairMemo;
  /** The query reading's index among the query's readings (the memo's columns). */
  reading?: number;
  /** The listed tokens' ids (ScoringToken.id), which the memo needs. */
  listedIds?: Int32Array;
}

/** The tokens with ids `ids[from..from+m)`, for the rare steps that read their spellings. */
function listedTokens(table: TokenTable, ids: Int32Array, from: number, m: number): ScoringToken[] {
  const out: ScoringToken[] = [];
  for (let j = 0; j < m; j++) out.push(table.token(ids[from + j]!));
  return out;
}

/**
 * Is the listed reading with token ids `ids[from..to)` (and weight total `listedTotal`) provably
 * below a name score of `floor` against `query`? alignAbove's first step, from ids alone: an index
 * rules most candidates out this way without reading their names at all.
 */
export function readingBelow(query: readonly ScoringToken[], ids: Int32Array, from: number, to: number, listedTotal: number, floor: number, memo: PairMemo, reading: number): boolean {
  if (query !== lastQuery) {
    lastQuery = query;
    lastQueryTotal = totalWeight(query);
  }
  const qScale = lastQueryTotal > 0 ? W_QUERY / lastQueryTotal : 0;
  const cScale = listedTotal > 0 ? W_LISTED / listedTotal : 0;
  const m = to - from;
  const base = memo.column(reading, 0);
  if (base >= 0 && memo.column(reading, query.length - 1) >= 0) return memoBelow(query, qScale, cScale, floor, memo, base, ids, from, m);
  fillMatrix(query, null, m, { memo, reading }, ids, from);
  return belowFloor(query, null, m, qScale, cScale, floor, memo.table, ids, from);
}

/** The facts of the query reading last bounded from the memo (one query meets every candidate). */
const memoQueryFacts = new SideFacts();
let memoQuery: readonly ScoringToken[] | null = null;

/** belowFloor with each token's best pair read straight from the memo's rows: no matrix, and the query's facts loaded once. */
function memoBelow(query: readonly ScoringToken[], qScale: number, cScale: number, floor: number, memo: PairMemo, base: number, ids: Int32Array, from: number, m: number): boolean {
  const n = query.length;
  if (query !== memoQuery) {
    memoQuery = query;
    memoQueryFacts.load(query, n, qScale, undefined, undefined, 0);
  }
  const table = memo.table;
  listedFacts.loadValues(m, cScale, table, ids, from);
  const qb = memoQueryFacts.bound.fill(0, 0, n);
  const cb = listedFacts.bound;
  for (let j = 0; j < m; j++) {
    const at = memo.rowOf(ids[from + j]!) + base;
    // rowOf may grow the memo's arrays: read them after it.
    const sims = memo.similarities;
    let best = 0;
    for (let i = 0; i < n; i++) {
      const sim = sims[at + i]!;
      if (sim > best) best = sim;
      if (sim > qb[i]!) qb[i] = sim;
    }
    cb[j] = best;
  }
  return boundsBelow(query, memoQueryFacts, null, m, floor, table, ids, from, false);
}

/** alignTokens, or null when `options.floor` cannot be reached. */
export function alignAbove(query: readonly ScoringToken[], listed: readonly ScoringToken[], listedTotal: number | undefined, options: AlignOptions): Alignment | null {
  const cands: RawPair[] = [];
  // One query is aligned against every candidate in turn: sum its weights once, not per candidate.
  if (query !== lastQuery) {
    lastQuery = query;
    lastQueryTotal = totalWeight(query);
  }
  const qTotal = lastQueryTotal;
  // An index precomputes each listed reading's total (see buildIndex): the same sum, done once.
  const cTotal = listedTotal ?? totalWeight(listed);
  const qScale = qTotal > 0 ? W_QUERY / qTotal : 0;
  const cScale = cTotal > 0 ? W_LISTED / cTotal : 0;
  const ids = options.memo ? options.listedIds : undefined;
  fillMatrix(query, listed, listed.length, options, ids, 0);
  if (options.floor !== undefined && belowFloor(query, listed, listed.length, qScale, cScale, options.floor, options.memo?.table, ids, 0)) return null;
  const m = listed.length;
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    for (let j = 0; j < m; j++) {
      const sim = matrixSim[i * m + j]!;
      if (sim > 0) {
        const c = listed[j]!;
        cands.push({ qi: i, qn: 1, ci: j, cn: 1, sim, kind: PAIR_KINDS[matrixKind[i * m + j]!]!, weight: q.weight + c.weight, value: sim * (q.weight * qScale + c.weight * cScale) });
      }
    }
  }
  if (cands.length > 1) cands.sort(byStrength);

  // Scratch buffers reused across calls (this runs synchronously): index i holds token i's similarity.
  if (qScratch.length < query.length) qScratch = new Float64Array(query.length * 2);
  if (cScratch.length < listed.length) cScratch = new Float64Array(listed.length * 2);
  const qSim = qScratch.fill(0, 0, query.length);
  const cSim = cScratch.fill(0, 0, listed.length);
  let chosen: RawPair[] = [];
  assign(cands, qSim, cSim, chosen);
  if (cands.length > 1 && !greedyIsOptimal(cands, chosen, query.length, listed.length)) {
    const exact = optimalAssignment(cands, query.length, listed.length);
    if (exact) {
      chosen = exact;
      qSim.fill(0, 0, query.length);
      cSim.fill(0, 0, listed.length);
      for (const k of chosen) {
        qSim[k.qi] = k.sim;
        cSim[k.ci] = k.sim;
      }
    }
  }
  // Joined and abbreviated runs only matter for tokens no single token matched well ("cholho" only
  // sounds like "chol" but is exactly "chol ho"); looking for them among those tokens alone keeps
  // the common case (every token matched exactly) cheap. Two ways to use them are compared: added
  // to the single-token assignment's leftovers, or assigned greedily together with the singles (a
  // join at 0.95 can beat a weak single pair that the first way would keep).
  if (hasWeak(query, qSim) || hasWeak(listed, cSim)) {
    const multi: RawPair[] = [];
    addMultiTokenCandidates(query, listed, qSim, cSim, true, multi);
    addMultiTokenCandidates(listed, query, cSim, qSim, false, multi);
    if (multi.length) {
      multi.sort(byStrength);
      const leftovers = chosen.slice();
      assign(multi, qSim, cSim, leftovers);
      const leftoverValue = objective(query, listed, qSim, cSim, qScale, cScale);
      const all = cands.concat(multi).sort(byStrength);
      if (qAlt.length < query.length) qAlt = new Float64Array(query.length * 2);
      if (cAlt.length < listed.length) cAlt = new Float64Array(listed.length * 2);
      const qg = qAlt.fill(0, 0, query.length);
      const cg = cAlt.fill(0, 0, listed.length);
      const greedy: RawPair[] = [];
      assign(all, qg, cg, greedy);
      if (objective(query, listed, qg, cg, qScale, cScale) > leftoverValue + 1e-12) {
        qSim.set(qg.subarray(0, query.length));
        cSim.set(cg.subarray(0, listed.length));
        chosen = greedy;
      } else chosen = leftovers;
    }
  }

  if (chosen.length > 0) chosen = penaliseWordParts(query, listed, chosen, qSim, cSim);

  const q = side(query, qSim);
  const qSignificant = significant;
  const c = side(listed, cSim);
  let numberMismatch: Alignment['numberMismatch'] = null;
  const qNum = unmatchedNumber(query, qSim);
  const cNum = qNum === null ? null : unmatchedNumber(listed, cSim);
  if (qNum !== null && cNum !== null) numberMismatch = { query: qNum, listed: cNum };
  return new Alignment(query, listed, chosen, q, c, numberMismatch, qSignificant, significant, significantMatched);
}

/**
 * Costs of how the parts of one written word (the syllables of a Korean or Chinese given name, a
 * hyphenated name) were paired:
 * - they keep their order: 진희 is Jin-hee, and Hee-jin is another given name (another person) even
 *   though every syllable matches. When two bound tokens on either side are paired with tokens in the
 *   reverse order, both pairs lose `swappedParts` of their similarity: a small cost, since lists do
 *   also reorder (the syllables may be written apart, "Hee Jin");
 * - a Chinese or Korean given name matched only in part is another given name (Wen-tao is not Wen),
 *   and so is one whose surname is the part left over: the pairs of its matched syllables lose
 *   `partialWord`. Latin hyphenated words are not affected: "Garcia-Lopez" is often shortened to
 *   "Garcia" by the same person.
 */
function penaliseWordParts(query: readonly ScoringToken[], listed: readonly ScoringToken[], chosen: RawPair[], qSim: Float64Array, cSim: Float64Array): RawPair[] {
  const swapped = swappedPairs(listed, false, chosen, swappedPairs(query, true, chosen, null));
  const weakened = weakenPairs(chosen, swapped, SIM.swappedParts, qSim, cSim);
  let broken = brokenWordPairs(listed, cSim, false, weakened, brokenWordPairs(query, qSim, true, weakened, null));
  broken = missingSurnamePairs(listed, cSim, weakened, missingSurnamePairs(query, qSim, weakened, broken));
  return weakenPairs(weakened, broken, SIM.partialWord, qSim, cSim);
}

/** The pairs in `hit` lose `share` of their similarity, and so do the tokens they cover on both sides. */
function weakenPairs(chosen: RawPair[], hit: Set<RawPair> | null, share: number, qSim: Float64Array, cSim: Float64Array): RawPair[] {
  if (!hit) return chosen;
  const keep = 1 - share;
  return chosen.map((k) => {
    if (!hit.has(k)) return k;
    const sim = k.sim * keep;
    for (let i = k.qi; i < k.qi + k.qn; i++) qSim[i] = sim;
    for (let j = k.ci; j < k.ci + k.cn; j++) cSim[j] = sim;
    return { ...k, sim };
  });
}

/**
 * The surname of a Chinese or Korean name (its first token, standing alone) unmatched while its given
 * name matched: the listed name is only the given name, or the given name is someone else's surname
 * (丁瑾瑜 Ding Jin-yu against Jin Yu). Counted with the broken words, at the same cost.
 */
function missingSurnamePairs(tokens: readonly ScoringToken[], sims: Float64Array, chosen: readonly RawPair[], found: Set<RawPair> | null): Set<RawPair> | null {
  if (tokens.length < 3 || !tokens[0]!.syllabic || tokens[0]!.bound || tokens[1]!.bound || sims[0]! > 0) return found;
  for (let i = 1; i < tokens.length; i++) if (!tokens[i]!.syllabic || sims[i]! === 0) return found;
  for (const k of chosen) (found ??= new Set()).add(k);
  return found;
}

/** Pairs holding a matched syllable of a syllabic word (a token and the bound ones after it) whose other syllables are unmatched. */
function brokenWordPairs(tokens: readonly ScoringToken[], sims: Float64Array, isQuery: boolean, chosen: readonly RawPair[], found: Set<RawPair> | null): Set<RawPair> | null {
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.bound) end++;
    let matched = 0;
    let syllabic = true;
    for (let i = start; i < end; i++) {
      if (!tokens[i]!.syllabic) syllabic = false;
      if (sims[i]! > 0) matched++;
    }
    if (end - start > 1 && syllabic && matched > 0 && matched < end - start) {
      for (const k of chosen) {
        const from = isQuery ? k.qi : k.ci;
        const to = from + (isQuery ? k.qn : k.cn);
        if (from < end && to > start) (found ??= new Set()).add(k);
      }
    }
    start = end;
  }
  return found;
}

/** Single-token pairs whose tokens on this side are bound neighbours but whose partners are in reverse order. */
function swappedPairs(tokens: readonly ScoringToken[], isQuery: boolean, chosen: readonly RawPair[], found: Set<RawPair> | null): Set<RawPair> | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]!.bound) continue;
    let prev: RawPair | undefined;
    let cur: RawPair | undefined;
    for (const k of chosen) {
      if (k.qn !== 1 || k.cn !== 1) continue;
      const at = isQuery ? k.qi : k.ci;
      if (at === i - 1) prev = k;
      else if (at === i) cur = k;
    }
    if (prev && cur && (isQuery ? cur.ci < prev.ci : cur.qi < prev.qi)) (found ??= new Set()).add(prev).add(cur);
  }
  return found;
}

// Token lists are never mutated after they are built, so the same array has the same total.
const NO_OPTIONS: AlignOptions = {};
let lastQuery: readonly ScoringToken[] | null = null;
let lastQueryTotal = 0;

const W_QUERY = ALGORITHM.weights.name_query_coverage;
const W_LISTED = ALGORITHM.weights.name_candidate_coverage;

/** Sum of the non-title token weights: the denominator of a side's coverage. */
export function totalWeight(tokens: readonly ScoringToken[]): number {
  let t = 0;
  for (const x of tokens) if (x.role !== 'title') t += x.weight;
  return t;
}

/** The name score an assignment gives (the two coverages, weighted), from per-token similarities. */
function objective(query: readonly ScoringToken[], listed: readonly ScoringToken[], qSim: Float64Array, cSim: Float64Array, qScale: number, cScale: number): number {
  let v = 0;
  for (let i = 0; i < query.length; i++) if (query[i]!.role !== 'title') v += query[i]!.weight * qSim[i]! * qScale;
  for (let j = 0; j < listed.length; j++) if (listed[j]!.role !== 'title') v += listed[j]!.weight * cSim[j]! * cScale;
  return v;
}

/**
 * No assignment can beat the sum of each query token's best pair value, nor each listed token's:
 * when greedy reaches either bound it is optimal, and the exact solver is skipped.
 */
function greedyIsOptimal(cands: readonly RawPair[], chosen: readonly RawPair[], nq: number, nc: number): boolean {
  let got = 0;
  for (const k of chosen) got += k.value;
  if (rowBest.length < nq) rowBest = new Float64Array(nq * 2);
  if (colBest.length < nc) colBest = new Float64Array(nc * 2);
  const rb = rowBest.fill(0, 0, nq);
  const cb = colBest.fill(0, 0, nc);
  for (const k of cands) {
    if (k.value > rb[k.qi]!) rb[k.qi] = k.value;
    if (k.value > cb[k.ci]!) cb[k.ci] = k.value;
  }
  let rows = 0;
  let cols = 0;
  for (let i = 0; i < nq; i++) rows += rb[i]!;
  for (let j = 0; j < nc; j++) cols += cb[j]!;
  return got >= Math.min(rows, cols) - 1e-12;
}

let rowBest = new Float64Array(16);
let colBest = new Float64Array(16);

/** Exact assignment for names up to this many matchable tokens on the smaller side (2^8 subsets). */
const OPTIMAL_MAX_SIDE = 8;
/** ... and at most this many on the larger side (the DP is larger × 2^smaller). */
const OPTIMAL_MAX_OTHER = 16;

/**
 * Maximum-value one-to-one assignment of single-token pairs, by dynamic programming over the
 * subsets of the smaller side's matchable tokens; null when the names are too long for it.
 */
function optimalAssignment(cands: readonly RawPair[], nq: number, nc: number): RawPair[] | null {
  // Compact the tokens that have any pair: unmatched tokens only enlarge the search.
  const qMap = new Int32Array(nq).fill(-1);
  const cMap = new Int32Array(nc).fill(-1);
  let nQ = 0;
  let nC = 0;
  for (const k of cands) {
    if (qMap[k.qi] === -1) qMap[k.qi] = nQ++;
    if (cMap[k.ci] === -1) cMap[k.ci] = nC++;
  }
  const queryIsRows = nQ >= nC;
  const rows = queryIsRows ? nQ : nC;
  const cols = queryIsRows ? nC : nQ;
  if (cols > OPTIMAL_MAX_SIDE || rows > OPTIMAL_MAX_OTHER) return null;
  const cell = new Int32Array(rows * cols).fill(-1);
  for (let x = 0; x < cands.length; x++) {
    const k = cands[x]!;
    const r = queryIsRows ? qMap[k.qi]! : cMap[k.ci]!;
    const c = queryIsRows ? cMap[k.ci]! : qMap[k.qi]!;
    const at = r * cols + c;
    if (cell[at] === -1 || k.value > cands[cell[at]!]!.value) cell[at] = x;
  }
  const states = 1 << cols;
  // best[r][mask]: best value using rows < r with the columns in mask taken.
  const best = new Float64Array((rows + 1) * states).fill(-1);
  best[0] = 0;
  for (let r = 0; r < rows; r++) {
    const cur = r * states;
    const next = cur + states;
    for (let mask = 0; mask < states; mask++) {
      const v = best[cur + mask]!;
      if (v < 0) continue;
      if (v > best[next + mask]!) best[next + mask] = v;
      for (let c = 0; c < cols; c++) {
        if (mask & (1 << c)) continue;
        const x = cell[r * cols + c]!;
        if (x === -1) continue;
        const nv = v + cands[x]!.value;
        const m2 = mask | (1 << c);
        if (nv > best[next + m2]!) best[next + m2] = nv;
      }
    }
  }
  let mask = 0;
  const last = rows * states;
  for (let m = 1; m < states; m++) if (best[last + m]! > best[last + mask]!) mask = m;
  const out: RawPair[] = [];
  for (let r = rows - 1; r >= 0; r--) {
    const cur = r * states;
    const target = best[cur + states + mask]!;
    if (Math.abs(best[cur + mask]! - target) < 1e-12) continue;
    for (let c = 0; c < cols; c++) {
      if (!(mask & (1 << c))) continue;
      const x = cell[r * cols + c]!;
      if (x === -1) continue;
      const prev = best[cur + (mask ^ (1 << c))]!;
      if (prev >= 0 && Math.abs(prev + cands[x]!.value - target) < 1e-12) {
        out.push(cands[x]!);
        mask ^= 1 << c;
        break;
      }
    }
  }
  return out;
}

/** Some non-title token matched by nothing better than a join would give. */
function hasWeak(tokens: readonly ScoringToken[], sim: Float64Array): boolean {
  for (let i = 0; i < tokens.length; i++) if (sim[i]! < SIM.joined && tokens[i]!.role !== 'title') return true;
  return false;
}

function assign(cands: readonly RawPair[], qSim: Float64Array, cSim: Float64Array, chosen: RawPair[]): void {
  for (const k of cands) {
    let free = true;
    for (let i = k.qi; i < k.qi + k.qn && free; i++) if (qSim[i]! > 0) free = false;
    for (let j = k.ci; j < k.ci + k.cn && free; j++) if (cSim[j]! > 0) free = false;
    if (!free) continue;
    qSim.fill(k.sim, k.qi, k.qi + k.qn);
    cSim.fill(k.sim, k.ci, k.ci + k.cn);
    chosen.push(k);
  }
}

let qScratch = new Float64Array(32);
let qAlt = new Float64Array(32);
let cAlt = new Float64Array(32);
let cScratch = new Float64Array(32);

function byStrength(x: RawPair, y: RawPair): number {
  return y.sim - x.sim || y.weight - x.weight;
}

function unmatchedNumber(tokens: readonly ScoringToken[], sim: Float64Array): string | null {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.role === 'number' && !(sim[i]! > 0)) return tokens[i]!.form;
  return null;
}

// side() returns its coverage and leaves the counts here, to avoid a result object per call.
let significant = 0;
let significantMatched = 0;

function side(tokens: readonly ScoringToken[], sim: Float64Array): number {
  let total = 0;
  let got = 0;
  significant = 0;
  significantMatched = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.role === 'title') continue;
    total += t.weight;
    got += t.weight * sim[i]!;
    if (isSignificant(t.role)) {
      significant++;
      if (sim[i]! > 0) significantMatched++;
    }
  }
  return total > 0 ? got / total : 0;
}
