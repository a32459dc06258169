import { spellOut, type Choice } from './spellings.js';

/**
 * Romanisation of the Indic abugidas (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
 * Kannada, Malayalam) and Sinhala, by one engine driven by per-script tables.
 *
 * Values follow ISO 15919 without diacritics, spelled the way names are written in English (ś and ṣ
 * as sh, c as ch, ā ī ū as a i u with ee/oo as variants), so that a name written in the script by a
 * native writer lands on or near the spelling lists use: व्लादिमीर पुतिन -> vladimir putin.
 *
 * A consonant carries the inherent vowel a unless a vowel sign or the virama follows. Hindi and the
 * other northern languages do not pronounce it everywhere (schwa deletion): it is dropped at the end
 * of a word (राम ram) unless a cluster precedes (चन्द्र chandra), and inside a word between a vowel +
 * consonant and a consonant + vowel, scanning from the right (जवाहरलाल jawaharlal). The Dravidian
 * languages and Sinhala pronounce it, so they keep it.
 */

type Kind = 'cons' | 'dead' | 'vowel' | 'sign' | 'virama' | 'nasal' | 'candrabindu' | 'visarga' | 'nukta' | 'addak' | 'silent';

interface Letter {
  kind: Kind;
  value: Choice;
  /** Position in the shared ISCII layout (0x00..0x7f), or the Sinhala code point offset: what context rules test. */
  id: number;
}

/** A sound of the word being romanised: consonant, vowel, inherent vowel, nasal or visarga. */
interface Phone {
  kind: 'C' | 'V' | 'A' | 'N' | 'H';
  value: Choice;
  id: number;
  /** An independent vowel letter (not a sign on a consonant). */
  independent: boolean;
  /** The inherent vowel is not pronounced (schwa deletion). */
  silent: boolean;
  /** Written with a nukta: its value is fixed, whatever the context. */
  nukta: boolean;
}

interface IndicScript {
  letters: ReadonlyMap<string, Letter>;
  /** Base letter id + nukta -> value (क़ q, ज़ z, फ़ f, ड़ r). */
  nukta: ReadonlyMap<number, Choice>;
  schwaDeletion: boolean;
  inherent: Choice;
  /** Value of the anusvara before `next` (undefined at the end of the word). */
  nasal: (next: Phone | undefined) => Choice;
  /** Script-specific value of the consonant at `i`, from its neighbours; undefined keeps the table's. */
  context?: (phones: readonly Phone[], i: number) => Choice | undefined;
  /** Rewrites the phones for the reading of a foreign name transcribed in the script (see `indicForeignSpellings`). */
  foreign?: (phones: Phone[]) => void;
}

/*
 * The ISCII layout shared by the nine blocks from U+0900 to U+0D7F: the same letter sits at the same
 * offset in each block (क U+0915, ক U+0995, ਕ U+0A15, ... க U+0B95). Offsets a script lacks are simply
 * unassigned there.
 */
