import type { Entity } from '../../src/model/entity.js';
import type { SourceFile, SourceFormat } from '../../src/sources/types.js';

export interface ParseResult {
  entities: Entity[];
  published: string | undefined;
  warnings: string[];
  ms: number;
}

/** Runs a format's parser to the end, collecting what it reports. */
export async function parseAll(format: SourceFormat, files: SourceFile[], dataset = format.defaultDataset(files)): Promise<ParseResult> {
  const entities: Entity[] = [];
  const warnings: string[] = [];
  let published: string | undefined;
  const t0 = performance.now();
  for await (const e of format.parse({ dataset, files, setPublished: (d) => (published = d), warn: (w) => warnings.push(w) })) entities.push(e);
  return { entities, published, warnings, ms: performance.now() - t0 };
}
