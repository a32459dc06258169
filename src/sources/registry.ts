import * as ofacAdvanced from './ofac-advanced.js';
import * as ofacClassicXml from './ofac-classic-xml.js';
import * as ofacCsv from './ofac-csv.js';
import * as ofacEnhanced from './ofac-enhanced.js';
import * as ukOfsi from './uk-ofsi.js';
import * as unXml from './un-xml.js';
import type { DatasetInfo, SourceFormat } from './types.js';

/**
 * Every format Vigil reads and every dataset it knows, with official URLs and licences.
 * Format modules export their own `formats` and `datasets`; this is the one place that lists them.
 */
const modules: { formats: SourceFormat[]; datasets: DatasetInfo[] }[] = [ofacAdvanced, ofacClassicXml, ofacCsv, ofacEnhanced, unXml, ukOfsi];

export const FORMATS: readonly SourceFormat[] = modules.flatMap((m) => m.formats);
export const DATASETS: readonly DatasetInfo[] = modules.flatMap((m) => m.datasets);

/** Formats whose dataset name is chosen by the user (generic and custom lists). */
export function isGenericFormat(format: SourceFormat): boolean {
  return !DATASETS.some((d) => d.format === format.name);
}

export function datasetInfo(name: string): DatasetInfo | undefined {
  return DATASETS.find((d) => d.name === name);
}

export function formatByName(name: string): SourceFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
