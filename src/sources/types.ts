import type { Readable } from 'node:stream';
import type { Entity } from '../model/entity.js';

/** One input file of a source. `.gz` and `.zip` members are decompressed before a parser sees them. */
export interface SourceFile {
  /** Path or name used in error messages, e.g. "sdn_advanced.xml.gz" or "CONS_ENHANCED.ZIP!CONS_ENHANCED.XML". */
  name: string;
  /** Base name without compression suffix, lower-cased: "sdn_advanced.xml", "add.csv". */
  baseName: string;
  open(): Promise<Readable>;
}

export interface ParseContext {
  dataset: string;
  files: SourceFile[];
  /** Parsers report the publication date the publisher wrote into the file (ISO yyyy-mm-dd). */
  setPublished(isoDate: string): void;
  warn(message: string): void;
}

export interface SourceFormat {
  /** e.g. "ofac_advanced_xml" */
  name: string;
  description: string;
  /** The dataset this format yields when the caller does not name one (may depend on the file). */
  defaultDataset(files: SourceFile[]): string;
  /**
   * Recognise the format from the first bytes (decoded as latin1, up to 64 KiB) and the base name of one file.
   * Multi-file formats (OFAC legacy CSV) recognise their principal file.
   */
  detect(head: string, baseName: string): boolean;
  /** Names (base names) of companion files this format reads next to the principal one, e.g. add.csv. */
  companions?(principal: SourceFile): string[];
  parse(ctx: ParseContext): AsyncIterable<Entity>;
}

export interface DatasetInfo {
  name: string;
  title: string;
  publisher: string;
  country: string;
  licence: string;
  format: string;
  /** Official download URLs; several when the format is a set of files. */
  urls: string[];
  /** Where under a VIGIL_LISTS_DIR tree (laid out like ../shared/data) to look for local copies. */
  localGlobs: string[];
  enabledByDefault: boolean;
  homepage?: string;
}
