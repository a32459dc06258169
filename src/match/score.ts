import type { Entity, NameKind } from '../model/entity.js';
import type { FeatureContribution, ScreenQuery } from './types.js';
import { ALGORITHM } from './algorithm.js';
import { alignAbove, type Alignment, type PairMemo, type ScoringToken } from './align.js';
import { compareBirthDate, compareCountries, genderConflict, isWeakName, schemasCompatible } from './features.js';
import { describeIdentifier, type IdentifierHit } from './identifiers.js';
import { describePairs } from './explain.js';

const W = ALGORITHM.weights;

/** Schemas a legal form can belong to (LegalEntity may be either a person or a firm). */
const ORGANISATION_LIKE: ReadonlySet<Entity['schema']> = new Set<Entity['schema']>(['Organization', 'Company', 'LegalEntity']);

/** A name ready for scoring: every Latin reading as weighted tokens. */
export interface ScoringName {
  text: string;
  kind: NameKind;
  readings: readonly (readonly ScoringToken[])[];
  /** totalWeight of each reading, when precomputed (an index's listed names): saves a sum per alignment. */
  totals?: readonly number[];
  /** Each reading's token ids (an index's listed names), for the pair memo. */
  ids?: readonly Int32Array[];
}

export interface NameMatch {
  alignment: Alignment;
  /** Name-only score: the coverage features combined, before any adjustment. */
  nameScore: number;
}

/**
 * Best alignment over every pair of readings (a Hangul name has several romanisations). With
 * `floor`, reading pairs that provably score below it are not aligned, and null means none reaches it.
 * `memo` must have begun on `query` (PairMemo.begin).
 */
export function matchNames(query: ScoringName, listed: ScoringName, floor?: number, memo?: PairMemo): NameMatch | null {
  let best: NameMatch | null = null;
  const totals = listed.totals;
  const ids = listed.ids;
  for (let qi = 0; qi < query.readings.length; qi++) {
    const qr = query.readings[qi]!;
    for (let li = 0; li < listed.readings.length; li++) {
      const lr = listed.readings[li]!;
      // Once a reading pair has scored, only a better one matters: raise the floor to it.
      const atLeast = floor === undefined ? undefined : best ? Math.max(floor, best.nameScore) : floor;
      const alignment = alignAbove(qr, lr, totals?.[li], { floor: atLeast, memo, reading: qi, listedIds: ids?.[li] });
      if (!alignment) continue;
      const nameScore = W.name_query_coverage * alignment.queryCoverage + W.name_candidate_coverage * alignment.candidateCoverage;
      if (!best || nameScore > best.nameScore) best = { alignment, nameScore };
    }
  }
  return best;
}

export interface Scored {
  score: number;
  features: FeatureContribution[];
}

function feature(name: keyof typeof W, value: number, detail: string): FeatureContribution {
  const weight = W[name];
  return { feature: name, value, weight, contribution: value * weight, detail };
}

/**
 * Every feature of one (query, listed name, entity) triple, in the order of the weight table.
 * `nameMatch` is null when the names share nothing (an identifier-only hit). With `detailed`
 * false the name features' readable details are left empty: the score is the same, for less work.
 */
export function scoreMatch(
  query: ScreenQuery,
  entity: Entity,
  listedKind: NameKind,
  nameMatch: NameMatch | null,
  identifierHits: readonly IdentifierHit[],
  detailed = true,
): Scored {
  const features: FeatureContribution[] = [];
  const a = nameMatch?.alignment;
  if (a) {
    features.push(feature('name_query_coverage', a.queryCoverage, detailed ? describePairs(a) || 'no query name part matched' : ''));
    const unmatched = detailed ? a.unmatchedListed : [];
    features.push(
      feature('name_candidate_coverage', a.candidateCoverage, unmatched.length ? `listed name parts not in the query: ${unmatched.join(', ')}` : detailed ? 'every listed name part matched' : ''),
    );
    if (a.numberMismatch) {
      features.push(feature('number_mismatch', 1, `number ${a.numberMismatch.query} ≠ ${a.numberMismatch.listed}`));
    }
    if (a.querySignificant === 1 && a.listedSignificant >= 2 && a.listedSignificantMatched < a.listedSignificant) {
      features.push(
        feature('single_token_query', 1, `one-word query matches ${a.listedSignificantMatched} of ${a.listedSignificant} listed name words`),
      );
    }
    // One aligned piece covers the listed name: one word, or one word written split (유진 as Yoo Jin).
    if (a.pairCount === 1 && a.listedSignificantMatched === a.listedSignificant && !ORGANISATION_LIKE.has(entity.schema)) {
      // Only reached for one-piece matches, so the lazily built leftovers cost nothing in general.
      const legal = a.unmatchedLegalForms;
      if (legal.length > 0) {
        features.push(feature('single_word_legal_form', 1, `only one name part matches, and legal form ${legal.join(', ')} does not fit a listed ${entity.schema}`));
      }
    }
    if (isWeakName(listedKind)) features.push(feature('name_kind_weak', 1, `matched a ${listedKind.replace('_', '-')} alias`));
  }

  const date = compareBirthDate(query.birthDate, entity.birthDates);
  if (date) {
    const name = date.kind === 'conflict' ? 'birth_date_conflict' : date.kind === 'exact' ? 'birth_date_exact' : `birth_date_${date.kind}` as const;
    features.push(feature(name, 1, date.detail));
  }
  const country = compareCountries(query.countries, entity.countries);
  if (country) features.push(feature(country.kind === 'match' ? 'country_match' : 'country_conflict', 1, country.detail));
  const gender = genderConflict(query.gender, entity.gender);
  if (gender) features.push(feature('gender_conflict', 1, gender));

  let score = 0;
  for (const f of features) score += f.contribution;
  // Adjustments refine a name match; on their own (no name evidence) they identify nobody.
  score = a ? Math.min(1, Math.max(0, score)) : 0;

  if (!schemasCompatible(query.schema, entity.schema)) {
    features.push({
      feature: 'schema_incompatible',
      value: 1,
      weight: -1,
      contribution: -score,
      detail: `schema ${query.schema} vs ${entity.schema}: incompatible`,
    });
    score = 0;
  }

  if (identifierHits.length) {
    const hit = identifierHits[0]!;
    const detail = `${describeIdentifier(hit.query)} matches listed ${describeIdentifier(hit.listed)}${
      identifierHits.length > 1 ? ` and ${identifierHits.length - 1} more identifier(s)` : ''
    }`;
    const raised = Math.max(score, W.identifier_match);
    features.push({ feature: 'identifier_match', value: 1, weight: W.identifier_match, contribution: raised - score, detail });
    score = raised;
  }
  return { score, features };
}
