import type { Script } from '../model/entity.js';

/** The ten blocks of 128 code points from U+0900: Devanagari ... Sinhala. */
const INDIC_BLOCKS: readonly Script[] = ['Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala'];

/** Script of one code point; null for characters that belong to no script (digits, punctuation, marks). */
export function charScript(cp: number): Script | null {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : null;
  if (cp <= 0x024f) return cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 ? 'Latin' : null;
  if (cp >= 0x0250 && cp <= 0x02af) return 'Latin';
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'Latin';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'Greek';
  if (cp >= 0x1f00 && cp <= 0x1fff) return 'Greek';
  if (cp >= 0x0400 && cp <= 0x052f) return 'Cyrillic';
  if (cp >= 0x0530 && cp <= 0x058f) return 'Armenian';
  if (cp >= 0x0590 && cp <= 0x05ff) return cp >= 0x05d0 ? 'Hebrew' : null;
  if (cp >= 0x0600 && cp <= 0x06ff) return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 ? null : 'Arabic';
  if (cp >= 0x0750 && cp <= 0x077f) return 'Arabic';
  if (cp >= 0xfb50 && cp <= 0xfdff) return 'Arabic';
  if (cp >= 0xfe70 && cp <= 0xfeff) return 'Arabic';
  if (cp >= 0x0900 && cp <= 0x0dff) return INDIC_BLOCKS[(cp - 0x0900) >> 7] as Script;
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'Thai';
  if (cp >= 0x0e80 && cp <= 0x0eff) return 'Lao';
  if (cp >= 0x1000 && cp <= 0x109f) return 'Myanmar';
  if (cp >= 0x1200 && cp <= 0x139f) return cp >= 0x1360 && cp <= 0x137f ? null : 'Ethiopic';
  if (cp >= 0x1780 && cp <= 0x17ff) return 'Khmer';
  if (cp >= 0x19e0 && cp <= 0x19ff) return 'Khmer';
  if (cp >= 0x1cd0 && cp <= 0x1cff) return 'Devanagari';
  if (cp >= 0x2d80 && cp <= 0x2ddf) return 'Ethiopic';
  if (cp >= 0xa8e0 && cp <= 0xa8ff) return 'Devanagari';
  if (cp >= 0xa9e0 && cp <= 0xa9ff) return 'Myanmar';
  if (cp >= 0xaa60 && cp <= 0xaa7f) return 'Myanmar';
  if (cp >= 0xab00 && cp <= 0xab2f) return 'Ethiopic';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'Georgian';
  if (cp >= 0x1c90 && cp <= 0x1cbf) return 'Georgian';
  if (cp >= 0x1100 && cp <= 0x11ff) return 'Hangul';
  if (cp >= 0x3130 && cp <= 0x318f) return 'Hangul';
  if (cp >= 0xac00 && cp <= 0xd7af) return 'Hangul';
  if (cp >= 0x3040 && cp <= 0x30ff) return cp === 0x30fb || cp === 0x30fc ? null : 'Japanese';
  if (cp >= 0x31f0 && cp <= 0x31ff) return 'Japanese';
  if (cp >= 0x3400 && cp <= 0x4dbf) return 'Han';
  if (cp >= 0x4e00 && cp <= 0x9fff) return 'Han';
  if (cp >= 0xf900 && cp <= 0xfaff) return 'Han';
  if (cp >= 0x20000 && cp <= 0x2ffff) return 'Han';
  if (cp >= 0x0300 && cp <= 0x036f) return null;
  if (cp >= 0x2000 && cp <= 0x2bff) return null;
  if (cp >= 0x3000 && cp <= 0x303f) return null;
  if (cp >= 0xff00 && cp <= 0xffef) return null;
  return 'Other';
}

/** The script most letters of `text` belong to; 'Latin' for text without letters. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

export function detectScript(text: string): Script {
  if (PLAIN_ASCII.test(text)) return 'Latin';
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const s = charScript(ch.codePointAt(0) ?? 0);
    if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script = 'Latin';
  let bestCount = 0;
  for (const [s, n] of counts) {
    // Japanese text mixes kana with kanji; any kana marks the whole as Japanese.
    if (s === 'Japanese' && n > 0) return 'Japanese';
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}
