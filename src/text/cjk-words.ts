/**
 * Generic words of company and organisation names written in Chinese characters or Hangul, with the
 * English words lists give for them: "成都景昕科技有限公司" is listed as "CHENGDU JINGXIN TECHNOLOGY
 * CO. LTD", "운천무역회사" as "Unchon Trading Corporation". These scripts write a name without spaces,
 * so the words are found by longest match; what lies between them (places, brands) is romanised.
 * As with the Arabic and Russian word lists, only words that are not personal names, and each is read
 * as its English equivalents (the first is the token's form, the others variant spellings). Pure.
 */
import { sify } from 'chinese-conv';

/** Simplified Chinese (traditional text is simplified before lookup). */
const CHINESE: readonly [chinese: string, english: string][] = [
  ['分公司', 'branch'],
  ['集团', 'group'],
  ['控股', 'holding holdings'],
  ['股份', 'shares stock'],
  ['国际', 'international'],
  ['贸易', 'trading trade'],
  ['商贸', 'trading commerce'],
  ['经贸', 'trading economic'],
  ['外贸', 'foreign+trade'],
  ['进出口', 'import+export'],
  ['实业', 'industrial industry industries'],
  ['工业', 'industry industrial'],
  ['产业', 'industry industrial'],
  ['科技', 'technology tech science'],
  ['技术', 'technology technical'],
  ['高科技', 'high+technology'],
  ['网络', 'network internet'],
  ['信息', 'information'],
  ['电子', 'electronics electronic'],
  ['光电', 'optoelectronics photoelectric'],
  ['通信', 'communication communications'],
  ['通讯', 'communication communications'],
  ['软件', 'software'],
  ['数码', 'digital'],
  ['数字', 'digital'],
  ['智能', 'intelligent smart'],
  ['半导体', 'semiconductor'],
  ['船务', 'shipping'],
  ['船舶', 'ship shipping'],
  ['航运', 'shipping'],
  ['海运', 'shipping maritime'],
  ['海事', 'maritime'],
  ['物流', 'logistics'],
  ['运输', 'transport transportation'],
  ['储运', 'storage+transportation'],
  ['货运', 'freight cargo forwarding'],
  ['航空', 'aviation airlines air'],
  ['航天', 'aerospace'],
  ['能源', 'energy'],
  ['石油', 'petroleum oil'],
  ['石化', 'petrochemical'],
  ['石油化工', 'petrochemical'],
  ['化工', 'chemical'],
  ['化学', 'chemical'],
  ['精细', 'fine'],
  ['燃料', 'fuel'],
  ['天然气', 'natural+gas'],
  ['矿业', 'mining'],
  ['矿产', 'minerals mining'],
  ['钢铁', 'steel'],
  ['金属', 'metal metals'],
  ['材料', 'materials material'],
  ['新材料', 'new+materials'],
  ['机械', 'machinery mechanical'],
  ['设备', 'equipment'],
  ['装备', 'equipment'],
  ['机电', 'electromechanical'],
  ['电气', 'electric electrical'],
  ['电力', 'power electric'],
  ['仪器', 'instrument instruments'],
  ['精密', 'precision'],
  ['制造', 'manufacturing'],
  ['数控', 'cnc'],
  ['投资', 'investment'],
  ['金融', 'financial finance'],
  ['银行', 'bank banking'],
  ['保险', 'insurance'],
  ['证券', 'securities'],
  ['资本', 'capital'],
  ['基金', 'fund'],
  ['资产', 'assets asset'],
  ['管理', 'management'],
  ['咨询', 'consulting consultancy'],
  ['顾问', 'consulting consultants'],
  ['服务', 'services service'],
  ['代理', 'agency'],
  ['发展', 'development'],
  ['开发', 'development'],
  ['建设', 'construction'],
  ['建筑', 'construction building'],
  ['工程', 'engineering'],
  ['环境', 'environmental environment'],
  ['环保', 'environmental'],
  ['医药', 'pharmaceutical medicine'],
  ['制药', 'pharmaceutical'],
  ['生物', 'bio biological biotech'],
  ['医疗', 'medical'],
  ['食品', 'food foods'],
  ['农业', 'agriculture agricultural'],
  ['渔业', 'fishery fishing fisheries'],
  ['纺织', 'textile textiles'],
  ['服装', 'garment clothing'],
  ['汽车', 'automobile auto motor'],
  ['研究所', 'research+institute'],
  ['研究院', 'research+institute'],
  ['研究', 'research'],
  ['大学', 'university'],
  ['学院', 'college institute academy'],
  ['中心', 'center centre'],
  ['协会', 'association'],
  ['联合', 'united union joint'],
  ['合作', 'cooperation cooperative'],
  ['商务', 'business commerce'],
  ['商业', 'commercial business'],
  ['文化', 'culture cultural'],
  ['传媒', 'media'],
  ['旅游', 'travel tourism'],
  ['酒店', 'hotel'],
  ['房地产', 'real+estate'],
  ['地产', 'property'],
  ['管道', 'pipeline'],
  ['输送', 'transportation transmission'],
  ['动漫', 'animation cartoon'],
  ['照明', 'lighting'],
  ['供应链', 'supply+chain'],
  ['生产', 'production'],
  ['兵团', 'corps'],
  ['动力', 'power'],
  ['空间', 'space'],
  ['卫星', 'satellite'],
  ['远洋', 'ocean'],
  ['海洋', 'marine ocean'],
  ['设计', 'design'],
  ['工作室', 'studio'],
  ['餐饮', 'catering restaurant'],
  ['重装', 'heavy+equipment'],
  ['重工', 'heavy+industry'],
  ['防务', 'defense defence'],
  ['国防', 'defense defence'],
  ['军工', 'military+industry'],
  ['兵器', 'ordnance weapons'],
  ['历史', 'history'],
  ['世界', 'world'],
  ['全球', 'global'],
  ['通用', 'general universal'],
  ['电器', 'electrical appliances'],
  ['光学', 'optical optics'],
  ['激光', 'laser'],
  ['雷达', 'radar'],
  ['导航', 'navigation'],
  ['无人机', 'uav drone'],
  ['造船', 'shipbuilding'],
  ['船厂', 'shipyard'],
  ['机床', 'machine+tool'],
  ['塑料', 'plastics plastic'],
  ['橡胶', 'rubber'],
  ['包装', 'packaging'],
  ['印刷', 'printing'],
  ['珠宝', 'jewelry jewellery'],
  ['黄金', 'gold'],
  ['外汇', 'foreign+exchange'],
  ['支付', 'payment'],
  ['科学', 'science scientific'],
  ['教育', 'education'],
  ['出版', 'publishing'],
  ['娱乐', 'entertainment'],
  ['游戏', 'games gaming'],
  ['市场', 'market'],
  ['批发', 'wholesale'],
  ['零售', 'retail'],
  ['租赁', 'leasing'],
  ['信托', 'trust'],
  ['交易所', 'exchange'],
  ['香港', 'hongkong hk'],
  ['中国', 'china'],
  ['朝鲜', 'korea dprk korean'],
  ['台湾', 'taiwan'],
  ['澳门', 'macau macao'],
];

