import type { Entity } from '../model/entity.js';
import { analyseName } from '../text/analyse.js';
import { HAN_KEY } from '../text/chinese.js';
import { ARABIC_JOIN, ARABIC_KEY, arabicPhoneticKeys, arabicSpells, isHebrewLetters, mayFitArabic, maxLettersWritten, requirementsOf, type ArabicRequirements } from '../text/arabic-spelling.js';
import type { NameToken } from '../text/types.js';
import type { Match, MatchIndex, ScreenOptions, ScreenQuery, ScreenResult } from './types.js';
import { ALGORITHM, DEFAULT_THRESHOLD } from './algorithm.js';
import { buildOrder } from './build-order.js';
import { isSyllabic, PairMemo, readingBelow, scoringToken, totalWeight, type ScoringToken } from './align.js';
import { explain } from './explain.js';
import { indexKeys, normaliseIdentifier, type IdentifierHit, type NormalisedIdentifier } from './identifiers.js';
import { matchNames, scoreMatch, type NameMatch, type ScoringName } from './score.js';
import { rarity, roleWeight, ScoringTokenCache, toScoringReadings } from './tokens.js';
import { PostingsBuilder, type Postings } from './postings.js';
import { describeToken, TokenTable, type TokenFacts } from './token-facts.js';
import { KeyFilter } from './key-filter.js';
import { topK } from './topk.js';
import { boundedEditDistance } from '../text/edit-distance.js';

/**
 * The in-memory match index.
 *
 * Sharing: an index is immutable after `buildIndex`; `screen` is synchronous and only mutates
 * per-index scratch buffers that it resets before returning, so any number of async callers on one
 * thread may share one index. Worker threads cannot share it (it holds Maps and closures): each
 * worker calls `buildIndex` on the same entities (plain JSON, cheap to post or to load from the store).
 */
export interface IndexStats {
  names: number;
  keys: number;
  /** Keys too frequent to drive candidate generation (common words, legal forms, frequent surnames). */
  stopKeys: number;
  buildMs: number;
}

export interface QueryStats {
  /** Posting lists read to find candidates. */
  postingLists: number;
  /** Posting entries visited: bounded by the posting cap × query keys, never by the index size. */
  postingsVisited: number;
  /** Distinct names with any evidence. */
  namesTouched: number;
  /** Names fully scored (≤ ALGORITHM.candidates.maxScored, plus identifier hits). */
  namesScored: number;
  /** Of those, names whose tokens were aligned: the rest provably scored below what is reported. */
  namesAligned: number;
}

export interface VigilMatchIndex extends MatchIndex {
  readonly stats: IndexStats;
  /** Counters of the most recent `screen` call, for tests and benchmarks. */
  readonly lastQuery: QueryStats;
}

export interface BuildOptions {
  /** Override ALGORITHM.candidates.maxScored. */
  maxScored?: number;
}

/** Gram keys live in their own namespace: control characters never occur in analysed forms. */
const PREFIX_GRAM = '\u0001';
const SUFFIX_GRAM = '\u0002';
const GRAM = 4;
const GRAM_MIN_FORM = 5;

/** A typo keeps either the start or the end of a long token intact: index both for typo recall. */
function gramKeys(form: string): string[] {
  return form.length >= GRAM_MIN_FORM ? [PREFIX_GRAM + form.slice(0, GRAM), SUFFIX_GRAM + form.slice(-GRAM)] : [];
}

/**
 * Deletion neighbourhood of the listed vocabulary (SymSpell): each word form of DELETE_MIN..DELETE_MAX
 * letters and its one-letter deletions, mapped to the form's key id. A query word and a listed word
 * one edit apart (drop, insert, substitute, and most swaps) share an entry. It finds the typos the
 * prefix/suffix grams cannot: in a word of 5–7 letters a middle typo breaks both grams (Satic/Santic,
 * Alaom/Alaon). Held per distinct form, not per name, so it costs little to build.
 */
type Deletions = Map<string, number | number[]>;
const DELETE_MIN = 4;
const DELETE_MAX = 8;
const NO_NEIGHBOURS: readonly number[] = [];

function addDeletion(map: Deletions, key: string, formId: number): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, formId);
  else if (typeof cur === 'number') {
    if (cur !== formId) map.set(key, [cur, formId]);
  } else if (!cur.includes(formId)) cur.push(formId);
}

function addDeletions(map: Deletions, form: string, formId: number): void {
  if (form.length < DELETE_MIN || form.length > DELETE_MAX) return;
  addDeletion(map, form, formId);
  for (let i = 0; i < form.length; i++) if (i === 0 || form[i] !== form[i - 1]) addDeletion(map, form.slice(0, i) + form.slice(i + 1), formId);
}

interface ListedName extends ScoringName {
  entity: number;
  totals: number[];
}

const REPORT_FLOOR = 0.5;
/** A listed word one edit from a query word is evidence, a little less than the word itself. */
const NEIGHBOUR_EVIDENCE = 0.8;
/**
 * Sharing only a typo gram (the first or last four letters) or only the phonetic key is weak evidence:
 * the phonetic key is coarse (vowels dropped, r/l merged: Lehav and Raif share one), and scoring
 * credits it only between spellings about as long that also look alike.
 */
const GRAM_EVIDENCE = 0.5;
/** A listed word an Arabic-script query word's letters spell: scored as ALGORITHM.similarity.arabicSpelling. */
const ARABIC_FIT_EVIDENCE = 0.9;
const PHONETIC_EVIDENCE = 0.5;
/** Candidates are ranked by the coverage their evidence gives each side, weighted as the score weighs it. */
const W_QUERY_COVERAGE = ALGORITHM.weights.name_query_coverage;
const W_LISTED_COVERAGE = ALGORITHM.weights.name_candidate_coverage;

