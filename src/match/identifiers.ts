import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { IdentifierType } from '../model/entity.js';

/**
 * Identifier normalisation: two identifiers match when their `key`s are equal.
 * The key carries a class prefix so a passport number never collides with, say, an MMSI.
 */
export interface NormalisedIdentifier {
  /** `<class>:<normalised value>`, the identifier index's key. */
  key: string;
  /** Class of identifier: document numbers of all kinds share one class (lists mislabel them often). */
  kind: IdentifierKind;
  value: string;
  /** Crypto: the asset ticker (ETH, XBT, USDT, ...) for the explanation; it never changes the key. */
  asset?: string;
  /** Set when a checksum (IMO, LEI) could be checked and failed: still indexed, but flagged. */
  checksumValid?: boolean;
}

export type IdentifierKind =
  | 'crypto'
  | 'document'
  | 'email'
  | 'phone'
  | 'website'
  | 'imo'
  | 'mmsi'
  | 'bic'
  | 'lei'
  | 'aircraft'
  | 'un_ref';

const DOCUMENT_TYPES: ReadonlySet<IdentifierType> = new Set(['passport', 'national_id', 'tax_id', 'registration', 'other_id']);

/** Shorter document numbers collide across countries and lists too easily to be an identification. */
const MIN_DOCUMENT_LENGTH = 5;

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/i;
const BECH32_PREFIX = /^(bc1|tb1|ltc1|bcrt1)/i;

export function normaliseCrypto(value: string, asset?: string): NormalisedIdentifier | null {
  const raw = value.trim();
  if (!raw) return null;
  const upperAsset = asset?.trim().toUpperCase() || undefined;
  // EVM addresses are hex: the mixed case is only an EIP-55 checksum, and one address holds every
  // EVM token (ETH, USDT, USDC ...), so the asset must not split it.
  if (EVM_ADDRESS.test(raw)) {
    const v = raw.toLowerCase();
    return { key: `crypto:${v}`, kind: 'crypto', value: v, ...(upperAsset ? { asset: upperAsset } : {}) };
  }
  // Bech32 is case-insensitive by spec and canonically lower-case.
  const v = BECH32_PREFIX.test(raw) ? raw.toLowerCase() : raw;
  // Base58 (BTC legacy, TRX, XMR, LTC ...) is case-sensitive: compare exactly.
  return { key: `crypto:${v}`, kind: 'crypto', value: v, ...(upperAsset ? { asset: upperAsset } : {}) };
}

export function normaliseDocument(value: string): NormalisedIdentifier | null {
  const v = value.replace(/[\s\-./\\_]+/g, '').toUpperCase();
  if (v.length < MIN_DOCUMENT_LENGTH) return null;
  return { key: `document:${v}`, kind: 'document', value: v };
}

export function normaliseEmail(value: string): NormalisedIdentifier | null {
  const v = value.trim().replace(/^mailto:/i, '').toLowerCase();
  if (!v.includes('@')) return null;
  return { key: `email:${v}`, kind: 'email', value: v };
}

export function normalisePhone(value: string): NormalisedIdentifier | null {
  const raw = value.trim().replace(/^00/, '+');
  const parsed = raw.startsWith('+') ? parsePhoneNumberFromString(raw) : undefined;
  // Without a country code E.164 is not knowable: fall back to the bare digits.
  const v = parsed?.isValid() ? parsed.number : raw.replace(/\D+/g, '');
  if (v.replace(/\D/g, '').length < 6) return null;
  return { key: `phone:${v}`, kind: 'phone', value: v };
}

export function normaliseWebsite(value: string): NormalisedIdentifier | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\d*\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (!v.includes('.')) return null;
  return { key: `website:${v}`, kind: 'website', value: v };
}

/** IMO ship numbers: 7 digits whose last is Σ(digit_i × (7 − i)) mod 10 over the first six. */
export function imoChecksumValid(digits: string): boolean {
  if (!/^\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]);
}

