import type { NameKind, Schema } from '../model/entity.js';
import type { FeatureContribution } from '../match/types.js';

/** One place in the text where a listed party or one of its identifiers is named. */
export interface ScanMention {
  /** UTF-16 offsets into the original text: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  caption: string;
  dataset: string;
  schema: Schema;
  score: number;
  kind: 'name' | 'identifier';
  /** The listed name or identifier that was found. */
  matched: string;
  /** One readable sentence: what matched and why it counts. */
  explanation: string;
  features?: FeatureContribution[];
}

export interface ScanEntityHit {
  entityId: string;
  caption: string;
  dataset: string;
  schema: Schema;
  /** Best mention score. */
  score: number;
  mentions: number;
}

export interface ScanResult {
  mentions: ScanMention[];
  entities: ScanEntityHit[];
  stats: { chars: number; tokens: number; candidatesVerified: number; ms: number };
}

export interface ScanOptions {
  /** Name mentions scoring below this are not reported (identifiers always score 0.99). */
  threshold?: number;
  /** Restrict to these datasets. */
  datasets?: string[];
}

/** A listed name as the scanner indexes it. */
export interface ListedRef {
  entity: number;
  name: string;
  kind: NameKind;
}