/** Offset of the (key id, evidence) pair with the most evidence still unread (> -1) in `reach`, or -1. */
function bestReach(reach: readonly number[]): number {
  let best = -1;
  for (let i = 1; i < reach.length; i += 2) if (reach[i]! >= 0 && (best < 0 || reach[i]! > reach[best + 1]!)) best = i - 1;
  return best;
}
/** How lists write the Arabic article onto a name (Alhassan, Elhassan). */
const ARTICLE_SPELLINGS: readonly string[] = ['al', 'el'];
/** Shortest half of a split query word: Korean syllables and most name parts have two letters or more. */
const MIN_SPLIT = 2;
const DEFAULT_LIMIT = 10;

/** A distinct token met while building: its scoring token and the ids of the keys it posts under. */
interface BuildToken {
  token: ScoringToken;
  keyIds: number[];
}

export function buildIndex(entities: Iterable<Entity>, options: BuildOptions = {}): VigilMatchIndex {
  const started = performance.now();
  const list: Entity[] = [];
  const byId = new Map<string, number>();
  const builder = new PostingsBuilder();
  const names: ListedName[] = [];
  const entityNameStart: number[] = [];
  const identifierIndex = new Map<string, { entity: number; id: NormalisedIdentifier }[]>();
  // The same name recurs across lists (OFAC SDN, UN, UK all list the same DPRK names): analyse once.
  const readingsMemo = new Map<string, { build: BuildToken[][]; tokens: ScoringToken[][]; totals: number[]; ids: Int32Array[] }>();
  // Equal tokens recur across names: one scoring token and one set of key lookups per distinct
  // token, instead of a hash lookup per key per occurrence (the build's main cost otherwise).
  const tokenPool = new Map<string, BuildToken[]>();
  const deletions: Deletions = new Map();
  let tokenCount = 0;
  const phoneticForms = new PhoneticFormsBuilder();
  const intern = (t: NameToken): BuildToken => {
    let same = tokenPool.get(t.form);
    if (!same) tokenPool.set(t.form, (same = []));
    for (const b of same) {
      if (b.token.role === t.role && b.token.syllabic === isSyllabic(t.script) && b.token.bound === (t.bound === true) && sameKeys(b.token.keys, t.keys)) return b;
    }
    const keyIds: number[] = [];
    const keys: string[] = [];
    let arabic = false;
    let phoneticId = -1;
    for (const k of t.keys) {
      // A word's Arabic letters are read by scoring, not looked up: the form already finds the same word.
      if (k.startsWith(ARABIC_KEY)) {
        keys.push(k);
        arabic = true;
        continue;
      }
      const id = builder.id(k);
      if (phoneticId < 0 && k.startsWith('~')) phoneticId = id;
      keyIds.push(id);
      keys.push(builder.key(id));
    }
    const formId = builder.id(t.form);
    if (t.role === 'word') {
      for (const g of gramKeys(t.form)) keyIds.push(builder.id(g));
      if (same.length === 0) addDeletions(deletions, t.form, formId);
    }
    const b = { token: scoringToken(builder.key(formId), keys, t.role, 0, t.script, t.bound === true, tokenCount++), keyIds };
    if (t.role === 'word' && phoneticId >= 0 && !arabic) phoneticForms.add(phoneticId, formId, b.token);
    same.push(b);
    return b;
  };

  for (const entity of buildOrder(entities)) {
    const e = list.length;
    list.push(entity);
    byId.set(entity.id, e);
    entityNameStart.push(names.length);
    const first = names.length;
    for (const name of entity.names) {
      const full = name.full.trim();
      if (!full || isRepeat(names, first, name.full)) continue;
      const memoKey = `${entity.schema}\u0000${full}`;
      let memo = readingsMemo.get(memoKey);
      if (!memo) {
        const build = analyseName(full, { schema: entity.schema }).readings.map((r) => r.map(intern));
        // totals is shared by every name with these readings, and filled once the weights are known.
        memo = { build, tokens: build.map((r) => r.map((b) => b.token)), totals: [], ids: build.map((r) => Int32Array.from(r, (b) => b.token.id)) };
        readingsMemo.set(memoKey, memo);
      }
      const nameId = names.length;
      names.push({ entity: e, text: name.full, kind: name.kind, readings: memo.tokens, totals: memo.totals, ids: memo.ids });
      for (const reading of memo.build) {
        for (let i = 0; i < reading.length; i++) {
          const { token, keyIds } = reading[i]!;
          if (token.role === 'title') continue;
          for (const id of keyIds) builder.add(id, nameId);
        }
      }
    }
    for (const ident of entity.identifiers ?? []) {
      const n = normaliseIdentifier(ident.type, ident.value, ident.asset);
      if (!n) continue;
      for (const k of indexKeys(n)) {
        let arr = identifierIndex.get(k);
        if (!arr) identifierIndex.set(k, (arr = []));
        if (!arr.some((x) => x.entity === e)) arr.push({ entity: e, id: n });
      }
    }
  }
  entityNameStart.push(names.length);
  readingsMemo.clear();

  const totalNames = names.length;
  const postings = builder.build();
  const cap = Math.max(ALGORITHM.candidates.minPostingCap, Math.floor(totalNames * ALGORITHM.candidates.maxPostingShare));
  // Keys on too many names (frequent surnames, common words, legal forms) never drive candidates.
  const stop = new Uint8Array(postings.size);
  const idf = new Float32Array(postings.size);
  let stopKeys = 0;
  for (let k = 0; k < postings.size; k++) {
    const df = postings.length(k);
    // Squared, as in the dot product of two idf-weighted vectors: one rare shared word (Manan) must
    // outweigh several common ones (Abdul, Karim, and their compound Abdulkarim), or the thousands
    // of names sharing only the common words crowd the right one out of the scored candidates.
    const w = Math.log(1 + totalNames / df);
    idf[k] = w * w;
    if (df > cap) {
      stop[k] = 1;
      stopKeys++;
    }
  }
  // Rarity needs every name's keys counted, so token weights are set only now, once per distinct token.
  const byTokenId: ScoringToken[] = new Array<ScoringToken>(tokenCount);
  for (const same of tokenPool.values()) {
    for (const { token } of same) {
      (token as { weight: number }).weight = roleWeight(token) * rarity(tokenDf(postings, token), totalNames);
      byTokenId[token.id] = token;
    }
  }
  tokenPool.clear();
  const tokens = new TokenTable(byTokenId, (k) => postings.id(k));
  for (const name of names) {
    if (name.totals.length === 0) for (const r of name.readings) name.totals.push(totalWeight(r));
  }
  const nameEntity = new Int32Array(totalNames);
  for (let i = 0; i < totalNames; i++) nameEntity[i] = names[i]!.entity;
  const readings = packReadings(names);
  const nameMass = namesMass(readings, byTokenId, (form) => idf[postings.id(form) ?? -1] ?? 0);

  const datasetCodes = new Map<string, number>();
  const entityDataset = new Uint16Array(list.length);
  list.forEach((e, i) => {
    let c = datasetCodes.get(e.dataset);
    if (c === undefined) datasetCodes.set(e.dataset, (c = datasetCodes.size));
    entityDataset[i] = c;
  });

  const stats: IndexStats = { names: totalNames, keys: postings.size, stopKeys, buildMs: performance.now() - started };
  return new Index({
    entities: list,
    byId,
    names,
    nameEntity,
    entityNameStart: Int32Array.from(entityNameStart),
    postings,
    stop,
    idf,
    identifiers: identifierIndex,
    datasetCodes,
    entityDataset,
    stats,
    deletions,
    tokens,
    readings,
    keyFilter: new KeyFilter(postings.keys),
    deletionFilter: new KeyFilter(deletions.keys()),
    nameMass,
    phoneticForms: phoneticForms.forms,
    maxScored: options.maxScored ?? ALGORITHM.candidates.maxScored,
    fallbackBudget: 10 * cap,
  });
}

