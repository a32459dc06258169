import type { CrossListResolution } from './crosslist.js';
import type { AlsoListed, Match, ScreenResult } from './types.js';

/**
 * Folds a screening result by cross-list group: one target designated by several authorities is
 * one hit, headed by its best-scoring match, with every other listing of the group attached under
 * `alsoListedBy` (those that matched keep their own match; nothing is dropped).
 */
export function groupMatches(result: ScreenResult, crossList: CrossListResolution | undefined): ScreenResult {
  if (!crossList || result.matches.length === 0) return result;
  const out: Match[] = [];
  const headOf = new Map<string, Match>();
  // Matches arrive best first, so the first of a group seen is its head.
  for (const m of result.matches) {
    const group = crossList.groupOf(m.entityId);
    if (!group) {
      out.push(m);
      continue;
    }
    const head = headOf.get(group.id);
    if (head) {
      const entry = head.alsoListedBy?.find((a) => a.entityId === m.entityId);
      if (entry) entry.match = m;
      continue;
    }
    const also: AlsoListed[] = crossList.alsoListedBy(m.entityId).map((a) => ({ entityId: a.entityId, dataset: a.dataset, caption: a.caption, reason: a.reason }));
    const grouped: Match = { ...m, alsoListedBy: also };
    headOf.set(group.id, grouped);
    out.push(grouped);
  }
  return { ...result, matches: out };
}