export function normaliseImo(value: string): NormalisedIdentifier | null {
  const m = /^(?:imo)?\s*[:#.]?\s*(\d{7})$/i.exec(value.trim());
  if (!m?.[1]) return null;
  return { key: `imo:${m[1]}`, kind: 'imo', value: m[1], checksumValid: imoChecksumValid(m[1]) };
}

export function normaliseMmsi(value: string): NormalisedIdentifier | null {
  const v = value.replace(/\D+/g, '');
  if (v.length !== 9) return null;
  return { key: `mmsi:${v}`, kind: 'mmsi', value: v };
}

/**
 * BIC: 8 characters name the institution's head office; an 11-character BIC ending "XXX" is the
 * same head office, so both normalise to the 8-character form.
 */
export function normaliseBic(value: string): NormalisedIdentifier | null {
  let v = value.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v)) return null;
  if (v.length === 11 && v.endsWith('XXX')) v = v.slice(0, 8);
  return { key: `bic:${v}`, kind: 'bic', value: v };
}

/** ISO 17442 LEI check: the 20 characters read as base-36 digits are ≡ 1 (mod 97). */
export function leiChecksumValid(lei: string): boolean {
  let rem = 0;
  for (const ch of lei) {
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    rem = d > 9 ? (rem * 100 + d) % 97 : (rem * 10 + d) % 97;
  }
  return rem === 1;
}

export function normaliseLei(value: string): NormalisedIdentifier | null {
  const v = value.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[A-Z0-9]{20}$/.test(v)) return null;
  return { key: `lei:${v}`, kind: 'lei', value: v, checksumValid: leiChecksumValid(v) };
}

function normaliseCode(kind: IdentifierKind, value: string): NormalisedIdentifier | null {
  const v = value.replace(/[\s\-./]+/g, '').toUpperCase();
  if (v.length < 3) return null;
  return { key: `${kind}:${v}`, kind, value: v };
}

export function normaliseIdentifier(type: IdentifierType, value: string, asset?: string): NormalisedIdentifier | null {
  if (DOCUMENT_TYPES.has(type)) return normaliseDocument(value);
  switch (type) {
    case 'crypto':
      return normaliseCrypto(value, asset);
    case 'email':
      return normaliseEmail(value);
    case 'phone':
      return normalisePhone(value);
    case 'website':
      return normaliseWebsite(value);
    case 'imo':
      return normaliseImo(value);
    case 'mmsi':
      return normaliseMmsi(value);
    case 'bic':
      return normaliseBic(value);
    case 'lei':
      return normaliseLei(value);
    case 'aircraft_tail':
    case 'aircraft_serial':
      return normaliseCode('aircraft', value);
    case 'un_ref':
      return normaliseCode('un_ref', value);
    default:
      return null;
  }
}

/**
 * Keys an identifier is indexed and looked up under. A branch BIC also carries its institution's
 * head-office code, because a branch is not a separate legal person from its bank.
 */
export function indexKeys(id: NormalisedIdentifier): string[] {
  if (id.kind === 'bic' && id.value.length === 11) return [id.key, `bic:${id.value.slice(0, 8)}`];
  return [id.key];
}

const KIND_LABEL: Record<IdentifierKind, string> = {
  crypto: 'crypto address',
  document: 'document number',
  email: 'email',
  phone: 'phone',
  website: 'website',
  imo: 'IMO number',
  mmsi: 'MMSI',
  bic: 'BIC',
  lei: 'LEI',
  aircraft: 'aircraft identifier',
  un_ref: 'UN reference',
};

/** "ETH crypto address 0x…" / "document number 109420132" */
export function describeIdentifier(id: NormalisedIdentifier): string {
  return `${id.asset ? `${id.asset} ` : ''}${KIND_LABEL[id.kind]} ${id.value}`;
}

export interface IdentifierHit {
  query: NormalisedIdentifier;
  listed: NormalisedIdentifier;
}

/** Compares two identifier sets directly; for pairwise compare() where there is no index. */
export function matchIdentifiers(
  a: readonly { type: IdentifierType; value: string; asset?: string }[],
  b: readonly { type: IdentifierType; value: string; asset?: string }[],
): IdentifierHit[] {
  const listed = new Map<string, NormalisedIdentifier>();
  for (const id of b) {
    const n = normaliseIdentifier(id.type, id.value, id.asset);
    if (n) for (const k of indexKeys(n)) listed.set(k, n);
  }
  const hits: IdentifierHit[] = [];
  for (const id of a) {
    const n = normaliseIdentifier(id.type, id.value, id.asset);
    if (!n) continue;
    for (const k of indexKeys(n)) {
      const hit = listed.get(k);
      if (hit) {
        hits.push({ query: n, listed: hit });
        break;
      }
    }
  }
  return hits;
}
