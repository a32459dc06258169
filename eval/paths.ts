import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Compiled to dist/eval/paths.js, run from source by vitest: the repository root is one or two levels up. */
const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = /[\\/]dist[\\/](eval|bench)$/.test(here) ? resolve(here, '../..') : resolve(here, '..');

/** Real list files, laid out as in the shared data folder (VIGIL_LISTS_DIR overrides, as for `vigil update --from`). */
export const LISTS_DIR = process.env.VIGIL_LISTS_DIR ?? resolve(REPO_ROOT, '../shared/data');
export const EVAL_DEV_DIR = process.env.VIGIL_EVAL_DEV_DIR ?? resolve(REPO_ROOT, '../shared/eval-dev');
