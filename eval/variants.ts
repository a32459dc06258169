import type { Rng } from './prng.js';
import { ARTICLE_PREFIXES, suffixAlternates, tokenAlternates } from './spelling-variants.js';

/**
 * Generators of Latin-script variants of listed names: the spellings a screener actually receives
 * for a listed person or company. Each perturbation changes one thing, so recall can be read per kind.
 */
export type EntityKind = 'person' | 'organization';

export interface VariantContext {
  kind: EntityKind;
  /** Korean names: two-syllable given names are one name, so "dropping a middle name" would invent a different person. */
  korean: boolean;
}

export type PerturbationName =
  | 'reorder'
  | 'join_given'
  | 'hyphenation'
  | 'translit'
  | 'typo_drop'
  | 'typo_double'
  | 'typo_swap'
  | 'typo_substitute'
  | 'legal_form'
  | 'drop_middle'
  | 'middle_initial'
  | 'add_title'
  | 'noise_case'
  | 'noise_diacritics'
  | 'noise_punct';

type Apply = (name: string, ctx: VariantContext, rng: Rng) => string | null;

const WORD = /^\p{L}+$/u;
const tokensOf = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

/** Carries the case style of `template` (UPPER, Title, lower) over to `text`. */
export function matchCase(template: string, text: string): string {
  if (template === template.toUpperCase() && template !== template.toLowerCase()) return text.toUpperCase();
  if (template[0] && template[0] === template[0].toUpperCase() && template.slice(1) === template.slice(1).toLowerCase()) {
    return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  }
  return text.toLowerCase();
}

interface PersonShape {
  /** "KIM, Sang Man": list order, family name first and separated by a comma. */
  comma: boolean;
  family: string[];
  given: string[];
}

/** Without a comma the family name is taken to be last, as in most inputs a screener receives. */
export function personShape(name: string): PersonShape {
  const m = /^([^,]+),\s*(.+)$/.exec(name.trim());
  if (m) return { comma: true, family: tokensOf(m[1] as string), given: tokensOf(m[2] as string) };
  const tokens = tokensOf(name);
  return { comma: false, family: tokens.slice(-1), given: tokens.slice(0, -1) };
}

function formatPerson(shape: PersonShape): string {
  return shape.comma ? `${shape.family.join(' ')}, ${shape.given.join(' ')}` : [...shape.given, ...shape.family].join(' ');
}

const reorder: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'person') return null;
  const shape = personShape(name);
  if (shape.given.length === 0 || shape.family.length === 0) return null;
  if (shape.comma) return [...shape.given, ...shape.family].join(' ');
  // Family-name-first without the comma ("Kim Sang Man"), or the list's own comma form.
  return rng.chance(0.5) ? [...shape.family, ...shape.given].join(' ') : `${shape.family.join(' ')}, ${shape.given.join(' ')}`;
};

const joinGiven: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'person') return null;
  const shape = personShape(name);
  const pairs: number[] = [];
  for (let i = 0; i + 1 < shape.given.length; i++) {
    if (WORD.test(shape.given[i] as string) && WORD.test(shape.given[i + 1] as string)) pairs.push(i);
  }
  if (pairs.length === 0) return null;
  const i = rng.pick(pairs);
  const a = shape.given[i] as string;
  const b = shape.given[i + 1] as string;
  const joined = a === a.toUpperCase() ? a + b.toUpperCase() : a + b.toLowerCase();
  const given = [...shape.given.slice(0, i), joined, ...shape.given.slice(i + 2)];
  return formatPerson({ ...shape, given });
};

const hyphenation: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'person') return null;
  const tokens = tokensOf(name);
  const hyphenated = tokens.map((t, i) => (/\p{L}-\p{L}/u.test(t) ? i : -1)).filter((i) => i >= 0);
  if (hyphenated.length > 0) {
    const i = rng.pick(hyphenated);
    const replacement = rng.chance(0.5) ? ' ' : '';
    return tokens.map((t, j) => (j === i ? t.replace(/(\p{L})-(\p{L})/u, `$1${replacement}$2`) : t)).join(' ');
  }
  const shape = personShape(name);
  if (shape.given.length < 2 || !shape.given.slice(0, 2).every((t) => WORD.test(t))) return null;
  const [a, b] = shape.given as [string, string];
  const joined = `${a}-${a === a.toUpperCase() ? b.toUpperCase() : b.toLowerCase()}`;
  return formatPerson({ ...shape, given: [joined, ...shape.given.slice(2)] });
};

