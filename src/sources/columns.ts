import { SourceError } from './errors.js';

/** Column lookup by header name, so a publisher reordering or adding columns does not shift fields. */
export interface Columns {
  /** Trimmed cell text of a named column ('' when the row is short or the column is optional and absent). */
  get(cells: readonly string[], name: string): string;
  has(name: string): boolean;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Maps a header row. Every required column must be present; the error names the missing ones,
 * the file and the header's position.
 */
export function columnsFromHeader(header: readonly string[], required: readonly string[], file: string, position: string): Columns {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = fold(h);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  const missing = required.filter((name) => !index.has(fold(name)));
  if (missing.length > 0) {
    throw new SourceError(file, position, `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
  return {
    get(cells, name) {
      const i = index.get(fold(name));
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
    has(name) {
      return index.has(fold(name));
    },
  };
}
