import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DEV_DIR } from './paths.js';

/** Reads a TSV with a header row into records keyed by column name. */
export function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export interface KoreanPerson {
  hangul: string;
  english: string;
}

export function koreanPersons(dir = EVAL_DEV_DIR): KoreanPerson[] {
  return readTsv(join(dir, 'korean_person_pairs.dev.tsv'))
    .filter((r) => r.clean === '1' && r.hangul && r.english_label)
    .map((r) => ({ hangul: r.hangul as string, english: r.english_label as string }));
}

export interface RomanisationPair {
  hangul: string;
  a: string;
  b: string;
}

export function koreanRomanisationPairs(dir = EVAL_DEV_DIR): RomanisationPair[] {
  return readTsv(join(dir, 'korean_cross_romanisation_pairs.dev.tsv')).map((r) => ({ hangul: r.hangul ?? '', a: r.name_a ?? '', b: r.name_b ?? '' }));
}

export interface ArabicToken {
  arabic: string;
  variants: { latin: string; count: number }[];
}

export function arabicTokens(dir = EVAL_DEV_DIR): ArabicToken[] {
  const byToken = new Map<string, ArabicToken>();
  for (const r of readTsv(join(dir, 'arabic_token_variants.dev.tsv'))) {
    const arabic = r.arabic_token ?? '';
    const entry = byToken.get(arabic) ?? { arabic, variants: [] };
    entry.variants.push({ latin: r.latin_variant ?? '', count: Number(r.count ?? 0) });
    byToken.set(arabic, entry);
  }
  return [...byToken.values()];
}
