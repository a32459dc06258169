import type { Entity } from '../model/entity.js';
import {
  birthDatesAgree,
  compatibleSchemas,
  conflictingIdentifier,
  countriesCompatible,
  countryCodes,
  describeStrong,
  schemaFamily,
  strongIdentifiers,
  type DateAgreement,
  type StrongIdentifier,
} from './crosslist-evidence.js';
import { blockedPairs, blockingWords, clearWordCache, sameWordsButEnding, wordOverlap } from './crosslist-blocking.js';
import { PairScorer } from './crosslist-score.js';
import type { ScreenQuery } from './types.js';

/**
 * Cross-list resolution: which entries of different lists are the same person, company, ship or
 * wallet. Pure: entities in, groups out. Links come from
 *   1. a shared strong identifier (passport, national ID, IMO, crypto address, LEI, BIC, UN reference),
 *   2. for people, names the matcher scores as the same above a strict threshold AND birth dates
 *      that agree (exactly, or to the precision the vaguer side gives),
 *   3. for organisations, such names plus a shared country (or a stricter name score when one side
 *      gives no country) and no conflicting UN reference, IMO or LEI; or names that are the same
 *      words but for one word's ending (translation variants: Technology / Technical).
 * Candidates come from identifier buckets and from name-word blocks (src/match/crosslist-blocking.ts),
 * never from all pairs; names are scored with compare()'s features and weights (crosslist-score.ts). Links never join two entries of one list:
 * a link that would put two entries of one dataset into one group is refused and counted.
 */

export type CrossListReason =
  | { kind: 'identifier'; identifier: string }
  | { kind: 'name_birth_date'; names: [string, string]; score: number; birthDates: [string, string]; agreement: DateAgreement }
  | { kind: 'name_country'; names: [string, string]; score: number; country?: string }
  | { kind: 'name_variant'; names: [string, string]; words: [string, string]; country?: string };

export interface CrossListLink {
  a: string;
  b: string;
  reason: CrossListReason;
  /** One readable sentence, e.g. "same passport document number 109420132". */
  explanation: string;
}

export interface CrossListMember {
  entityId: string;
  dataset: string;
  caption: string;
}

export interface CrossListGroup {
  /** Stable for a given set of members: the smallest member id. */
  id: string;
  members: CrossListMember[];
  datasets: string[];
  links: CrossListLink[];
}

export interface CrossListStats {
  entities: number;
  groups: number;
  entitiesGrouped: number;
  identifierLinks: number;
  nameLinks: number;
  /** Links refused because they would have put two entries of one list into one group. */
  refused: number;
  /** Candidate pairs from name blocks, and how many of them needed a full name comparison. */
  namePairs: number;
  namePairsScored: number;
  ms: number;
}

export interface CrossListOptions {
  /** compare() score two people's names must reach. */
  personThreshold?: number;
  /** compare() score two organisations' names must reach when they share a country. */
  orgThreshold?: number;
  /** ... and when one of them gives no country at all. */
  orgThresholdNoCountry?: number;
}

export const CROSSLIST_DEFAULTS = { personThreshold: 0.9, orgThreshold: 0.92, orgThresholdNoCountry: 0.95 } as const;

/** Identifier buckets larger than this are shared infrastructure (an exchange's address), not one target. */
const MAX_BUCKET = 12;
type Thresholds = Required<CrossListOptions>;

export class CrossListResolution {
  private readonly byEntity = new Map<string, number>();

  constructor(
    readonly groups: CrossListGroup[],
    readonly stats: CrossListStats,
  ) {
    groups.forEach((g, i) => {
      for (const m of g.members) this.byEntity.set(m.entityId, i);
    });
  }

  groupOf(entityId: string): CrossListGroup | undefined {
    const i = this.byEntity.get(entityId);
    return i === undefined ? undefined : this.groups[i];
  }

  /**
   * The other listings of the same target, each with why it belongs: the direct link when there is
   * one, otherwise the chain of links through the group.
   */
  alsoListedBy(entityId: string): (CrossListMember & { reason: string })[] {
    const g = this.groupOf(entityId);
    if (!g) return [];
    const paths = linkPaths(g, entityId);
    return g.members
      .filter((m) => m.entityId !== entityId)
      .map((m) => ({ ...m, reason: (paths.get(m.entityId) ?? []).map((l) => l.explanation).join('; then ') }));
  }
}

