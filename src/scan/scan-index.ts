import type { Entity, NameKind, Schema } from '../model/entity.js';
import { indexKeys, normaliseIdentifier, type IdentifierKind, type NormalisedIdentifier } from '../match/identifiers.js';
import type { ScoringName } from '../match/score.js';
import { rarity, toScoringReadings } from '../match/tokens.js';
import { analyseName } from '../text/analyse.js';
import type { AnalysedName } from '../text/types.js';
import { compactCjk, hasCjk } from './cjk.js';
import { keyMask, type KeyMask } from './mask.js';

/**
 * The scanner's own index over one set of entities, built once per list snapshot:
 *  - a name-phrase index: each listed name's reading is filed under the keys of its rarest word
 *    (its anchor), so a document token can only ever wake the few names whose anchor it spells;
 *  - literal CJK names, filed by their first two characters;
 *  - every identifier, normalised as the matcher does.
 */

export interface PhraseName {
  entity: number;
  text: string;
  kind: NameKind;
  schema: Schema;
  scoring: ScoringName;
  /** Significant (word/number) tokens of the longest reading. */
  significant: number;
  /** Every key of every token of every reading: a document token belongs to the mention only if it shares one. */
  keys: ReadonlySet<string>;
  mask: KeyMask;
  /** Short, numbered or weak aliases ("Office 91", "Red Dot", "Zinc"): alert only on an exact match with a cue nearby. */
  needsCue: boolean;
}

export interface CjkName {
  entity: number;
  text: string;
  compact: string;
  kind: NameKind;
  needsCue: boolean;
}

export interface ListedIdentifier {
  entity: number;
  id: NormalisedIdentifier;
}

export interface ScanIndex {
  readonly entities: readonly Entity[];
  readonly names: readonly PhraseName[];
  /** Anchor key -> names whose rarest word has that key. */
  readonly anchors: ReadonlyMap<string, readonly number[]>;
  readonly cjk: ReadonlyMap<string, readonly CjkName[]>;
  readonly identifiers: ReadonlyMap<string, readonly ListedIdentifier[]>;
  readonly identifierKinds: ReadonlySet<IdentifierKind>;
  /** Document frequency of token forms over listed names, for rarity weights of document tokens. */
  readonly df: ReadonlyMap<string, number>;
  readonly totalNames: number;
  readonly buildMs: number;
}

const PERSON_MIN_TOKENS = 2;
/** A person name made only of words this frequent in the lists (Muhammad Ahmad, Kim Chol) names many people. */
const COMMON_NAME_DF = 150;
/** A second anchor only for words this rare: "Oleg" or "Kim" would wake thousands of names. */
const SECOND_ANCHOR_MAX_DF = 50;
const WEAK_KINDS: ReadonlySet<NameKind> = new Set(['weak', 'low_quality']);

interface Pending {
  entity: number;
  text: string;
  kind: NameKind;
  schema: Schema;
  analysed: AnalysedName;
}

function isSignificant(role: string): boolean {
  return role === 'word' || role === 'number';
}