/** Hangul, in the South's and the North's spellings (연합 / 련합). */
const KOREAN: readonly [hangul: string, english: string][] = [
  ['무역', 'trading trade'],
  ['상사', 'trading'],
  ['총국', 'general+bureau'],
  ['은행', 'bank banking'],
  ['기술', 'technology technical'],
  ['과학', 'science scientific'],
  ['공업', 'industry industrial'],
  ['산업', 'industry industrial'],
  ['개발', 'development'],
  ['광업', 'mining'],
  ['광산', 'mining mine'],
  ['수출입', 'import+export'],
  ['해운', 'shipping'],
  ['선박', 'shipping ship'],
  ['기계', 'machinery machine'],
  ['설비', 'equipment'],
  ['전자', 'electronics electronic'],
  ['화학', 'chemical'],
  ['합영', 'joint+venture'],
  ['합작', 'joint+venture'],
  ['련합', 'united union associated'],
  ['연합', 'united union associated'],
  ['국제', 'international'],
  ['그룹', 'group'],
  ['관리', 'management'],
  ['투자', 'investment'],
  ['보험', 'insurance'],
  ['인터네트', 'internet network'],
  ['인터넷', 'internet network'],
  ['네트워크', 'network'],
  ['콤퓨터', 'computer'],
  ['컴퓨터', 'computer'],
  ['연구소', 'research+institute'],
  ['연구원', 'research+institute'],
  ['대학', 'university'],
  ['위원회', 'committee commission'],
  ['로케트', 'rocket'],
  ['군수', 'munitions'],
  ['국방', 'defence defense'],
  ['보위', 'security'],
  ['정찰', 'reconnaissance'],
  ['로동당', 'workers+party'],
  ['노동당', 'workers+party'],
  ['중앙', 'central'],
  ['건설', 'construction'],
  ['철도', 'railway railways'],
  ['항공', 'airlines air aviation'],
  ['금속', 'metal metals'],
  ['강철', 'steel'],
  ['석유', 'petroleum oil'],
  ['에네르기', 'energy'],
  ['에너지', 'energy'],
  ['자원', 'resources'],
  ['수산', 'fisheries'],
  ['식료', 'food foodstuffs'],
  ['식품', 'food'],
  ['의약', 'pharmaceutical'],
  ['중공업', 'heavy+industries'],
  ['물산', 'trading corporation'],
  ['증권', 'securities'],
  ['제약', 'pharmaceutical'],
  ['통신', 'telecom communications'],
  ['생명', 'life'],
  ['화재', 'fire'],
  ['유통', 'distribution retail'],
  ['제철', 'steel'],
  ['자동차', 'motor motors automobile'],
  ['반도체', 'semiconductor'],
  ['케미칼', 'chemical'],
  ['홀딩스', 'holdings holding'],
  ['엔지니어링', 'engineering'],
  ['시스템', 'systems system'],
  ['테크', 'tech technology'],
  ['솔루션', 'solutions solution'],
  ['서비스', 'services service'],
  ['글로벌', 'global'],
  ['인터내셔널', 'international'],
  ['조선', 'korea dprk korean chosun'],
];

