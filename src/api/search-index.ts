import type { Entity } from '../model/entity.js';

/**
 * Lexical search over names and identifiers, for browsing (`GET /v1/search`, yente `/search`):
 * every query word must start a word of one of the entity's names, or the whole query must equal an
 * identifier. Screening is the fuzzy, scored counterpart; the search route merges both.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const identifierKey = (value: string): string => value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

/** Prefixes shorter than this only match whole words: "a" would otherwise pull in most of the lists. */
const MIN_PREFIX = 2;
const MAX_VOCAB_PER_PREFIX = 5_000;

export interface LexicalHit {
  entity: Entity;
  score: number;
  matchedName: string;
  via: 'name' | 'identifier';
}

export class SearchIndex {
  private readonly vocab: string[];
  private readonly postings: Int32Array[];
  private readonly identifiers = new Map<string, number[]>();

  constructor(private readonly entities: Entity[]) {
    const byWord = new Map<string, number[]>();
    entities.forEach((e, i) => {
      for (const name of e.names) {
        for (const w of words(name.full)) {
          let list = byWord.get(w);
          if (!list) byWord.set(w, (list = []));
          if (list[list.length - 1] !== i) list.push(i);
        }
      }
      for (const ident of e.identifiers ?? []) {
        const k = identifierKey(ident.value);
        if (k.length < 3) continue;
        let list = this.identifiers.get(k);
        if (!list) this.identifiers.set(k, (list = []));
        if (list[list.length - 1] !== i) list.push(i);
      }
    });
    this.vocab = [...byWord.keys()].sort();
    this.postings = this.vocab.map((w) => Int32Array.from(byWord.get(w)!));
  }

  get size(): number {
    return this.entities.length;
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private entitiesForWord(word: string): Set<number> {
    const out = new Set<number>();
    if (word.length < MIN_PREFIX) {
      const i = this.lowerBound(word);
      if (this.vocab[i] === word) for (const e of this.postings[i]!) out.add(e);
      return out;
    }
    for (let i = this.lowerBound(word), n = 0; i < this.vocab.length && this.vocab[i]!.startsWith(word) && n < MAX_VOCAB_PER_PREFIX; i++, n++) {
      for (const e of this.postings[i]!) out.add(e);
    }
    return out;
  }

  search(q: string): LexicalHit[] {
    const hits = new Map<number, LexicalHit>();
    const id = identifierKey(q);
    for (const e of id.length >= 3 ? (this.identifiers.get(id) ?? []) : []) {
      const entity = this.entities[e]!;
      hits.set(e, { entity, score: 1, matchedName: entity.caption, via: 'identifier' });
    }
    const qWords = words(q);
    if (qWords.length === 0) return [...hits.values()];
    // Rarest word first keeps the intersection small.
    const sets = qWords.map((w) => this.entitiesForWord(w)).sort((a, b) => a.size - b.size);
    const folded = qWords.join(' ');
    for (const e of sets[0]!) {
      if (hits.has(e) || !sets.every((s) => s.has(e))) continue;
      const entity = this.entities[e]!;
      let best: { name: string; score: number } | undefined;
      for (const name of entity.names) {
        const nw = words(name.full);
        if (!qWords.every((w) => nw.some((x) => x.startsWith(w)))) continue;
        // Exact name, then every word whole, then prefixes; fewer extra words rank higher.
        const exact = nw.join(' ') === folded;
        const whole = qWords.every((w) => nw.includes(w));
        const score = exact ? 1 : (whole ? 0.95 : 0.9) - Math.min(0.1, (nw.length - qWords.length) * 0.02);
        if (!best || score > best.score) best = { name: name.full, score };
      }
      if (best) hits.set(e, { entity, score: Math.round(best.score * 1000) / 1000, matchedName: best.name, via: 'name' });
    }
    return [...hits.values()];
  }
}
