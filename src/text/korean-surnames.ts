/**
 * Korean surnames and the Latin spellings they really appear under (passports, news, DPRK media,
 * sanctions lists). The first spelling is the most common real-world one and becomes the token form;
 * the class id (Revised Romanisation of the South Korean standard Hangul) joins every spelling, so
 * Lee / Yi / Ri / Rhee meet on one key whatever the source wrote.
 * Initial-sound-law pairs (이/리, 임/림, 노/로, 나/라, 유/류, 양/량) share one class because the same
 * family is written with ㄹ in the North and without it in the South.
 */
const TABLE: [hangul: string, id: string, spellings: string][] = [
  ['김', 'gim', 'kim gim kym'],
  ['이', 'i', 'lee yi ri rhee li i rhie leigh'],
  ['리', 'i', 'ri lee yi rhee li i'],
  ['니', 'i', 'ni lee yi'],
  ['박', 'bak', 'park pak bak bark pack'],
  ['최', 'choe', 'choi choe chey choy chwe'],
  ['정', 'jeong', 'jung jeong chung jong chong cheong joung jeung'],
  ['조', 'jo', 'cho jo joe chough'],
  ['강', 'gang', 'kang gang khang'],
  ['윤', 'yun', 'yoon yun youn yune'],
  ['장', 'jang', 'jang chang jhang'],
  ['임', 'im', 'lim im rim leem yim lym'],
  ['림', 'im', 'rim lim im'],
  ['한', 'han', 'han hahn'],
  ['오', 'o', 'oh o oe'],
  ['서', 'seo', 'seo suh so seoh sur'],
  ['신', 'sin', 'shin sin shinn'],
  ['권', 'gwon', 'kwon gwon kweon kwun'],
  ['황', 'hwang', 'hwang whang'],
  ['안', 'an', 'ahn an'],
  ['송', 'song', 'song soung'],
  ['류', 'yu', 'ryu yoo yu ryoo rhyu you lyu yiu'],
  ['유', 'yu', 'yoo yu ryu you you ryoo rhyu'],
  ['전', 'jeon', 'jeon chun jun chon jon cheon'],
  ['홍', 'hong', 'hong houng'],
  ['고', 'go', 'ko go koh goh'],
  ['문', 'mun', 'moon mun moun'],
  ['양', 'yang', 'yang ryang yhang'],
  ['량', 'yang', 'ryang yang'],
  ['손', 'son', 'son sohn shon'],
  ['배', 'bae', 'bae pae bai bay'],
  ['백', 'baek', 'baek paek paik baik back baeg'],
  ['허', 'heo', 'heo hur ho huh hu hoh'],
  ['남', 'nam', 'nam nahm'],
  ['노', 'no', 'noh roh no ro nho rho'],
  ['로', 'no', 'ro roh noh no'],
  ['하', 'ha', 'ha hah'],
  ['곽', 'gwak', 'kwak gwak kwack'],
  ['성', 'seong', 'sung seong song sueng'],
  ['차', 'cha', 'cha char'],
  ['주', 'ju', 'joo ju chu choo jue'],
  ['우', 'u', 'woo u wu'],
  ['구', 'gu', 'koo ku gu goo'],
  ['민', 'min', 'min'],
  ['진', 'jin', 'jin chin jeen'],
  ['나', 'na', 'na ra nah'],
  ['라', 'na', 'ra la na rah'],
  ['지', 'ji', 'ji chi jee gee'],
  ['변', 'byeon', 'byun pyon byeon pyun byon'],
  ['엄', 'eom', 'um eom uhm om'],
  ['원', 'won', 'won weon'],
  ['천', 'cheon', 'chun cheon chon choen'],
  ['방', 'bang', 'bang pang'],
  ['공', 'gong', 'kong gong'],
  ['현', 'hyeon', 'hyun hyon hyeon hyoun'],
  ['함', 'ham', 'ham hahm'],
  ['염', 'yeom', 'yeom yum yom youm ryom'],
  ['여', 'yeo', 'yeo yo yuh yeoh'],
  ['추', 'chu', 'choo chu chou'],
  ['도', 'do', 'do to doh'],
  ['소', 'so', 'so soh'],
  ['석', 'seok', 'seok suk sok suck'],
  ['설', 'seol', 'seol sol sul seul'],
  ['마', 'ma', 'ma'],
  ['길', 'gil', 'gil kil'],
  ['연', 'yeon', 'yeon yon youn yun'],
  ['위', 'wi', 'wi wee we'],
  ['표', 'pyo', 'pyo pyoh'],
  ['명', 'myeong', 'myung myong myeong'],
  ['기', 'gi', 'ki gi kee'],
  ['반', 'ban', 'ban pan bahn'],
  ['왕', 'wang', 'wang'],
  ['금', 'geum', 'keum kum geum gum'],
  ['옥', 'ok', 'ok ock'],
  ['육', 'yuk', 'yuk yook ryuk'],
  ['인', 'in', 'in'],
  ['맹', 'maeng', 'maeng meng'],
  ['제', 'je', 'je che jae'],
  ['모', 'mo', 'mo moh'],
  ['탁', 'tak', 'tak tahk'],
  ['국', 'guk', 'kook kuk guk gook'],
  ['어', 'eo', 'eo o uh'],
  ['은', 'eun', 'eun un'],
  ['편', 'pyeon', 'pyun pyon pyeon'],
  ['용', 'yong', 'yong ryong'],
  ['예', 'ye', 'ye yeh'],
  ['봉', 'bong', 'bong pong'],
  ['경', 'gyeong', 'kyung kyong gyeong kyeong'],
  ['사', 'sa', 'sa'],
  ['부', 'bu', 'boo pu bu'],
  ['태', 'tae', 'tae tai'],
  ['가', 'ga', 'ka ga'],
  ['피', 'pi', 'pi pee'],
  ['채', 'chae', 'chae chai che'],
  ['남궁', 'namgung', 'namgung namkung namgoong'],
  ['황보', 'hwangbo', 'hwangbo hwangpo'],
  ['제갈', 'jegal', 'jegal chegal jekal'],
  ['선우', 'seonu', 'sunwoo sonu seonu sunu'],
  ['독고', 'dokgo', 'dokgo tokko dokko'],
  ['사공', 'sagong', 'sagong sakong'],
  ['서문', 'seomun', 'seomun somun'],
];

export interface KoreanSurname {
  id: string;
  spellings: string[];
}

export const KOREAN_SURNAMES: ReadonlyMap<string, KoreanSurname> = new Map(
  TABLE.map(([hangul, id, spellings]) => [hangul, { id, spellings: spellings.split(' ') }]),
);

/** Latin spelling -> the surname classes it can stand for (song: 송 and 성). */
export const KOREAN_SURNAME_BY_SPELLING: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const { id, spellings } of KOREAN_SURNAMES.values()) {
    for (const s of spellings) {
      const ids = map.get(s) ?? [];
      if (!ids.includes(id)) ids.push(id);
      map.set(s, ids);
    }
  }
  return map;
})();

export const KOREAN_COMPOUND_SURNAMES: ReadonlySet<string> = new Set(TABLE.map(([h]) => h).filter((h) => h.length === 2));
