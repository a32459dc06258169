/**
 * Cyrillic -> Latin (BGN/PCGN-style English, the system most sanctions lists use) and the Slavic
 * transliteration folding that lets English, German, French, scholarly and Polish-style spellings of one
 * Cyrillic name meet on a key (Shchukin / Schtschukin / Chtchoukine / Ščukin -> "xukin").
 */

const BASE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
  // Serbian, Macedonian
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  // Kazakh, Tajik, Uzbek, Kyrgyz, Mongolian
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ӣ: 'i', ӯ: 'u', ҷ: 'j',
};

const VOWEL_OR_SIGN = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ъ', 'ь', 'і', 'ї', 'є']);

/** One Cyrillic word (lower case) -> Latin. е/ё are "ye"/"yo" word-initially and after vowels, as BGN/PCGN writes them. */
export function cyrillicToLatin(word: string): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    let t = BASE[ch];
    if (t === undefined) t = ch;
    else if ((ch === 'е' || ch === 'ё') && (prev === '' || VOWEL_OR_SIGN.has(prev))) t = ch === 'е' ? 'ye' : 'yo';
    else if (ch === 'ё') t = 'e';
    out += t;
    prev = ch;
  }
  return out;
}

const UKRAINIAN_LETTERS = /[іїєґ]/;
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y', й: 'i' };

/**
 * The Ukrainian national romanisation of a word that shows Ukrainian letters (і ї є ґ), or null:
 * г is h and и is y there (Григорій -> Hryhorii), while Russian-style lists write Grigoriy.
 */
export function ukrainianToLatin(word: string): string | null {
  if (!UKRAINIAN_LETTERS.test(word) || !/[гий]/.test(word)) return null;
  let out = '';
  for (const ch of word) out += UKRAINIAN[ch] ?? (ch === 'ґ' ? 'g' : cyrillicToLatin(ch));
  return out;
}

const BELARUSIAN: Record<string, string> = { г: 'h', ў: 'u', й: 'i', и: 'i', х: 'kh' };
const BELARUSIAN_IOTATED: Record<string, [initial: string, afterConsonant: string]> = { я: ['ya', 'ia'], ю: ['yu', 'iu'], ё: ['yo', 'io'], е: ['ye', 'e'] };
const BELARUSIAN_MARKS = /ў|і.*[ыэ]|[ыэ].*і/;
/** A patronymic or surname in -віч: Ukrainian writes -вич, Russian has no і. */
const BELARUSIAN_VICH = /віч(?![а-яёіў])/;
const UKRAINIAN_ONLY_LETTERS = /[їєґ]/;

/**
 * Does a Cyrillic name read as Belarusian: ў, or і beside ы or э (Ukrainian has neither of these two),
 * or a word ending in -віч without a letter only Ukrainian has?
 */
export function isBelarusianName(text: string): boolean {
  return BELARUSIAN_MARKS.test(text) || (BELARUSIAN_VICH.test(text) && !UKRAINIAN_ONLY_LETTERS.test(text));
}

/**
 * The Belarusian romanisation lists and passports use (Сяргей Siarhei, Аляксандр Aliaksandr, Зубкоў
 * Zubkou, Яўгенавіч Yauhenavich): г is h, ў is u, я/ю/ё are ia/iu/io after a consonant.
 */
export function belarusianToLatin(word: string): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    const iotated = BELARUSIAN_IOTATED[ch];
    if (iotated !== undefined) out += prev === '' || VOWEL_OR_SIGN.has(prev) || prev === 'ў' ? iotated[0] : iotated[1];
    else out += BELARUSIAN[ch] ?? cyrillicToLatin(ch);
    prev = ch;
  }
  return out;
}

