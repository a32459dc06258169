import type { Script } from '../model/entity.js';

/** Script of one code point, or undefined for characters outside any script (digits, punctuation, marks). */
function charScript(cp: number): Script | undefined {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : undefined;
  if (cp <= 0x024f) return cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 ? 'Latin' : undefined;
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'Latin';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'Greek';
  if (cp >= 0x0400 && cp <= 0x052f) return 'Cyrillic';
  if (cp >= 0x0530 && cp <= 0x058f) return 'Armenian';
  if (cp >= 0x05d0 && cp <= 0x05ff) return 'Hebrew';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'Arabic';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'Thai';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'Georgian';
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 'Hangul';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'Japanese';
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) return 'Han';
  if (cp >= 0x0300 && cp <= 0x036f) return undefined;
  if (cp >= 0x2000 && cp <= 0x303f) return undefined;
  if (cp >= 0xff00 && cp <= 0xffef) return undefined;
  return 'Other';
}

/**
 * The script most letters of a name are written in. Parsers need this at parse time to tag names;
 * the matching pipeline has its own, richer detection.
 */
export function nameScript(text: string): Script {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const s = charScript(ch.codePointAt(0) as number);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // Japanese names mix kana with Han characters: any kana makes the name Japanese.
  if (counts.has('Japanese')) return 'Japanese';
  let best: Script = 'Latin';
  let max = 0;
  for (const [s, n] of counts) if (n > max) [best, max] = [s, n];
  return best;
}

const SCRIPT_LABELS: Record<string, Script> = {
  latin: 'Latin', cyrillic: 'Cyrillic', cryillic: 'Cyrillic', cyrilic: 'Cyrillic', russian: 'Cyrillic',
  arabic: 'Arabic', persian: 'Arabic', farsi: 'Arabic', hangul: 'Hangul', korean: 'Hangul',
  chinese: 'Han', han: 'Han', greek: 'Greek', hebrew: 'Hebrew', georgian: 'Georgian',
  armenian: 'Armenian', thai: 'Thai', japanese: 'Japanese',
};

/**
 * The script of a name, trusting the characters over the source's label (labels carry typos like
 * "Cryillic" and languages in place of scripts), and the label only when the characters say nothing.
 */
export function scriptOf(text: string, label?: string): Script {
  const detected = nameScript(text);
  if (detected !== 'Latin' || !label) return detected;
  return SCRIPT_LABELS[label.trim().toLowerCase()] ?? detected;
}
