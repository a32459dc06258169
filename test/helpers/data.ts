import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The real official list files, kept outside the repository (../shared/data next to the checkout). */
export const SHARED_DATA = resolve(process.env.VIGIL_SHARED_DATA ?? join(here, '..', '..', '..', 'shared', 'data'));
export const SHARED_EVAL = resolve(join(SHARED_DATA, '..', 'eval-dev'));
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);

if (!HAS_SHARED_DATA) {
  console.warn(`[vigil tests] ${SHARED_DATA} is absent: integration tests on the real list files are skipped.`);
}

export function sharedFile(...parts: string[]): string {
  return join(SHARED_DATA, ...parts);
}