const I_VOWELS: Record<number, Choice> = {
  0x04: ['a'], 0x05: ['a'], 0x06: ['a'], 0x07: ['i'], 0x08: ['i', 'ee'], 0x09: ['u'], 0x0a: ['u', 'oo'],
  0x0b: ['ri', 'ru'], 0x0c: ['li'], 0x0d: ['e'], 0x0e: ['e'], 0x0f: ['e', 'ei'], 0x10: ['ai', 'ei', 'e'], 0x11: ['o'],
  0x12: ['o'], 0x13: ['o'], 0x14: ['au', 'ou', 'o'], 0x60: ['ri'], 0x61: ['li'],
};
const I_SIGNS: Record<number, Choice> = {
  0x3a: ['o'], 0x3b: ['o'], 0x3e: ['a'], 0x3f: ['i'], 0x40: ['i', 'ee'], 0x41: ['u'], 0x42: ['u', 'oo'],
  0x43: ['ri', 'ru'], 0x44: ['ri'], 0x45: ['e', 'ai'], 0x46: ['e'], 0x47: ['e', 'ei'], 0x48: ['ai', 'ei', 'e'], 0x49: ['o'],
  0x4a: ['o'], 0x4b: ['o'], 0x4c: ['au', 'ou', 'o'], 0x4e: ['e'], 0x4f: ['aw'], 0x56: ['ai'], 0x57: ['au'],
  0x62: ['li'], 0x63: ['li'],
};
const I_CONSONANTS: Record<number, Choice> = {
  0x15: ['k'], 0x16: ['kh'], 0x17: ['g'], 0x18: ['gh'], 0x19: ['ng', 'n'], 0x1a: ['ch'], 0x1b: ['chh', 'ch'],
  0x1c: ['j'], 0x1d: ['jh'], 0x1e: ['ny', 'n'], 0x1f: ['t'], 0x20: ['th'], 0x21: ['d'], 0x22: ['dh'], 0x23: ['n'],
  0x24: ['t'], 0x25: ['th'], 0x26: ['d'], 0x27: ['dh'], 0x28: ['n'], 0x29: ['n'], 0x2a: ['p'], 0x2b: ['ph', 'f'],
  0x2c: ['b'], 0x2d: ['bh'], 0x2e: ['m'], 0x2f: ['y'], 0x30: ['r'], 0x31: ['r'], 0x32: ['l'], 0x33: ['l'],
  0x34: ['zh', 'l'], 0x35: ['v', 'w'], 0x36: ['sh'], 0x37: ['sh'], 0x38: ['s'], 0x39: ['h'],
  // Precomposed nukta letters (NFKC takes most apart into base + nukta; these are what remains).
  0x58: ['q', 'k'], 0x59: ['kh'], 0x5a: ['gh', 'g'], 0x5b: ['z'], 0x5c: ['r'], 0x5d: ['rh'], 0x5e: ['f'], 0x5f: ['y'],
};
/** Consonant + nukta: the Perso-Arabic and English sounds Hindi, Urdu-derived and Punjabi names use. */
const I_NUKTA: ReadonlyMap<number, Choice> = new Map<number, Choice>([
  [0x15, ['q', 'k']], [0x16, ['kh']], [0x17, ['gh', 'g']], [0x1c, ['z']], [0x21, ['r']], [0x22, ['rh']],
  [0x2b, ['f']], [0x2f, ['y']], [0x38, ['sh']], [0x32, ['l']],
]);

const NASAL_LETTERS = new Set([0x19, 0x1e, 0x23, 0x28, 0x29, 0x2e]);
/** y r l v: a cluster ending in one keeps the word-final inherent vowel. */
const KEEPS_FINAL_A = new Set([0x2f, 0x30, 0x35]);
const LABIALS = new Set([0x2a, 0x2b, 0x2c, 0x2d, 0x2e]);
const VELARS = new Set([0x15, 0x16, 0x17, 0x18]);

/** Anusvara as the nasal of the following consonant: m before p b m, ng before h (सिंह Singh), n elsewhere. */
function hindiNasal(next: Phone | undefined): Choice {
  if (next === undefined || next.kind !== 'C') return ['n', 'm'];
  if (LABIALS.has(next.id)) return ['m', 'n'];
  if (next.id === 0x39) return ['ng', 'n'];
  return ['n'];
}

interface BlockOptions {
  base: number;
  schwaDeletion: boolean;
  inherent?: Choice;
  /** Letters whose value differs from the shared table, by offset. */
  consonants?: Record<number, Choice>;
  vowels?: Record<number, Choice>;
  signs?: Record<number, Choice>;
  /** Consonants that never carry a vowel (Malayalam chillus, Bengali khanda ta), by offset. */
  dead?: Record<number, Choice>;
  extraNasals?: number[];
  viramas?: number[];
  nasal?: (next: Phone | undefined) => Choice;
  context?: IndicScript['context'];
  foreign?: IndicScript['foreign'];
}

