import { DEFAULT_THRESHOLD } from '../match/algorithm.js';
import { ALGORITHM } from '../match/algorithm.js';
import { findCjkNames } from './cjk.js';
import { Cues } from './cues.js';
import { tokeniseDocument } from './doc-tokens.js';
import { describeHit, findIdentifiers } from './identifiers.js';
import { NameFinder } from './names.js';
import type { ScanIndex } from './scan-index.js';
import type { ScanEntityHit, ScanMention, ScanOptions, ScanResult } from './types.js';

/**
 * Free-text screening: every listed name, alias and identifier mentioned in a text, with offsets
 * into the original text. Pure and linear in the text's length: one tokenisation, one hash lookup
 * per token key, and verification only for the few names a token anchors.
 */
export function scanText(index: ScanIndex, text: string, options: ScanOptions = {}): ScanResult {
  const started = performance.now();
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let allowed: ((e: number) => boolean) | null = null;
  if (options.datasets?.length) {
    const set = new Set(options.datasets);
    allowed = (e) => set.has(index.entities[e]!.dataset);
  }
  const doc = tokeniseDocument(text);
  const cues = new Cues(text);
  const finder = new NameFinder(index, threshold, allowed);
  const mention = (start: number, end: number, entity: number, rest: Omit<ScanMention, 'start' | 'end' | 'text' | 'entityId' | 'caption' | 'dataset' | 'schema'>): ScanMention => {
    const e = index.entities[entity]!;
    return { start, end, text: text.slice(start, end), entityId: e.id, caption: e.caption, dataset: e.dataset, schema: e.schema, ...rest };
  };

  const names: ScanMention[] = [];
  for (const h of finder.find(doc, cues)) {
    const n = index.names[h.name]!;
    names.push(mention(h.start, h.end, n.entity, { score: h.score, kind: 'name', matched: n.text, explanation: h.summary, features: h.features }));
  }
  for (const h of findCjkNames(index, doc.cjk)) {
    if (allowed && !allowed(h.name.entity)) continue;
    if (h.name.needsCue && !cues.near(h.start, h.end)) continue;
    const weak = h.name.kind === 'weak' || h.name.kind === 'low_quality';
    const score = weak ? 1 + ALGORITHM.weights.name_kind_weak : 1;
    if (score < threshold) continue;
    names.push(
      mention(h.start, h.end, h.name.entity, {
        score,
        kind: 'name',
        matched: h.name.text,
        explanation: `"${text.slice(h.start, h.end)}" is the listed original-script name "${h.name.text}", written exactly${weak ? ' (weak alias)' : ''}`,
      }),
    );
  }
  const ids: ScanMention[] = findIdentifiers(index, text, allowed).map((h) =>
    mention(h.start, h.end, h.listed.entity, {
      score: ALGORITHM.weights.identifier_match,
      kind: 'identifier',
      matched: h.listed.id.value,
      explanation: describeHit(h),
    }),
  );
  const mentions = [...resolveOverlaps(names), ...ids].sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score || a.entityId.localeCompare(b.entityId));
  return {
    mentions,
    entities: groupByEntity(mentions),
    stats: { chars: text.length, tokens: doc.tokens.length, candidatesVerified: finder.verified, ms: performance.now() - started },
  };
}

/**
 * One stretch of text names one party: among overlapping name mentions the best (then the longest)
 * wins. Mentions of exactly the same stretch are all kept: one person is listed by several authorities.
 */
export function resolveOverlaps(mentions: readonly ScanMention[]): ScanMention[] {
  // Scores within 0.05 count as equal so that "Kim Sang Man" is not beaten by a marginally better "Kim Sang".
  const bucket = (m: ScanMention): number => Math.round(m.score * 20);
  const sorted = [...mentions].sort((a, b) => bucket(b) - bucket(a) || b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: ScanMention[] = [];
  const keys = new Set<string>();
  // Kept spans never overlap (identical spans aside), so sorted by start they are also sorted by end.
  const spans: [number, number][] = [];
  for (const m of sorted) {
    const k = `${m.start}:${m.end}:${m.entityId}`;
    if (keys.has(k)) continue;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![1] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const next = spans[lo];
    const same = next !== undefined && next[0] === m.start && next[1] === m.end;
    if (next !== undefined && next[0] < m.end && !same) continue;
    if (!same) spans.splice(lo, 0, [m.start, m.end]);
    keys.add(k);
    kept.push(m);
  }
  return kept;
}

export function groupByEntity(mentions: readonly ScanMention[]): ScanEntityHit[] {
  const by = new Map<string, ScanEntityHit>();
  for (const m of mentions) {
    const hit = by.get(m.entityId);
    if (hit) {
      hit.mentions++;
      hit.score = Math.max(hit.score, m.score);
    } else {
      by.set(m.entityId, { entityId: m.entityId, caption: m.caption, dataset: m.dataset, schema: m.schema, score: m.score, mentions: 1 });
    }
  }
  return [...by.values()].sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.entityId.localeCompare(b.entityId));
}
