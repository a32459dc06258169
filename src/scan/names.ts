import type { FeatureContribution } from '../match/types.js';
import { matchNames, scoreMatch, type ScoringName } from '../match/score.js';
import { rarity, toScoringReadings } from '../match/tokens.js';
import { analyseName } from '../text/analyse.js';
import type { Cues } from './cues.js';
import type { DocToken, DocTokens } from './doc-tokens.js';
import { masksMeet } from './mask.js';
import type { PhraseName, ScanIndex } from './scan-index.js';

/**
 * Listed names inside running text. Each document token looks up the names anchored on one of its
 * keys (a hash lookup, mostly a miss); only those few names are verified, on a window grown from the
 * anchor over neighbouring tokens that share a key with the name, and scored by the matcher itself.
 */

export interface NameHit {
  start: number;
  end: number;
  name: number;
  score: number;
  window: string;
  features: FeatureContribution[];
  summary: string;
}

/** A token between two name tokens that shares no key, yet may belong: "IT" between Jinyong and Cooperation. */
const MAX_GAP_LENGTH = 5;
/** A listed name part missing from the text is tolerated only when it is long (a middle name or patronymic). */
const MIN_MISSING_LENGTH = 5;
const MISSING_MARGIN = 0.05;
/** A variant-spelling pair (0.92) or better: weak aliases must be spelled as listed. */
const EXACT_ENOUGH = 0.92;
/** Below a variant spelling, in a mention of only two name parts. */
const TWO_PART_MIN_SIM = 0.9;
/** One-word mentions shorter than this are everyday words far more often than names. */
const MIN_SINGLE_LENGTH = 5;

/** How a document token relates to a listed name: by a spelling key, only by the coarse phonetic key, directly or once its ending is cut. */
const NO_MATCH = 0;
const PHONETIC = 1;
const DIRECT = 2;
const STEM_PHONETIC = 3;
const STEM = 4;

function shared(keys: readonly string[], set: ReadonlySet<string>): number {
  let best = 0;
  for (const k of keys) {
    if (!set.has(k)) continue;
    if (k.charCodeAt(0) !== 126) return 2;
    best = 1;
  }
  return best;
}

function tokenMatch(t: DocToken, name: PhraseName): number {
  const direct = shared(t.info.keys, name.keys);
  if (direct === 2) return DIRECT;
  let stem = 0;
  for (const s of t.stems) stem = Math.max(stem, shared(s.info.keys, name.keys));
  if (stem === 2) return STEM;
  if (direct === 1) return PHONETIC;
  return stem === 1 ? STEM_PHONETIC : NO_MATCH;
}

const isStrong = (m: number): boolean => m === DIRECT || m === STEM;

function isLegalForm(t: DocToken): boolean {
  return t.info.minor && t.info.keys.some((k) => k.startsWith('#'));
}

/** A token that may sit unmatched inside a mention: an acronym or initial ("IT", "J."), never a lower-case word. */
function mayBeGap(t: DocToken, doc: DocTokens): boolean {
  if (t.surface.length > MAX_GAP_LENGTH || t.info.minor) return false;
  return !t.cased || !doc.hasCase || t.capital;
}

export class NameFinder {
  private readonly analysed = new Map<string, ScoringName>();
  verified = 0;

  constructor(
    private readonly index: ScanIndex,
    private readonly threshold: number,
    private readonly allowedEntity: ((entity: number) => boolean) | null,
  ) {}

  /** Per document: every spelling key it contains, and per name whether enough of its parts occur at all. */
  private docKeys = new Set<string>();
  private plausible = new Int8Array(0);

