import { sify } from 'chinese-conv';
import { pinyin } from 'pinyin-pro';

/**
 * Chinese: Hanzi -> toneless pinyin through pinyin-pro (which knows surname readings such as 单 Shan),
 * plus the surname spellings used outside the mainland: Wade–Giles (Taiwan, older lists), Cantonese
 * (Hong Kong, diaspora) and Hokkien/Teochew (Southeast Asia). The pinyin reading is the class id.
 */
const SURNAMES: [chars: string, id: string, spellings: string][] = [
  ['张張', 'zhang', 'zhang chang cheung chong teo'],
  ['陈陳', 'chen', 'chen chan tan chin chun'],
  ['黄黃', 'huang', 'huang hwang wong ng ooi wee'],
  ['李', 'li', 'li lee lei lie'],
  ['王', 'wang', 'wang wong ong heng'],
  ['刘劉', 'liu', 'liu lau lao lew low'],
  ['周', 'zhou', 'zhou chou chow chau chew'],
  ['吴吳', 'wu', 'wu ng goh woo ngo'],
  ['郑鄭', 'zheng', 'zheng cheng cheang chang tay'],
  ['谢謝', 'xie', 'xie hsieh tse chia seah'],
  ['许許', 'xu', 'xu hsu hui koh khoo'],
  ['徐', 'xu', 'xu hsu tsui chui zee'],
  ['赵趙', 'zhao', 'zhao chao chiu chew'],
  ['杨楊', 'yang', 'yang yeung yeo yong'],
  ['林', 'lin', 'lin lam lim'],
  ['郭', 'guo', 'guo kuo kwok kwek quek'],
  ['何', 'he', 'he ho hoh'],
  ['高', 'gao', 'gao kao ko kou'],
  ['罗羅', 'luo', 'luo lo law loh'],
  ['梁', 'liang', 'liang leung leong neo'],
  ['宋', 'song', 'song sung soong'],
  ['朱', 'zhu', 'zhu chu chue choo'],
  ['胡', 'hu', 'hu wu woo foo'],
  ['邓鄧', 'deng', 'deng teng tang tang'],
  ['孙孫', 'sun', 'sun suen soon'],
  ['马馬', 'ma', 'ma mah mar'],
  ['曾', 'zeng', 'zeng tseng tsang chan'],
  ['蔡', 'cai', 'cai tsai choi chua'],
  ['邱丘', 'qiu', 'qiu chiu yau khoo'],
  ['冯馮', 'feng', 'feng fung fong'],
  ['叶葉', 'ye', 'ye yeh yip yap'],
  ['苏蘇', 'su', 'su soo so'],
  ['潘', 'pan', 'pan poon phua'],
  ['杜', 'du', 'du tu to'],
  ['钟鍾鐘', 'zhong', 'zhong chung chong'],
  ['江', 'jiang', 'jiang chiang kong kang'],
  ['蒋蔣', 'jiang', 'jiang chiang tseung'],
  ['曹', 'cao', 'cao tsao tso cho'],
  ['彭', 'peng', 'peng pang phang'],
  ['吕呂', 'lu', 'lu lyu lui lue'],
  ['卢盧', 'lu', 'lu lo lou'],
  ['沈', 'shen', 'shen sham shum'],
  ['韩韓', 'han', 'han hon'],
  ['唐', 'tang', 'tang tong'],
  ['魏', 'wei', 'wei ngai'],
  ['金', 'jin', 'jin chin kam kim'],
  ['董', 'dong', 'dong tung'],
  ['于於', 'yu', 'yu yue'],
  ['余', 'yu', 'yu yue yee'],
  ['袁', 'yuan', 'yuan yuen'],
  ['傅', 'fu', 'fu foo'],
  ['薛', 'xue', 'xue hsueh sit'],
  ['夏', 'xia', 'xia hsia ha'],
  ['孔', 'kong', 'kong kung hung'],
  ['白', 'bai', 'bai pai pak'],
  ['石', 'shi', 'shi shih shek'],
  ['崔', 'cui', 'cui tsui choi'],
  ['方', 'fang', 'fang fong'],
  ['邵', 'shao', 'shao shiu'],
  ['毛', 'mao', 'mao mo'],
  ['汪', 'wang', 'wang wong'],
  ['程', 'cheng', 'cheng ching'],
  ['萧蕭', 'xiao', 'xiao hsiao siu'],
  ['田', 'tian', 'tian tien tin'],
  ['姚', 'yao', 'yao yiu'],
  ['卫衛', 'wei', 'wei wai'],
  ['范', 'fan', 'fan faan'],
  ['贾賈', 'jia', 'jia chia ka'],
  ['秦', 'qin', 'qin chin chun'],
  ['顾顧', 'gu', 'gu ku koo'],
  ['习習', 'xi', 'xi hsi jaap'],
  ['温溫', 'wen', 'wen wan woon'],
];

