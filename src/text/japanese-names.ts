/**
 * Japanese personal names written in kanji (後藤忠正: Tadamasa GOTO, 井上邦雄: Kunio INOUE). Their
 * readings are not the characters' Chinese readings, and not one per character: each kanji has the
 * few readings names use (nanori), and a surname's second kanji is often voiced (山崎 Yamazaki, 高木
 * Takagi). A name is read when its first two kanji are both common in Japanese surnames and every
 * kanji has a reading here: the surname is those two, the given name the rest. Lists write long
 * vowels short (Goto, not Gotou), which the spellings below do. Pure.
 */

/** Kanji of Japanese surnames and their readings in surnames (Hepburn, long vowels short). */
const SURNAME_KANJI = parse(
  '田:ta,da 中:naka 山:yama 川:kawa,gawa 木:ki,gi 本:moto 井:i 野:no 村:mura 藤:fuji,to,do 原:hara,wara 上:ue,kami,gami ' +
    '下:shita 島:shima,jima 嶋:shima,jima 崎:saki,zaki 岡:oka 松:matsu 林:hayashi,bayashi 森:mori 石:ishi 小:ko,o 大:o,oo ' +
    '高:taka 橋:hashi,bashi 西:nishi 東:higashi,azuma 北:kita 南:minami 内:uchi,nai 吉:yoshi 佐:sa 伊:i 加:ka 斎:sai 斉:sai ' +
    '齋:sai 渡:wata 辺:nabe,be 邊:nabe,be 竹:take 池:ike 寺:tera,dera 尾:o 津:tsu 光:mitsu 安:yasu,an 谷:tani,ya,dani ' +
    '沢:sawa,zawa 澤:sawa,zawa 口:guchi,kuchi 部:be 浦:ura 坂:saka,zaka 宮:miya 永:naga 長:naga 清:kiyo 水:mizu 福:fuku ' +
    '近:kon 後:go 前:mae 堀:hori 平:hira,taira 金:kane 今:ima 柴:shiba 酒:saka 新:ara,nii 丸:maru 杉:sugi 千:chi 岩:iwa ' +
    '菊:kiku 桜:sakura 荒:ara 矢:ya 浅:asa 黒:kuro 片:kata 関:seki 須:su 横:yoko 早:haya 栗:kuri 星:hoshi 秋:aki 市:ichi ' +
    '増:masu 菅:suga 久:ku,hisa 保:bo,ho 和:wa 太:o,ta 阿:a 武:take,mu 古:furu,ko 河:kawa,ko 熊:kuma 鈴:suzu 倉:kura ' +
    '袋:bukuro 畑:hata,bata 畠:hata 塚:tsuka,zuka 沼:numa 浜:hama 濱:hama 宇:u 野:no 間:ma 真:ma 尻:jiri 瀬:se 戸:to,do ' +
    '合:ai 会:ai 出:de 入:iri 江:e 門:kado 角:kado,tsuno 枝:eda 梅:ume 桑:kuwa 柳:yanagi 菊:kiku 稲:ina 筒:tsutsu 米:yone ' +
    '神:kami,kan 国:kuni 羽:ha,wa 日:hi 月:tsuki 春:haru 秋:aki 白:shira 青:ao 赤:aka 里:sato 郷:go 城:shiro,jo 守:mori ' +
    '宗:mune 徳:toku 条:jo 屋:ya 居:i 泉:izumi 滝:taki 堤:tsutsumi 館:tate,date 舘:tate,date 工:ku 遠:en 三:mi 有:ari',
);

