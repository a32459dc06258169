import { spellOut, type Choice } from './spellings.js';

/**
 * Burmese (Myanmar script) romanisation, in the conventional spelling of Burmese personal names
 * (BGN/PCGN-like: မင်းအောင်လှိုင် Min Aung Hlaing, သန်းရွှေ Than Shwe, သိန်းစိန် Thein Sein).
 *
 * Burmese names are strings of syllables, each of which the Latin spelling writes as a word of its
 * own, and the script writes them without spaces: the romaniser returns one entry per syllable.
 * A syllable is an initial (or the vowel carrier အ), medials ျ ြ (y) ွ (w) ှ (h), vowel signs, and a
 * final killed by the asat ်; the rhyme has a conventional spelling (င် in, ောင် aung, ိုင် aing,
 * န် an, ိန် ein, ည် i...). Tone marks are ignored, except that a creaky nasal is written -nt (မြင့်
 * Myint, သန့် Thant).
 */

const INITIALS: Record<string, Choice> = {
  က: ['k', 'g'], ခ: ['kh', 'k'], ဂ: ['g'], ဃ: ['g'], င: ['ng'], စ: ['s', 'z'], ဆ: ['s', 'hs'], ဇ: ['z', 'j'], ဈ: ['z'],
  ဉ: ['ny'], ည: ['ny'], ဋ: ['t'], ဌ: ['ht', 'th'], ဍ: ['d'], ဎ: ['d'], ဏ: ['n'], တ: ['t', 'd'], ထ: ['ht', 'th', 't'],
  ဒ: ['d'], ဓ: ['d'], န: ['n'], ပ: ['p', 'b'], ဖ: ['ph', 'hp', 'p'], ဗ: ['b'], ဘ: ['b', 'bh'], မ: ['m'], ယ: ['y'],
  ရ: ['y', 'r'], လ: ['l'], ဝ: ['w'], သ: ['th', 't'], ဟ: ['h'], ဠ: ['l'], အ: [''],
};
/** Final consonants, by the class of rhyme they make. */
const FINAL_CLASS: Record<string, string> = {
  က: 'k', ဂ: 'k', င: 'ng', စ: 'c', ဇ: 'c', ဉ: 'ny', ည: 'ny', ဋ: 't', ဍ: 't', ဏ: 'n', တ: 't', ဒ: 't', န: 'n', ပ: 'p', ဗ: 'p', ဘ: 'p', မ: 'm', ယ: 'y', ဝ: 'w', သ: 't', လ: 'n',
};
const INDEPENDENT: Record<string, Choice> = { ဣ: ['i'], ဤ: ['i'], ဥ: ['u', 'oo'], ဦ: ['u', 'oo'], ဧ: ['e', 'ay'], ဩ: ['aw'], ဪ: ['aw'] };

/** Rhyme spellings by vowel + final class. */
const RHYMES: Record<string, Choice> = {
  '': ['a'], a: ['a'], i: ['i'], u: ['u', 'oo'], e: ['e', 'ay'], ai: ['e', 'ai'], aw: ['aw'], o: ['o', 'oe'],
  'k': ['et', 'e'], 'aw-k': ['auk'], 'o-k': ['aik'], 'u-k': ['ok'],
  'ng': ['in'], 'aw-ng': ['aung'], 'o-ng': ['aing'], 'i-ng': ['in'], 'u-ng': ['aung'],
  'c': ['it', 'i'], 'ny': ['i', 'e'], 'a-ny': ['e'],
  't': ['at', 'a'], 'i-t': ['eik', 'ate'], 'u-t': ['ok', 'oke'],
  'n': ['an'], 'i-n': ['ein'], 'u-n': ['on', 'oun'],
  'p': ['at', 'a'], 'i-p': ['eik'], 'u-p': ['ok'],
  'm': ['an', 'am'], 'i-m': ['ein'], 'u-m': ['on', 'ohn'],
  'y': ['e', 'ai'], 'a-y': ['e'], 'w': ['aw'],
  'nasal': ['an'], 'i-nasal': ['ein'], 'u-nasal': ['on', 'ohn'],
};
/** With the medial ွ the rhyme is u-based (ထွန်း Htun, လွင် Lwin). */
const W_RHYMES: Record<string, Choice> = {
  '': ['wa'], 'n': ['un', 'wan'], 'm': ['un', 'wan'], 'nasal': ['un', 'wan'], 't': ['ut', 'wat'], 'p': ['ut', 'wat'], 'ng': ['win'], 'e': ['we'], 'ai': ['we', 'wai'],
};
const NASAL_CLASSES = new Set(['ng', 'n', 'm', 'nasal', 'ny']);

const ASAT = '\u103a';
const STACK = '\u1039';
const isConsonant = (c: string | undefined): boolean => c !== undefined && INITIALS[c] !== undefined;

interface Syllable {
  initial: string;
  medials: string;
  vowel: string;
  final: string;
  creaky: boolean;
  /** A killed consonant with no syllable to close: the final consonant of an English word (ရယ်(လ်) royal). */
  bare?: boolean;
}

