/**
 * Hangul romanisation. A syllable block is decomposed by the Unicode jamo arithmetic
 * (0xAC00 + (initial * 21 + vowel) * 28 + final) and spelled three ways:
 *  - rr:      Revised Romanisation (South Korean official, used on newer documents);
 *  - mr:      McCune–Reischauer without diacritics and apostrophes, the basis of DPRK spellings
 *             (Pak, Choe, Chol, Hyok, Kwang, Myong, Ri, Ryong);
 *  - popular: the spelling South Koreans actually put in passports and bylines
 *             (Sung, Jung, Hyun, Chul, Soo, Joon, Young, Kyung, Hee);
 *  - dprk:    the DPRK's own spelling, on its designations: McCune–Reischauer with the voiced initials
 *             (g, d, b, j) at the start of given-name syllables too, and aspirates written with h
 *             (Kim Jong Un, Ri Il Gwang, Jang Song Thaek).
 * Each syllable of a given name is spelled as if it started a word, because that is how names are
 * hyphenated in practice (Dong-yun, Tong-yun).
 */

const S_BASE = 0xac00;
const S_LAST = 0xd7a3;

const RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MR_INITIAL = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h'];
const DPRK_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h'];
const POP_INITIAL = ['k', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];

const RR_VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const MR_VOWEL = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];

const RR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const V_EO = 4;
const V_YEO = 6;
const V_U = 13;
const V_YU = 17;
const V_UI = 19;
const V_I = 20;
const V_WI = 16;
const I_NONE = 11;
const I_S = 9;
const I_H = 18;
const F_NG = 21;

export interface SyllableSpellings {
  rr: string;
  mr: string;
  popular: string;
  dprk: string;
}

function popularVowel(initial: number, vowel: number, final: number): string {
  const rr = RR_VOWEL[vowel] as string;
  switch (vowel) {
    case V_EO:
      // 서 Seo, 거 Geo stay "eo"; closed syllables are spelled with u (Sung, Jung, Chul, Bum).
      return final === 0 ? 'eo' : 'u';
    case V_YEO:
      // 영 Young, 연 Yeon, but 현 Hyun, 변 Byun.
      if (initial === I_NONE) return final === F_NG ? 'you' : 'yeo';
      return 'yu';
    case V_U:
      return initial === I_NONE ? 'woo' : 'oo';
    case V_YU:
      return initial === I_NONE ? 'yoo' : 'yu';
    case V_UI:
      return initial === I_H ? 'ee' : initial === I_NONE ? 'eui' : 'ui';
    default:
      return rr;
  }
}

function spellSyllable(cp: number): SyllableSpellings | null {
  if (cp < S_BASE || cp > S_LAST) return null;
  const code = cp - S_BASE;
  const initial = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const final = code % 28;
  const fin = RR_FINAL[final] as string;
  const rr = (RR_INITIAL[initial] as string) + (RR_VOWEL[vowel] as string) + fin;
  const mr = (MR_INITIAL[initial] as string) + (MR_VOWEL[vowel] as string) + fin;
  const dprk = (DPRK_INITIAL[initial] as string) + (MR_VOWEL[vowel] as string) + fin;
  let init = POP_INITIAL[initial] as string;
  // 신 Shin, 시 Shi: a plain s before i is written sh in most real spellings.
  if (initial === I_S && (vowel === V_I || vowel === V_WI)) init = 'sh';
  const popular = init + popularVowel(initial, vowel, final) + fin;
  return { rr, mr, popular, dprk };
}

const CACHE = new Map<number, SyllableSpellings | null>();

/** Spellings of one Hangul syllable block; null for anything else. */
export function romaniseSyllable(ch: string): SyllableSpellings | null {
  const cp = ch.codePointAt(0) ?? 0;
  let hit = CACHE.get(cp);
  if (hit === undefined) {
    hit = spellSyllable(cp);
    CACHE.set(cp, hit);
  }
  return hit;
}

/** Compatibility/conjoining jamo written alone (rare in names, but seen in OCR'd lists). */
const LONE_JAMO: Record<string, string> = {
  ㄱ: 'g', ㄴ: 'n', ㄷ: 'd', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅅ: 's', ㅇ: '', ㅈ: 'j', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
  ㅏ: 'a', ㅓ: 'eo', ㅗ: 'o', ㅜ: 'u', ㅡ: 'eu', ㅣ: 'i', ㅐ: 'ae', ㅔ: 'e',
};

/** All syllables of a Hangul word, in order; characters that are not syllables are spelled as lone jamo or dropped. */
export function romaniseWord(word: string): SyllableSpellings[] {
  const out: SyllableSpellings[] = [];
  for (const ch of word.normalize('NFC')) {
    const s = romaniseSyllable(ch);
    if (s) out.push(s);
    else {
      const j = LONE_JAMO[ch];
      if (j !== undefined && j !== '') out.push({ rr: j, mr: j, popular: j, dprk: j });
    }
  }
  return out;
}

/**
 * Latin spelling -> the Hangul syllables it spells in any of the three systems, built on first use
 * (11,172 syllables × 3 spellings). Lets two Latin romanisations of one syllable meet (Hee/Hui = 희,
 * Jin/Chin = 진, Sung/Song = 성) without a phonetic key, which would also merge different names.
 */
let SPELLING_SYLLABLES: Map<string, number[]> | null = null;

function spellingSyllables(): Map<string, number[]> {
  if (SPELLING_SYLLABLES) return SPELLING_SYLLABLES;
  const map = new Map<string, number[]>();
  for (let cp = S_BASE; cp <= S_LAST; cp++) {
    const s = spellSyllable(cp) as SyllableSpellings;
    for (const spelling of [s.rr, s.mr, s.popular, s.dprk]) {
      let arr = map.get(spelling);
      if (!arr) map.set(spelling, (arr = []));
      if (arr[arr.length - 1] !== cp) arr.push(cp);
    }
  }
  return (SPELLING_SYLLABLES = map);
}

/**
 * The Hangul syllables a Latin token spells, folded twice onto 32 bits (by code point mod 32, and by
 * code point / 32 mod 32); [0, 0] when it spells none. Two tokens that share a syllable share a bit
 * in both masks: sameKoreanSyllable's cheap necessary condition, for callers that test many pairs.
 */
export function koreanSyllableMasks(a: string): [number, number] {
  if (a.length > 5) return [0, 0];
  let low = 0;
  let high = 0;
  for (const cp of spellingSyllables().get(a) ?? []) {
    low |= 1 << (cp & 31);
    high |= 1 << ((cp >>> 5) & 31);
  }
  return [low, high];
}

/** Are two Latin tokens romanisations of one Hangul syllable? */
export function sameKoreanSyllable(a: string, b: string): boolean {
  if (a.length > 5 || b.length > 5) return false;
  const map = spellingSyllables();
  const x = map.get(a);
  if (x === undefined) return false;
  const y = map.get(b);
  if (y === undefined) return false;
  for (const cp of x) if (y.includes(cp)) return true;
  return false;
}