/**
 * A word of a name in these scripts: its English equivalents, or none for text between known words.
 * An equivalent of several words has them joined by '+' (研究所: research+institute).
 */
export interface CompoundPart {
  text: string;
  english?: readonly string[];
}

/** Country and region words that lists often leave out of the English name (香港昆侖船務: Kunlun Shipping). */
const OFTEN_OMITTED: ReadonlySet<string> = new Set(['hongkong', 'china', 'korea', 'taiwan', 'macau']);

export function isOftenOmitted(english: readonly string[]): boolean {
  return OFTEN_OMITTED.has(english[0]!);
}

interface Dictionary {
  words: ReadonlyMap<string, readonly string[]>;
  longest: number;
}

function dictionary(entries: readonly [string, string][]): Dictionary {
  const words = new Map<string, readonly string[]>();
  let longest = 0;
  for (const [word, english] of entries) {
    words.set(word, english.split(' '));
    longest = Math.max(longest, word.length);
  }
  return { words, longest };
}

const CHINESE_WORDS = dictionary(CHINESE);
const KOREAN_WORDS = dictionary(KOREAN);

/**
 * `text` cut into known words (longest match first, left to right) and the runs between them, or
 * undefined when it holds no known word. `lookup` is the text the dictionary is read in (the same
 * length as `text`, character for character).
 */
function segment(text: string, lookup: string, dict: Dictionary): CompoundPart[] | undefined {
  const parts: CompoundPart[] = [];
  let run = '';
  let known = false;
  for (let i = 0; i < text.length; ) {
    let found = 0;
    for (let len = Math.min(dict.longest, text.length - i); len >= 2; len--) {
      if (dict.words.has(lookup.slice(i, i + len))) {
        found = len;
        break;
      }
    }
    if (found === 0) {
      run += text[i];
      i++;
      continue;
    }
    if (run) parts.push({ text: run });
    run = '';
    parts.push({ text: text.slice(i, i + found), english: dict.words.get(lookup.slice(i, i + found))! });
    known = true;
    i += found;
  }
  if (run) parts.push({ text: run });
  return known ? parts : undefined;
}

/** Characters of the Basic Multilingual Plane only: the dictionary's words are, and slicing by code unit stays aligned. */
const BMP_ONLY = /^[\u0000-\ud7ff\ue000-\uffff]*$/;

/** A Chinese word (Han characters, simplified or traditional) cut into known words and runs. */
export function chineseCompoundParts(text: string): CompoundPart[] | undefined {
  if (text.length < 2 || !BMP_ONLY.test(text)) return undefined;
  const simplified = sify(text);
  return segment(text, simplified.length === text.length ? simplified : text, CHINESE_WORDS);
}

/** A Korean word (Hangul) cut into known words and runs. */
export function koreanCompoundParts(text: string): CompoundPart[] | undefined {
  if (text.length < 2) return undefined;
  return segment(text, text, KOREAN_WORDS);
}
