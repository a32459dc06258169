/**
 * Inverted index storage: key → sorted list of name ids, held as one Int32Array pool with offsets
 * (compressed sparse rows). A few hundred thousand keys as separate arrays would cost a few hundred
 * thousand heap objects and most of the build time in garbage collection.
 */
export class Postings {
  constructor(
    private readonly ids: Map<string, number>,
    /** The key strings, by id: also the canonical (interned) copy of every key and form. */
    readonly keys: readonly string[],
    private readonly start: Int32Array,
    readonly pool: Int32Array,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  id(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Number of names carrying the key (its document frequency); 0 when unknown. */
  df(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? 0 : this.start[id + 1]! - this.start[id]!;
  }

  length(id: number): number {
    return this.start[id + 1]! - this.start[id]!;
  }

  from(id: number): number {
    return this.start[id]!;
  }

  /** The index's own copy of `key`, so equal strings share memory across names. */
  canonical(key: string): string {
    const id = this.ids.get(key);
    return id === undefined ? key : this.keys[id]!;
  }
}

export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private lastName = new Int32Array(1 << 14).fill(-1);
  private pairKey = new Int32Array(1 << 16);
  private pairName = new Int32Array(1 << 16);
  private pairs = 0;

  /** The id of `key`, creating it on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      if (id >= this.lastName.length) {
        const grown = new Int32Array(this.lastName.length * 2).fill(-1);
        grown.set(this.lastName);
        this.lastName = grown;
      }
    }
    return id;
  }

  /** The builder's own copy of a key string, by id. */
  key(id: number): string {
    return this.keys[id]!;
  }

  /** Records that name `name` carries key `id`. Names must be added in increasing id order. */
  add(id: number, name: number): void {
    if (this.lastName[id] === name) return;
    this.lastName[id] = name;
    if (this.pairs === this.pairKey.length) {
      this.pairKey = grow(this.pairKey);
      this.pairName = grow(this.pairName);
    }
    this.pairKey[this.pairs] = id;
    this.pairName[this.pairs++] = name;
  }

  build(): Postings {
    const k = this.keys.length;
    const start = new Int32Array(k + 1);
    for (let i = 0; i < this.pairs; i++) start[this.pairKey[i]! + 1]!++;
    for (let i = 0; i < k; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, k);
    const pool = new Int32Array(this.pairs);
    // Pairs arrive in name order, so every posting list comes out sorted.
    for (let i = 0; i < this.pairs; i++) pool[fill[this.pairKey[i]!]!++] = this.pairName[i]!;
    return new Postings(this.ids, this.keys, start, pool);
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