/** Kanji of Japanese given names and their readings in given names. */
const GIVEN_KANJI = parse(
  '一:kazu,ichi 二:ji 三:zo,mitsu 郎:ro 太:ta 男:o 夫:o 雄:o,yu 子:ko 美:mi 恵:e,megumi 明:aki,akira 正:masa,tada ' +
    '政:masa 忠:tada 照:teru 邦:kuni 修:osamu,shu 孝:taka,takashi 志:shi,yuki 卯:u 力:chikara,riki 康:yasu,ko 克:katsu ' +
    '勝:katsu,masaru 博:hiro,hiroshi 弘:hiro 浩:hiro,hiroshi 宏:hiro 裕:hiro,yu 洋:hiro,yo 和:kazu 信:nobu 健:ken,takeshi ' +
    '直:nao 秀:hide 英:hide,ei 幸:yuki,ko 隆:taka,takashi 誠:makoto 清:kiyo,kiyoshi 茂:shige,shigeru 実:mino,minoru ' +
    '治:ji,osamu,haru 俊:toshi 敏:toshi 利:toshi 晴:haru 春:haru 義:yoshi 良:yoshi 善:yoshi 喜:ki,yoshi 貴:taka 昭:aki ' +
    '章:aki 輝:teru 光:mitsu,hikaru 哲:tetsu 徹:toru 達:tatsu 龍:ryu,tatsu 竜:ryu 次:ji 介:suke 助:suke 輔:suke 平:hei ' +
    '吉:kichi,yoshi 雅:masa 昌:masa 真:ma,shin 智:tomo,satoshi 知:tomo 友:tomo 大:dai,hiro 翔:sho 悟:satoru,go 学:manabu ' +
    '豊:yutaka 進:susumu 稔:minoru 剛:tsuyoshi,go 毅:tsuyoshi 武:takeshi,take 亮:ryo,akira 淳:jun,atsushi 純:jun 潤:jun ' +
    '敦:atsushi 篤:atsushi 樹:ki,itsuki 紀:ki,nori 典:nori 則:nori 範:nori 徳:nori 憲:ken,nori 賢:ken 謙:ken 司:shi,tsukasa ' +
    '史:shi,fumi 文:fumi 聡:satoshi 聖:sei 静:shizu 愛:ai 花:hana,ka 香:ka,kaori 江:e 枝:e 代:yo 世:yo 奈:na 菜:na 里:ri ' +
    '理:ri 絵:e 優:yu 由:yu 陽:yo,haru 葉:ha,yo 彦:hiko 人:to,hito 斗:to 登:nobo,to 叡:ei,akira,masa 伸:nobu 久:hisa ' +
    '寿:toshi,hisa 恒:tsune 常:tsune 重:shige 成:nari,shige 也:ya 哉:ya 弥:ya 敬:kei,taka 啓:kei,hiro 慶:kei 圭:kei ' +
    '恭:kyo,yasu 泰:yasu,tai 保:yasu,tamotsu 靖:yasushi 安:yasu 晃:akira,ko 彰:aki,akira 晶:aki 朗:ro,akira 功:isao ' +
    '勲:isao 貞:sada 定:sada 栄:ei,sakae 永:ei,naga 衛:ei,mamoru 守:mamoru 盛:mori 豪:go 祐:yu,suke 佑:yu,suke 勇:isamu,yu ' +
    '勉:tsutomu 努:tsutomu 四:shi 五:go 六:roku 七:shichi 八:hachi 九:ku 十:ju 幹:miki 亨:toru 透:toru 紘:hiro 広:hiro ' +
    '寛:hiro,kan 拓:taku 卓:taku 匠:takumi 翼:tsubasa 海:kai,umi 悠:yu 蔵:zo 造:zo 作:saku 吾:go 源:gen 元:gen,moto ' +
    '照:teru 昇:noboru 隼:hayato 秀:hide 公:kimi 君:kimi 道:michi 通:michi 満:mitsu 充:mitsu 益:masu 松:matsu 竹:take ' +
    '梅:ume 鶴:tsuru 亀:kame 虎:tora 熊:kuma 鉄:tetsu 金:kane 銀:gin 玉:tama 宝:taka 富:tomi 福:fuku 徳:toku 晋:shin ' +
    '新:shin 進:shin 慎:shin 信:shin,nobu 仁:hito,jin 忍:shinobu 昇:sho 祥:sho 正:sho 将:masa,sho 章:sho 勝:sho',
);

/** Surnames not read kanji by kanji. */
const IRREGULAR_SURNAMES: ReadonlyMap<string, string> = new Map([
  ['井上', 'inoue'],
  ['服部', 'hattori'],
  ['日下', 'kusaka'],
  ['東海', 'tokai'],
  ['百合', 'yuri'],
]);

function parse(table: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const entry of table.split(/\s+/)) {
    const [kanji, readings] = entry.split(':');
    if (kanji && readings && !out.has(kanji)) out.set(kanji, readings.split(','));
  }
  return out;
}

/** Spellings a part of at most this many readings offers: enough for the usual ones, bounded for long names. */
const MAX_SPELLINGS = 12;

/** Every reading of `chars` in order (each kanji's readings from `table`), at most MAX_SPELLINGS; 々 repeats the kanji before it. */
function spellings(chars: readonly string[], table: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  let out = [''];
  for (let i = 0; i < chars.length; i++) {
    const readings = chars[i] === '々' && i > 0 ? table.get(chars[i - 1]!) : table.get(chars[i]!);
    if (readings === undefined) return undefined;
    const next: string[] = [];
    for (const prefix of out) for (const r of readings) if (next.length < MAX_SPELLINGS) next.push(prefix + r);
    out = next;
  }
  return out;
}

/** A Japanese name's surname and given-name spellings (usual first), or undefined when it does not read as one. */
export function japaneseNameSpellings(name: string): { surname: string[]; given: string[] } | undefined {
  const chars = [...name];
  if (chars.length < 3 || chars.length > 5) return undefined;
  const irregular = IRREGULAR_SURNAMES.get(chars[0]! + chars[1]!);
  const surname = irregular !== undefined ? [irregular] : spellings(chars.slice(0, 2), SURNAME_KANJI);
  const given = spellings(chars.slice(2), GIVEN_KANJI);
  if (surname === undefined || given === undefined) return undefined;
  return { surname, given };
}