export function buildScanIndex(entities: Iterable<Entity>): ScanIndex {
  const started = performance.now();
  const list: Entity[] = [];
  const seenIds = new Set<string>();
  const pending: Pending[] = [];
  const cjk = new Map<string, CjkName[]>();
  const identifiers = new Map<string, ListedIdentifier[]>();
  const identifierKinds = new Set<IdentifierKind>();
  const df = new Map<string, number>();
  const memo = new Map<string, AnalysedName>();

  for (const entity of entities) {
    if (seenIds.has(entity.id)) continue;
    seenIds.add(entity.id);
    const e = list.length;
    list.push(entity);
    for (const ident of entity.identifiers ?? []) {
      const n = normaliseIdentifier(ident.type, ident.value, ident.asset);
      if (!n) continue;
      identifierKinds.add(n.kind);
      for (const k of indexKeys(n)) {
        let arr = identifiers.get(k);
        if (!arr) identifiers.set(k, (arr = []));
        if (!arr.some((x) => x.entity === e)) arr.push({ entity: e, id: n });
      }
    }
    // A wallet's "name" is its address: found by the identifier pass, never as a phrase.
    if (entity.schema === 'CryptoWallet') continue;
    const seen = new Set<string>();
    for (const name of entity.names) {
      const full = name.full.trim();
      if (!full || seen.has(full)) continue;
      seen.add(full);
      if (hasCjk(full)) {
        const compact = compactCjk(full);
        const chars = [...compact].length;
        // Two-character CJK names (王伟, 김철) are everyday words and common names: too short to find in prose.
        if (chars < 3) continue;
        const key = compact.slice(0, 2);
        let arr = cjk.get(key);
        if (!arr) cjk.set(key, (arr = []));
        arr.push({ entity: e, text: full, compact, kind: name.kind, needsCue: WEAK_KINDS.has(name.kind) || (entity.schema !== 'Person' && chars < 4) });
        continue;
      }
      const memoKey = `${entity.schema}\u0000${full}`;
      let analysed = memo.get(memoKey);
      if (!analysed) memo.set(memoKey, (analysed = analyseName(full, { schema: entity.schema })));
      pending.push({ entity: e, text: full, kind: name.kind, schema: entity.schema, analysed });
      const forms = new Set<string>();
      for (const r of analysed.readings) for (const t of r) forms.add(t.form);
      for (const f of forms) df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  memo.clear();

  const totalNames = pending.length;
  const weightOf = (form: string): number => rarity(df.get(form) ?? 1, totalNames);
  const names: PhraseName[] = [];
  const anchors = new Map<string, number[]>();
  for (const p of pending) {
    const readings = toScoringReadings(p.analysed, (t) => weightOf(t.form));
    let significant = 0;
    const keys = new Set<string>();
    for (const r of readings) {
      let sig = 0;
      for (const t of r) {
        if (isSignificant(t.role)) sig++;
        for (const k of t.keys) keys.add(k);
      }
      significant = Math.max(significant, sig);
    }
    if (significant === 0) continue;
    if (p.schema === 'Person' && significant < PERSON_MIN_TOKENS) continue;
    const first = readings[0] ?? [];
    const words = first.filter((t) => t.role === 'word');
    const hasNumber = first.some((t) => t.role === 'number');
    // "Lazarus Group" is distinctive with one significant word; "Zinc" or "Janet" alone is not.
    const needsCue =
      WEAK_KINDS.has(p.kind) ||
      (significant === 1 && first.length === 1) ||
      (hasNumber && significant <= 2) ||
      (words.length > 0 && words.every((t) => t.form.length <= 3)) ||
      (p.schema === 'Person' && words.length > 0 && words.every((t) => (df.get(t.form) ?? 0) >= COMMON_NAME_DF));
    const id = names.length;
    names.push({ entity: p.entity, text: p.text, kind: p.kind, schema: p.schema, scoring: { text: p.text, kind: p.kind, readings }, significant, keys, mask: keyMask(keys), needsCue });
    // Anchors: the rarest significant token of each reading, and the second rarest when it is still
    // rare, so that an inflected or misspelled rarest word does not hide the name. Spelling keys only,
    // never the coarse phonetic one.
    const filed = new Set<string>();
    const file = (keys: readonly string[]): void => {
      for (const k of keys) {
        if (k.startsWith('~') || filed.has(k)) continue;
        filed.add(k);
        let arr = anchors.get(k);
        if (!arr) anchors.set(k, (arr = []));
        arr.push(id);
      }
    };
    for (const r of readings) {
      // Words before numbers: "7" or "110" occur in every invoice, "Research" far less often.
      const rank = (t: (typeof r)[number]): number => (df.get(t.form) ?? 1) + (t.role === 'number' ? totalNames : 0);
      const ranked = r.filter((t) => isSignificant(t.role)).sort((x, y) => rank(x) - rank(y));
      if (ranked[0]) file(ranked[0].keys);
      if (ranked[1] && (df.get(ranked[1].form) ?? 1) <= SECOND_ANCHOR_MAX_DF) file(ranked[1].keys);
    }
  }
  return { entities: list, names, anchors, cjk, identifiers, identifierKinds, df, totalNames, buildMs: performance.now() - started };
}
