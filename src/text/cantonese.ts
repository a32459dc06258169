import { getJyutpingCandidates } from 'to-jyutping';

/**
 * Cantonese readings of Han characters in the spellings Hong Kong and Macau passports and most
 * lists use (Hong Kong Government romanisation: 趙詠蘭 Chiu Wing-lan, 區志光 Au Chi-kwong), from the
 * jyutping the to-jyutping dictionary gives. Mandarin pinyin (Zhao Yonglan) shares little with them
 * beyond a few surnames, so a Hong Kong name written in characters would otherwise meet its Latin
 * spelling only through the surname. Pure; memoised per character.
 */

/** Initials: jyutping → Hong Kong spellings, the usual first. */
const INITIALS: Record<string, readonly string[]> = {
  b: ['p'], p: ['p'], m: ['m'], f: ['f'], d: ['t'], t: ['t'], n: ['n'], l: ['l'], g: ['k'], k: ['k'], ng: ['ng'], h: ['h'],
  gw: ['kw'], kw: ['kw'], w: ['w'], z: ['ch', 'ts'], c: ['ch', 'ts'], s: ['s', 'sh'], j: ['y'], '': [''],
};

/** Finals: jyutping → Hong Kong spellings, the usual first. */
const FINALS: Record<string, readonly string[]> = {
  aa: ['a'], aai: ['ai'], aau: ['au'], aam: ['am'], aan: ['an'], aang: ['ang'], aap: ['ap'], aat: ['at'], aak: ['ak'],
  ai: ['ai'], au: ['au'], am: ['am', 'um'], an: ['an', 'un'], ang: ['ang'], ap: ['ap'], at: ['at'], ak: ['ak'],
  e: ['e'], ei: ['ei', 'ee'], eng: ['eng'], ek: ['ek'],
  i: ['i'], iu: ['iu'], im: ['im'], in: ['in'], ing: ['ing'], ip: ['ip'], it: ['it'], ik: ['ik'],
  o: ['o'], oi: ['oi'], ou: ['o', 'ou'], on: ['on'], ong: ['ong'], ot: ['ot'], ok: ['ok'],
  u: ['u', 'oo'], ui: ['ui', 'ooi'], un: ['oon', 'un'], ung: ['ung'], ut: ['ut'], uk: ['uk', 'ook'],
  oe: ['oe'], oeng: ['eung'], oek: ['euk'], eoi: ['ui'], eon: ['un'], eot: ['ut'],
  yu: ['u', 'ue'], yun: ['uen'], yut: ['uet'], m: ['m'], ng: ['ng'],
};

const J_YU: Record<string, readonly string[]> = { yu: ['yu', 'yue'], yun: ['yuen'], yut: ['yuet'] };

const SYLLABLE = /^(ng|gw|kw|[bpmfdtnlgkhwzcsj])?([a-z]+?)[1-6]?$/;
const MAX_SPELLINGS = 3;

/** The Hong Kong spellings of one jyutping syllable (tone digit allowed), the usual first; [] when it does not parse. */
export function jyutpingToHongKong(syllable: string): string[] {
  const bare = syllable.replace(/[1-6]$/, '');
  // Syllabic m and ng: 吳 ng Ng, 唔 m.
  if (bare === 'ng' || bare === 'm') return [bare];
  const m = SYLLABLE.exec(syllable);
  if (!m) return [];
  const initial = m[1] ?? '';
  const final = m[2]!;
  // yu after j is the whole vowel: 余 jyu Yu, 源 jyun Yuen, 月 jyut Yuet.
  if (initial === 'j' && final.startsWith('yu')) return [...(J_YU[final] ?? [])];
  const finals = FINALS[final];
  const initials = INITIALS[initial];
  if (!finals || !initials) return [];
  // Sibilants before i: 志 zi Chi or Tsz, 詩 si Sze or Si.
  if (final === 'i' && (initial === 'z' || initial === 'c')) return ['chi', 'tsz'];
  if (final === 'i' && initial === 's') return ['sze', 'si', 'shi'];
  const out: string[] = [];
  for (const f of finals) for (const i of initials) if (out.length < MAX_SPELLINGS && !out.includes(i + f)) out.push(i + f);
  return out;
}

const memo = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/**
 * The Hong Kong spellings of one Han character's Cantonese readings (its two most usual readings,
 * the first reading's spellings first), at most MAX_SPELLINGS; [] for a character the dictionary lacks.
 */
export function cantoneseSpellings(char: string): readonly string[] {
  const known = memo.get(char);
  if (known) return known;
  const readings = getJyutpingCandidates(char)[0]?.[1] ?? [];
  const out: string[] = [];
  for (const r of readings.slice(0, 2)) for (const s of jyutpingToHongKong(r)) if (out.length < MAX_SPELLINGS && !out.includes(s)) out.push(s);
  const result = out.length > 0 ? out : NONE;
  if (memo.size >= 20_000) memo.clear();
  memo.set(char, result);
  return result;
}
