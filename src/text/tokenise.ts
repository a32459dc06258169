import type { Script } from '../model/entity.js';
import { LEGAL_FORM_CLASS } from './legal-forms.js';
import { charScript } from './script.js';
import { CANONICAL_WORD } from './stopwords.js';

/** A token before transliteration: lower-case text in its own script. */
export interface RawToken {
  text: string;
  script: Script;
  /** How the token was attached to the previous one: a hyphen keeps compound names (Sang-man, al-Qaida) visible. */
  sep: 'space' | 'hyphen';
  /** Digits only, for numbers and ordinals (110th, 110., No. 110). */
  number?: boolean;
}

// Besides ASCII and typographic punctuation: the danda (। ॥), Thai ฯ ๆ ๚ ๛, Myanmar ၊ ။, Khmer ។ ៕ and
// the Ethiopic wordspace and punctuation (፡ ። ፣ ...).
const SEPARATORS = /[\s,;:/\\|()[\]{}"«»“”„‹›<>!?*+=&#@~^_·•\u0964\u0965\u0e2f\u0e46\u0e5a\u0e5b\u104a\u104b\u17d4\u17d5\u1361-\u1368]+/;
const NUMBER = /^(\d+)(?:st|nd|rd|th|e|er|eme|re|o|a|ая|ый|й|го)?$/;
const DOTTED_NUMBER = /^\d+(?:\.\d+)*\.?$/;
const APOSTROPHE = /'/g;
const DOT = /\./;
const NUMBER_MARKERS = new Set(['no', 'nr', 'num', 'number', 'n']);

function scriptOf(ch: string): Script | null {
  return charScript(ch.codePointAt(0) ?? 0);
}

/** Splits a word where its letters change script ("samsung전자" -> samsung, 전자); digits stay with the letters. */
const LATIN_WORD = /^[a-z0-9]*$/;

function splitByScript(word: string): { text: string; script: Script }[] {
  if (LATIN_WORD.test(word)) return [{ text: word, script: 'Latin' }];
  const out: { text: string; script: Script }[] = [];
  let cur = '';
  let curScript: Script | null = null;
  for (const ch of word) {
    const s = scriptOf(ch);
    // Arabic-Indic digits, marks and other script-less characters join the current run.
    if (s !== null && curScript !== null && s !== curScript && cur.length > 0) {
      out.push({ text: cur, script: curScript });
      cur = '';
    }
    if (s !== null) curScript = s;
    cur += ch;
  }
  if (cur.length > 0) out.push({ text: cur, script: curScript ?? 'Latin' });
  return out;
}

/** Dotted abbreviations: L.L.C. and S.A. are one token, J.R. is two initials, "Co." is "co". */
function splitDots(part: string): string[] {
  if (!DOT.test(part)) return [part];
  if (DOTTED_NUMBER.test(part)) return [part.replace(/\./g, '')];
  const segs = part.split('.').filter((s) => s.length > 0);
  if (segs.length <= 1) return segs;
  const joined = segs.join('');
  if (LEGAL_FORM_CLASS.has(joined) || CANONICAL_WORD.has(joined)) return [joined];
  // Three or more dotted letters spell an acronym (I.P.C., U.S.A.), written "IPC" just as often;
  // two stay initials (J.R. Smith).
  if (segs.every((s) => s.length === 1)) return segs.length >= 3 ? [joined] : segs;
  return segs;
}

/** Splits normalised text into raw tokens. Punctuation separates; apostrophes inside a word are dropped (O'Brien). */
export function tokenise(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const piece of text.split(SEPARATORS)) {
    if (piece.length === 0) continue;
    const parts = piece.split('-');
    let sep: RawToken['sep'] = 'space';
    for (const rawPart of parts) {
      const part = rawPart.replace(APOSTROPHE, '');
      for (const dotted of splitDots(part)) {
        for (const run of splitByScript(dotted)) {
          const m = NUMBER.exec(run.text);
          if (m) out.push({ text: m[1] as string, script: 'Latin', sep, number: true });
          else out.push({ text: run.text, script: run.script, sep });
          sep = 'space';
        }
      }
      sep = 'hyphen';
    }
  }
  // "No. 110", "Nr 5": the marker says nothing the number does not.
  return out.filter((t, i) => !(NUMBER_MARKERS.has(t.text) && out[i + 1]?.number === true));
}