function block(o: BlockOptions): IndicScript {
  const letters = new Map<string, Letter>();
  const put = (offset: number, kind: Kind, value: Choice): void => {
    letters.set(String.fromCodePoint(o.base + offset), { kind, value, id: offset });
  };
  for (const [k, v] of Object.entries({ ...I_VOWELS, ...o.vowels })) put(Number(k), 'vowel', v);
  for (const [k, v] of Object.entries({ ...I_SIGNS, ...o.signs })) put(Number(k), 'sign', v);
  for (const [k, v] of Object.entries({ ...I_CONSONANTS, ...o.consonants })) put(Number(k), 'cons', v);
  for (const [k, v] of Object.entries(o.dead ?? {})) put(Number(k), 'dead', v);
  put(0x01, 'candrabindu', ['n', '']);
  put(0x02, 'nasal', ['n']);
  put(0x03, 'visarga', ['h']);
  put(0x3c, 'nukta', ['']);
  put(0x3d, 'silent', ['']);
  put(0x4d, 'virama', ['']);
  put(0x55, 'silent', ['']);
  for (const n of o.extraNasals ?? []) put(n, 'nasal', ['n']);
  for (const v of o.viramas ?? []) put(v, 'virama', ['']);
  return {
    letters,
    nukta: I_NUKTA,
    schwaDeletion: o.schwaDeletion,
    inherent: o.inherent ?? ['a'],
    nasal: o.nasal ?? hindiNasal,
    context: o.context,
    foreign: o.foreign,
  };
}

const isVowel = (p: Phone | undefined): boolean => p !== undefined && (p.kind === 'V' || (p.kind === 'A' && !p.silent));
const afterCluster = (phones: readonly Phone[], i: number): boolean => phones[i - 1]?.kind === 'C';

/** व as w after a consonant (स्वामी swami, द्विवेदी dwivedi), v elsewhere. */
function northernContext(phones: readonly Phone[], i: number): Choice | undefined {
  const p = phones[i] as Phone;
  if (p.id === 0x35) return afterCluster(phones, i) ? ['w', 'v'] : ['v', 'w'];
  return undefined;
}

/**
 * Bengali: য is j at the start of a syllable and y after a consonant (য-ফলা); ব after a consonant is w
 * (বিশ্বাস Biswas); ভ also writes v in foreign names (ভ্লাদিমির); জ is z in names of Arabic origin (জিয়া Zia).
 */
function bengaliContext(phones: readonly Phone[], i: number): Choice | undefined {
  const p = phones[i] as Phone;
  const cluster = afterCluster(phones, i);
  switch (p.id) {
    case 0x2f:
      return cluster ? ['y', ''] : ['j', 'y'];
    case 0x2c:
      return cluster ? ['w', 'b', 'v'] : undefined;
    case 0x2d:
      return ['bh', 'v'];
    case 0x1c:
      return ['j', 'z'];
    // The three sibilants are all said sh; names spell them s or sh (Hasina, Sheikh, Biswas, Ghosh).
    case 0x36:
    case 0x37:
      return ['sh', 's'];
    case 0x38:
      return ['s', 'sh'];
    default:
      return undefined;
  }
}

/** Oriya ଯ is j, ୟ y; ବ after a consonant is w. */
function oriyaContext(phones: readonly Phone[], i: number): Choice | undefined {
  const p = phones[i] as Phone;
  if (p.id === 0x2f) return afterCluster(phones, i) ? ['y'] : ['j', 'y'];
  if (p.id === 0x2c) return afterCluster(phones, i) ? ['w', 'b', 'v'] : ['b', 'v'];
  return undefined;
}

/**
 * Tamil writes one letter for voiced and voiceless stops; the sound, and the English spelling of names,
 * depends on the position: க k at the start and doubled, g between vowels and after a nasal (முருகன்
 * Murugan); ச s at the start and between vowels, j after a nasal, ch doubled; ட t / d; த th (dh between
 * vowels: கருணாநிதி Karunanidhi); ப p / b. ற doubled is tr, after ன் dr. ஃப is f.
 */
