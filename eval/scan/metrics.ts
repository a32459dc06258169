/**
 * Entity-level precision and recall of the scanner on hand-written texts. A case expects groups of
 * entity ids: one group per party the text names, holding every list's id for that party (one
 * person is often listed by OFAC, the UN and the UK alike). A found id inside some group is a true
 * positive; any other found id is a false positive; a group none of whose ids is found is a miss.
 */
export interface ScanCase {
  id: string;
  lang: string;
  text: string;
  expect: string[][];
}

export interface CaseOutcome {
  id: string;
  lang: string;
  truePositives: string[];
  falsePositives: string[];
  missed: string[][];
}

export interface ScanTotals {
  cases: number;
  truePositives: number;
  falsePositives: number;
  partiesExpected: number;
  partiesFound: number;
  precision: number;
  recall: number;
}

export function scoreCase(c: ScanCase, found: readonly string[]): CaseOutcome {
  const expected = new Set(c.expect.flat());
  const got = new Set(found);
  return {
    id: c.id,
    lang: c.lang,
    truePositives: [...got].filter((id) => expected.has(id)),
    falsePositives: [...got].filter((id) => !expected.has(id)),
    missed: c.expect.filter((group) => !group.some((id) => got.has(id))),
  };
}

export function totals(cases: readonly ScanCase[], outcomes: readonly CaseOutcome[]): ScanTotals {
  const tp = outcomes.reduce((n, o) => n + o.truePositives.length, 0);
  const fp = outcomes.reduce((n, o) => n + o.falsePositives.length, 0);
  const expected = cases.reduce((n, c) => n + c.expect.length, 0);
  const missed = outcomes.reduce((n, o) => n + o.missed.length, 0);
  return {
    cases: cases.length,
    truePositives: tp,
    falsePositives: fp,
    partiesExpected: expected,
    partiesFound: expected - missed,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: expected === 0 ? 1 : (expected - missed) / expected,
  };
}