/*
 * Spelling folding, applied to Latin tokens as extra keys. It began as the Slavic transliteration class
 * and now also covers the other orthography clashes of names that cross languages. Digraph classes are
 * single upper-case symbols so they cannot collide with the plain letters that remain:
 *   X = щ (shch, schtsch, chtch, sc from šč, szcz), C = ч (ch, tsch, tch, cz), S = ш (sh, sch, sz),
 *   Z = ж (zh, sh is ambiguous so only zh/zs/ż), K = х (kh).
 * French ou -> u, English ee -> i and oo -> u (Rasheed/Rashid, Mahmood/Mahmud, Joon/Jun), j/y/i as the
 * same glide (Jusuf/Yusuf, Johan/Yohan, Jurij/Yuri), w -> v (Wladimir), ph -> f, ks/x, and the
 * -ov/-ev/-off/-ow/-ew surname endings (the same -ев is spelled -ev, -yev, -jew, -iev, -ieff).
 * A bare "ch" is marked Q while folding: it is ч in English and Spanish, ш in French (Rachid, Michel)
 * and х in German, Greek-derived and Italian spellings (Michail, Chaim), so it has alternative folds.
 * Before r/l it is marked R: mostly a plain k (Christian, Chruschtschow), but French for ш (Achraf).
 */
const SLAVIC_RULES: [RegExp, string][] = [
  [/schtsch|shch|chtch|szcz/g, 'X'],
  [/ine$/, 'in'],
  [/tsch|tch|cz/g, 'C'],
  [/sch|sh|sz/g, 'S'],
  [/zh|zs/g, 'Z'],
  [/kh/g, 'K'],
  [/ch(?=[rl])/g, 'R'],
  [/ch/g, 'Q'],
  [/(?<=[^aeiou])ee(?=[^aeiou])/g, 'i'],
  [/oo/g, 'u'],
  [/ou/g, 'u'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/^(?:ye|je|ie)/, 'e'],
  [/gu(?=[ei])/g, 'g'],
  // Serbo-Croatian ij before a vowel is one glide (Kristijan/Kristian, Marija/Maria).
  [/i[jy](?=[aeiou])/g, 'y'],
  [/(?:[iyj])(?=[aeiou])/g, 'y'],
  [/(?:[iyj])+$/, 'i'],
  [/j/g, 'y'],
  [/(?:[iy]|j)?(?:ev|ew|eff)$/, 'ov'],
  [/(?:ov|ow|off|of)$/, 'ov'],
  [/(.)\1+/g, '$1'],
];

function foldMarked(rich: string): string {
  let s = rich;
  for (const [re, to] of SLAVIC_RULES) s = s.replace(re, to);
  return s;
}

/** Slavic transliteration class of a Latin token (built from foldLatinRich output); a bare ch counts as ч. */
export function slavicFold(rich: string): string {
  return foldMarked(rich).replace(BARE_CH, 'C').replace(CH_BEFORE_LIQUID, 'k');
}
const BARE_CH = /Q/g;
const CH_BEFORE_LIQUID = /R/g;
const AMBIGUOUS_CH = /Q[aeiouy]|R/;

/**
 * All spelling folds of a token, the Slavic one first. Alternatives are only made for words of six or
 * more letters: short syllables (Korean Cheol/Seol, Chin/Kin) are distinct names, and the clash matters
 * in long given names and surnames.
 *   - a bare ch before a vowel as French ш and as German х (Rachid/Rashid, Michail/Mikhail);
 *   - kh as a plain h, as Turkish, Romanian and Arabic-from-Latin spellings write it
 *     (Akhmet/Ahmet, Khasan/Hasan, Mikhail/Mihail); five letters suffice (Khalil/Halil).
 */
