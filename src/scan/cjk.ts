import type { CjkRun } from './doc-tokens.js';
import type { CjkName, ScanIndex } from './scan-index.js';

/**
 * Chinese and Japanese are written without spaces and Korean attaches particles to names
 * (김상만은, 김상만의), so CJK names are found literally: the listed original-script name as a
 * substring of a CJK run (Han, kana) or at the start of a Hangul word.
 */

const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const NOT_CJK = /[^\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
const HANGUL = /^[\uac00-\ud7af]/;
/** Korean particles and endings that follow a name: longer tails mean the name is part of another word. */
const MAX_HANGUL_TAIL = 3;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Listed CJK names without spaces, middle dots or brackets: documents write them either way. */
export function compactCjk(text: string): string {
  return text.normalize('NFKC').replace(NOT_CJK, '');
}

export interface CjkHit {
  start: number;
  end: number;
  name: CjkName;
}

export function findCjkNames(index: ScanIndex, runs: readonly CjkRun[]): CjkHit[] {
  const hits: CjkHit[] = [];
  if (index.cjk.size === 0) return hits;
  for (const run of runs) {
    const hangul = HANGUL.test(run.text);
    // A Hangul run is one word: a name starts it. Han and kana runs are whole phrases: a name may start anywhere.
    const last = hangul ? 0 : run.text.length - 2;
    for (let p = 0; p <= last; p++) {
      const cands = index.cjk.get(run.text.slice(p, p + 2));
      if (!cands) continue;
      for (const name of cands) {
        if (!run.text.startsWith(name.compact, p)) continue;
        if (hangul && run.text.length - name.compact.length > MAX_HANGUL_TAIL) continue;
        hits.push({ start: run.start + p, end: run.start + p + name.compact.length, name });
      }
    }
  }
  return hits;
}
