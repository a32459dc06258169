import { describeNamePairs, type NamePair } from '../../helpers/name-pairs.js';

/**
 * Real names in scripts the development sets do not cover, against the Latin spellings lists and
 * the press use for them. Lists carry such names in their original-script fields, so each pair must
 * reach the default threshold; different people sharing one part must stay below it.
 */
const SAME: readonly NamePair[] = [
  // Greek
  ['Γεώργιος Παπαδόπουλος', 'Georgios Papadopoulos'],
  ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'],
  // Georgian
  ['ბიძინა ივანიშვილი', 'Bidzina Ivanishvili'],
  // Armenian
  ['Սամվել Կարապետյան', 'Samvel Karapetyan'],
  ['Սամվել Կարապետյան', 'Samvel Karapetian'],
  // Hebrew
  ['בנימין נתניהו', 'Benjamin Netanyahu'],
  ['בנימין נתניהו', 'Binyamin Netanyahu'],
  // Ukrainian and Russian: the national romanisations, and the two languages' forms of one name
  ['Олександр Ковальчук', 'Oleksandr Kovalchuk'],
  ['Олександр Ковальчук', 'Aleksandr Kovalchuk'],
  ['Александр Ковальчук', 'Oleksandr Kovalchuk'],
  ['Oleh Evtushenko', 'Oleg Evtushenko'],
  ['Serhiy Afanasyev', 'Sergei Afanasyev'],
  ['Mykola Kolomeitsev', 'Nikolay Kolomeitsev'],
  ['Микола Коломєйцев', 'Nikolay Kolomeitsev'],
  ['Ihor Antropenko', 'Igor Antropenko'],
  // Serbian Cyrillic and Latin
  ['Александар Вучић', 'Aleksandar Vucic'],
  ['Александар Вучић', 'Aleksandar Vučić'],
  // Chinese: pinyin and Wade–Giles
  ['习近平', 'Xi Jinping'],
  ['蔡英文', 'Tsai Ing-wen'],
  ['蔡英文', 'Cai Yingwen'],
  ['毛泽东', 'Mao Tse-tung'],
  // Japanese kana: long vowels spelled out in kana, short in passports (Hepburn without macrons)
  ['やまだ たろう', 'Yamada Taro'],
  ['ヤマダ タロウ', 'Taro Yamada'],
  ['さとう ゆうこ', 'Sato Yuko'],
  // Persian
  ['محمد جواد ظریف', 'Mohammad Javad Zarif'],
  ['محمد جواد ظریف', 'Mohammad Jawad Zarif'],
];

const DIFFERENT: readonly NamePair[] = [
  ['Γεώργιος Παπαδόπουλος', 'Nikos Papadopoulos'],
  ['ბიძინა ივანიშვილი', 'Bidzina Kvaratskhelia'],
  ['习近平', 'Xi Jinhua'],
  ['محمد جواد ظریف', 'Mohammad Reza Zarif'],
  ['Oleg Petrov', 'Olga Petrova'],
  ['Mykola Kolomeitsev', 'Mykhailo Kolomeitsev'],
  ['やまだ たろう', 'Yamada Hanako'],
];

describeNamePairs('names across scripts', SAME, DIFFERENT);
