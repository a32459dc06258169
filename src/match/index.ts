import type { Entity, Name } from '../model/entity.js';
import { analyseName } from '../text/analyse.js';
import type { NameToken } from '../text/types.js';
import type { Match, MatchIndex, ScreenOptions, ScreenQuery, ScreenResult } from './types.js';
import { ALGORITHM, DEFAULT_THRESHOLD } from './algorithm.js';
import type { ScoringToken } from './align.js';
import { explain } from './explain.js';
import { indexKeys, normaliseIdentifier, type IdentifierHit, type NormalisedIdentifier } from './identifiers.js';
import { matchNames, scoreMatch, type NameMatch, type ScoringName } from './score.js';
import { rarity, roleWeight, toScoringReadings } from './tokens.js';

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

interface ListedName extends ScoringName {
  entity: number;
}

const REPORT_FLOOR = 0.5;
const DEFAULT_LIMIT = 10;

export function buildIndex(entities: Iterable<Entity>, options: BuildOptions = {}): VigilMatchIndex {
  const started = performance.now();
  const list: Entity[] = [];
  const byId = new Map<string, number>();
  const keyIds = new Map<string, number>();
  const keyStrings: string[] = [];
  const postingsBuild: number[][] = [];
  const lastNameOfKey: number[] = [];
  const analysedNames: { entity: number; name: Name; readings: NameToken[][] }[] = [];
  const entityNameStart: number[] = [];
  const identifierIndex = new Map<string, { entity: number; id: NormalisedIdentifier }[]>();

  const keyId = (k: string): number => {
    let id = keyIds.get(k);
    if (id === undefined) {
      id = keyStrings.length;
      keyIds.set(k, id);
      keyStrings.push(k);
      postingsBuild.push([]);
      lastNameOfKey.push(-1);
    }
    return id;
  };
  const post = (k: string, nameId: number): void => {
    const id = keyId(k);
    // Names are added in order, so one comparison dedupes a name's repeated keys.
    if (lastNameOfKey[id] !== nameId) {
      lastNameOfKey[id] = nameId;
      postingsBuild[id]!.push(nameId);
    }
  };

  for (const entity of entities) {
    if (byId.has(entity.id)) continue;
    const e = list.length;
    list.push(entity);
    byId.set(entity.id, e);
    entityNameStart.push(analysedNames.length);
    const seen = new Set<string>();
    for (const name of entity.names) {
      const full = name.full.trim();
      if (!full || seen.has(full)) continue;
      seen.add(full);
      const analysed = analyseName(full, { schema: entity.schema });
      const nameId = analysedNames.length;
      analysedNames.push({ entity: e, name, readings: analysed.readings });
      for (const reading of analysed.readings) {
        for (const t of reading) {
          if (t.role === 'title') continue;
          for (const k of t.keys) post(k, nameId);
          if (t.role === 'word') for (const g of gramKeys(t.form)) post(g, nameId);
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
  entityNameStart.push(analysedNames.length);

  const totalNames = analysedNames.length;
  const postings = postingsBuild.map((p) => Int32Array.from(p));
  const cap = Math.max(ALGORITHM.candidates.minPostingCap, Math.floor(totalNames * ALGORITHM.candidates.maxPostingShare));
  const stop = new Uint8Array(postings.length);
  let stopKeys = 0;
  for (let k = 0; k < postings.length; k++) {
    if (postings[k]!.length > cap) {
      stop[k] = 1;
      stopKeys++;
    }
  }
  // Legal forms and common words are understood but must never pull in candidates on their own.
  const idf = new Float32Array(postings.length);
  for (let k = 0; k < postings.length; k++) idf[k] = Math.log(1 + totalNames / postings[k]!.length);

  const dfOf = (t: NameToken): number => {
    let df = 0;
    for (const k of t.keys) {
      const id = keyIds.get(k);
      const n = id === undefined ? 0 : postings[id]!.length;
      if (n > 0 && (df === 0 || n < df)) df = n;
    }
    return df;
  };
  // Equal tokens share one object across all names: far fewer allocations for ~100k names.
  const tokenPool = new Map<string, ScoringToken>();
  const internToken = (t: NameToken): ScoringToken => {
    const sig = `${t.role}\u0000${t.keys.join('\u0000')}\u0000${t.form}`;
    let tok = tokenPool.get(sig);
    if (!tok) {
      const keys = t.keys.map((k) => keyStrings[keyIds.get(k) ?? -1] ?? k);
      tok = { form: keyStrings[keyIds.get(t.form) ?? -1] ?? t.form, keys, role: t.role, weight: roleWeight(t) * rarity(dfOf(t), totalNames) };
      tokenPool.set(sig, tok);
    }
    return tok;
  };
  const names: ListedName[] = new Array(totalNames);
  const nameEntity = new Int32Array(totalNames);
  for (let i = 0; i < totalNames; i++) {
    const a = analysedNames[i]!;
    names[i] = { entity: a.entity, text: a.name.full, kind: a.name.kind, readings: a.readings.map((r) => r.map(internToken)) };
    nameEntity[i] = a.entity;
  }
  analysedNames.length = 0;

  const datasetCodes = new Map<string, number>();
  const entityDataset = new Uint16Array(list.length);
  list.forEach((e, i) => {
    let c = datasetCodes.get(e.dataset);
    if (c === undefined) datasetCodes.set(e.dataset, (c = datasetCodes.size));
    entityDataset[i] = c;
  });

  const stats: IndexStats = { names: totalNames, keys: postings.length, stopKeys, buildMs: performance.now() - started };
  return new Index(
    list,
    byId,
    names,
    nameEntity,
    Int32Array.from(entityNameStart),
    keyIds,
    postings,
    stop,
    idf,
    identifierIndex,
    datasetCodes,
    entityDataset,
    stats,
    options.maxScored ?? ALGORITHM.candidates.maxScored,
  );
}

class Index implements VigilMatchIndex {
  readonly lastQuery: QueryStats = { postingLists: 0, postingsVisited: 0, namesTouched: 0, namesScored: 0 };
  private readonly evidence: Float32Array;
  private readonly stamp: Int32Array;
  private stampCounter = 0;
  private touched: Int32Array;

  constructor(
    private readonly entities: Entity[],
    private readonly byId: Map<string, number>,
    private readonly names: ListedName[],
    private readonly nameEntity: Int32Array,
    private readonly entityNameStart: Int32Array,
    private readonly keyIds: Map<string, number>,
    private readonly postings: Int32Array[],
    private readonly stop: Uint8Array,
    private readonly idf: Float32Array,
    private readonly identifiers: Map<string, { entity: number; id: NormalisedIdentifier }[]>,
    private readonly datasetCodes: Map<string, number>,
    private readonly entityDataset: Uint16Array,
    readonly stats: IndexStats,
    private readonly maxScored: number,
  ) {
    this.evidence = new Float32Array(names.length);
    this.stamp = new Int32Array(names.length);
    this.touched = new Int32Array(1024);
    this.fallbackBudget = 10 * Math.max(ALGORITHM.candidates.minPostingCap, Math.floor(names.length * ALGORITHM.candidates.maxPostingShare));
  }
  private readonly fallbackBudget: number;

  get size(): number {
    return this.entities.length;
  }

  entity(id: string): Entity | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entities[i];
  }

  private df(t: NameToken): number {
    let df = 0;
    for (const k of t.keys) {
      const id = this.keyIds.get(k);
      const n = id === undefined ? 0 : this.postings[id]!.length;
      if (n > 0 && (df === 0 || n < df)) df = n;
    }
    return df;
  }

  prepareQuery(query: ScreenQuery): ScoringName {
    const analysed = analyseName(query.name, query.schema ? { schema: query.schema } : {});
    const total = this.names.length;
    return { text: query.name, kind: 'primary', readings: toScoringReadings(analysed, (t) => rarity(this.df(t) || 1, total)) };
  }

  /**
   * Names sharing rare keys with the query, best evidence first, at most `maxScored` of them.
   * Cost is bounded by the posting lists read, each capped at build time; never by the index size.
   */
  candidates(q: ScoringName, allowed: Set<number> | null): number[] {
    const stats = this.lastQuery;
    const tokens = new Map<string, ScoringToken>();
    for (const r of q.readings) for (const t of r) if (t.role !== 'title' && !tokens.has(t.form)) tokens.set(t.form, t);
    let nTouched = 0;
    const visit = (keyIdx: number, weight: number, stampValue: number): void => {
      const list = this.postings[keyIdx]!;
      stats.postingLists++;
      stats.postingsVisited += list.length;
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        if (this.stamp[n] === stampValue) continue;
        if (allowed && !allowed.has(this.entityDataset[this.nameEntity[n]!]!)) continue;
        this.stamp[n] = stampValue;
        if (this.evidence[n] === 0) {
          if (nTouched === this.touched.length) {
            const grown = new Int32Array(this.touched.length * 2);
            grown.set(this.touched);
            this.touched = grown;
          }
          this.touched[nTouched++] = n;
        }
        this.evidence[n] = this.evidence[n]! + weight;
      }
    };
    const fallback: number[] = [];
    const readToken = (t: ScoringToken): void => {
      const stampValue = ++this.stampCounter;
      let formFound = false;
      let rarest = -1;
      // Keys come most specific first, so a name reached by several keys of one token counts once, at its best.
      for (const k of t.keys) {
        const id = this.keyIds.get(k);
        if (id === undefined) continue;
        if (k === t.form) formFound = true;
        if (rarest < 0 || this.postings[id]!.length < this.postings[rarest]!.length) rarest = id;
        if (!this.stop[id]) visit(id, this.idf[id]!, stampValue);
      }
      if (!formFound) {
        for (const g of gramKeys(t.form)) {
          const id = this.keyIds.get(g);
          if (id !== undefined && !this.stop[id]) visit(id, this.idf[id]! * 0.5, stampValue);
        }
      }
      if (rarest >= 0) fallback.push(rarest);
    };
    // Name words and numbers drive candidates; legal forms and common words only when the query has
    // nothing else; initials and titles never (an initial's posting list is a 26th of the index).
    for (const t of tokens.values()) if (t.role === 'word' || t.role === 'number') readToken(t);
    if (nTouched === 0) for (const t of tokens.values()) if (t.role === 'common' || t.role === 'legal_form') readToken(t);
    // A query made only of frequent words ("International Trading Company") still deserves
    // candidates: read its frequent keys, rarest first, within a fixed budget of postings.
    if (nTouched === 0) {
      fallback.sort((x, y) => this.postings[x]!.length - this.postings[y]!.length);
      let budget = this.fallbackBudget;
      for (const id of fallback) {
        const len = this.postings[id]!.length;
        if (len > budget) break;
        budget -= len;
        visit(id, this.idf[id]!, ++this.stampCounter);
      }
    }
    stats.namesTouched = nTouched;

    const top = this.topByEvidence(nTouched);
    for (let i = 0; i < nTouched; i++) this.evidence[this.touched[i]!] = 0;
    return top;
  }

  /** Min-heap selection of the `maxScored` names with most evidence, O(touched × log maxScored). */
  private topByEvidence(nTouched: number): number[] {
    const k = this.maxScored;
    const ev = this.evidence;
    if (nTouched <= k) return Array.from(this.touched.subarray(0, nTouched));
    const heap = new Int32Array(k);
    let size = 0;
    const less = (a: number, b: number) => ev[a]! < ev[b]!;
    const down = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && less(heap[l]!, heap[m]!)) m = l;
        if (r < size && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) return;
        const t = heap[i]!;
        heap[i] = heap[m]!;
        heap[m] = t;
        i = m;
      }
    };
    for (let i = 0; i < nTouched; i++) {
      const n = this.touched[i]!;
      if (size < k) {
        let j = size++;
        heap[j] = n;
        while (j > 0) {
          const p = (j - 1) >> 1;
          if (!less(heap[j]!, heap[p]!)) break;
          const t = heap[j]!;
          heap[j] = heap[p]!;
          heap[p] = t;
          j = p;
        }
      } else if (less(heap[0]!, n)) {
        heap[0] = n;
        down(0);
      }
    }
    return Array.from(heap.subarray(0, size));
  }

  private identifierHits(query: ScreenQuery, allowed: Set<number> | null): Map<number, IdentifierHit[]> {
    const hits = new Map<number, IdentifierHit[]>();
    for (const qi of query.identifiers ?? []) {
      const n = normaliseIdentifier(qi.type, qi.value, qi.asset);
      if (!n) continue;
      for (const key of indexKeys(n)) {
        for (const { entity, id } of this.identifiers.get(key) ?? []) {
          if (allowed && !allowed.has(this.entityDataset[entity]!)) continue;
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
    stats.postingLists = stats.postingsVisited = stats.namesTouched = stats.namesScored = 0;
    let allowed: Set<number> | null = null;
    if (options.datasets?.length) {
      allowed = new Set();
      for (const d of options.datasets) {
        const c = this.datasetCodes.get(d);
        if (c !== undefined) allowed.add(c);
      }
    }

    const q = this.prepareQuery(query);
    const idHits = this.identifierHits(query, allowed);
    // Best name per entity: the listed name with the highest name score.
    const best = new Map<number, { name: ListedName; m: NameMatch | null }>();
    const consider = (nameId: number): void => {
      const name = this.names[nameId]!;
      const m = matchNames(q, name);
      stats.namesScored++;
      const prev = best.get(name.entity);
      if (!prev || (m && (!prev.m || m.nameScore > prev.m.nameScore))) best.set(name.entity, { name, m });
    };
    if (q.readings.length) for (const n of this.candidates(q, allowed)) consider(n);
    for (const e of idHits.keys()) {
      if (best.has(e)) continue;
      for (let n = this.entityNameStart[e]!; n < this.entityNameStart[e + 1]!; n++) consider(n);
    }

    const matches: Match[] = [];
    for (const [e, { name, m }] of best) {
      const entity = this.entities[e]!;
      const hits = idHits.get(e) ?? [];
      const { score, features } = scoreMatch(query, entity, name.kind, m, hits);
      if (score < REPORT_FLOOR && !hits.length) continue;
      matches.push({
        entityId: entity.id,
        dataset: entity.dataset,
        caption: entity.caption,
        schema: entity.schema,
        score,
        matchedName: name.text,
        identifierMatch: hits.length > 0,
        explanation: explain(query.name, name.text, score, features),
      });
    }
    matches.sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
    const top = matches.slice(0, limit);
    return {
      ...(query.id !== undefined ? { id: query.id } : {}),
      decision: top.some((m) => m.score >= threshold) ? 'alert' : 'clear',
      matches: top,
      algorithm: { name: ALGORITHM.name, version: ALGORITHM.version },
      threshold,
    };
  }
}
