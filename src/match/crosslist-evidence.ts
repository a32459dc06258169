import type { Entity, Identifier, PartialDate, Schema } from '../model/entity.js';
import { describeIdentifier, normaliseIdentifier, type IdentifierKind, type NormalisedIdentifier } from './identifiers.js';

/**
 * The pieces of evidence cross-list resolution weighs: which identifiers are strong enough to say
 * "same person" on their own, which schemas can be the same thing, and when two birth dates agree.
 */

export type SchemaFamily = 'person' | 'org' | 'vessel' | 'aircraft' | 'wallet' | 'any';

const FAMILY: Record<Schema, SchemaFamily> = {
  Person: 'person',
  Organization: 'org',
  Company: 'org',
  Vessel: 'vessel',
  Aircraft: 'aircraft',
  CryptoWallet: 'wallet',
  // Lists that do not say what a target is (an unknown Type) give LegalEntity: it can be anything.
  LegalEntity: 'any',
};

export function schemaFamily(schema: Schema): SchemaFamily {
  return FAMILY[schema];
}

export function compatibleSchemas(a: Schema, b: Schema): boolean {
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  return fa === fb || fa === 'any' || fb === 'any';
}

/**
 * Identifier kinds that name one person, company, ship or wallet. Emails, phones and websites are
 * shared by related companies and families; BIC branch codes are folded by the matcher into the
 * head office, which is a different legal person from a listed branch, so only exact keys count.
 */
const STRONG_KINDS: ReadonlySet<IdentifierKind> = new Set(['document', 'imo', 'crypto', 'lei', 'bic', 'un_ref', 'mmsi', 'aircraft']);

/** Document numbers shorter than this collide across countries (national IDs "12345" and the like). */
const MIN_PERSONAL_DOCUMENT = 6;
/** Registration and tax numbers are shorter-lived and reused across registries: ask for more digits. */
const MIN_COMPANY_DOCUMENT = 9;

export interface StrongIdentifier {
  id: NormalisedIdentifier;
  source: Identifier;
}

export function strongIdentifiers(entity: Entity): StrongIdentifier[] {
  const out: StrongIdentifier[] = [];
  for (const ident of entity.identifiers ?? []) {
    const n = normaliseIdentifier(ident.type, ident.value, ident.asset);
    if (!n || !STRONG_KINDS.has(n.kind)) continue;
    if (n.kind === 'document') {
      if (ident.type === 'other_id' || !/\d/.test(n.value)) continue;
      const min = ident.type === 'passport' || ident.type === 'national_id' ? MIN_PERSONAL_DOCUMENT : MIN_COMPANY_DOCUMENT;
      if (n.value.length < min) continue;
    }
    if (n.kind === 'imo' && n.checksumValid === false) continue;
    if (!out.some((o) => o.id.key === n.key)) out.push({ id: n, source: ident });
  }
  return out;
}

/** Two documents with the same number issued by different countries are different documents. */
export function countriesCompatible(a: Identifier, b: Identifier): boolean {
  return !a.country || !b.country || a.country === b.country;
}

export function describeStrong(s: StrongIdentifier): string {
  return describeIdentifier(s.id);
}

/** Kinds of which a target has exactly one: two different values mean two different targets. */
const SINGULAR_KINDS: ReadonlySet<IdentifierKind> = new Set(['un_ref', 'imo', 'lei']);

/** The first identifier kind both carry with no value in common, if any. */
export function conflictingIdentifier(a: readonly StrongIdentifier[], b: readonly StrongIdentifier[]): IdentifierKind | undefined {
  for (const kind of SINGULAR_KINDS) {
    const av = a.filter((s) => s.id.kind === kind).map((s) => s.id.key);
    const bv = new Set(b.filter((s) => s.id.kind === kind).map((s) => s.id.key));
    if (av.length > 0 && bv.size > 0 && !av.some((k) => bv.has(k))) return kind;
  }
  return undefined;
}

export type DateAgreement = 'exact' | 'month' | 'year';

export interface BirthDateAgreement {
  agreement: DateAgreement;
  a: string;
  b: string;
}

/** The dates a PartialDate can be: one date, or both ends of a range. */
function points(d: PartialDate): string[] {
  if (d.date) return [d.date];
  return [d.from, d.to].filter((x): x is string => !!x);
}

/**
 * The best agreement between any of a's and any of b's birth dates (lists give alternatives).
 * Two full dates agree only when equal; a year-only or month-only date agrees with any date in it.
 */
export function birthDatesAgree(a: readonly PartialDate[], b: readonly PartialDate[]): BirthDateAgreement | undefined {
  let best: BirthDateAgreement | undefined;
  const rank: Record<DateAgreement, number> = { exact: 3, month: 2, year: 1 };
  for (const da of a) {
    for (const x of points(da)) {
      for (const db of b) {
        for (const y of points(db)) {
          const shorter = Math.min(x.length, y.length);
          if (shorter < 4 || x.slice(0, shorter) !== y.slice(0, shorter)) continue;
          const agreement: DateAgreement = shorter >= 10 ? 'exact' : shorter >= 7 ? 'month' : 'year';
          if (!best || rank[agreement] > rank[best.agreement]) best = { agreement, a: x, b: y };
        }
      }
    }
  }
  return best;
}

/** ISO country codes an entity is tied to, whatever the role. */
export function countryCodes(entity: Entity): Set<string> {
  const out = new Set<string>();
  for (const c of entity.countries ?? []) if (c.code) out.add(c.code);
  for (const a of entity.addresses ?? []) if (a.country && /^[A-Z]{2}$/.test(a.country)) out.add(a.country);
  return out;
}
