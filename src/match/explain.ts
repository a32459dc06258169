import type { FeatureContribution, MatchExplanation } from './types.js';
import type { Alignment, PairKind } from './align.js';
import { DEFAULT_THRESHOLD } from './algorithm.js';

const HOW: Record<PairKind, string> = {
  exact: '',
  variant: ' (variant spelling)',
  phonetic: ' (sounds alike)',
  joined: ' (written joined/split)',
  acronym: ' (abbreviation)',
  initial: ' (initial)',
  typo: ' (spelling difference)',
};

/** "kim = kim, gim ≈ kim (variant spelling)": which query part matched which listed part and how. */
export function describePairs(a: Alignment): string {
  const parts = a.pairs.map((p) => (p.kind === 'exact' ? `${p.query} = ${p.listed}` : `${p.query} ≈ ${p.listed}${HOW[p.kind]}`));
  if (a.unmatchedQuery.length) parts.push(`unmatched in query: ${a.unmatchedQuery.join(', ')}`);
  return parts.join('; ');
}

/** The one-sentence verdict shown next to a score, naming the strongest reasons either way. */
export function summarise(queryName: string, matchedName: string, score: number, features: readonly FeatureContribution[]): string {
  const pct = Math.round(score * 100);
  const verdict = score >= DEFAULT_THRESHOLD ? 'Strong match' : score >= DEFAULT_THRESHOLD * 0.75 ? 'Possible match' : 'Weak match';
  const id = features.find((f) => f.feature === 'identifier_match');
  const schema = features.find((f) => f.feature === 'schema_incompatible');
  const against = features.filter((f) => f.contribution < 0 && f.feature !== 'schema_incompatible').map((f) => f.detail);
  const support = features
    .filter((f) => f.contribution > 0 && !f.feature.startsWith('name_') && f.feature !== 'identifier_match')
    .map((f) => f.detail);
  let s = `${verdict} (${pct}%): "${queryName}" vs listed "${matchedName}"`;
  if (id) s += `; ${id.detail}`;
  if (schema) s += `; ${schema.detail}`;
  if (support.length) s += `; ${support.join('; ')}`;
  if (against.length) s += `; against: ${against.join('; ')}`;
  return `${s}.`;
}

export function explain(queryName: string, matchedName: string, score: number, features: FeatureContribution[]): MatchExplanation {
  return { queryName, matchedName, features, summary: summarise(queryName, matchedName, score, features) };
}