function tamilContext(phones: readonly Phone[], i: number): Choice | undefined {
  const p = phones[i] as Phone;
  const prev = phones[i - 1];
  // Between vowels: a consonant before a virama (a cluster) keeps its voiceless value.
  const vowelBefore = isVowel(prev) && phones[i + 1]?.kind !== 'C';
  const nasalBefore = prev?.kind === 'C' && NASAL_LETTERS.has(prev.id);
  const doubled = prev?.kind === 'C' && prev.id === p.id;
  switch (p.id) {
    case 0x15:
      return nasalBefore ? ['g'] : vowelBefore ? ['g', 'k'] : undefined;
    case 0x1a:
      if (doubled) return ['ch'];
      if (nasalBefore) return ['j', 'ch'];
      // Also the sh of foreign names (பசார் Bashar).
      return ['s', 'ch', 'sh'];
    case 0x1f:
      return nasalBefore || vowelBefore ? ['d', 't'] : ['t', 'd'];
    case 0x24:
      return vowelBefore ? ['th', 'dh'] : ['th', 't'];
    case 0x2a:
      if (prev?.kind === 'H') return ['f'];
      return nasalBefore ? ['b', 'p'] : ['p', 'b'];
    case 0x31:
      if (doubled) return ['tr', 'r'];
      if (prev?.kind === 'C' && prev.id === 0x29) return ['dr', 'r'];
      return undefined;
    case 0x1c:
      return prev?.kind === 'H' ? ['z'] : undefined;
    default:
      return undefined;
  }
}

/** Doubled ச and the first of a doubled ற are written once (பச்சை pachai, முற்றம் mutram). */
function tamilFix(phones: Phone[]): void {
  for (let i = 1; i < phones.length; i++) {
    const p = phones[i] as Phone;
    const prev = phones[i - 1] as Phone;
    if (p.kind === 'C' && prev.kind === 'C' && prev.id === p.id && (p.id === 0x1a || p.id === 0x31)) prev.value = [''];
    if (p.kind === 'C' && prev.kind === 'C' && prev.id === p.id && p.id === 0x24) prev.value = ['', 't'];
    // ஃ only marks the next letter (ஃப f, ஃஜ z).
    if (prev.kind === 'H' && p.kind === 'C') prev.value = [''];
  }
}

/** Malayalam: ന്റ is nt, റ്റ tt (the ISCII offsets 0x28/0x31). */
function malayalamContext(phones: readonly Phone[], i: number): Choice | undefined {
  const p = phones[i] as Phone;
  const prev = phones[i - 1];
  if (p.id === 0x31 && prev?.kind === 'C' && (prev.id === 0x28 || prev.id === 0x29 || prev.id === 0x31 || prev.id === 0x7b)) return ['t'];
  return undefined;
}

/** Bengali transcribes foreign names with ভ for v and the inherent vowel for o (লাভরভ Lavrov). */
function bengaliForeign(phones: Phone[]): void {
  for (const p of phones) {
    if (p.kind === 'C' && p.id === 0x2d && !p.nukta) p.value = ['v', 'bh'];
    if (p.kind === 'A' && !p.silent) p.value = ['o', 'a'];
  }
}

/**
 * Tamil has no letters for voiced stops: foreign names write d with த or ட, b with ப, g with க
 * (தாவூத் Dawood, இப்ராஹிம் Ibrahim). Doubled letters stay voiceless.
 */