function vowelKey(signs: string): string {
  const has = (c: string): boolean => signs.includes(c);
  if (has('ေ') && (has('ာ') || has('ါ'))) return 'aw';
  if (has('ိ') && has('ု')) return 'o';
  if (has('ေ')) return 'e';
  if (has('ဲ')) return 'ai';
  if (has('ာ') || has('ါ')) return 'a';
  if (has('ိ') || has('ီ')) return 'i';
  if (has('ု') || has('ူ')) return 'u';
  return '';
}

/** Splits a word into syllables: a consonant starts one unless the asat or the stacking virama kills it. */
function syllables(word: string): Syllable[] {
  const chars = [...word];
  const out: Syllable[] = [];
  let cur: Syllable | undefined;
  let signs = '';
  const close = (): void => {
    if (cur) {
      cur.vowel = vowelKey(signs);
      out.push(cur);
    }
    cur = undefined;
    signs = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    if (isConsonant(ch) || INDEPENDENT[ch] !== undefined) {
      // The creaky tone mark may be stored before the asat (မြင့်: င ့ ်).
      const creaky = next === '\u1037' && chars[i + 2] === ASAT;
      const killed = next === ASAT || next === STACK || creaky;
      if (killed && cur !== undefined && cur.final === '') {
        cur.final = ch;
        if (creaky) cur.creaky = true;
        i += creaky ? 2 : 1;
        // Kinzi (င်္): the stacking sign after the asat.
        if (chars[i + 1] === STACK) i++;
        continue;
      }
      if (killed && next === ASAT) {
        close();
        out.push({ initial: ch, medials: '', vowel: '', final: '', creaky: false, bare: true });
        i++;
        continue;
      }
      close();
      cur = { initial: ch, medials: '', vowel: '', final: '', creaky: false };
      continue;
    }
    if (cur === undefined) continue;
    if ('ျြွှ'.includes(ch)) cur.medials += ch;
    else if (ch === '\u1036') cur.final ||= 'ံ';
    else if (ch === '\u1037') cur.creaky = true;
    else if ('ါာိီုူေဲ'.includes(ch)) signs += ch;
  }
  close();
  return out;
}

function initialOf(s: Syllable): Choice {
  const ind = INDEPENDENT[s.initial];
  if (ind !== undefined) return [''];
  const base = INITIALS[s.initial] ?? [''];
  const m = s.medials;
  const y = m.includes('ျ') || m.includes('ြ');
  const h = m.includes('ှ');
  const w = m.includes('ွ');
  let out: Choice = base;
  if (y) {
    if (s.initial === 'က') out = ['ky', 'gy'];
    else if (s.initial === 'ခ') out = ['ch', 'khy'];
    else if (s.initial === 'ဂ') out = ['gy', 'j'];
    else out = base.map((b) => b + 'y');
  }
  if (h) {
    if (s.initial === 'ရ' || s.initial === 'ယ' || (s.initial === 'လ' && y)) out = ['sh'];
    else out = out.map((b) => 'h' + b);
  }
  // ွ is written in the rhyme when a final follows (see W_RHYMES), as w otherwise.
  if (w && s.final === '' && s.vowel !== '' && s.vowel !== 'e' && s.vowel !== 'ai') out = out.map((b) => b + 'w');
  return out;
}

function rhymeOf(s: Syllable): Choice {
  const ind = INDEPENDENT[s.initial];
  const cls = s.final === 'ံ' ? 'nasal' : s.final === '' ? '' : (FINAL_CLASS[s.final] ?? '');
  if (ind !== undefined && cls === '' && s.vowel === '') return ind;
  const key = s.vowel === '' ? cls : cls === '' ? s.vowel : `${s.vowel}-${cls}`;
  let rhyme: Choice | undefined;
  if (s.medials.includes('ွ') && s.vowel === '') rhyme = W_RHYMES[cls];
  else if (s.medials.includes('ွ') && cls === '' && (s.vowel === 'e' || s.vowel === 'ai')) rhyme = W_RHYMES[s.vowel];
  rhyme ??= RHYMES[key] ?? RHYMES[cls] ?? RHYMES[s.vowel] ?? ['a'];
  if (s.creaky && NASAL_CLASSES.has(cls)) rhyme = rhyme.flatMap((r) => (r.endsWith('n') ? [r + 't', r] : [r]));
  return rhyme;
}

/** One entry per syllable: its spellings, the usual one first. */
export function burmeseSyllables(word: string): string[][] {
  return syllables(word)
    .map((s, i) => {
      // ဦး is the honorific U before a name, and the name syllable Oo inside one (Mya Tun Oo).
      if (i > 0 && (s.initial === 'ဦ' || s.initial === 'ဥ') && s.final === '' && s.vowel === '') return ['oo', 'u'];
      if (s.bare) return [(INITIALS[s.initial] ?? [''])[0] as string].filter((x) => x.length > 0);
      return spellOut([initialOf(s), rhymeOf(s)]);
    })
    .filter((s) => s.length > 0);
}

/** The usual spelling of a Burmese word, syllables joined by spaces. */
export function burmeseToLatin(word: string): string {
  return burmeseSyllables(word)
    .map((s) => s[0])
    .join(' ');
}
