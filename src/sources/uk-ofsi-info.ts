import type { NameParts } from '../model/entity.js';
import type { ParseContext } from './types.js';
import type { EntityBuilder } from './entity-builder.js';
import { splitEnumerated } from './enumerations.js';

/**
 * A name from the UK lists' six name fields (OFSI's Name 1…Name 6, the FCDO list's Name1…Name6): five given
 * names then the family name, in that order. Entities, ships and many people carry their whole name in
 * Name 6: it is a family name only beside given names, and only for a person.
 */
export function ukName(given: readonly string[], family: string, isPerson: boolean): { full: string; parts: NameParts } | undefined {
  const ordered = [...given, family].filter((p) => p !== '');
  if (ordered.length === 0) return undefined;
  const parts: NameParts = { ordered };
  if (isPerson && ordered.length > 1) {
    if (given[0]) parts.given = given[0];
    const middle = given.slice(1).filter((p) => p !== '');
    if (middle.length > 0) parts.middle = middle.join(' ');
    if (family) parts.family = family;
  }
  return { full: ordered.join(' '), parts };
}

/**
 * OFSI packs structured fields into "Other Information" as "(Label):value" segments:
 * "(UK Sanctions List Ref):DPR0100. … (IMO number):7408873 (Flag of ship):North Korea …".
 * Only known labels split the text, so a parenthesis inside prose ("(EU-designated)") stays prose.
 */
const LABELS = [
  'UK Sanctions List Ref', 'UN Ref', 'UK Statement of Reasons', 'Gender', 'Phone number', 'Tel', 'Fax', 'Email address',
  'Website', 'Type of entity', 'Parent company', 'Subsidiaries', 'Business Reg No', 'IMO number', 'Flag of ship',
  'Previous flags', 'Type of ship', 'Tonnage of ship', 'Length of ship', 'Year built', 'Current owners',
  'List of persons named in relation to financial and investment restrictions Group ID',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABEL_RE = new RegExp(`\\((${LABELS.map(escape).join('|')})\\):`, 'g');

const PROPERTY_KEYS: Record<string, string> = {
  'Type of entity': 'entityType',
  'Parent company': 'parentCompany',
  Subsidiaries: 'subsidiaries',
  'Previous flags': 'previousFlags',
  'Type of ship': 'vesselType',
  'Tonnage of ship': 'tonnage',
  'Length of ship': 'length',
  'Year built': 'buildYear',
  'Current owners': 'owners',
  'List of persons named in relation to financial and investment restrictions Group ID': 'investmentRestrictionsGroupId',
};

/** Splits a value whose head is an identifier and whose tail is prose: "RUS2305. Financial sanctions …". */
function headAndTail(value: string, head: RegExp): [string | undefined, string] {
  const m = value.match(head);
  if (!m) return [undefined, value];
  return [m[1], value.slice(m[0].length).replace(/^[.;,\s]+/, '')];
}

function segments(text: string): { label: string | undefined; value: string }[] {
  const out: { label: string | undefined; value: string }[] = [];
  let label: string | undefined;
  let start = 0;
  for (const m of text.matchAll(LABEL_RE)) {
    out.push({ label, value: text.slice(start, m.index) });
    label = m[1];
    start = (m.index as number) + m[0].length;
  }
  out.push({ label, value: text.slice(start) });
  return out.map((s) => ({ label: s.label, value: s.value.trim() })).filter((s) => s.value !== '');
}

export function addLabelledInformation(b: EntityBuilder, text: string, ctx: ParseContext): void {
  if (!text) return;
  for (const { label, value } of segments(text)) {
    switch (label) {
      case undefined:
        b.addRemark(value);
        break;
      case 'UK Sanctions List Ref': {
        const [ref, rest] = headAndTail(value, /^([A-Z]{2,4}\d{3,5})\b/);
        if (ref) b.addIdentifier({ type: 'other_id', value: ref, label: 'UK Sanctions List Ref' });
        if (rest) b.addRemark(rest);
        break;
      }
      case 'UN Ref': {
        const [ref, rest] = headAndTail(value, /^(?:UN Ref\s*)?([A-Za-z]{2,4}\.\d{2,4})\b/);
        if (ref) b.addIdentifier({ type: 'un_ref', value: ref, label: 'UN Ref' });
        if (rest) b.addRemark(rest);
        break;
      }
      case 'UK Statement of Reasons':
        b.addRemark(value);
        break;
      case 'Gender': {
        const g = value.replace(/[.;]$/, '').trim().toLowerCase();
        if (g === 'male' || g === 'female') b.setGender(g);
        else b.addProperty('gender', value);
        break;
      }
      case 'Phone number':
      case 'Tel':
      case 'Fax':
        for (const v of splitEnumerated(value)) b.addIdentifier({ type: 'phone', value: v, label });
        break;
      case 'Email address':
        for (const v of splitEnumerated(value)) b.addIdentifier({ type: 'email', value: v });
        break;
      case 'Website':
        for (const v of splitEnumerated(value)) b.addIdentifier({ type: 'website', value: v });
        break;
      case 'Business Reg No':
        for (const v of splitEnumerated(value)) b.addIdentifier({ type: 'registration', value: v, label: 'Business Reg No' });
        break;
      case 'IMO number':
        for (const v of splitEnumerated(value)) {
          const imo = v.match(/\b(\d{7})\b/);
          if (imo) b.addIdentifier({ type: 'imo', value: imo[1] as string, label: 'IMO number' });
          else b.addProperty('imoNumberText', v);
        }
        break;
      case 'Flag of ship':
        for (const v of splitEnumerated(value)) b.addCountry(v, 'flag');
        break;
      default: {
        const key = PROPERTY_KEYS[label];
        if (key) b.addProperty(key, value);
        else ctx.warn(`unhandled Other Information label "${label}"`);
      }
    }
  }
  // Older entries mention IMO numbers only in prose ("IMO 9034494").
  for (const m of text.matchAll(/\bIMO(?:\s+(?:number|no\.?))?[\s:.]*(\d{7})\b/gi)) b.addIdentifier({ type: 'imo', value: m[1] as string, label: 'IMO number' });
}
