import type { CountryLink, Gender, NameKind, PartialDate, Schema } from '../model/entity.js';

/** Non-name evidence: each function compares one property and says why, for the explanation. */

type DateAgreement = { kind: 'exact' | 'month' | 'year' | 'range'; detail: string };
export type DateOutcome = DateAgreement | { kind: 'conflict'; detail: string } | null;

const PRECISION: Record<number, 'year' | 'month' | 'exact'> = { 4: 'year', 7: 'month', 10: 'exact' };

function cleanDate(d: string | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(d.trim());
  return m ? m[0] : null;
}

/**
 * Compares the query's birth date with every listed one at their common precision
 * ("1965" vs "1965-04-25" agree on the year). The best agreement wins; a conflict only
 * when no listed date agrees, since lists often give several alternative dates.
 */
export function compareBirthDate(query: string | undefined, listed: readonly PartialDate[] | undefined): DateOutcome {
  const q = cleanDate(query);
  if (!q || !listed?.length) return null;
  const rank = { exact: 4, month: 3, year: 2, range: 1 } as const;
  let best: DateAgreement | null = null;
  let conflictWith: string | null = null;
  for (const d of listed) {
    let outcome: DateAgreement | null = null;
    const date = cleanDate(d.date);
    if (date) {
      const n = Math.min(date.length, q.length);
      if (date.slice(0, n) === q.slice(0, n)) {
        const kind = PRECISION[n] ?? 'year';
        outcome = {
          kind,
          detail:
            kind === 'exact'
              ? `birth date ${q} matches exactly`
              : `birth date ${q} agrees with listed ${date} to the ${kind}`,
        };
      } else conflictWith ??= date;
    } else {
      const from = cleanDate(d.from);
      const to = cleanDate(d.to);
      if (from || to) {
        const lo = from ?? '0000';
        const hi = to ?? '9999';
        // Compare at the range bounds' own precision so that "1965-04-25" lies in 1960..1965.
        const qLo = q.slice(0, lo.length);
        const qHi = q.slice(0, hi.length);
        if (qLo >= lo && qHi <= hi) outcome = { kind: 'range', detail: `birth date ${q} lies within listed range ${from ?? '…'}–${to ?? '…'}` };
        else conflictWith ??= `${from ?? '…'}–${to ?? '…'}`;
      }
    }
    if (outcome && (!best || rank[outcome.kind] > rank[best.kind])) best = outcome;
  }
  if (best) return best;
  return conflictWith ? { kind: 'conflict', detail: `birth date ${q} differs from listed ${conflictWith}` } : null;
}

export type CountryOutcome = { kind: 'match' | 'conflict'; detail: string } | null;

/** Places of birth say nothing about where someone lives or what they hold, but all other roles count. */
export function compareCountries(query: readonly string[] | undefined, listed: readonly CountryLink[] | undefined): CountryOutcome {
  if (!query?.length || !listed?.length) return null;
  const codes = new Set<string>();
  for (const c of listed) if (c.code) codes.add(c.code.toUpperCase());
  if (!codes.size) return null;
  const q = query.map((c) => c.toUpperCase());
  const hit = q.find((c) => codes.has(c));
  if (hit) return { kind: 'match', detail: `country ${hit} is linked to the listed entity` };
  return { kind: 'conflict', detail: `country ${q.join(', ')} vs listed ${[...codes].join(', ')}` };
}

export function genderConflict(query: Gender | undefined, listed: Gender | undefined): string | null {
  if (!query || !listed || query === listed) return null;
  return `gender ${query} vs listed ${listed}`;
}

const ORGANISATIONS: ReadonlySet<Schema> = new Set(['Organization', 'Company', 'LegalEntity']);

/**
 * Organization, Company and LegalEntity describe the same kind of thing at different precision,
 * and LegalEntity (as in FollowTheMoney) is also the parent of Person, so lists use it when they do
 * not know. Every other pair of different schemas is a different kind of thing.
 */
export function schemasCompatible(query: Schema | undefined, listed: Schema): boolean {
  if (!query || query === listed) return true;
  if (ORGANISATIONS.has(query) && ORGANISATIONS.has(listed)) return true;
  if ((query === 'LegalEntity' && listed === 'Person') || (query === 'Person' && listed === 'LegalEntity')) return true;
  return false;
}

export function isWeakName(kind: NameKind): boolean {
  return kind === 'weak' || kind === 'low_quality';
}
