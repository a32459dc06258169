/**
 * Real-world alternative spellings of common name tokens, written for the evaluation only.
 * Deliberately independent of the engine's own tables (src/text): the eval must measure whether the
 * engine generalises, not whether it agrees with itself.
 */
const GROUPS: readonly (readonly string[])[] = [
  // Arabic and Persian given names and particles
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'mohamad', 'muhammed', 'mohammet'],
  ['ahmed', 'ahmad', 'ahmet'],
  ['mahmoud', 'mahmud', 'mahmood'],
  ['hussein', 'husain', 'hussain', 'husayn', 'hossein', 'husein'],
  ['hassan', 'hasan', 'hasson'],
  ['yusuf', 'yousef', 'youssef', 'yousif', 'yusef'],
  ['omar', 'umar', 'omer'],
  ['osama', 'usama', 'ousama'],
  ['abdullah', 'abdallah', 'abdulla'],
  ['abdul', 'abdel', 'abdal'],
  ['khalid', 'khaled', 'halid'],
  ['saeed', 'said', 'sayed', 'saied'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha'],
  ['ibrahim', 'ebrahim', 'ibraheem'],
  ['ismail', 'ismael', 'esmail', 'ismaeel'],
  ['jamal', 'gamal', 'djamal'],
  ['qasim', 'qassem', 'kassem', 'kasim', 'qasem'],
  ['salih', 'saleh', 'salah'],
  ['faisal', 'faysal', 'feisal'],
  ['nasser', 'nasir', 'naser', 'nassir'],
  ['mansour', 'mansur', 'mansoor'],
  ['hamid', 'hameed', 'hamed'],
  ['rashid', 'rasheed', 'rachid'],
  ['majid', 'majeed', 'majed'],
  ['karim', 'kareem', 'karem'],
  ['sheikh', 'shaikh', 'shaykh', 'cheikh'],
  ['abu', 'abou'],
  ['bin', 'ben'],
  ['zakaria', 'zakariya', 'zakariyya', 'zakariah'],
  ['suleiman', 'sulaiman', 'sulayman', 'soliman'],
  ['othman', 'uthman', 'osman', 'usman'],
  ['hosseini', 'husseini', 'husaini'],
  ['jawad', 'javad'],
  ['jafar', 'jaafar', 'jafaar'],
  ['mohsen', 'muhsin', 'mohsin'],
  ['abbas', 'abas'],
  ['ali', 'aly'],
  ['yahya', 'yehia', 'yahia'],
  ['hamza', 'hamzah', 'hamzeh'],
  ['musa', 'moussa', 'mousa'],
  ['issa', 'isa', 'eissa'],
  ['nouri', 'nuri', 'noori'],
  ['rahman', 'rehman', 'rahmane'],
  ['tariq', 'tarek', 'tareq'],
  // Russian and Ukrainian given names
  ['aleksandr', 'alexander', 'aleksander', 'alexandr', 'oleksandr'],
  ['sergei', 'sergey', 'sergej', 'serhiy'],
  ['dmitri', 'dmitry', 'dmitriy', 'dmitrij', 'dmytro'],
  ['yevgeny', 'evgeny', 'evgeniy', 'yevgeniy', 'evgenii'],
  ['yuri', 'yury', 'yuriy', 'iurii', 'jurij'],
  ['andrei', 'andrey', 'andrej', 'andriy'],
  ['alexei', 'aleksei', 'alexey', 'aleksey', 'oleksiy'],
  ['nikolai', 'nikolay', 'nikolaj', 'mykola'],
  ['mikhail', 'michail', 'mikhael'],
  ['vyacheslav', 'viacheslav', 'wjatscheslaw'],
  ['vitaly', 'vitaliy', 'vitali', 'vitalii'],
  ['grigory', 'grigoriy', 'grigori', 'grigorii'],
  ['anatoly', 'anatoliy', 'anatoli'],
  ['valery', 'valeriy', 'valeri', 'valerii'],
  ['gennady', 'gennadiy', 'gennadi', 'gennadii'],
  ['pyotr', 'petr', 'piotr'],
  ['fyodor', 'fedor', 'fiodor'],
  ['yelena', 'elena', 'jelena'],
  ['tatyana', 'tatiana', 'tatjana'],
  ['natalya', 'natalia', 'natalja'],
  ['yevgenia', 'evgenia', 'yevgeniya'],
  ['vladimir', 'wladimir', 'volodymyr'],
  ['konstantin', 'constantin', 'kostiantyn'],
  ['igor', 'ihor'],
  ['oleg', 'oleh'],
  // Korean surnames and given-name syllables
  ['kim', 'gim'],
  ['lee', 'yi', 'ri', 'rhee', 'rhie'],
  ['park', 'pak', 'bak'],
  ['choi', 'choe', 'chwe'],
  ['jung', 'jeong', 'chung', 'jong', 'chong'],
  ['kang', 'gang'],
  ['cho', 'jo', 'choh'],
  ['yoon', 'yun'],
  ['jang', 'chang'],
  ['shin', 'sin'],
  ['ryu', 'yu', 'yoo'],
  ['kwon', 'gwon'],
  ['moon', 'mun'],
  ['son', 'sohn'],
  ['bae', 'pae'],
  ['baek', 'paek', 'paik'],
  ['heo', 'hur', 'huh'],
  ['chol', 'chul', 'cheol'],
  ['hyon', 'hyun', 'hyeon'],
  ['yong', 'young', 'yeong'],
  ['kwang', 'gwang'],
  ['kyong', 'kyung', 'gyeong'],
  ['sung', 'seong'],
  ['jin', 'chin'],
  ['dong', 'tong'],
  ['chun', 'jun', 'joon'],
  ['myong', 'myung', 'myeong'],
  ['su', 'soo'],
  ['gil', 'kil'],
  ['pyong', 'pyeong', 'byung', 'byeong'],
  ['tae', 'thae'],
  ['un', 'eun'],
  ['yon', 'yeon'],
  ['il', 'ill'],
  ['ho', 'hoh'],
  // Chinese surnames: pinyin, Wade-Giles, Cantonese
  ['zhang', 'cheung'],
  ['wang', 'wong'],
  ['liu', 'lau'],
  ['chen', 'chan', "ch'en"],
  ['yang', 'yeung'],
  ['huang', 'hwang'],
  ['zhao', 'chao', 'chiu'],
  ['zhou', 'chou', 'chow'],
  ['xu', 'hsu'],
  ['zhu', 'chu'],
  ['guo', 'kuo', 'kwok'],
  ['lin', 'lam'],
  ['zheng', 'cheng'],
  ['liang', 'leung'],
  ['xie', 'hsieh', 'tse'],
  ['deng', 'teng'],
];