/**
 * The listed words (not written in Arabic script) under each phonetic key, as form key ids, gathered
 * as tokens are interned: an Arabic-script query word reaches the ones its letters spell
 * (Index.arabicFits), where the coarse phonetic key alone would rank them no higher than the
 * hundreds of other words sharing it.
 */
interface PhoneticForms {
  /** Form key ids, with each form's length and letter set (letterSet) for mayFitArabic. */
  ids: number[];
  lengths: number[];
  letters: number[];
}

class PhoneticFormsBuilder {
  readonly forms = new Map<number, PhoneticForms>();
  private readonly seen = new Set<number>();

  add(phonetic: number, form: number, token: ScoringToken): void {
    if (this.seen.has(form)) return;
    this.seen.add(form);
    let forms = this.forms.get(phonetic);
    if (!forms) this.forms.set(phonetic, (forms = { ids: [], lengths: [], letters: [] }));
    forms.ids.push(form);
    forms.lengths.push(token.form.length);
    forms.letters.push(token.letters);
  }
}

/**
 * Every listed name's readings as token ids in one pool, with each reading's weight total: what
 * bounding a candidate needs, in typed arrays, so that a candidate ruled out is never read as objects.
 */
interface PackedReadings {
  /** Name n's readings are start[n] .. start[n + 1). */
  start: Int32Array;
  /** Reading r's token ids are ids[idStart[r]] .. ids[idStart[r + 1]). */
  idStart: Int32Array;
  ids: Int32Array;
  total: Float64Array;
}

function packReadings(names: readonly ListedName[]): PackedReadings {
  let readings = 0;
  let tokens = 0;
  for (const name of names) {
    readings += name.readings.length;
    for (const r of name.readings) tokens += r.length;
  }
  const packed: PackedReadings = { start: new Int32Array(names.length + 1), idStart: new Int32Array(readings + 1), ids: new Int32Array(tokens), total: new Float64Array(readings) };
  let r = 0;
  let t = 0;
  names.forEach((name, n) => {
    packed.start[n] = r;
    name.readings.forEach((reading, li) => {
      packed.idStart[r] = t;
      for (const token of reading) packed.ids[t++] = token.id;
      packed.total[r++] = name.totals[li]!;
    });
  });
  packed.start[names.length] = r;
  packed.idStart[readings] = t;
  return packed;
}

/**
 * Per name, the sum of its words' idf weights (titles aside) in its lightest reading: the evidence a
 * query holding all of it would give it. Candidates are ranked by the share of both sides their
 * shared evidence covers, as names are scored, so that among names sharing the same words the one
 * made of little else ranks first ("Sab'awi Ibrahim Hassan al-Tikriti" before his sons "Yasir
 * Sabawi Ibrahim Hassan al-Tikriti"): ranking by shared evidence alone ties them.
 */