function tamilForeign(phones: Phone[]): void {
  const voiced: Record<number, Choice> = { 0x15: ['g', 'k'], 0x1f: ['d', 't'], 0x24: ['d', 'th', 't'], 0x2a: ['b', 'p'] };
  for (let i = 0; i < phones.length; i++) {
    const p = phones[i] as Phone;
    const prev = phones[i - 1];
    const next = phones[i + 1];
    const doubled = (prev?.kind === 'C' && prev.id === p.id) || (next?.kind === 'C' && next.id === p.id);
    // After another consonant (ஸ்டாலின் Stalin) a stop stays voiceless; after a nasal it is voiced anyway.
    const afterConsonant = prev?.kind === 'C' && !NASAL_LETTERS.has(prev.id);
    const v = voiced[p.id];
    if (p.kind === 'C' && v !== undefined && !doubled && !afterConsonant && prev?.kind !== 'H') p.value = v;
  }
}

const DEVANAGARI = block({
  base: 0x0900,
  schwaDeletion: true,
  context: northernContext,
  vowels: { 0x72: ['a'], 0x73: ['o'], 0x74: ['o'], 0x75: ['au'], 0x76: ['u'], 0x77: ['u'] },
  consonants: { 0x79: ['z'], 0x7a: ['y'], 0x7b: ['g'], 0x7c: ['j'], 0x7e: ['d'], 0x7f: ['b'] },
});

const BENGALI = block({
  base: 0x0980,
  schwaDeletion: true,
  inherent: ['a', 'o'],
  context: bengaliContext,
  foreign: bengaliForeign,
  vowels: { 0x10: ['oi', 'ai'], 0x14: ['ou', 'au'] },
  signs: { 0x48: ['oi', 'ai', 'e'], 0x4c: ['ou', 'au', 'o'] },
  consonants: { 0x70: ['r'], 0x71: ['w', 'v'] },
  dead: { 0x4e: ['t'] },
  nasal: (next) => {
    if (next?.kind === 'C' && LABIALS.has(next.id)) return ['m', 'ng'];
    if (next?.kind === 'C' && VELARS.has(next.id)) return ['n', 'ng'];
    return ['ng', 'n'];
  },
});

const GURMUKHI = block({
  base: 0x0a00,
  schwaDeletion: true,
  context: northernContext,
  // ੲ and ੳ carry the vowel signs of initial i/e and u/o; ਲ਼ ਸ਼ come apart under NFKC (base + nukta).
  consonants: { 0x72: [''], 0x73: [''], 0x5c: ['r'], 0x75: ['y'] },
  extraNasals: [0x70],
});
// Gurmukhi addak (ੱ) doubles the next consonant.
(GURMUKHI.letters as Map<string, Letter>).set('\u0a71', { kind: 'addak', value: [''], id: 0x71 });

const GUJARATI = block({ base: 0x0a80, schwaDeletion: true, context: northernContext });

const ORIYA = block({
  base: 0x0b00,
  schwaDeletion: true,
  inherent: ['a', 'o'],
  context: oriyaContext,
  consonants: { 0x71: ['w', 'v'] },
});

const TAMIL = block({
  base: 0x0b80,
  schwaDeletion: false,
  context: tamilContext,
  foreign: tamilForeign,
  consonants: { 0x1e: ['nj', 'gn', 'ny'], 0x29: ['n'], 0x31: ['r'], 0x34: ['zh', 'l'] },
  vowels: { 0x0e: ['e', 'a'], 0x0f: ['e', 'ee'], 0x13: ['o'] },
  // Short e also writes the a of Sanskrit names (ஜெயலலிதா Jayalalithaa).
  signs: { 0x46: ['e', 'a'], 0x47: ['e', 'ee'] },
});
// ஃ (aytham, at the visarga offset) only changes the next letter.
(TAMIL.letters as Map<string, Letter>).set('\u0b83', { kind: 'visarga', value: ['h'], id: 0x03 });

const TELUGU = block({
  base: 0x0c00,
  schwaDeletion: false,
  consonants: { 0x58: ['ts'], 0x59: ['dz'], 0x5a: ['r'] },
});

const KANNADA = block({
  base: 0x0c80,
  schwaDeletion: false,
  consonants: { 0x5e: ['l'] },
});

