/**
 * Structured facts the UN writes inside COMMENTS1 prose. Only labelled, unambiguous forms are taken
 * ("IMO number: 5571322", "SWIFT/BIC: KUDBKPPY", "Email: x@y"): a false identifier is worse than a
 * missed one, and the whole comment stays in the remarks anyway.
 */
import type { Gender, Identifier } from '../model/entity.js';

// "IMO number: 5571322", "International Maritime Organization (IMO) Number: 1790183", "Company Number IMO 5434358".
const IMO = /\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(\d{7})\b/gi;
const SWIFT = /\bSWIFT(?:\s*\/\s*BIC)?(?:\s+code)?\s*:?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Only after a "Website" label: bare URLs in UN comments are mostly INTERPOL notice links, not the subject's site.
const WEBSITE = /\bWeb\s?site\s*:?\s*((?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s;,)]*)?)/gi;
// International numbers only ("+850-2-18111-8208"): local numbers without a country code are too ambiguous.
const PHONE = /\b(?:Telephone|Phone)(?:\s+(?:numbers?|no\.?))?\s*:?\s*(\+\d[\d\s\-()]{5,}\d)/gi;
const REGISTRATION = /\bcompany registration number\s*:?\s*([A-Z0-9-]{4,})\b/gi;
const TAX = /\b((?:[A-Z][a-z]+ )*(?:National )?Tax Number)\s*:?\s*(\d{4,})\b/g;
const GENDER = /\bGender\s*:\s*(male|female)\b/i;
// References to other records of the same list, e.g. "(QDi.006)", "(KPe.004)".
const UN_REF = /\b([A-Z]{2}[ie]\.\d{3})\b/g;

export function commentIdentifiers(text: string, imoLabel: string): Identifier[] {
  const out: Identifier[] = [];
  for (const m of text.matchAll(IMO)) out.push({ type: 'imo', value: m[1] as string, label: imoLabel });
  for (const m of text.matchAll(SWIFT)) out.push({ type: 'bic', value: m[1] as string, label: 'SWIFT/BIC' });
  for (const m of text.matchAll(EMAIL)) out.push({ type: 'email', value: (m[0] as string).replace(/\.+$/, '').toLowerCase() });
  for (const m of text.matchAll(WEBSITE)) out.push({ type: 'website', value: (m[1] as string).replace(/[.]+$/, '') });
  for (const m of text.matchAll(PHONE)) out.push({ type: 'phone', value: (m[1] as string).replace(/[\s)(]+$/, '').trim() });
  for (const m of text.matchAll(REGISTRATION)) out.push({ type: 'registration', value: m[1] as string, label: 'company registration number' });
  for (const m of text.matchAll(TAX)) out.push({ type: 'tax_id', value: m[2] as string, label: m[1] as string });
  return out;
}

export function commentGender(text: string): Gender | undefined {
  const m = text.match(GENDER);
  if (!m) return undefined;
  return (m[1] as string).toLowerCase() === 'male' ? 'male' : 'female';
}

export function commentReferences(text: string): string[] {
  const refs = new Set<string>();
  for (const m of text.matchAll(UN_REF)) refs.add(m[1] as string);
  return [...refs];
}