function namesMass(readings: PackedReadings, tokens: readonly ScoringToken[], formIdf: (form: string) => number): Float32Array {
  const tokenMass = new Float32Array(tokens.length);
  tokens.forEach((t, id) => {
    tokenMass[id] = t.role === 'title' ? 0 : formIdf(t.form);
  });
  const names = readings.start.length - 1;
  const mass = new Float32Array(names);
  for (let n = 0; n < names; n++) {
    let lightest = Infinity;
    for (let r = readings.start[n]!; r < readings.start[n + 1]!; r++) {
      let sum = 0;
      for (let i = readings.idStart[r]!; i < readings.idStart[r + 1]!; i++) sum += tokenMass[readings.ids[i]!]!;
      if (sum < lightest) lightest = sum;
    }
    mass[n] = Number.isFinite(lightest) ? lightest : 0;
  }
  return mass;
}

/** Words a memo keeps before it starts afresh: bounded memory on any input. */
const WORD_MEMO_LIMIT = 50_000;

function remember<T>(memo: Map<string, T>, word: string, value: T): T {
  if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
  memo.set(word, value);
  return value;
}

/**
 * Smallest document frequency among a token's keys: how rare the token is at its most specific.
 * Han characters aside: few listed names are written in them, which says nothing of how rare the name is.
 */
function tokenDf(postings: Postings, t: { keys: readonly string[] }): number {
  let df = 0;
  for (const k of t.keys) {
    if (k.startsWith(HAN_KEY) || k.startsWith(ARABIC_KEY)) continue;
    const n = postings.df(k);
    if (n > 0 && (df === 0 || n < df)) df = n;
  }
  return df;
}

