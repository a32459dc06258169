/**
 * Generic words of company and organisation names in Arabic and Persian, with the English words lists
 * give for them: "كوبان للشحن" is listed as "KOBAN SHIPPING", "شرکت پتروشیمی لاله" as "LALEH
 * PETROCHEMICAL COMPANY". Transliteration cannot meet a translation; these words are few, generic and
 * carry little weight, so each is read as its English equivalents (the first is the token's form, the
 * others variant spellings). Only words that are never personal names. Pure.
 */
const WORDS: readonly [arabic: string, english: string][] = [
  ['تجارة', 'trading trade commercial'],
  ['تجاري', 'commercial trading trade'],
  ['تجارية', 'commercial trading trade'],
  ['بازرگانی', 'trading commercial trade'],
  ['شحن', 'shipping'],
  ['كشتيراني', 'shipping'],
  ['کشتیرانی', 'shipping'],
  ['نقل', 'transport'],
  ['حمل', 'transport'],
  ['خدمات', 'services'],
  ['صناعة', 'industry manufacturing industrial'],
  ['صناعات', 'industries industry manufacturing'],
  ['صنعتی', 'industrial industries'],
  ['صنایع', 'industries industry'],
  ['هندسة', 'engineering'],
  ['هندسية', 'engineering'],
  ['مهندسی', 'engineering'],
  ['بترول', 'petroleum'],
  ['نفط', 'oil petroleum'],
  ['نفت', 'oil petroleum'],
  ['پتروشیمی', 'petrochemical petrochemicals'],
  ['بتروكيماويات', 'petrochemicals petrochemical'],
  ['طاقة', 'energy'],
  ['انرژی', 'energy'],
  ['عامة', 'general public'],
  ['عام', 'general public'],
  ['دولية', 'international'],
  ['عالمية', 'international global world'],
  ['بینالمللی', 'international'],
  ['مجموعة', 'group'],
  ['گروه', 'group'],
  ['شركة', 'company'],
  ['شرکت', 'company'],
  ['مؤسسة', 'establishment foundation institution'],
  ['موسسه', 'institute establishment foundation'],
  ['بنك', 'bank'],
  ['مصرف', 'bank'],
  ['بانک', 'bank'],
  ['استثمار', 'investment investments'],
  ['استثمارات', 'investments investment'],
  ['تأمين', 'insurance'],
  ['بیمه', 'insurance'],
  ['مقاولات', 'contracting'],
  ['طيران', 'airlines aviation airways'],
  ['هواپیمایی', 'airlines aviation airways'],
  ['ذهب', 'gold'],
  ['مجوهرات', 'jewellery jewellers jewelry'],
  ['صرافة', 'exchange'],
  ['صرافی', 'exchange'],
  ['مركز', 'center centre'],
  ['مرکز', 'center centre'],
  ['سازمان', 'organization organisation'],
  ['منظمة', 'organization organisation'],
  ['جمعية', 'association society'],
  ['مكتب', 'office'],
  ['دفتر', 'office'],
  ['توزيع', 'distribution'],
  ['تموين', 'supply supplies catering'],
  ['زيوت', 'oils oil'],
  ['الكترونيات', 'electronics'],
  ['تكنولوجيا', 'technology'],
  ['فناوری', 'technology'],
  ['صنعت', 'industry'],
  ['معادن', 'mining minerals'],
  ['کشاورزی', 'agriculture agricultural'],
  ['زراعة', 'agriculture agricultural'],
  ['سياحة', 'tourism'],
  ['بحرية', 'marine maritime'],
  ['دریایی', 'marine maritime'],
  ['جماعة', 'group'],
  ['حركة', 'movement'],
  ['جبهة', 'front'],
  ['كتائب', 'brigades'],
  ['لواء', 'brigade'],
  ['جيش', 'army'],
  ['إسلامية', 'islamic'],
  ['اسلامية', 'islamic'],
  ['اسلامی', 'islamic'],
];

/** Clitics written onto the word: and, for, with/in, then the article. */
const PREFIX = /^(?:و|ف)?(?:لل|ل|ب|ال)?/;

const ENGLISH: ReadonlyMap<string, readonly string[]> = new Map(WORDS.map(([arabic, english]) => [arabic, english.split(' ')]));

/** The English words a generic Arabic or Persian business word stands for, usual first; undefined for any other word. */
export function arabicCommonWord(word: string): readonly string[] | undefined {
  const bare = word.replace(/\u200c/g, '');
  const direct = ENGLISH.get(bare);
  if (direct) return direct;
  const stem = bare.replace(PREFIX, '');
  if (stem.length < 3 || stem === bare) return undefined;
  // لل + word is for the word with the article (للتجارة: li-l-tijara, for trading).
  return ENGLISH.get(stem) ?? ENGLISH.get(stem.replace(/^ل/, ''));
}
