/**
 * Generic words of Russian organisation names, with the English words the lists give for them: the
 * UK and OFAC entries write "Акционерное общество Казанский завод компрессорного машиностроения" as
 * "Joint Stock Company Kazan Compressor Machinery Plant". Transliteration cannot meet a translation;
 * these words are generic and carry little weight, so each is read as its English equivalents (the
 * first is the token's form). Keyed by stem, matched with the case and gender endings Russian puts on
 * it, so завод, завода and заводы are one word. Only words that are not personal names. Pure.
 */
const STEMS: readonly [stem: string, english: string][] = [
  ['завод', 'plant factory works'], ['институт', 'institute'], ['бюро', 'bureau'], ['центр', 'center centre'],
  ['технологи', 'technologies technology'], ['технологическ', 'technological technology'], ['техник', 'technology equipment'],
  ['техническ', 'technical'], ['научн', 'scientific science research'], ['исследовательск', 'research'], ['исследовани', 'research'],
  ['конструкторск', 'design'], ['проектн', 'design project'], ['производственн', 'production manufacturing'],
  ['объединени', 'association union'], ['корпораци', 'corporation'], ['компани', 'company'], ['холдинг', 'holding'],
  ['групп', 'group'], ['торгов', 'trading trade'], ['банк', 'bank'], ['фонд', 'fund foundation'],
  ['лаборатори', 'laboratory'], ['авиакомпани', 'airlines airline'], ['авиационн', 'aviation aircraft'],
  ['авиастроительн', 'aircraft'], ['машиностроени', 'engineering machinery machinebuilding'], ['машиностроительн', 'engineering machinery'],
  ['химическ', 'chemical'], ['механическ', 'mechanical'], ['электронн', 'electronic electronics'],
  ['электротехническ', 'electrotechnical electrical'], ['приборостроени', 'instrument instruments'],
  ['промышленн', 'industrial industry'], ['нефтян', 'oil petroleum'], ['нефтегаз', 'oil gas'], ['энергетическ', 'energy power'],
  ['атомн', 'atomic nuclear'], ['ядерн', 'nuclear'], ['морск', 'marine maritime sea'], ['судостроительн', 'shipbuilding'],
  ['верф', 'shipyard'], ['транспортн', 'transport'], ['логистик', 'logistics'], ['строительн', 'construction'],
  ['систем', 'systems system'], ['решени', 'solutions decisions'], ['безопасност', 'security'], ['кибербезопасност', 'cybersecurity'],
  ['информационн', 'information'], ['сервис', 'service services'], ['управлени', 'management directorate administration'],
  ['государственн', 'state'], ['федеральн', 'federal'], ['национальн', 'national'], ['российск', 'russian'],
  ['всероссийск', 'allrussian'], ['международн', 'international'], ['нов', 'new'], ['южн', 'south southern'],
  ['северн', 'north northern'], ['восточн', 'east eastern'], ['западн', 'west western'], ['центральн', 'central'],
  ['автономн', 'autonomous'], ['некоммерческ', 'nonprofit noncommercial'], ['организаци', 'organization organisation'],
  ['агентств', 'agency'], ['министерств', 'ministry'], ['университет', 'university'], ['академи', 'academy'],
  ['медь', 'copper'], ['медн', 'copper'], ['стекольн', 'glass glassworks'], ['стекл', 'glass'], ['металлургическ', 'metallurgical'],
  ['стальн', 'steel'], ['алмаз', 'diamond diamonds'], ['золот', 'gold'], ['угольн', 'coal'], ['трубн', 'pipe'],
  ['развити', 'development'], ['сотрудничеств', 'cooperation'], ['испытани', 'testing tests'], ['сертификаци', 'certification'],
  ['специализированн', 'specialized'], ['застройщик', 'developer'], ['особ', 'special'], ['экономическ', 'economic'],
  ['зон', 'zone'], ['парк', 'park'], ['платформ', 'platforms platform'], ['возможност', 'opportunities'],
  ['перспективн', 'perspective advanced'], ['космическ', 'space'], ['ракетн', 'missile rocket'], ['связ', 'communications communication'],
  ['оптическ', 'optical optics'], ['точн', 'precision'], ['инженерн', 'engineering'], ['оборонн', 'defense defence'],
  ['объединённ', 'united'], ['объединенн', 'united'], ['дом', 'house'], ['торговый', 'trading'], ['служб', 'service'],
  ['лизингов', 'leasing'], ['страхов', 'insurance'], ['инвестиционн', 'investment'], ['финансов', 'financial finance'],
  ['металл', 'metals metal'], ['горно', 'mining'], ['добывающ', 'mining'], ['комбинат', 'plant works combine'],
  ['электростанци', 'power plant'], ['порт', 'port'], ['флот', 'fleet'], ['судоходн', 'shipping'],
  ['специальн', 'special'], ['военн', 'military'], ['внутренн', 'internal'], ['войск', 'troops forces'],
  ['главн', 'main chief'], ['городск', 'city'], ['исполнительн', 'executive'], ['комитет', 'committee'],
  ['командовани', 'command'], ['коммерческ', 'commercial'], ['комплекс', 'complex'], ['капитал', 'capital kapital'],
  ['имени', 'named'], ['управляющ', 'management managing'], ['учреждени', 'institution establishment'], ['республик', 'republic'],
  ['федераци', 'federation'], ['движени', 'movement'], ['казенн', 'state treasury'], ['общественн', 'public social'], ['дел', 'affairs'],
  ['бюджетн', 'budgetary budget'], ['образовательн', 'educational'], ['пароходств', 'shipping'], ['порохов', 'powder gunpowder'],
  ['частн', 'private'], ['защит', 'protection defence defense'], ['союз', 'union'], ['испытательн', 'testing test'], ['концерн', 'concern'],
  ['кредитн', 'credit'], ['содействи', 'promotion assistance'], ['депозитари', 'depository'], ['инновационн', 'innovation innovative'],
  ['небанковск', 'nonbank'], ['отдел', 'department division'], ['район', 'district'], ['росси', 'russia'], ['беларус', 'belarus'],
  ['крым', 'crimea'], ['предприяти', 'enterprise'], ['унитарн', 'unitary'], ['инфраструктурн', 'infrastructure'], ['производств', 'production manufacturing'],
  ['инвестици', 'investment investments'], ['комисси', 'commission'], ['избирательн', 'election electoral'], ['оборон', 'defence defense'],
  ['полици', 'police'], ['войсков', 'military'], ['част', 'unit'], ['общероссийск', 'allrussian'], ['межрегиональн', 'interregional'],
  ['добровольц', 'volunteers'], ['офицер', 'officers'], ['парти', 'party'], ['молодежн', 'youth'], ['гварди', 'guard'], ['арми', 'army'],
  ['батальон', 'battalion'], ['бригад', 'brigade'], ['полк', 'regiment'], ['дивизи', 'division'], ['аэропорт', 'airport'],
  ['железнодорожн', 'railway'], ['железн', 'railways iron'], ['дорог', 'railways roads'], ['почт', 'post'], ['телеком', 'telecom'],
  ['газ', 'gas'], ['нефт', 'oil'], ['угол', 'coal'], ['радио', 'radio'], ['двигател', 'engine engines'], ['вертолет', 'helicopters helicopter'],
  ['самолет', 'aircraft'], ['беспилотн', 'unmanned'], ['спутник', 'satellite'], ['оружи', 'arms weapons'], ['боеприпас', 'ammunition'],
  ['ремонтн', 'repair'], ['судоремонтн', 'ship repair'], ['прикладн', 'applied'], ['физик', 'physics'], ['геологи', 'geology'],
  // English words written in Cyrillic, which lists give back in English (Авто Холдинг: Auto Holding).
  ['авто', 'auto'], ['технолоджи', 'technology'], ['технолоджис', 'technologies'], ['текнолоджи', 'technology'],
  ['энерджи', 'energy'], ['трейд', 'trade'], ['трейдинг', 'trading'], ['инжиниринг', 'engineering'], ['менеджмент', 'management'],
  ['медиа', 'media'], ['электроникс', 'electronics'], ['фотоникс', 'photonics'], ['системс', 'systems'], ['солюшенс', 'solutions'],
  ['солюшнс', 'solutions'], ['интернешнл', 'international'], ['интернэшнл', 'international'], ['интернейшнл', 'international'],
  ['девелопмент', 'development'], ['консалтинг', 'consulting'], ['логистикс', 'logistics'], ['инвест', 'invest investment'],
  ['финанс', 'finance'], ['ойл', 'oil'], ['энтерпрайз', 'enterprise'], ['энтерпрайзес', 'enterprises'], ['индастриз', 'industries'],
  ['шиппинг', 'shipping'], ['глобал', 'global'], ['партнерс', 'partners'], ['майнинг', 'mining'], ['диджитал', 'digital'],
  ['софт', 'soft software'], ['хаб', 'hub'], ['смарт', 'smart'], ['тех', 'tech'], ['голд', 'gold'], ['бридж', 'bridge'],
  ['стайл', 'style'], ['стрим', 'stream'], ['юнайтед', 'united'], ['секьюрити', 'security'], ['пауэр', 'power'], ['маркет', 'market'],
];

/** Case and gender endings (adjectives and nouns), longest first; '' for the bare stem. Not -ов/-ев, which end surnames (Золотов). */
const ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ым', 'им',
  'ую', 'юю', 'ых', 'их', 'ей', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'о', 'ь', '',
];

const BY_STEM: ReadonlyMap<string, readonly string[]> = new Map(STEMS.map(([stem, english]) => [stem, english.split(' ')]));

/** The English words a generic Russian organisation word stands for, usual first; undefined for any other word. */
export function russianCommonWord(word: string): readonly string[] | undefined {
  const w = word.toLowerCase();
  for (const ending of ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const found = BY_STEM.get(w.slice(0, w.length - ending.length));
    if (found) return found;
  }
  return undefined;
}