/** Breadth-first paths from one member to every other along the group's links. */
function linkPaths(g: CrossListGroup, from: string): Map<string, CrossListLink[]> {
  const paths = new Map<string, CrossListLink[]>([[from, []]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const l of g.links) {
      const next = l.a === at ? l.b : l.b === at ? l.a : undefined;
      if (next === undefined || paths.has(next)) continue;
      paths.set(next, [...(paths.get(at) as CrossListLink[]), l]);
      queue.push(next);
    }
  }
  return paths;
}

/** Union-find whose components remember their datasets, so a union may be refused. */
class Components {
  private readonly parent: Int32Array;
  private readonly datasets: (Set<string> | undefined)[];

  constructor(entities: readonly Entity[]) {
    this.parent = Int32Array.from(entities, (_e, i) => i);
    this.datasets = entities.map((e) => new Set([e.dataset]));
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  /** 'same' when already together, false when the union would repeat a dataset. */
  union(a: number, b: number): boolean | 'same' {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return 'same';
    const da = this.datasets[ra] as Set<string>;
    const db = this.datasets[rb] as Set<string>;
    for (const d of db) if (da.has(d)) return false;
    const [big, small, bigRoot, smallRoot] = da.size >= db.size ? [da, db, ra, rb] : [db, da, rb, ra];
    for (const d of small) big.add(d);
    this.parent[smallRoot] = bigRoot;
    this.datasets[smallRoot] = undefined;
    return true;
  }
}

interface Candidate {
  a: number;
  b: number;
  strength: number;
  reason: CrossListReason;
  explanation: string;
}

function identifierCandidates(entities: readonly Entity[], strong: readonly StrongIdentifier[][]): Candidate[] {
  const buckets = new Map<string, { e: number; s: StrongIdentifier }[]>();
  strong.forEach((ids, e) => {
    for (const s of ids) {
      let arr = buckets.get(s.id.key);
      if (!arr) buckets.set(s.id.key, (arr = []));
      arr.push({ e, s });
    }
  });
  const out: Candidate[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const x = bucket[i]!;
        const y = bucket[j]!;
        const ex = entities[x.e]!;
        const ey = entities[y.e]!;
        if (ex.dataset === ey.dataset || !compatibleSchemas(ex.schema, ey.schema)) continue;
        if (!countriesCompatible(x.s.source, y.s.source)) continue;
        const identifier = describeStrong(x.s);
        out.push({ a: x.e, b: y.e, strength: 2, reason: { kind: 'identifier', identifier }, explanation: `same ${identifier}` });
      }
    }
  }
  return out;
}

function query(e: Entity, birthDate?: string): ScreenQuery {
  const countries = [...countryCodes(e)];
  return { name: e.caption, schema: e.schema, ...(birthDate ? { birthDate } : {}), ...(countries.length ? { countries } : {}) };
}

const wordKey = (text: string): string => [...blockingWords(text)].sort().join(' ');

/**
 * How well two entries' names agree: 1 when one side's caption has exactly the words of one of the
 * other side's names (order and case aside: "Sang Man Kim" / "KIM Sang Man"), which needs no
 * analysis; otherwise compare()'s score of each caption against the other side's names, the better one.
 */