/** Surname endings spelled differently by different transliteration traditions (English, German, French, Polish). */
const SUFFIXES: readonly (readonly string[])[] = [
  ['skiy', 'sky', 'ski'],
  ['ov', 'off'],
  ['ev', 'eff'],
  ['enko', 'enco'],
  ['iy', 'y'],
];

const ALTERNATES = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const member of group) {
    const others = group.filter((m) => m !== member);
    ALTERNATES.set(member, [...new Set([...(ALTERNATES.get(member) ?? []), ...others])]);
  }
}

/** Whole-token alternative spellings of a lower-case token (empty when none is known). */
export function tokenAlternates(lower: string): readonly string[] {
  return ALTERNATES.get(lower) ?? [];
}

/** Alternative spellings by ending: "Lavrovskiy" → "Lavrovsky", "Lavrovski". Only for tokens long enough to keep a stem. */
export function suffixAlternates(lower: string): string[] {
  const out: string[] = [];
  for (const group of SUFFIXES) {
    for (const ending of group) {
      if (lower.length >= ending.length + 4 && lower.endsWith(ending)) {
        const stem = lower.slice(0, -ending.length);
        for (const other of group) if (other !== ending) out.push(stem + other);
        break;
      }
    }
    if (out.length > 0) break;
  }
  return out;
}

/** The surname particle "al-"/"el-"/"ul-" prefixed to a token (Arabic article spelled three ways). */
export const ARTICLE_PREFIXES = ['al-', 'el-', 'ul-', 'al ', 'el '] as const;