const MALAYALAM = block({
  base: 0x0d00,
  schwaDeletion: false,
  context: malayalamContext,
  viramas: [0x3b, 0x3c],
  dead: { 0x7a: ['n'], 0x7b: ['n'], 0x7c: ['r'], 0x7d: ['l'], 0x7e: ['l'], 0x7f: ['k'], 0x54: ['m'], 0x55: ['y'], 0x56: ['zh'], 0x4e: ['r'] },
  nasal: (next) => (next?.kind === 'C' && !LABIALS.has(next.id) ? ['n', 'm'] : ['m']),
});

/* Sinhala has its own layout; ids are offsets from U+0D80 and the context rules do not use them. */
const SINHALA_VOWELS: [number, Choice][] = [
  [0x05, ['a']], [0x06, ['a']], [0x07, ['ae', 'a', 'e']], [0x08, ['ae', 'a']], [0x09, ['i']], [0x0a, ['i', 'ee']],
  [0x0b, ['u']], [0x0c, ['u', 'oo']], [0x0d, ['ri']], [0x0e, ['ri']], [0x0f, ['li']], [0x10, ['li']], [0x11, ['e']],
  [0x12, ['e', 'ee']], [0x13, ['ai']], [0x14, ['o']], [0x15, ['o']], [0x16, ['au']],
];
const SINHALA_CONSONANTS: [number, Choice][] = [
  [0x1a, ['k']], [0x1b, ['kh', 'k']], [0x1c, ['g']], [0x1d, ['gh', 'g']], [0x1e, ['ng']], [0x1f, ['ng']],
  [0x20, ['ch']], [0x21, ['chh', 'ch']], [0x22, ['j']], [0x23, ['jh', 'j']], [0x24, ['ny', 'n']], [0x25, ['gn', 'gny']],
  [0x26, ['nj']], [0x27, ['t']], [0x28, ['th', 't']], [0x29, ['d']], [0x2a, ['dh', 'd']], [0x2b, ['n']], [0x2c, ['nd']],
  [0x2d, ['th', 't']], [0x2e, ['th', 't']], [0x2f, ['d']], [0x30, ['dh', 'd']], [0x31, ['n']], [0x33, ['nd']],
  [0x34, ['p']], [0x35, ['ph', 'p']], [0x36, ['b']], [0x37, ['bh', 'b']], [0x38, ['m']], [0x39, ['mb']], [0x3a, ['y']],
  [0x3b, ['r']], [0x3d, ['l']], [0x40, ['w', 'v']], [0x41, ['sh', 's']], [0x42, ['s', 'sh']], [0x43, ['s']],
  [0x44, ['h']], [0x45, ['l']], [0x46, ['f']],
];
const SINHALA_SIGNS: [number, Choice][] = [
  [0x4f, ['a']], [0x50, ['ae', 'a', 'e']], [0x51, ['ae', 'a']], [0x52, ['i']], [0x53, ['i', 'ee']], [0x54, ['u']],
  [0x56, ['u', 'oo']], [0x58, ['ru', 'ri']], [0x59, ['e']], [0x5a, ['e', 'ee']], [0x5b, ['ai']], [0x5c, ['o']],
  [0x5d, ['o']], [0x5e, ['au']], [0x5f, ['lu']], [0x72, ['ru']], [0x73, ['lu']],
];

function sinhala(): IndicScript {
  const letters = new Map<string, Letter>();
  const put = (offset: number, kind: Kind, value: Choice): void => {
    letters.set(String.fromCodePoint(0x0d80 + offset), { kind, value, id: 0x100 + offset });
  };
  for (const [o, v] of SINHALA_VOWELS) put(o, 'vowel', v);
  for (const [o, v] of SINHALA_CONSONANTS) put(o, 'cons', v);
  for (const [o, v] of SINHALA_SIGNS) put(o, 'sign', v);
  put(0x02, 'nasal', ['ng']);
  put(0x03, 'visarga', ['h']);
  put(0x4a, 'virama', ['']);
  return { letters, nukta: new Map(), schwaDeletion: false, inherent: ['a'], nasal: () => ['ng', 'n', 'm'] };
}
const SINHALA = sinhala();