function spellingAlternates(segment: string): string[] {
  const lower = segment.toLowerCase();
  const alts = [...tokenAlternates(lower), ...suffixAlternates(lower)];
  for (const prefix of ARTICLE_PREFIXES.filter((p) => p.endsWith('-'))) {
    if (lower.startsWith(prefix) && lower.length > prefix.length + 2) {
      const rest = segment.slice(prefix.length);
      for (const other of ARTICLE_PREFIXES) if (other !== prefix) alts.push(other + rest.toLowerCase());
    }
  }
  return alts.filter((a) => a !== lower);
}

const translit: Apply = (name, _ctx, rng) => {
  const tokens = tokensOf(name);
  // Hyphenated Korean given names carry syllables ("Sang-Man"): each segment is a spelling unit.
  const sites: { token: number; segment: number; alts: string[] }[] = [];
  tokens.forEach((token, t) => {
    const whole = spellingAlternates(token.replace(/[.,]/g, ''));
    if (whole.length > 0) sites.push({ token: t, segment: -1, alts: whole });
    const segments = token.split('-');
    if (segments.length > 1) {
      segments.forEach((seg, s) => {
        const alts = tokenAlternates(seg.toLowerCase());
        if (alts.length > 0) sites.push({ token: t, segment: s, alts: [...alts] });
      });
    }
  });
  if (sites.length === 0) return null;
  const site = rng.pick(sites);
  const alt = rng.pick(site.alts);
  const token = tokens[site.token] as string;
  let replaced: string;
  if (site.segment < 0) {
    const trailing = /[.,]+$/.exec(token)?.[0] ?? '';
    replaced = matchCase(token.replace(/[.,]/g, '').replace(/^\p{L}+-/u, '') || token, alt) + trailing;
    // Keep the article's lower case ("al-Baghdadi" → "el-Baghdadi"), capitalise the name after it.
    replaced = replaced.replace(/^(\p{L}+)([- ])(\p{L})/u, (_m, art: string, sep: string, first: string) => `${art.toLowerCase()}${sep}${first.toUpperCase()}`);
    if (token === token.toUpperCase()) replaced = replaced.toUpperCase();
  } else {
    const segments = token.split('-');
    segments[site.segment] = matchCase(segments[site.segment] as string, alt);
    replaced = segments.join('-');
  }
  return tokens.map((t, i) => (i === site.token ? replaced : t)).join(' ');
};

function typo(kind: 'drop' | 'double' | 'swap' | 'substitute'): Apply {
  return (name, _ctx, rng) => {
    const tokens = tokensOf(name);
    const sites = tokens.map((t, i) => (/^\p{L}{5,}$/u.test(t.replace(/[.,]+$/, '')) ? i : -1)).filter((i) => i >= 0);
    if (sites.length === 0) return null;
    const t = rng.pick(sites);
    const token = tokens[t] as string;
    const word = token.replace(/[.,]+$/, '');
    // Letters are edited in lower case and the token's capitalisation mask laid back on afterwards:
    // a typo moves letters, not the capital at the front.
    const letters = [...word.toLowerCase()];
    const upper = [...word].map((c) => c !== c.toLowerCase());
    if (kind === 'drop') {
      const i = rng.int(letters.length);
      letters.splice(i, 1);
      upper.splice(i === 0 ? 1 : i, 1);
    } else if (kind === 'double') {
      const i = rng.int(letters.length);
      letters.splice(i, 0, letters[i] as string);
      upper.splice(i + 1, 0, upper[i + 1] ?? (upper[i] as boolean));
    } else if (kind === 'swap') {
      const positions = letters.slice(0, -1).map((c, i) => (c !== letters[i + 1] ? i : -1)).filter((i) => i >= 0);
      if (positions.length === 0) return null;
      const i = rng.pick(positions);
      [letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string];
    } else {
      const i = rng.int(letters.length);
      const alphabet = 'abcdefghijklmnopqrstuvwxyz'.replace(letters[i] as string, '');
      letters[i] = alphabet[rng.int(alphabet.length)] as string;
    }
    const changed = letters.map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('') + token.slice(word.length);
    return tokens.map((x, i) => (i === t ? changed : x)).join(' ');
  };
}