export function spellingFolds(rich: string): string[] {
  const marked = foldMarked(rich);
  // Hard ch before r/l is a plain k (Christian/Kristian), not the х class.
  const main = marked.replace(BARE_CH, 'C').replace(CH_BEFORE_LIQUID, 'k');
  const out = [main];
  if (rich.length >= 6 && AMBIGUOUS_CH.test(marked)) {
    out.push(marked.replace(BARE_CH, 'S').replace(CH_BEFORE_LIQUID, 'S'));
    // German ch is х before a liquid too (Chruschtschow/Khrushchev).
    const hard = marked.replace(BARE_CH, 'K').replace(CH_BEFORE_LIQUID, 'K');
    if (hard !== main) out.push(hard);
  } else if (rich.length >= 5 && main.includes('K')) {
    out.push(main.replace(KH_CLASS, 'h'));
  }
  // A name's final -ie or -ey after a consonant is the -y of its other spelling (Ronnie / Ronny, Lesley /
  // Leslie, Valerie / Valery). An extra fold, so the main one keeps Alexey with Alexei.
  if (rich.length >= 5 && IE_EY_END.test(rich)) {
    const y = foldMarked(rich.replace(IE_EY_END, 'y')).replace(BARE_CH, 'C').replace(CH_BEFORE_LIQUID, 'k');
    if (!out.includes(y)) out.push(y);
  }
  return out;
}
const KH_CLASS = /K/g;
const IE_EY_END = /(?<=[^aeiouy])(?:ie|ey)$/;

/**
 * One East Slavic given name, romanised from its Russian, Ukrainian and Belarusian forms: the
 * languages differ in the name itself (Олег / Олег read Oleg / Oleh; Николай / Микола / Мікалай),
 * so no letter-by-letter fold can make them meet, and lists carry any of them for one person.
 * The first spelling names the group.
 */
const EAST_SLAVIC_GIVEN_NAMES: readonly (readonly string[])[] = [
  ['aleksandr', 'alexander', 'alexandr', 'oleksandr', 'olexandr', 'aliaksandr', 'alyaksandr', 'aleksander'],
  ['aleksey', 'alexey', 'aleksei', 'alexei', 'oleksiy', 'oleksii', 'olexiy', 'aliaksei', 'alyaksey'],
  ['oleg', 'oleh', 'aleh', 'alieh'],
  ['sergey', 'sergei', 'serhiy', 'serhii', 'sergiy', 'sergii', 'siarhei', 'syarhey', 'serhei'],
  ['nikolay', 'nikolai', 'mykola', 'mikola', 'mikalai', 'mikalay', 'nicolai'],
  ['igor', 'ihor', 'ihar'],
  ['vladimir', 'volodymyr', 'volodimir', 'uladzimir', 'vladimer'],
  ['dmitry', 'dmitriy', 'dmitri', 'dmytro', 'dmitro', 'dzmitry', 'dzmitryi'],
  ['andrey', 'andrei', 'andriy', 'andrii', 'andrej'],
  ['yuriy', 'yuri', 'yury', 'iurii', 'yurii', 'yuras', 'jurij'],
  ['vasily', 'vasiliy', 'vasili', 'vasyl', 'vasil'],
  ['petr', 'pyotr', 'petro', 'piotr', 'piatro'],
  ['pavel', 'pavlo', 'paval'],
  ['mikhail', 'mykhailo', 'mykhaylo', 'mikhailo', 'mikhal', 'mikhas'],
  ['grigory', 'grigoriy', 'grigori', 'hryhoriy', 'hryhorii', 'ryhor'],
  ['georgy', 'georgiy', 'georgi', 'heorhiy', 'heorhii', 'hieorhi'],
  ['viktor', 'victor', 'viktar'],
  ['anatoly', 'anatoliy', 'anatoli', 'anatolii', 'anatol'],
  ['yevgeny', 'yevgeniy', 'evgeny', 'evgeniy', 'evgenii', 'yevhen', 'yevhenii', 'ievgen', 'yauhen', 'jauhen'],
  ['vitaly', 'vitaliy', 'vitali', 'vitalii', 'vital'],
  ['valery', 'valeriy', 'valeri', 'valerii', 'valer'],
  ['konstantin', 'kostiantyn', 'kostyantyn', 'kanstantsin'],
  ['gennady', 'gennadiy', 'genady', 'hennadiy', 'hennadii', 'henadz'],
  ['boris', 'borys', 'barys'],
  ['maksim', 'maxim', 'maksym', 'maksimilian'],
  ['denis', 'denys', 'dzianis'],
  ['ilya', 'illia', 'illya', 'ilia', 'illa'],
  ['leonid', 'leanid'],
  ['bogdan', 'bohdan', 'bagdan'],
  ['olga', 'olha', 'volha'],
  ['tatyana', 'tatiana', 'tetiana', 'tetyana', 'tatsiana'],
  ['natalya', 'natalia', 'nataliia', 'nataliya', 'natallia'],
  ['irina', 'iryna'],
  ['galina', 'halyna', 'galyna', 'halina'],
  ['lyudmila', 'ludmila', 'liudmyla', 'lyudmyla', 'liudmila'],
  ['yekaterina', 'ekaterina', 'kateryna', 'katsiaryna', 'katerina'],
  ['yuliya', 'yulia', 'yuliia', 'iuliia', 'julia'],
  ['elena', 'yelena', 'olena', 'alena', 'alyona', 'halena'],
  ['anna', 'hanna', 'ganna'],
  ['vyacheslav', 'viacheslav', 'vyacheslau', 'viachaslau'],
  ['stanislav', 'stanislau'],
  ['yaroslav', 'yaraslau', 'iaroslav'],
  ['svyatoslav', 'sviatoslav'],
  ['kirill', 'kyrylo', 'kiryl'],
  ['fyodor', 'fedor', 'fedir', 'fiodar'],
  ['semyon', 'semen', 'semion', 'siamion'],
  ['timofey', 'tymofiy', 'tsimafei'],
  ['yakov', 'yakiv', 'yakau'],
  ['matvey', 'matviy'],
  ['arkady', 'arkadiy', 'arkadii', 'arkadz'],
  ['vadim', 'vadym', 'vadzim'],
  ['artem', 'artyom', 'artiom', 'artsiom'],
];