function bestScore(scorer: PairScorer, a: Entity, b: Entity, counts: NameCounts, dates?: { a: string; b: string }): { score: number; names: [string, string]; identical: boolean } {
  const ka = wordKey(a.caption);
  if (ka) {
    const same = b.names.find((n) => n.kind !== 'weak' && n.kind !== 'low_quality' && wordKey(n.full) === ka);
    if (same) return { score: 1, names: [a.caption, same.full], identical: true };
  }
  const kb = wordKey(b.caption);
  if (kb) {
    const same = a.names.find((n) => n.kind !== 'weak' && n.kind !== 'low_quality' && wordKey(n.full) === kb);
    if (same) return { score: 1, names: [same.full, b.caption], identical: true };
  }
  // Names sharing under half their words cannot reach a cross-list threshold: skip the costly comparison.
  const wa = blockingWords(a.caption);
  const wbc = blockingWords(b.caption);
  if (!a.names.some((n) => wordOverlap(blockingWords(n.full), wbc) >= 0.5) && !b.names.some((n) => wordOverlap(blockingWords(n.full), wa) >= 0.5)) {
    return { score: 0, names: [a.caption, b.caption], identical: false };
  }
  counts.scored++;
  const ab = scorer.compare(query(a, dates?.a), b);
  const ba = scorer.compare(query(b, dates?.b), a);
  return ab.score >= ba.score
    ? { score: ab.score, names: [a.caption, ab.matchedName], identical: false }
    : { score: ba.score, names: [ba.matchedName, b.caption], identical: false };
}

const STRONG_NAMES: ReadonlySet<string> = new Set(['primary', 'aka', 'fka']);

function endingVariant(a: Entity, b: Entity): { names: [string, string]; words: [string, string] } | undefined {
  for (const x of a.names) {
    if (!STRONG_NAMES.has(x.kind)) continue;
    for (const y of b.names) {
      if (!STRONG_NAMES.has(y.kind)) continue;
      const words = sameWordsButEnding(x.full, y.full);
      if (words) return { names: [x.full, y.full], words };
    }
  }
  return undefined;
}

const nameAgreement = (r: { score: number; names: [string, string]; identical: boolean }): string =>
  r.identical ? `names "${r.names[0]}" and "${r.names[1]}" have the same words` : `names "${r.names[0]}" and "${r.names[1]}" score ${round(r.score)}`;

interface NameCounts {
  pairs: number;
  scored: number;
}

