import {
  describeIdentifier,
  normaliseBic,
  normaliseCrypto,
  normaliseDocument,
  normaliseEmail,
  normaliseImo,
  normalisePhone,
  normaliseWebsite,
  type NormalisedIdentifier,
} from '../match/identifiers.js';
import type { ListedIdentifier, ScanIndex } from './scan-index.js';

/**
 * Identifiers anywhere in the text. Every pattern is a cheap, linear regex; a candidate counts only
 * when its normalised value is listed exactly, so an unlisted wallet, number or domain is never reported.
 */

export interface IdentifierHitInText {
  start: number;
  end: number;
  found: NormalisedIdentifier;
  listed: ListedIdentifier;
}

/** Base58, bech32, hex and other address alphabets: one long alphanumeric run (EVM 0x…, bc1…, T…, 4…, ltc1…). */
const CRYPTO = /(?<![A-Za-z0-9])(?:[a-z]+:)?[A-Za-z0-9]{25,110}(?![A-Za-z0-9])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
const PHONE = /(?<![\w+])(?:\+|00)?\d[\d\s().-]{5,18}\d(?!\d)/g;
const IMO = /\bIMO[\s:#.-]*(?:No\.?\s*|Nr\.?\s*|number\s*)?(\d{7})\b/gi;
const DOMAIN = /(?<![@\w.-])(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w@-])/gi;
/** Document numbers: a run of letters and digits with at least one digit, possibly grouped by dashes, dots or slashes. */
const DOCUMENT = /(?<![A-Za-z0-9])[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){4,24}(?![A-Za-z0-9])/g;
const BIC = /(?<![A-Za-z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])/g;
/** Digit-only numbers this short are invoice and account numbers far more often than passports. */
const MIN_BARE_DIGITS = 8;
const DOCUMENT_CUE = /passport|pass(?:nummer|-nr)?|reisepass|паспорт|여권|护照|護照|جواز|ID|identity|Ausweis|document/i;
const CUE_WINDOW = 40;

export function findIdentifiers(index: ScanIndex, text: string, allowedEntity: ((e: number) => boolean) | null): IdentifierHitInText[] {
  const hits: IdentifierHitInText[] = [];
  const seen = new Set<string>();
  const kinds = index.identifierKinds;
  const add = (start: number, end: number, found: NormalisedIdentifier | null): void => {
    if (!found) return;
    const listed = index.identifiers.get(found.key);
    if (!listed) return;
    for (const l of listed) {
      if (allowedEntity && !allowedEntity(l.entity)) continue;
      const k = `${start}:${l.entity}`;
      if (seen.has(k)) continue;
      seen.add(k);
      hits.push({ start, end, found, listed: l });
    }
  };

  if (kinds.has('crypto')) {
    for (const m of text.matchAll(CRYPTO)) {
      const value = m[0];
      const colon = value.indexOf(':');
      const start = m.index + (colon >= 0 ? colon + 1 : 0);
      add(start, m.index + value.length, normaliseCrypto(value.slice(colon + 1)));
      // Cash-address style prefixes (bitcoincash:q…) are part of some listed values.
      if (colon >= 0) add(m.index, m.index + value.length, normaliseCrypto(value));
    }
  }
  if (kinds.has('email')) for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, normaliseEmail(m[0]));
  if (kinds.has('website')) {
    for (const m of text.matchAll(DOMAIN)) {
      // A domain inside an e-mail address is the e-mail's business.
      if (text[m.index + m[0].length] === '@') continue;
      add(m.index, m.index + m[0].length, normaliseWebsite(m[0]));
    }
  }
  if (kinds.has('imo')) for (const m of text.matchAll(IMO)) add(m.index, m.index + m[0].length, normaliseImo(m[1]!));
  if (kinds.has('phone')) {
    for (const m of text.matchAll(PHONE)) {
      const raw = m[0].trim();
      const start = m.index + m[0].indexOf(raw);
      add(start, start + raw.length, normalisePhone(raw));
      // Lists often give numbers without their country code: bare digits are the other key.
      const digits = raw.replace(/\D+/g, '');
      if (digits.length >= 7) add(start, start + raw.length, { key: `phone:${digits}`, kind: 'phone', value: digits });
    }
  }
  if (kinds.has('bic')) for (const m of text.matchAll(BIC)) add(m.index, m.index + m[0].length, normaliseBic(m[0]));
  if (kinds.has('document')) {
    for (const m of text.matchAll(DOCUMENT)) {
      const raw = m[0];
      if (!/\d/.test(raw)) continue;
      const doc = normaliseDocument(raw);
      if (!doc || !index.identifiers.has(doc.key)) continue;
      if (/^\d+$/.test(doc.value) && doc.value.length < MIN_BARE_DIGITS) {
        const before = text.slice(Math.max(0, m.index - CUE_WINDOW), m.index);
        if (!DOCUMENT_CUE.test(before)) continue;
      }
      add(m.index, m.index + raw.length, doc);
    }
  }
  return hits;
}

export function describeHit(h: IdentifierHitInText): string {
  return `${describeIdentifier(h.found)} is listed (${describeIdentifier(h.listed.id)})`;
}
