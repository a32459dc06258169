import type { Schema, Script } from '../model/entity.js';

/**
 * Contract between text analysis (src/text) and matching (src/match).
 * Text analysis is pure: the same input always gives the same output, and nothing here does I/O.
 */

export type TokenRole =
  | 'word' // an ordinary name part
  | 'legal_form' // LLC, GmbH, OOO, Company Limited ... (understood, never required)
  | 'common' // low-information words: trading, international, company, group, the, of, al (article) ...
  | 'title' // Dr, Haji, Sheikh, Mr, General ...
  | 'number' // 110, 110th -> "110"
  | 'initial'; // a single letter

export interface NameToken {
  /** Normalised Latin form: lower-case a-z and 0-9 only (romanised when the source script is not Latin). */
  form: string;
  /**
   * Match keys for this token, most specific first; always includes `form`.
   * Two tokens that are spelling variants of one another (Kim/Gim, Ri/Lee/Rhee, Mohammed/Muhammad,
   * Schtschukin/Shchukin, Tech/Technology) share at least one key. Keys are what the inverted index stores.
   */
  keys: string[];
  role: TokenRole;
  /** Script of the text this token came from. */
  script: Script;
  /**
   * Written as one word with the previous token: a syllable of a split Hangul or Han given name
   * (진희 -> jin, hee) or a hyphenated part (Hee-jin). The order of such parts is part of the name.
   */
  bound?: boolean;
}

export interface AnalysedName {
  original: string;
  /** Dominant script of the original. */
  script: Script;
  /**
   * Alternative Latin readings of the whole name, each a token list in the original order.
   * Latin input normally has one reading; Hangul, Han or Cyrillic input may have several
   * (e.g. different romanisation systems, or a Korean given name both split by syllable and joined).
   */
  readings: NameToken[][];
}

export interface AnalyseOptions {
  /** Schema hint: organisations get legal-form handling, persons get title/honorific handling. */
  schema?: Schema;
}