/** Latin spelling -> the East Slavic given name it spells (its group's first spelling). */
export const EAST_SLAVIC_GIVEN_NAME: ReadonlyMap<string, string> = new Map(
  EAST_SLAVIC_GIVEN_NAMES.flatMap((group) => group.map((spelling) => [spelling, group[0]!] as const)),
);

/** Patronymic endings in Russian, Ukrainian and Belarusian romanisations, longest first, with the gender they mark. */
const PATRONYMIC_ENDINGS: readonly [ending: string, gender: 'm' | 'f'][] = [
  ['yevich', 'm'], ['ievich', 'm'], ['ovych', 'm'], ['evych', 'm'], ['ovich', 'm'], ['evich', 'm'], ['avich', 'm'], ['ovic', 'm'], ['evic', 'm'],
  ['yevna', 'f'], ['ievna', 'f'], ['ivna', 'f'], ['ovna', 'f'], ['evna', 'f'], ['auna', 'f'], ['euna', 'f'],
];
/** What a stem may have lost before the ending: Sergey -> Serge-evich, Nikolay -> Nikola-evich, Yuri -> Yuri-evich. */
const STEM_ENDINGS = ['', 'y', 'i', 'iy', 'ei', 'ey'];

/**
 * The East Slavic given name a patronymic is made from, with its gender ("vladimir|m" for
 * Vladimirovich, Uladzimiravich and Volodymyrovych alike; "sergey|f" for Sergeevna, Siarheeuna):
 * the languages form the patronymic from their own form of the name, which no fold joins. Null
 * when the form is not a patronymic of a known name.
 */
export function eastSlavicPatronymic(form: string): string | null {
  for (const [ending, gender] of PATRONYMIC_ENDINGS) {
    if (!form.endsWith(ending) || form.length < ending.length + 3) continue;
    const stem = form.slice(0, -ending.length);
    for (const tail of STEM_ENDINGS) {
      const name = EAST_SLAVIC_GIVEN_NAME.get(stem + tail);
      if (name !== undefined) return `${name}|${gender}`;
    }
    return null;
  }
  return null;
}