/** Legal forms written out, abbreviated, swapped for an equivalent or dropped, as company registers and clients do. */
const LEGAL_FORM_RULES: readonly { pattern: RegExp; replacements: readonly string[] }[] = [
  { pattern: /\bLimited Liability Company\b/i, replacements: ['LLC', 'L.L.C.', ''] },
  { pattern: /\bL\.?L\.?C\.?(?=\s|$)/i, replacements: ['Limited Liability Company', 'Ltd', ''] },
  { pattern: /\bCo(?:mpany)?\.?,? Ltd\.?(?=\s|$)/i, replacements: ['', 'Company Limited', 'Co Ltd'] },
  { pattern: /\bCompany Limited\b/i, replacements: ['Co., Ltd.', 'Ltd', ''] },
  { pattern: /\bLtd\.?(?=\s|$)/i, replacements: ['Limited', ''] },
  { pattern: /\bLimited\b/i, replacements: ['Ltd', 'Ltd.', ''] },
  { pattern: /\bPublic Joint[- ]Stock Company\b/i, replacements: ['PJSC', 'PAO', ''] },
  { pattern: /\bClosed Joint[- ]Stock Company\b/i, replacements: ['CJSC', 'ZAO', ''] },
  { pattern: /\bOpen Joint[- ]Stock Company\b/i, replacements: ['OJSC', 'OAO', ''] },
  { pattern: /\bJoint[- ]Stock Company\b/i, replacements: ['JSC', 'AO', ''] },
  { pattern: /\b(?:PJSC|PAO|OJSC|OAO|CJSC|ZAO|JSC)\b/, replacements: ['Joint Stock Company', ''] },
  { pattern: /\bOOO\b/, replacements: ['LLC', 'Limited Liability Company', ''] },
  { pattern: /\bIncorporated\b/i, replacements: ['Inc.', ''] },
  { pattern: /\bInc\.?(?=\s|$)/i, replacements: ['Incorporated', ''] },
  { pattern: /\bCorporation\b/i, replacements: ['Corp.', ''] },
  { pattern: /\bCorp\.?(?=\s|$)/i, replacements: ['Corporation', ''] },
  { pattern: /\bGmbH\b/i, replacements: [''] },
  { pattern: /\bS\.A\.(?=\s|$)|\bSA\b/, replacements: ['', 'S.A'] },
  { pattern: /\b(?:PLC|LLP|FZE|FZCO|FZ-LLC|DMCC|SARL|S\.A\.R\.L\.)(?=\s|$)/i, replacements: [''] },
  { pattern: /\bSdn\.? Bhd\.?(?=\s|$)/i, replacements: [''] },
  { pattern: /\bCompany\b/i, replacements: ['Co.', ''] },
];
const ADDED_FORMS = ['LLC', 'Ltd', 'Co., Ltd.', 'JSC', 'Limited', 'Inc.'];

const tidy = (text: string): string => text.replace(/\s+,/g, ',').replace(/,\s*$/, '').replace(/\s+/g, ' ').trim();

const legalForm: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'organization') return null;
  const rule = LEGAL_FORM_RULES.find((r) => r.pattern.test(name));
  if (!rule) return `${name.replace(/[.,\s]+$/, '')} ${rng.pick(ADDED_FORMS)}`;
  const replacement = rng.pick(rule.replacements);
  const out = tidy(name.replace(rule.pattern, replacement));
  // Dropping the form must leave a name, not an empty string or a lone article.
  return tokensOf(out).length >= 1 && out.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 ? out : null;
};

function middleSites(shape: PersonShape): number[] {
  // Display order is given names then family; a middle name is any given name after the first.
  const sites: number[] = [];
  for (let i = 1; i < shape.given.length; i++) if (WORD.test(shape.given[i] as string)) sites.push(i);
  return shape.given.length + shape.family.length >= 3 ? sites : [];
}

const dropMiddle: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'person' || ctx.korean) return null;
  const shape = personShape(name);
  const sites = middleSites(shape);
  if (sites.length === 0) return null;
  const i = rng.pick(sites);
  return formatPerson({ ...shape, given: shape.given.filter((_, j) => j !== i) });
};