/** Reads the letters into phones: consonants with their vowel (sign, inherent, or none after a virama). */
function toPhones(word: string, s: IndicScript): Phone[] {
  const chars = [...word];
  const phones: Phone[] = [];
  let doubleNext = false;
  const push = (kind: Phone['kind'], value: Choice, id: number, independent = false): void => {
    phones.push({ kind, value, id, independent, silent: false, nukta: false });
  };
  for (let i = 0; i < chars.length; i++) {
    const letter = s.letters.get(chars[i] as string);
    if (letter === undefined) continue;
    switch (letter.kind) {
      case 'cons':
      case 'dead': {
        let value = letter.value;
        let j = i + 1;
        // Zero-width joiners and non-joiners only shape the glyphs.
        while (chars[j] === '\u200c' || chars[j] === '\u200d') j++;
        const nukta = s.letters.get(chars[j] as string)?.kind === 'nukta';
        if (nukta) {
          value = s.nukta.get(letter.id) ?? value;
          j++;
        }
        if (doubleNext) {
          value = value.map((v) => (v[0] ?? '') + v);
          doubleNext = false;
        }
        push('C', value, letter.id);
        (phones[phones.length - 1] as Phone).nukta = nukta;
        while (chars[j] === '\u200c' || chars[j] === '\u200d') j++;
        const next = s.letters.get(chars[j] as string);
        if (letter.kind === 'dead') {
          i = j - 1;
        } else if (next?.kind === 'virama') {
          i = j;
        } else if (next?.kind === 'sign') {
          push('V', next.value, next.id);
          i = j;
        } else {
          push('A', s.inherent, -1);
          i = j - 1;
        }
        break;
      }
      case 'vowel':
        push('V', letter.value, letter.id, true);
        break;
      case 'sign':
        push('V', letter.value, letter.id);
        break;
      case 'nasal':
        push('N', letter.value, letter.id);
        break;
      case 'candrabindu':
        push('N', ['n', ''], -1);
        break;
      case 'visarga':
        push('H', letter.value, letter.id);
        break;
      case 'addak':
        doubleNext = true;
        break;
      default:
        break;
    }
  }
  return phones;
}

/**
 * Marks the inherent vowels Hindi-like languages do not pronounce. Final: dropped, except after a
 * cluster ending in a semivowel or a nasal (इन्द्र indra, सत्य satya, कृष्ण krishna; but आनन्द anand,
 * डॉनल्ड donald). Medial, right to left: dropped between a vowel + consonant and a consonant + vowel,
 * so no three consonants meet.
 */
function deleteSchwas(phones: Phone[]): void {
  const last = phones.length - 1;
  const end = phones[last];
  if (end?.kind === 'A' && last >= 2) {
    const c2 = phones[last - 1] as Phone;
    const c1 = phones[last - 2] as Phone;
    if (c1.kind === 'C' && (KEEPS_FINAL_A.has(c2.id) || (NASAL_LETTERS.has(c2.id) && !NASAL_LETTERS.has(c1.id)))) {
      end.value = ['a', ''];
    } else {
      end.silent = true;
      end.value = ['', 'a'];
    }
  }
  for (let i = last - 1; i >= 2; i--) {
    const p = phones[i] as Phone;
    if (p.kind !== 'A') continue;
    if (!isVowel(phones[i - 2]) || phones[i - 1]?.kind !== 'C') continue;
    if (phones[i + 1]?.kind !== 'C' || !isVowel(phones[i + 2])) continue;
    p.silent = true;
    p.value = ['', 'a'];
  }
}

