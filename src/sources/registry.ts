import * as auDfat from './au-dfat.js';
import * as caSema from './ca-sema.js';
import * as chSeco from './ch-seco.js';
import * as custom from './custom.js';
import * as euFsf from './eu-fsf.js';
import * as ftmJson from './ftm-json.js';
import * as jpMof from './jp-mof.js';
import * as krFsc from './kr-fsc.js';
import * as ofacAdvanced from './ofac-advanced.js';
import * as ofacClassicXml from './ofac-classic-xml.js';
import * as ofacCsv from './ofac-csv.js';
import * as ofacEnhanced from './ofac-enhanced.js';
import * as ukFcdo from './uk-fcdo.js';
import * as ukOfsi from './uk-ofsi.js';
import * as unXml from './un-xml.js';
import type { DatasetInfo, SourceFormat } from './types.js';

/**
 * Every format Vigil reads and every dataset it knows, with official URLs and licences.
 * Format modules export their own `formats` and `datasets`; this is the one place that lists them.
 * Order matters for detection: specific formats come before generic ones.
 */
const modules: { formats: SourceFormat[]; datasets: DatasetInfo[] }[] = [
  ofacAdvanced,
  ofacClassicXml,
  ofacCsv,
  ofacEnhanced,
  unXml,
  euFsf,
  ukOfsi,
  ukFcdo,
  auDfat,
  krFsc,
  chSeco,
  caSema,
  jpMof,
  ftmJson,
  custom,
];

export const FORMATS: readonly SourceFormat[] = modules.flatMap((m) => m.formats);
export const DATASETS: readonly DatasetInfo[] = modules.flatMap((m) => m.datasets);

/** Formats whose records carry no dataset of their own, so the user names it (`--dataset`). */
const GENERIC_FORMATS = new Set<string>([...custom.formats.map((f) => f.name), ...ftmJson.formats.map((f) => f.name)]);

export function isGenericFormat(format: SourceFormat): boolean {
  return GENERIC_FORMATS.has(format.name);
}

export function datasetInfo(name: string): DatasetInfo | undefined {
  return DATASETS.find((d) => d.name === name);
}

export function formatByName(name: string): SourceFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
