/**
 * Cross-transliteration phonetic key.
 *
 * Why this shape: the variants we must join are romanisations of the same sounds by people using
 * different systems (Korean RR vs McCune-Reischauer vs passport spellings, Arabic transcriptions,
 * Slavic German/French/English spellings). Those systems disagree mostly on
 *   - vowels (Jung/Jeong/Chung, Mohammed/Muhammad, Chul/Cheol/Chol), so medial vowels are dropped;
 *   - voicing and aspiration of stops (Dong/Tong, Kim/Gim, Park/Bak), so k/g/q, t/d, p/b merge;
 *   - the spelling of one affricate (ch/j/tch/tsch/zh/dj), so those merge into one class;
 *   - liquids (Lee/Ri, Rim/Lim: Korean has one liquid), so r/l merge;
 *   - digraphs (ph/f, th/t, sh/sch/s, kh/k), which map onto the class of their sound;
 *   - doubled letters (Mohammed/Mohamed), so repeated classes collapse.
 * Nasals stay apart (m vs n) because they are stable across every system and keep short names
 * distinguishable. A leading vowel becomes one marker "A" so that Eun/Un or Ahmed/Ahmad still anchor,
 * and a leading h is kept because Korean and Arabic spell it consistently (Hwang, Hussein).
 * w and y behave as vowels: they are glides in Korean (Kwang/Gwang, Hyuk) and Arabic (Hussein/Husayn).
 *
 * The key is deliberately coarse: it only selects candidates. Scoring compares the full forms.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);
const SOFT_C = new Set(['e', 'i', 'y']);
const SLAVIC_END = /(?:ow|ew|off|eff)$/;

const CLASS: Record<string, string> = {
  b: 'P', p: 'P', f: 'F', v: 'F', k: 'K', g: 'K', q: 'K', t: 'T', d: 'T', s: 'S', z: 'S',
  j: 'C', r: 'L', l: 'L', m: 'M', n: 'N',
};

/** Multi-letter spellings, longest first at each position. */
const DIGRAPHS: [string, string][] = [
  ['schtsch', 'SC'],
  ['chtch', 'SC'],
  ['shch', 'SC'],
  ['tsch', 'C'],
  ['dsch', 'C'],
  ['dzh', 'C'],
  ['sch', 'S'],
  // Greek-derived ch before r/l is hard (Christian/Kristian, Chloe).
  ['chr', 'KL'],
  ['chl', 'KL'],
  ['tch', 'C'],
  ['sh', 'S'],
  ['ch', 'C'],
  ['zh', 'C'],
  ['cz', 'C'],
  ['dj', 'C'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['ph', 'F'],
  ['th', 'T'],
  ['dh', 'T'],
  ['kh', 'K'],
  ['gh', 'K'],
  ['ck', 'K'],
];
const DIGRAPH_BY_FIRST = new Map<string, [string, string][]>();
for (const d of DIGRAPHS) {
  const first = d[0][0] as string;
  const list = DIGRAPH_BY_FIRST.get(first) ?? [];
  list.push(d);
  DIGRAPH_BY_FIRST.set(first, list);
}

/** Phonetic key of a folded Latin token (a-z only); '' when the token has no letters. */
export function phoneticKey(form: string): string {
  if (form.length === 0) return '';
  let s = form;
  if (s.length > 4 && SLAVIC_END.test(s)) s = s.replace(SLAVIC_END, 'ov');
  let out = '';
  let i = 0;
  const first = s[0] as string;
  if (VOWELS.has(first)) {
    out = 'A';
    while (i < s.length && VOWELS.has(s[i] as string)) i++;
  } else if (first === 'h') {
    out = 'H';
    i = 1;
  } else if (first === 'x') {
    out = 'S';
    i = 1;
  }
  // Codes repeat-collapse only when adjacent in the spelling (Mohammed/Mohamed), not across a vowel
  // (Mimi keeps two m's), which keeps short names apart.
  let last = out;
  while (i < s.length) {
    const ch = s[i] as string;
    if (VOWELS.has(ch) || ch === 'h') {
      if (out.length > 0) last = '';
      i++;
      continue;
    }
    const digraphs = DIGRAPH_BY_FIRST.get(ch);
    let matched = false;
    if (digraphs) {
      for (const [spelling, code] of digraphs) {
        if (s.startsWith(spelling, i)) {
          if (code !== last) out += code;
          last = code;
          i += spelling.length;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    const code = ch === 'c' ? (SOFT_C.has(s[i + 1] ?? '') ? 'S' : 'K') : ch === 'x' ? 'KS' : CLASS[ch];
    if (code !== undefined && code !== last) out += code;
    if (code !== undefined) last = code;
    i++;
  }
  return out;
}