/** Vowel letters in sequence: ইউ / इयु as yu; a + u as awu (दाऊद Dawud). */
function glides(phones: Phone[]): void {
  for (let i = phones.length - 1; i >= 0; i--) {
    const p = phones[i] as Phone;
    if (p.kind !== 'V' || !p.independent) continue;
    const next = phones[i + 1];
    const prev = phones[i - 1];
    const first = p.value[0] ?? '';
    if ((first === 'i' || first === 'e') && next?.kind === 'V' && next.independent) p.value = ['y', ...p.value];
    else if (isVowel(prev) && !(prev?.independent && /^[ie]/.test(prev.value[0] ?? '')) && (first === 'u' || first === 'o')) p.value = p.value.flatMap((v) => [v, 'w' + v]);
  }
}

function romanise(word: string, s: IndicScript, foreign = false): string[] {
  const phones = toPhones(word, s);
  if (s.context) {
    for (let i = 0; i < phones.length; i++) {
      const p = phones[i] as Phone;
      if (p.kind !== 'C' || p.nukta) continue;
      const v = s.context(phones, i);
      if (v !== undefined) p.value = v;
    }
    if (s === TAMIL) tamilFix(phones);
  }
  // ज्ञ is said gy (ज्ञानेन्द्र Gyanendra).
  for (let i = 1; i < phones.length; i++) {
    const p = phones[i] as Phone;
    const prev = phones[i - 1] as Phone;
    if (s !== TAMIL && p.kind === 'C' && p.id === 0x1e && prev.kind === 'C' && prev.id === 0x1c) {
      prev.value = ['g', 'j'];
      p.value = ['y', 'ny'];
    }
  }
  if (s.schwaDeletion) deleteSchwas(phones);
  if (foreign && s.foreign) s.foreign(phones);
  glides(phones);
  // य between i and a vowel is often not written in Latin (जिया / জিয়া Zia, Ziya).
  for (let i = 1; i < phones.length - 1; i++) {
    const p = phones[i] as Phone;
    if (p.kind === 'C' && p.value[0] === 'y' && phones[i - 1]?.kind === 'V' && (phones[i - 1] as Phone).value[0] === 'i' && isVowel(phones[i + 1])) {
      p.value = [...p.value, ''];
    }
  }
  const parts: Choice[] = phones.map((p, i) => (p.kind === 'N' && p.id !== -1 ? s.nasal(phones[i + 1]) : p.value));
  return spellOut(parts);
}

const SCRIPTS: [number, number, IndicScript][] = [
  [0x0900, 0x097f, DEVANAGARI],
  [0x0980, 0x09ff, BENGALI],
  [0x0a00, 0x0a7f, GURMUKHI],
  [0x0a80, 0x0aff, GUJARATI],
  [0x0b00, 0x0b7f, ORIYA],
  [0x0b80, 0x0bff, TAMIL],
  [0x0c00, 0x0c7f, TELUGU],
  [0x0c80, 0x0cff, KANNADA],
  [0x0d00, 0x0d7f, MALAYALAM],
  [0x0d80, 0x0dff, SINHALA],
];

function scriptOfWord(word: string): IndicScript | undefined {
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    for (const [from, to, s] of SCRIPTS) if (cp >= from && cp <= to) return s;
  }
  return undefined;
}

/**
 * Spellings of one word written in an Indic script or Sinhala: the usual one first, then variants
 * (long vowels as ee/oo, a kept or dropped inherent vowel, v/w...). Empty for a word without letters.
 */
export function indicSpellings(word: string): string[] {
  const s = scriptOfWord(word);
  return s === undefined ? [] : romanise(word, s);
}

/**
 * Spellings of one word read as the transcription of a foreign name, for the scripts that write
 * those differently from native words (Bengali, Tamil); the same as `indicSpellings` for the others.
 */
export function indicForeignSpellings(word: string): string[] {
  const s = scriptOfWord(word);
  return s === undefined ? [] : romanise(word, s, true);
}

/** The usual spelling of one word written in an Indic script or Sinhala. */
export function indicToLatin(word: string): string {
  return indicSpellings(word)[0] ?? '';
}
