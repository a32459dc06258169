/**
 * Spellings of one romanised word from a sequence of choices.
 *
 * The romanisers of abugidas and syllabaries (Indic scripts, Thai, Ethiopic, Burmese...) know, for
 * many letters, that the usual English spelling of a name may use one of a few values (Thai ว is
 * w or v; a Hindi word-final inherent vowel is usually silent but kept after a cluster; Ethiopic
 * ቀ is k or q). They emit one choice per written unit, the usual value first, and this module turns
 * the sequence into the usual spelling plus the variants that differ from it in the fewest places.
 */

/** The spellings of one written unit: the usual one first; '' is a silent unit. */
export type Choice = readonly string[];

/** How many spellings a word may have at most (the usual one included). */
export const MAX_SPELLINGS = 16;

/**
 * The usual spelling (every first choice), then the spellings with one unit changed, then two, in
 * the order of the units, until `limit` distinct spellings are made. Empty spellings are left out.
 */
export function spellOut(parts: readonly Choice[], limit = MAX_SPELLINGS): string[] {
  const usual = parts.map((p) => p[0] ?? '').join('');
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    if (s.length > 0 && !seen.has(s) && out.length < limit) {
      seen.add(s);
      out.push(s);
    }
  };
  add(usual);
  const open = parts.map((p, i) => (p.length > 1 ? i : -1)).filter((i) => i >= 0);
  const pick = parts.map(() => 0);
  const spell = (): string => parts.map((p, i) => p[pick[i] as number] ?? '').join('');
  // Changes at k units, k = 1, 2: enough for the alternatives a name usually needs.
  for (const a of open) {
    for (let x = 1; x < (parts[a] as Choice).length; x++) {
      pick[a] = x;
      add(spell());
    }
    pick[a] = 0;
  }
  for (let ai = 0; ai < open.length && out.length < limit; ai++) {
    const a = open[ai] as number;
    for (let bi = ai + 1; bi < open.length && out.length < limit; bi++) {
      const b = open[bi] as number;
      for (let x = 1; x < (parts[a] as Choice).length; x++) {
        for (let y = 1; y < (parts[b] as Choice).length; y++) {
          pick[a] = x;
          pick[b] = y;
          add(spell());
        }
      }
      pick[a] = 0;
      pick[b] = 0;
    }
  }
  return out;
}