const middleInitial: Apply = (name, ctx, rng) => {
  if (ctx.kind !== 'person' || ctx.korean) return null;
  const shape = personShape(name);
  const sites = middleSites(shape).filter((i) => (shape.given[i] as string).length > 1);
  if (sites.length === 0) return null;
  const i = rng.pick(sites);
  const initial = `${(shape.given[i] as string)[0]?.toUpperCase()}${rng.chance(0.5) ? '.' : ''}`;
  return formatPerson({ ...shape, given: shape.given.map((g, j) => (j === i ? initial : g)) });
};

const TITLES = ['Dr.', 'Mr', 'Mr.', 'Haji', 'Sheikh', 'Prof.', 'General'];
const addTitle: Apply = (name, ctx, rng) => (ctx.kind === 'person' ? `${rng.pick(TITLES)} ${name.trim()}` : null);

const noiseCase: Apply = (name, _ctx, rng) => {
  const forms = [
    name.toLowerCase(),
    name.toUpperCase(),
    name.toLowerCase().replace(/(^|[\s\-,.'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
  ].filter((f) => f !== name);
  return forms.length > 0 ? rng.pick(forms) : null;
};

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', s: 'ş' };
const hasMarks = (s: string): boolean => /\p{M}/u.test(s.normalize('NFD'));

const noiseDiacritics: Apply = (name, _ctx, rng) => {
  if (hasMarks(name)) return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const chars = [...name];
  const sites = chars.map((c, i) => (ACCENTED[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (sites.length === 0) return null;
  for (const i of rng.sample(sites, 1 + rng.int(2))) {
    const c = chars[i] as string;
    const accented = ACCENTED[c.toLowerCase()] as string;
    chars[i] = c === c.toLowerCase() ? accented : accented.toUpperCase();
  }
  return chars.join('');
};

const noisePunct: Apply = (name, _ctx, rng) => {
  const tokens = tokensOf(name);
  const options: (() => string)[] = [];
  if (/[.,'’-]/.test(name)) options.push(() => name.replace(/[.,'’]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim());
  if (tokens.length >= 2) {
    const gap = 1 + rng.int(tokens.length - 1);
    options.push(() => [...tokens.slice(0, gap), '', ...tokens.slice(gap)].join(' '));
    options.push(() => `${tokens.slice(0, gap).join(' ')}, ${tokens.slice(gap).join(' ')}`);
    options.push(() => `${tokens.slice(0, gap).join(' ')}-${tokens.slice(gap).join(' ')}`);
    options.push(() => `${tokens.slice(0, gap).join('. ')}. ${tokens.slice(gap).join(' ')}`);
  }
  options.push(() => `"${name.trim()}"`);
  const out = rng.pick(options)();
  return out === name ? null : out;
};

export const PERTURBATIONS: Readonly<Record<PerturbationName, Apply>> = {
  reorder,
  join_given: joinGiven,
  hyphenation,
  translit,
  typo_drop: typo('drop'),
  typo_double: typo('double'),
  typo_swap: typo('swap'),
  typo_substitute: typo('substitute'),
  legal_form: legalForm,
  drop_middle: dropMiddle,
  middle_initial: middleInitial,
  add_title: addTitle,
  noise_case: noiseCase,
  noise_diacritics: noiseDiacritics,
  noise_punct: noisePunct,
};

export const PERTURBATION_NAMES = Object.keys(PERTURBATIONS) as PerturbationName[];

/** Applies one perturbation; null when it does not apply to this name or would leave it unchanged. */
export function perturb(which: PerturbationName, name: string, ctx: VariantContext, rng: Rng): string | null {
  const out = PERTURBATIONS[which](name, ctx, rng);
  if (out === null) return null;
  const trimmed = out.trim();
  return trimmed.length > 0 && trimmed !== name.trim() ? trimmed : null;
}

/** Two different perturbations in sequence: the realistic case of a reordered name that also has a typo. */
export function perturbTwice(name: string, ctx: VariantContext, rng: Rng): { kinds: [PerturbationName, PerturbationName]; name: string } | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const [first, second] = rng.sample(PERTURBATION_NAMES, 2) as [PerturbationName, PerturbationName];
    const once = perturb(first, name, ctx, rng);
    if (once === null) continue;
    const twice = perturb(second, once, ctx, rng);
    if (twice !== null && twice !== name) return { kinds: [first, second], name: twice };
  }
  return null;
}