export interface ChineseSurname {
  id: string;
  spellings: string[];
}

export const CHINESE_SURNAMES: ReadonlyMap<string, ChineseSurname> = (() => {
  const map = new Map<string, ChineseSurname>();
  for (const [chars, id, spellings] of SURNAMES) {
    const entry = { id, spellings: [...new Set(spellings.split(' '))] };
    for (const ch of chars) map.set(ch, entry);
  }
  return map;
})();

export const CHINESE_SURNAME_BY_SPELLING: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const { id, spellings } of CHINESE_SURNAMES.values()) {
    for (const s of spellings) {
      const ids = map.get(s) ?? [];
      if (!ids.includes(id)) ids.push(id);
      map.set(s, ids);
    }
  }
  return map;
})();

/** Toneless pinyin of each Han character in `text`, in order (surname-aware on the first characters). */
export function hanziToPinyin(text: string): string[] {
  return plainSyllables(pinyin(text, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' }));
}

/** As hanziToPinyin, for text that does not start with a surname (organisation names, places). */
export function hanziPhrasePinyin(text: string): string[] {
  return plainSyllables(pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }));
}

function plainSyllables(syllables: readonly string[]): string[] {
  return syllables.map((s) => s.replace('ü', 'v').replace(/[^a-z]/g, '')).filter((s) => s.length > 0);
}

/*
 * Sinitic folding: one spelling class per syllable for pinyin and Wade–Giles, which differ by how they
 * mark aspiration (lost when apostrophes are stripped) and a few initials/finals. Only applied to
 * tokens that parse completely as 1–3 syllables, so ordinary words are not touched.
 */
const INITIALS = ['zh', 'ch', 'sh', 'hs', 'ts', 'tz', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  (
    'a ai an ang ao e ei en eng er o ong ou i ia ian iang iao ie in ing iong iu u ua uai uan uang ue ui un uo v van ve vn ' +
    // Wade–Giles finals
    'ieh ien ih ung iung uei ueh uen eh ou uo ü'
  ).split(' '),
);
const INITIAL_CLASS: Record<string, string> = {
  zh: 'C', ch: 'C', j: 'C', q: 'C', sh: 'S', hs: 'X', x: 'X', ts: 'Z', tz: 'Z', z: 'Z', c: 'Z',
  b: 'P', p: 'P', d: 'T', t: 'T', g: 'K', k: 'K',
};
const FINAL_CLASS: Record<string, string> = { ieh: 'ie', ien: 'ian', ih: 'i', ung: 'ong', iung: 'iong', uei: 'ui', ueh: 've', ue: 've', uen: 'un', eh: 'e', uo: 'o' };

function parseSyllables(s: string, at: number, acc: string[], depth: number): string[] | null {
  if (at === s.length) return acc;
  if (depth === 3) return null;
  for (const ini of INITIALS) {
    if (!s.startsWith(ini, at)) continue;
    const rest = at + ini.length;
    // Longest final first, so "zhang" is not read as "zha" + "ng".
    for (let len = Math.min(4, s.length - rest); len >= 1; len--) {
      const fin = s.slice(rest, rest + len);
      if (!FINALS.has(fin)) continue;
      const syll = (INITIAL_CLASS[ini] ?? ini) + (FINAL_CLASS[fin] ?? fin);
      const done = parseSyllables(s, rest + len, [...acc, syll], depth + 1);
      if (done) return done;
    }
  }
  return null;
}

/** Sinitic class key of a Latin token, or null when the token is not a run of 1–3 pinyin/Wade–Giles syllables. */
export function siniticFold(form: string): string | null {
  if (form.length < 2 || form.length > 15) return null;
  const parsed = parseSyllables(form, 0, [], 0);
  return parsed ? parsed.join('') : null;
}

/** Marks the key that holds a token's Han characters (see hanKey). */
export const HAN_KEY = 'h:';

/**
 * The key of a name part written in Han characters: the characters in their simplified forms, so that
 * 陳 and 陈 are one surname while 民 and 敏, both read min, stay two given names.
 */
export function hanKey(chars: readonly string[]): string {
  return HAN_KEY + sify(chars.join(''));
}