function nameCandidates(entities: readonly Entity[], strong: readonly StrongIdentifier[][], opts: Thresholds, counts: NameCounts): Candidate[] {
  const people: number[] = [];
  const orgs: number[] = [];
  entities.forEach((e, i) => {
    const family = schemaFamily(e.schema);
    if (family === 'person' && e.birthDates?.length) people.push(i);
    // Ships, aircraft and wallets share names too often to be told apart without an identifier.
    else if (family === 'org') orgs.push(i);
  });
  const scorer = new PairScorer();
  const countries = new Map<number, Set<string>>();
  const countriesOf = (i: number): Set<string> => {
    let c = countries.get(i);
    if (!c) countries.set(i, (c = countryCodes(entities[i]!)));
    return c;
  };
  const out: Candidate[] = [];
  const personPairs = blockedPairs(entities, people, true, 2);
  const orgPairs = blockedPairs(entities, orgs, false, 1);
  counts.pairs = personPairs.length + orgPairs.length;
  for (const [i, j] of personPairs) {
    const a = entities[i]!;
    const b = entities[j]!;
    if (conflictingIdentifier(strong[i]!, strong[j]!)) continue;
    const dates = birthDatesAgree(a.birthDates ?? [], b.birthDates ?? []);
    if (!dates) continue;
    const agreement = bestScore(scorer, a, b, counts, dates);
    const { score, names } = agreement;
    if (score < opts.personThreshold) continue;
    out.push({
      a: i,
      b: j,
      strength: 1 + score / 10,
      reason: { kind: 'name_birth_date', names, score: round(score), birthDates: [dates.a, dates.b], agreement: dates.agreement },
      explanation: `${nameAgreement(agreement)} and birth dates ${dates.a} / ${dates.b} agree (${dates.agreement})`,
    });
  }
  for (const [i, j] of orgPairs) {
    if (conflictingIdentifier(strong[i]!, strong[j]!)) continue;
    const ca = countriesOf(i);
    const cb = countriesOf(j);
    const shared = [...ca].find((c) => cb.has(c));
    // Two organisations of different countries are different organisations, whatever their names.
    if (!shared && ca.size > 0 && cb.size > 0) continue;
    const agreement = bestScore(scorer, entities[i]!, entities[j]!, counts);
    const { score, names } = agreement;
    if (score < (shared ? opts.orgThreshold : opts.orgThresholdNoCountry)) {
      const variant = endingVariant(entities[i]!, entities[j]!);
      if (variant) {
        out.push({
          a: i,
          b: j,
          strength: 1,
          reason: { kind: 'name_variant', names: variant.names, words: variant.words, ...(shared ? { country: shared } : {}) },
          explanation: `names "${variant.names[0]}" and "${variant.names[1]}" are the same words but for "${variant.words[0]}" / "${variant.words[1]}"${shared ? ` and both are tied to ${shared}` : ' (one side gives no country)'}`,
        });
      }
      continue;
    }
    out.push({
      a: i,
      b: j,
      strength: 1 + score / 10,
      reason: { kind: 'name_country', names, score: round(score), ...(shared ? { country: shared } : {}) },
      explanation: shared
        ? `${nameAgreement(agreement)} and both are tied to ${shared}`
        : `${nameAgreement(agreement)} (one side gives no country)`,
    });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function resolveCrossList(entities: readonly Entity[], options: CrossListOptions = {}): CrossListResolution {
  const started = performance.now();
  const opts = {
    personThreshold: options.personThreshold ?? CROSSLIST_DEFAULTS.personThreshold,
    orgThreshold: options.orgThreshold ?? CROSSLIST_DEFAULTS.orgThreshold,
    orgThresholdNoCountry: options.orgThresholdNoCountry ?? CROSSLIST_DEFAULTS.orgThresholdNoCountry,
  };
  const strong = entities.map(strongIdentifiers);
  const byIdentifier = identifierCandidates(entities, strong);
  const counts = { pairs: 0, scored: 0 };
  let byName: Candidate[];
  try {
    byName = nameCandidates(entities, strong, opts, counts);
  } finally {
    clearWordCache();
  }
  // Strongest evidence first, so a weaker link cannot claim a group slot a stronger one needs.
  const candidates = [...byIdentifier, ...byName].sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);

  const comps = new Components(entities);
  const accepted: Candidate[] = [];
  const linked = new Set<string>();
  let refused = 0;
  for (const c of candidates) {
    const pair = `${c.a}:${c.b}`;
    const r = comps.union(c.a, c.b);
    if (r === false) {
      refused++;
      continue;
    }
    // One explanation per pair: the strongest, which sorts first.
    if (linked.has(pair)) continue;
    linked.add(pair);
    accepted.push(c);
  }

  const members = new Map<number, number[]>();
  for (const c of accepted) for (const i of [c.a, c.b]) {
    const root = comps.find(i);
    let arr = members.get(root);
    if (!arr) members.set(root, (arr = []));
    if (!arr.includes(i)) arr.push(i);
  }
  const linksByRoot = new Map<number, CrossListLink[]>();
  for (const c of accepted) {
    const root = comps.find(c.a);
    let arr = linksByRoot.get(root);
    if (!arr) linksByRoot.set(root, (arr = []));
    arr.push({ a: entities[c.a]!.id, b: entities[c.b]!.id, reason: c.reason, explanation: c.explanation });
  }
  const groups: CrossListGroup[] = [];
  for (const [root, idx] of members) {
    const ms = idx.map((i) => entities[i]!).sort((x, y) => x.id.localeCompare(y.id));
    groups.push({
      id: ms[0]!.id,
      members: ms.map((e) => ({ entityId: e.id, dataset: e.dataset, caption: e.caption })),
      datasets: [...new Set(ms.map((e) => e.dataset))].sort(),
      links: linksByRoot.get(root) ?? [],
    });
  }
  groups.sort((x, y) => x.id.localeCompare(y.id));
  const stats: CrossListStats = {
    entities: entities.length,
    groups: groups.length,
    entitiesGrouped: groups.reduce((n, g) => n + g.members.length, 0),
    identifierLinks: accepted.filter((c) => c.reason.kind === 'identifier').length,
    nameLinks: accepted.filter((c) => c.reason.kind !== 'identifier').length,
    refused,
    namePairs: counts.pairs,
    namePairsScored: counts.scored,
    ms: performance.now() - started,
  };
  return new CrossListResolution(groups, stats);
}