function sortedHas(a: Int32Array, from: number, to: number, x: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Entities list a handful of names, so a scan beats a Set per entity. */
function isRepeat(names: readonly ListedName[], from: number, text: string): boolean {
  for (let i = from; i < names.length; i++) if (names[i]!.text === text) return true;
  return false;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface IndexData {
  entities: Entity[];
  byId: Map<string, number>;
  names: ListedName[];
  nameEntity: Int32Array;
  entityNameStart: Int32Array;
  postings: Postings;
  stop: Uint8Array;
  idf: Float32Array;
  deletions: Deletions;
  /** Packed facts of the distinct listed tokens, by ScoringToken.id. */
  tokens: TokenTable;
  readings: PackedReadings;
  /** Which strings may be keys, for the splits of a query word. */
  keyFilter: KeyFilter;
  /** Which strings may be in `deletions`, for the neighbours of a query word. */
  deletionFilter: KeyFilter;
  /** Per name: the evidence a query holding every word of the name would give it (see namesMass). */
  nameMass: Float32Array;
  /** Phonetic key id → the listed word forms carrying it (see formsByPhoneticKey). */
  phoneticForms: Map<number, PhoneticForms>;
  identifiers: Map<string, { entity: number; id: NormalisedIdentifier }[]>;
  datasetCodes: Map<string, number>;
  entityDataset: Uint16Array;
  stats: IndexStats;
  maxScored: number;
  fallbackBudget: number;
}

/**
 * The most a query's attributes can add to its name score: a birth date and a country are the only
 * features beyond the name that raise a score, and only when the query gives them. A name scoring
 * below REPORT_FLOOR minus this is never reported, so it is neither aligned nor scored: for the
 * usual name-only query the floor is REPORT_FLOOR itself.
 */
function attributeBonus(query: ScreenQuery): number {
  return (query.birthDate ? ALGORITHM.weights.birth_date_exact : 0) + (query.countries?.length ? ALGORITHM.weights.country_match : 0);
}

class Index implements VigilMatchIndex {
  readonly lastQuery: QueryStats = { postingLists: 0, postingsVisited: 0, namesTouched: 0, namesScored: 0, namesAligned: 0 };
  readonly stats: IndexStats;
  // Per-query scratch, reset before screen() returns; safe because screen() never yields.
  /**
   * Per name, side by side in one buffer: its stamp (Int32, at 2n) and its evidence (Float32, at
   * 2n + 1), so that crediting a name from a posting list reads one cache line, not two.
   */
  private readonly stamp: Int32Array;
  private readonly evidence: Float32Array;
  /** Per name, its rank among the candidates (only for the names kept, while ranking). */
  private readonly rank: Float32Array;
  private stampCounter = 0;

  /** A value no name's stamp holds yet. Stamps live in an Int32Array: they start over before they would overflow it. */
  private nextStamp(): number {
    if (this.stampCounter === 0x7fffffff) {
      for (let i = 0; i < this.stamp.length; i += 2) this.stamp[i] = 0;
      this.stampCounter = 0;
    }
    return ++this.stampCounter;
  }
  private touched = new Int32Array(1024);
  private nTouched = 0;
  /**
   * The names touched so far, one bit each: walking a stop key's long posting list tests a word of
   * this (a few kilobytes, in cache) per entry rather than the name's evidence.
   */
  private readonly touchedBits: Int32Array;
  private readonly pairs: PairMemo;

  constructor(private readonly d: IndexData) {
    this.stats = d.stats;
    this.pairs = new PairMemo(d.tokens, (t) => this.factsOf(t));
    const perName = new ArrayBuffer(8 * d.names.length);
    this.stamp = new Int32Array(perName);
    this.evidence = new Float32Array(perName);
    this.rank = new Float32Array(d.names.length);
    this.touchedBits = new Int32Array((d.names.length >>> 5) + 1);
  }

  get size(): number {
    return this.d.entities.length;
  }

  entity(id: string): Entity | undefined {
    const i = this.d.byId.get(id);
    return i === undefined ? undefined : this.d.entities[i];
  }

  private prepareQuery(query: ScreenQuery): ScoringName {
    const analysed = analyseName(query.name, query.schema ? { schema: query.schema } : {});
    const total = this.d.names.length;
    // A query word absent from every listed name is treated as maximally rare: it is identifying.
    const postings = this.d.postings;
    const readings = toScoringReadings(
      analysed,
      (t) => rarity(tokenDf(postings, t) || 1, total),
      (k) => postings.canonical(k),
      this.tokenCache,
    );
    return { text: query.name, kind: 'primary', readings };
  }

  private readonly tokenCache = new ScoringTokenCache();
  private readonly tokenFacts = new WeakMap<ScoringToken, TokenFacts>();

  /** A query token's facts against this index (its key ids among them), worked out once per token. */
  private factsOf(t: ScoringToken): TokenFacts {
    let facts = this.tokenFacts.get(t);
    if (!facts) {
      facts = describeToken(t, (k) => this.d.postings.id(k));
      this.tokenFacts.set(t, facts);
    }
    return facts;
  }

  /**
   * Adds `weight` to every name in the key's posting list, once per query token (`stampValue`);
   * with `alsoKey`, only to names in both lists (posting lists are sorted, so a binary search each).
   */
  private visit(keyId: number, weight: number, stampValue: number, allowed: Set<number> | null, alsoKey?: number): void {
    const { postings, entityDataset, nameEntity } = this.d;
    const from = postings.from(keyId);
    const to = from + postings.length(keyId);
    const pool = postings.pool;
    const alsoFrom = alsoKey === undefined ? 0 : postings.from(alsoKey);
    const alsoTo = alsoKey === undefined ? 0 : alsoFrom + postings.length(alsoKey);
    this.lastQuery.postingLists++;
    this.lastQuery.postingsVisited += to - from;
    for (let i = from; i < to; i++) {
      const n = pool[i]!;
      if (this.stamp[2 * n] === stampValue) continue;
      if (alsoKey !== undefined && !sortedHas(pool, alsoFrom, alsoTo, n)) continue;
      if (allowed && !allowed.has(entityDataset[nameEntity[n]!]!)) continue;
      this.stamp[2 * n] = stampValue;
      if (this.evidence[2 * n + 1] === 0) {
        if (this.nTouched === this.touched.length) {
          const grown = new Int32Array(this.touched.length * 2);
          grown.set(this.touched);
          this.touched = grown;
        }
        this.touched[this.nTouched++] = n;
        this.touchedBits[n >>> 5]! |= 1 << (n & 31);
      }
      this.evidence[2 * n + 1] = this.evidence[2 * n + 1]! + weight;
    }
  }

  /**
   * Listed words one edit from `form` that may drive candidates (not stop keys). A property of the
   * word and the index, not of the query: memoised per word, as query words recur across a batch.
   */
  private neighbours(form: string): readonly number[] {
    // The deletion neighbourhood holds words of DELETE_MIN..DELETE_MAX letters and their deletions.
    if (form.length < DELETE_MIN - 1 || form.length > DELETE_MAX + 1) return NO_NEIGHBOURS;
    const known = this.wordMemo.neighbours.get(form);
    if (known) return known;
    const { deletions, postings, stop } = this.d;
    const seen: number[] = [];
    const take = (v: number | number[] | undefined): void => {
      if (v === undefined) return;
      if (typeof v === 'number') {
        if (!seen.includes(v)) seen.push(v);
      } else for (const x of v) if (!seen.includes(x)) seen.push(x);
    };
    const filter = this.d.deletionFilter;
    if (filter.mayHave(form)) take(deletions.get(form));
    for (const i of filter.deletionPositions(form)) take(deletions.get(form.slice(0, i) + form.slice(i + 1)));
    // Two deletions can meet across two edits (abcd/abce share "abc"): only one edit is a typo.
    const found = seen.filter((id) => !stop[id] && boundedEditDistance(form, postings.keys[id]!, 1) <= 1);
    return remember(this.wordMemo.neighbours, form, found);
  }

  /**
   * Ways to split `form` in two index words, as (left id, right id) pairs in split order: the query's
   * "Sangman" reaching names that write "Sang Man". Memoised per word, as neighbours.
   */
  private splits(form: string): readonly number[] {
    const known = this.wordMemo.splits.get(form);
    if (known) return known;
    const { postings } = this.d;
    const found: number[] = [];
    for (const at of this.d.keyFilter.splitPositions(form, MIN_SPLIT)) {
      const a = postings.id(form.slice(0, at));
      const b = a === undefined ? undefined : postings.id(form.slice(at));
      if (a !== undefined && b !== undefined) found.push(a, b);
    }
    return remember(this.wordMemo.splits, form, found);
  }

  /**
   * Listed words sharing a phonetic key with an Arabic-script query word whose letters they spell
   * (arabicSpells): Bagheri for باقری, among the Bakrs and Bakers its phonetic key also holds. Kept
   * with the token's facts, which last as long as the query word does (factsOf).
   */
  private arabicFits(t: ScoringToken, facts: TokenFacts): readonly number[] {
    if (facts.arabicFits !== null) return facts.arabicFits;
    facts.arabicFits = this.spelledBy(t.arabic, facts.arabic!, [facts.phonetic, facts.altPhonetic]);
    return facts.arabicFits;
  }

  /**
   * Listed words (not stop keys) under the phonetic keys of Arabic-script `letters`
   * (arabicPhoneticKeys, and `phonetics`, key ids) whose spellings the letters fit (arabicSpells).
   */
  private spelledBy(letters: string, req: ArabicRequirements, phonetics: number[]): number[] {
    const { stop, phoneticForms } = this.d;
    const found: number[] = [];
    for (const key of arabicPhoneticKeys(letters)) {
      const id = this.d.postings.id('~' + key);
      if (id !== undefined && !phonetics.includes(id)) phonetics.push(id);
    }
    for (const phonetic of phonetics) {
      const forms = phonetic < 0 ? undefined : phoneticForms.get(phonetic);
      if (!forms) continue;
      for (let i = 0; i < forms.ids.length; i++) {
        const id = forms.ids[i]!;
        if (stop[id] || !mayFitArabic(req, forms.lengths[i]!, forms.letters[i]!) || found.includes(id)) continue;
        if (arabicSpells(letters, this.d.postings.keys[id]!)) found.push(id);
      }
    }
    return found;
  }

  /**
   * Listed words two adjacent Arabic-script query words spell written together (زرین قلم:
   * Zarringhalam), as arabicFits finds them for one word. Memoised per pair, as neighbours.
   */
  private arabicJoinFits(a: ScoringToken, b: ScoringToken): readonly number[] {
    const letters = a.arabic + ARABIC_JOIN + b.arabic;
    const known = this.wordMemo.arabicJoins.get(letters);
    if (known) return known;
    const found = maxLettersWritten(letters) <= 2 ? [] : this.spelledBy(letters, requirementsOf(letters), []);
    return remember(this.wordMemo.arabicJoins, letters, found);
  }

  /** One query token's (key id, evidence) pairs, as readToken collects them. */
  private readonly reach: number[] = [];

  private readonly wordMemo = { neighbours: new Map<string, readonly number[]>(), splits: new Map<string, readonly number[]>(), arabicJoins: new Map<string, readonly number[]>() };


  /**
   * Names sharing rare keys with the query, best evidence first, at most `maxScored` of them.
   * Cost is bounded by the posting lists read, each capped at build time; never by the index size.
   */
  private candidates(q: ScoringName, allowed: Set<number> | null): number[] {
    const { postings, stop, idf } = this.d;
    const tokens = new Map<string, ScoringToken>();
    for (const r of q.readings) for (const t of r) if (!tokens.has(t.form)) tokens.set(t.form, t);
    this.nTouched = 0;
    const fallback: number[] = [];
    /** Per word token its stop keys, per common word or legal form all its keys (most specific first): they rank the names reached. */
    const stopped: number[][] = [];
    const readToken = (t: ScoringToken): void => {
      const stampValue = this.nextStamp();
      let rarest = -1;
      const reach = this.reach;
      reach.length = 0;
      const facts = this.factsOf(t);
      const formFound = facts.form >= 0;
      // The token's keys the index knows, most specific first (the form's own first).
      for (const id of facts.keys) {
        if (rarest < 0 || postings.length(id) < postings.length(rarest)) rarest = id;
        if (!stop[id]) reach.push(id, idf[id]! * (id === facts.phonetic || id === facts.altPhonetic ? PHONETIC_EVIDENCE : 1));
      }
      if (!formFound) {
        for (const g of gramKeys(t.form)) {
          const id = postings.id(g);
          if (id !== undefined && !stop[id]) reach.push(id, idf[id]! * GRAM_EVIDENCE);
        }
        if (t.role === 'word') for (const id of this.neighbours(t.form)) reach.push(id, idf[id]! * NEIGHBOUR_EVIDENCE);
      }
      if (facts.arabic !== null && t.role === 'word') for (const id of this.arabicFits(t, facts)) reach.push(id, idf[id]! * ARABIC_FIT_EVIDENCE);
      // A name reached by several keys of one token counts once (the stamp), so the keys are read best
      // evidence first: a typo's listed neighbour before the coarse phonetic key both reach.
      for (let best = bestReach(reach); best >= 0; best = bestReach(reach)) {
        this.visit(reach[best]!, reach[best + 1]!, stampValue, allowed);
        reach[best + 1] = -1;
      }
      if (rarest >= 0) fallback.push(rarest);
      if (t.role === 'word') {
        const ids = facts.keys.filter((id) => stop[id]);
        if (ids.length) stopped.push(ids);
      }
    };
    // Name words and numbers drive candidates; legal forms and common words only when the query has
    // nothing else; initials and titles never (an initial's posting list is a 26th of the index).
    for (const t of tokens.values()) if (t.role === 'word' || t.role === 'number') readToken(t);
    // Joined and split spellings: adjacent query words joined ("Sang Man" → "sangman") reach names
    // that write them as one word; a query word split in two ("Sangman" → "sang" + "man") reaches
    // names that write two, through the rarer half. Done here rather than as extra index keys,
    // which would cost a string and a hash lookup per adjacent pair of every listed name.
    for (const r of q.readings) {
      for (let i = 0; i < r.length; i++) {
        const t = r[i]!;
        const next = r[i + 1];
        if (t.role !== 'word') {
          // The Arabic article apart (ال الحسن, Al Hassan) reaches names that write it onto the word
          // (Alhassan, Elhassan): the article is a common word, so the joins above never start at it.
          if (t.role === 'common' && ARTICLE_SPELLINGS.includes(t.form) && next?.role === 'word') {
            const stampValue = this.nextStamp();
            for (const article of ARTICLE_SPELLINGS) {
              const id = postings.id(article + next.form);
              if (id !== undefined && !stop[id]) this.visit(id, idf[id]!, stampValue, allowed);
            }
          }
          continue;
        }
        // A joined or split form that is itself a query token (the compound Abdulkarim beside its
        // parts Abdul Karim) was read above: reading it again would count the same evidence twice.
        if (next?.role === 'word' && !tokens.has(t.form + next.form)) {
          const id = postings.id(t.form + next.form);
          if (id !== undefined && !stop[id]) this.visit(id, idf[id]!, this.nextStamp(), allowed);
          if (t.arabic !== '' && next.arabic !== '' && !isHebrewLetters(t.arabic)) {
            const stampValue = this.nextStamp();
            for (const fit of this.arabicJoinFits(t, next)) this.visit(fit, idf[fit]! * ARABIC_FIT_EVIDENCE, stampValue, allowed);
          }
        }
        if (t.form.length < 2 * MIN_SPLIT) continue;
        const splits = this.splits(t.form);
        for (let k = 0; k < splits.length; k += 2) {
          const a = splits[k]!;
          const b = splits[k + 1]!;
          if (tokens.has(postings.keys[a]!) && tokens.has(postings.keys[b]!)) continue;
          const [rarer, other] = postings.length(a) <= postings.length(b) ? [a, b] : [b, a];
          if (!stop[rarer]) this.visit(rarer, idf[rarer]!, this.nextStamp(), allowed, other);
        }
      }
    }
    if (this.nTouched === 0) {
      for (const t of tokens.values()) if (t.role === 'common' || t.role === 'legal_form') readToken(t);
    } else {
      // Common words and legal forms generate no candidates beside name words, but like stop keys
      // they rank the names those reached: "Sergey Ten" (ten, a common word to a query without a
      // schema) is the Sergey whose surname is Ten, not any of the hundreds of other Sergeys.
      for (const t of tokens.values()) {
        if (t.role !== 'common' && t.role !== 'legal_form') continue;
        const { keys } = this.factsOf(t);
        if (keys.length) stopped.push(keys.slice());
      }
    }
    // A query made only of frequent words ("International Trading Company") still deserves
    // candidates: read its frequent keys, rarest first, within a fixed budget of postings.
    if (this.nTouched === 0) {
      fallback.sort((x, y) => postings.length(x) - postings.length(y));
      let budget = this.d.fallbackBudget;
      for (const id of fallback) {
        const len = postings.length(id);
        if (len > budget) break;
        budget -= len;
        this.visit(id, idf[id]!, this.nextStamp(), allowed);
      }
    }
    // Stop keys never generate candidates, but among the names the rarer words did reach they still
    // tell the right one from the rest: "Mohammed Nur" from the hundreds of other names with Nur,
    // which would otherwise tie for the last scored places. A binary search per reached name.
    if (this.nTouched > this.d.maxScored) {
      for (const ids of stopped) {
        // Walking the stop keys' posting lists beats a binary search per reached name when they are
        // short next to the reached names (names reached have evidence > 0; a stamp credits each once).
        let walk = 0;
        for (const id of ids) walk += postings.length(id);
        if (walk < this.nTouched * ids.length * 8) {
          const stampValue = this.nextStamp();
          for (const id of ids) {
            const from = postings.from(id);
            const to = from + postings.length(id);
            for (let p = from; p < to; p++) {
              const n = postings.pool[p]!;
              if ((this.touchedBits[n >>> 5]! & (1 << (n & 31))) === 0 || this.stamp[2 * n] === stampValue) continue;
              this.stamp[2 * n] = stampValue;
              this.evidence[2 * n + 1] = this.evidence[2 * n + 1]! + idf[id]!;
            }
          }
          continue;
        }
        for (let i = 0; i < this.nTouched; i++) {
          const n = this.touched[i]!;
          // Once per token, at its most specific key the name carries.
          for (const id of ids) {
            const from = postings.from(id);
            if (sortedHas(postings.pool, from, from + postings.length(id), n)) {
              this.evidence[2 * n + 1] = this.evidence[2 * n + 1]! + idf[id]!;
              break;
            }
          }
        }
      }
    }
    this.lastQuery.namesTouched = this.nTouched;
    // A name with well under half the best name's key evidence shares only minor words with the
    // query: on real lists dropping it lost no recall and halved the names aligned per query.
    let maxEvidence = 0;
    for (let i = 0; i < this.nTouched; i++) maxEvidence = Math.max(maxEvidence, this.evidence[2 * this.touched[i]! + 1]!);
    const floor = maxEvidence * ALGORITHM.candidates.minEvidenceShare;
    let kept = 0;
    for (let i = 0; i < this.nTouched; i++) {
      const n = this.touched[i]!;
      this.touchedBits[n >>> 5] = 0;
      if (this.evidence[2 * n + 1]! >= floor) this.touched[kept++] = n;
      else this.evidence[2 * n + 1] = 0;
    }
    // Ranked by the share of the query's and of the name's evidence the shared keys cover, as the score
    // weighs coverage on both sides (see namesMass).
    const queryMass = this.queryMass(tokens.values());
    const { nameMass } = this.d;
    for (let i = 0; i < kept; i++) {
      const n = this.touched[i]!;
      const e = this.evidence[2 * n + 1]!;
      this.evidence[2 * n + 1] = 0;
      const mass = nameMass[n]!;
      this.rank[n] = W_QUERY_COVERAGE * Math.min(1, e / queryMass) + W_LISTED_COVERAGE * (mass > 0 ? Math.min(1, e / mass) : 0);
    }
    const top = topK(this.touched, kept, this.rank, this.d.maxScored);
    // Best first: a name that cannot beat its entity's best one so far is not aligned (see screen).
    top.sort((a, b) => this.rank[b]! - this.rank[a]!);
    this.nTouched = kept;
    return top;
  }

  /**
   * The evidence a listed name holding every word of the query would get: per word the idf of its
   * most specific key the index knows, or the highest idf there is for a word no listed name has.
   */
  private queryMass(tokens: Iterable<ScoringToken>): number {
    const { idf } = this.d;
    const unknown = Math.log(1 + this.d.names.length) ** 2;
    let mass = 0;
    for (const t of tokens) {
      if (t.role === 'title' || t.role === 'initial') continue;
      let best = 0;
      for (const id of this.factsOf(t).keys) if (idf[id]! > best) best = idf[id]!;
      mass += best > 0 ? best : unknown;
    }
    return mass > 0 ? mass : 1;
  }

  /** Is every reading pair of the query and listed name `nameId` provably below `floor`? (From packed ids alone.) */
  private belowFloor(q: ScoringName, nameId: number, floor: number): boolean {
    const { start, idStart, ids, total } = this.d.readings;
    if (start[nameId] === start[nameId + 1] || q.readings.length === 0) return false;
    for (let qi = 0; qi < q.readings.length; qi++) {
      for (let r = start[nameId]!; r < start[nameId + 1]!; r++) {
        if (!readingBelow(q.readings[qi]!, ids, idStart[r]!, idStart[r + 1]!, total[r]!, floor, this.pairs, qi)) return false;
      }
    }
    return true;
  }

  private identifierHits(query: ScreenQuery, allowed: Set<number> | null): Map<number, IdentifierHit[]> {
    const hits = new Map<number, IdentifierHit[]>();
    for (const qi of query.identifiers ?? []) {
      const n = normaliseIdentifier(qi.type, qi.value, qi.asset);
      if (!n) continue;
      for (const key of indexKeys(n)) {
        for (const { entity, id } of this.d.identifiers.get(key) ?? []) {
          if (allowed && !allowed.has(this.d.entityDataset[entity]!)) continue;
          let arr = hits.get(entity);
          if (!arr) hits.set(entity, (arr = []));
          if (!arr.some((h) => h.query.key === n.key)) arr.push({ query: n, listed: id });
        }
      }
    }
    return hits;
  }

  screen(query: ScreenQuery, options: ScreenOptions = {}): ScreenResult {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const stats = this.lastQuery;
    stats.postingLists = stats.postingsVisited = stats.namesTouched = stats.namesScored = stats.namesAligned = 0;
    let allowed: Set<number> | null = null;
    if (options.datasets?.length) {
      allowed = new Set();
      for (const d of options.datasets) {
        const c = this.d.datasetCodes.get(d);
        if (c !== undefined) allowed.add(c);
      }
    }

    const q = this.prepareQuery(query);
    const bonus = attributeBonus(query);
    const nameFloor = REPORT_FLOOR - bonus;
    const idHits = this.identifierHits(query, allowed);
    this.pairs.begin(q.readings);
    // Best name per entity: the listed name with the highest name score.
    const best = new Map<number, { name: ListedName; m: NameMatch | null }>();
    const consider = (nameId: number): void => {
      const e = this.d.nameEntity[nameId]!;
      const prev = best.size > 0 ? best.get(e) : undefined;
      // A name that cannot be reported is not aligned, unless an identifier hit reports its entity
      // anyway; nor is one that cannot beat its entity's best name so far (only a better one replaces it).
      let floor: number | undefined = idHits.size > 0 && idHits.has(e) ? undefined : nameFloor;
      if (floor !== undefined && prev?.m && prev.m.nameScore > floor) floor = prev.m.nameScore;
      stats.namesScored++;
      if (floor !== undefined && this.belowFloor(q, nameId, floor)) return;
      const name = this.d.names[nameId]!;
      // One reading pair that passed the bound just now aligns as it would with the floor: skip bounding it again.
      const single = q.readings.length === 1 && name.readings.length === 1;
      const m = matchNames(q, name, single ? undefined : floor, this.pairs);
      if (!m && floor !== undefined && q.readings.length && name.readings.length) return;
      stats.namesAligned++;
      if (!prev || (m && (!prev.m || m.nameScore > prev.m.nameScore))) best.set(e, { name, m });
    };
    if (q.readings.length) for (const n of this.candidates(q, allowed)) consider(n);
    for (const e of idHits.keys()) {
      if (best.has(e)) continue;
      for (let n = this.d.entityNameStart[e]!; n < this.d.entityNameStart[e + 1]!; n++) consider(n);
    }

    // Scores first; the explanations (most of the reporting cost) only for the matches returned.
    const scored: { e: number; name: ListedName; m: NameMatch | null; hits: IdentifierHit[]; score: number; entityId: string }[] = [];
    for (const [e, { name, m }] of best) {
      const hits = idHits.get(e) ?? [];
      if (!hits.length && (!m || m.nameScore + bonus < REPORT_FLOOR)) continue;
      const entity = this.d.entities[e]!;
      const { score } = scoreMatch(query, entity, name.kind, m, hits, false);
      if (score < REPORT_FLOOR && !hits.length) continue;
      scored.push({ e, name, m, hits, score, entityId: entity.id });
    }
    scored.sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
    const matches: Match[] = scored.slice(0, limit).map(({ e, name, m, hits }) => {
      const entity = this.d.entities[e]!;
      const { score, features } = scoreMatch(query, entity, name.kind, m, hits);
      return {
        entityId: entity.id,
        dataset: entity.dataset,
        caption: entity.caption,
        schema: entity.schema,
        score,
        matchedName: name.text,
        identifierMatch: hits.length > 0,
        explanation: explain(query.name, name.text, score, features),
      };
    });
    return {
      ...(query.id !== undefined ? { id: query.id } : {}),
      decision: scored.some((m) => m.score >= threshold) ? 'alert' : 'clear',
      matches,
      algorithm: { name: ALGORITHM.name, version: ALGORITHM.version },
      threshold,
    };
  }
}