  find(doc: DocTokens, cues: Cues): NameHit[] {
    const hits: NameHit[] = [];
    const { tokens } = doc;
    this.docKeys = new Set();
    for (const t of tokens) {
      for (const k of t.info.keys) if (k.charCodeAt(0) !== 126) this.docKeys.add(k);
      for (const st of t.eagerStems) for (const k of st.info.keys) if (k.charCodeAt(0) !== 126) this.docKeys.add(k);
    }
    this.plausible = new Int8Array(this.index.names.length);
    const tried = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Names are capitalised in text that uses case at all; this one test drops most prose words.
      if (doc.hasCase && t.cased && !t.capital && !t.info.number) continue;
      tried.clear();
      this.lookup(t.info.keys, i, doc, cues, tried, hits);
      for (const s of t.eagerStems) this.lookup(s.info.keys, i, doc, cues, tried, hits);
    }
    return hits;
  }

  private lookup(keys: readonly string[], i: number, doc: DocTokens, cues: Cues, tried: Set<number>, hits: NameHit[]): void {
    for (const k of keys) {
      const ids = this.index.anchors.get(k);
      if (!ids) continue;
      for (const id of ids) {
        if (tried.has(id)) continue;
        tried.add(id);
        const name = this.index.names[id]!;
        if (this.allowedEntity && !this.allowedEntity(name.entity)) continue;
        if (!this.isPlausible(id, name)) continue;
        const hit = this.verify(doc, i, id, name, cues);
        if (hit) hits.push(hit);
      }
    }
  }

  private scoring(text: string, name: PhraseName): ScoringName {
    const key = `${name.schema}\u0000${text}`;
    let s = this.analysed.get(key);
    if (!s) {
      const { df, totalNames } = this.index;
      const readings = toScoringReadings(analyseName(text, { schema: name.schema }), (t) => rarity(df.get(t.form) ?? 1, totalNames));
      s = { text, kind: 'primary', readings };
      if (this.analysed.size > 50_000) this.analysed.clear();
      this.analysed.set(key, s);
    }
    return s;
  }

  private verify(doc: DocTokens, i: number, id: number, name: PhraseName, cues: Cues): NameHit | null {
    const { tokens } = doc;
    const reach = name.significant + 3;
    // Fast necessary condition: a name of several parts has another part within reach.
    if (name.significant >= 2 && !this.partNearby(tokens, i, reach, name)) return null;
    this.verified++;
    const how = new Map<number, number>();
    const matchAt = (j: number): number => {
      let m = how.get(j);
      if (m === undefined) how.set(j, (m = tokenMatch(tokens[j]!, name)));
      return m;
    };
    if (!isStrong(matchAt(i))) return null;
    let lo = i;
    while (lo > 0 && i - lo < reach && tokens[lo]!.sep !== 'break') {
      if (matchAt(lo - 1) !== NO_MATCH) lo--;
      else if (lo > 1 && tokens[lo - 1]!.sep !== 'break' && mayBeGap(tokens[lo - 1]!, doc) && isStrong(matchAt(lo - 2))) lo -= 2;
      else break;
    }
    let hi = i;
    while (hi + 1 < tokens.length && hi - i < reach && tokens[hi + 1]!.sep !== 'break') {
      if (matchAt(hi + 1) !== NO_MATCH) hi++;
      else if (hi + 2 < tokens.length && tokens[hi + 2]!.sep !== 'break' && mayBeGap(tokens[hi + 1]!, doc) && isStrong(matchAt(hi + 2))) hi += 2;
      else break;
    }
    // Trailing legal forms belong to the mention (CO LTD) even when the listed name spells them otherwise.
    while (hi + 1 < tokens.length && tokens[hi + 1]!.sep !== 'break' && isLegalForm(tokens[hi + 1]!)) hi++;
    // Leading articles are context, not name (die Firma, the).
    while (lo < hi && tokens[lo]!.info.minor && !isStrong(matchAt(lo))) lo++;
    // Edge tokens that only sound like a name part ("على" ~ "al") are tried both in and out.
    let strongLo = lo;
    while (strongLo < i && !isStrong(matchAt(strongLo))) strongLo++;
    let strongHi = hi;
    while (strongHi > i && !isStrong(matchAt(strongHi)) && !isLegalForm(tokens[strongHi]!)) strongHi--;
    // Cheap necessary condition before any analysis: a name of several parts needs two of them here.
    let strong = 0;
    for (let j = lo; j <= hi; j++) if (isStrong(matchAt(j)) && !tokens[j]!.info.minor) strong++;
    if (strong < Math.max(Math.min(2, name.significant), name.significant - 2)) return null;
    let best: NameHit | null = this.evaluate(doc, lo, hi, id, name, cues, matchAt);
    if (best && strongLo === lo && strongHi === hi) return best;
    const windows = new Set([`${strongLo}:${hi}`, `${lo}:${strongHi}`, `${strongLo}:${strongHi}`]);
    windows.delete(`${lo}:${hi}`);
    for (const w of windows) {
      const [from, to] = w.split(':').map(Number) as [number, number];
      const hit = this.evaluate(doc, from, to, id, name, cues, matchAt);
      if (hit && (!best || hit.score > best.score)) best = hit;
    }
    return best;
  }

  private evaluate(doc: DocTokens, lo: number, hi: number, id: number, name: PhraseName, cues: Cues, matchAt: (j: number) => number): NameHit | null {
    const { tokens } = doc;
    // A short alias inside a longer proper name ("Janet" in "Janet Yellen") is that other name.
    if (name.needsCue || lo === hi) {
      if (this.embedded(doc, lo, hi)) return null;
      if (lo === hi && !tokens[lo]!.info.number && tokens[lo]!.surface.length < MIN_SINGLE_LENGTH) return null;
    }
    let words = 0;
    let text = '';
    for (let j = lo; j <= hi; j++) {
      const t = tokens[j]!;
      const m = matchAt(j);
      if (doc.hasCase && t.cased && !t.capital && !t.info.number && !t.info.minor) return null;
      if (!t.info.minor) words++;
      const surface = (m === STEM || m === STEM_PHONETIC) && t.stems.length > 0 ? this.bestStem(t, name) : t.surface;
      text += j === lo ? surface : t.sep === 'hyphen' ? `-${surface}` : ` ${surface}`;
    }
    if (name.schema === 'Person' && words < 2) return null;

    const q = this.scoring(text, name);
    const m = matchNames(q, name.scoring);
    if (!m) return null;
    const a = m.alignment;
    if (a.numberMismatch) return null;
    if (name.schema === 'Person' && a.listedSignificantMatched < 2) return null;
    const unmatched = new Set(a.unmatchedListed);
    // One distinctive word plus generic ones ("Washington Trading Ltd", "Lazarus Group"): the generic ones must be there too.
    if (a.querySignificant <= 1 && unmatched.size > 0) {
      const complete = name.scoring.readings.some((r) => r.every((t) => t.role === 'legal_form' || t.role === 'title' || !unmatched.has(t.form)));
      if (!complete) return null;
    }
    const entity = this.index.entities[name.entity]!;
    const { score, features } = scoreMatch({ name: text, schema: name.schema }, entity, name.kind, m, []);
    if (score < this.threshold) return null;
    const missing = a.listedSignificant - a.listedSignificantMatched;
    if (missing > 1) return null;
    if (missing === 1) {
      if (score < this.threshold + MISSING_MARGIN) return null;
      // Only a long middle part may be left out (a patronymic, a middle name), never a given or family name.
      const middleOnly = name.scoring.readings.some((r) => {
        const edge = new Set([r[0]?.form, r[r.length - 1]?.form]);
        return [...unmatched].every((f) => f.length >= MIN_MISSING_LENGTH && !edge.has(f) && r.some((t) => t.form === f));
      });
      if (!middleOnly) return null;
    }
    // Two name parts are little evidence: neither may rest on sound alone ("malia" ~ "Mualla").
    if (a.pairs.length <= 2 && a.pairs.some((p) => p.sim < TWO_PART_MIN_SIM)) return null;
    const start = tokens[lo]!.start;
    const end = tokens[hi]!.end;
    // One everyday-looking word ("Arsenal", "Shipping") is a name only in a sanctions context.
    const lone = lo === hi;
    if (name.needsCue || lone) {
      if (missing > 0 || a.pairs.some((p) => p.sim < EXACT_ENOUGH)) return null;
      if (!cues.near(start, end)) return null;
    }
    const summary = `"${text}" names listed "${name.text}"${name.needsCue || lone ? ' (short or weak alias, confirmed by context)' : ''}: ${describe(a.pairs)}`;
    return { start, end, name: id, score, window: text, features, summary };
  }

  /**
   * Does the document contain, anywhere, enough parts of this name? Asked once per name and document,
   * it spares the neighbourhood search for names anchored on frequent words ("Contact", "International").
   */
  private isPlausible(id: number, name: PhraseName): boolean {
    const known = this.plausible[id]!;
    if (known !== 0) return known > 0;
    const need = Math.min(2, name.significant);
    let ok = false;
    for (const reading of name.scoring.readings) {
      let present = 0;
      for (const t of reading) {
        if (t.role !== 'word' && t.role !== 'number') continue;
        if (t.keys.some((k) => k.charCodeAt(0) !== 126 && this.docKeys.has(k))) present++;
      }
      if (present >= need) {
        ok = true;
        break;
      }
    }
    this.plausible[id] = ok ? 1 : -1;
    return ok;
  }

  private partNearby(tokens: readonly DocToken[], i: number, reach: number, name: PhraseName): boolean {
    const from = Math.max(0, i - reach);
    const to = Math.min(tokens.length - 1, i + reach);
    for (let j = from; j <= to; j++) {
      if (j === i) continue;
      const t = tokens[j]!;
      if (t.info.minor || !masksMeet(t.mask, name.mask)) continue;
      if (shared(t.info.keys, name.keys) === 2) return true;
      for (const s of t.eagerStems) if (shared(s.info.keys, name.keys) === 2) return true;
    }
    return false;
  }

  private embedded(doc: DocTokens, lo: number, hi: number): boolean {
    const { tokens } = doc;
    const properNoun = (t: DocToken | undefined): boolean => t !== undefined && !t.info.minor && !t.info.number && (!doc.hasCase || !t.cased || t.capital);
    const prev = tokens[lo - 1];
    if (tokens[lo]!.sep !== 'break' && properNoun(prev) && !prev!.possessive) return true;
    const next = tokens[hi + 1];
    return next !== undefined && next.sep !== 'break' && properNoun(next);
  }

  private bestStem(t: DocToken, name: PhraseName): string {
    let best = t.surface;
    let strength = 0;
    for (const s of t.stems) {
      const k = shared(s.info.keys, name.keys);
      if (k > strength) {
        strength = k;
        best = s.surface;
      }
    }
    return best;
  }
}

function describe(pairs: readonly { query: string; listed: string; kind: string }[]): string {
  return pairs.map((p) => (p.query === p.listed ? p.query : `${p.query} ≈ ${p.listed} (${p.kind})`)).join(', ');
}
