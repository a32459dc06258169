import type { Entity, Gender, IdentifierType, Schema } from '../model/entity.js';

/** Contract of the matching engine, used by the service layer, CLI, API, eval and bench. */

export interface QueryIdentifier {
  type: IdentifierType;
  value: string;
  asset?: string;
}

export interface ScreenQuery {
  /** Caller's own reference, echoed back. */
  id?: string;
  name: string;
  schema?: Schema;
  /** Partial ISO date: "1965", "1965-04" or "1965-04-25". */
  birthDate?: string;
  /** ISO 3166-1 alpha-2 codes (nationality, citizenship, residence, jurisdiction). */
  countries?: string[];
  gender?: Gender;
  identifiers?: QueryIdentifier[];
}

export interface FeatureContribution {
  /** Feature name as listed in the algorithm's weight table, e.g. "name_token_alignment", "birth_date_conflict". */
  feature: string;
  /** The feature's raw value in [0, 1] (or -1..1 for signed features). */
  value: number;
  weight: number;
  /** value × weight as it entered the score. */
  contribution: number;
  /** Human-readable reason, e.g. "Gim ~ Kim (Korean surname variant)". */
  detail?: string;
}

export interface MatchExplanation {
  queryName: string;
  matchedName: string;
  features: FeatureContribution[];
  /** One readable sentence: why this is (or is not) a match. */
  summary: string;
}

export interface Match {
  entityId: string;
  dataset: string;
  caption: string;
  schema: Schema;
  score: number;
  matchedName: string;
  /** True when an identifier (wallet, passport, IMO, ...) matched exactly after normalisation. */
  identifierMatch: boolean;
  explanation: MatchExplanation;
  /**
   * Other lists' entries for the same target (cross-list resolution). A listing that matched this
   * query too is folded in here with its own match, under the best-scoring one.
   */
  alsoListedBy?: AlsoListed[];
}

export interface AlsoListed {
  entityId: string;
  dataset: string;
  caption: string;
  /** Why it is the same target: the shared identifier, or the names and birth dates that agreed. */
  reason: string;
  /** This listing's own match, when it matched the query as well. */
  match?: Omit<Match, 'alsoListedBy'>;
}

export interface ScreenOptions {
  threshold?: number;
  limit?: number;
  /** Restrict to these datasets. */
  datasets?: string[];
}

export interface ScreenResult {
  id?: string;
  decision: 'alert' | 'clear';
  matches: Match[];
  algorithm: { name: string; version: string };
  threshold: number;
}

export interface CompareResult {
  score: number;
  explanation: MatchExplanation;
  algorithm: { name: string; version: string };
}

/** An immutable, in-memory index over a set of entities. Build once, query from many callers. */
export interface MatchIndex {
  readonly size: number;
  screen(query: ScreenQuery, options?: ScreenOptions): ScreenResult;
  entity(id: string): Entity | undefined;
}
