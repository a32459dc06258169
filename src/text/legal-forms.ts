/**
 * Legal forms. They say what kind of body a name belongs to, never which one, so the matcher treats
 * them as understood-but-optional. Each form maps to a class so "Ltd" and "Limited" meet on one key.
 * Forms that are also ordinary words or Arabic articles (as, ad, ab, se, ip, co) count only at the edges
 * of a name, where legal forms are written.
 */

const FORMS: [cls: string, spellings: string][] = [
  // ООО, ТОВ (Ukrainian), ОсОО (Kyrgyz), МЧЖ (Uzbek): the limited liability company, as LLC translates them.
  ['llc', 'llc fzllc ooo tov osoo mchj tdv'],
  ['ltd', 'ltd limited ltda lda'],
  ['co', 'co company cie compania compagnie'],
  ['corp', 'corp corporation'],
  ['inc', 'inc incorporated'],
  ['gmbh', 'gmbh mbh'],
  ['ag', 'ag'],
  ['kg', 'kg kgaa'],
  ['ohg', 'ohg'],
  ['sa', 'sa sas sarl sae saog saoc sal'],
  ['spa', 'spa'],
  ['srl', 'srl sro spzoo sprl'],
  ['bv', 'bv bvba'],
  ['nv', 'nv'],
  ['ab', 'ab'],
  ['as', 'as asa aps'],
  ['oy', 'oy oyj'],
  ['plc', 'plc'],
  // ТОО (Kazakh), the limited liability partnership.
  ['llp', 'llp too'],
  ['lp', 'lp'],
  // АО, ОАО, ЗАО, ПАО; ПАТ, ПрАТ (Ukrainian); ААТ, ЗАТ (Belarusian).
  ['jsc', 'jsc ojsc cjsc pjsc ao oao zao pao pat prat aat zat'],
  // Russian state unitary enterprises: ФГУП, ГУП, МУП.
  ['sue', 'sue fsue gup fgup mup'],
  ['ip', 'ip'],
  ['fze', 'fze fzco fzc dmcc'],
  ['pte', 'pte pty pvt'],
  ['bhd', 'bhd sdn'],
  ['kft', 'kft zrt nyrt bt'],
  ['doo', 'doo dd ad ood eood'],
  ['kk', 'kk yk gk'],
  ['pt', 'pt tbk cv'],
  ['se', 'se'],
  ['ulc', 'ulc'],
];

/**
 * Legal forms written in CJK and Arabic scripts, matched on the text itself before romanisation, with
 * the romanised form and class they become. Longest first so 股份有限公司 wins over 有限公司, and
 * ش.ذ.م.م (sharika dhat mas'uliyya mahduda, LLC) over ذ.م.م.
 */
export const SCRIPT_LEGAL_FORMS: readonly [text: string, form: string, cls: string][] = [
  ['股份有限公司', 'gufenyouxiangongsi', 'jsc'],
  ['有限责任公司', 'youxianzerengongsi', 'llc'],
  ['有限責任公司', 'youxianzerengongsi', 'llc'],
  ['株式会社', 'kabushikikaisha', 'kk'],
  ['株式會社', 'kabushikikaisha', 'kk'],
  ['有限会社', 'yugengaisha', 'ltd'],
  ['有限公司', 'youxiangongsi', 'ltd'],
  ['주식회사', 'jusikhoesa', 'jsc'],
  ['유한회사', 'yuhanhoesa', 'llc'],
  ['(주)', 'jusikhoesa', 'jsc'],
  ['㈜', 'jusikhoesa', 'jsc'],
  ['总公司', 'zonggongsi', 'corp'],
  ['總公司', 'zonggongsi', 'corp'],
  ['총회사', 'chonghoesa', 'corp'],
  ['公司', 'gongsi', 'co'],
  ['会社', 'kaisha', 'co'],
  ['會社', 'kaisha', 'co'],
  ['회사', 'hoesa', 'co'],
  // Persian joint-stock companies, private and public (شرکت سهامی خاص / عام).
  ['سهامی خاص', 'sahamikhas', 'jsc'],
  ['سهامی عام', 'sahamiam', 'jsc'],
  ['ش.ذ.م.م', 'llc', 'llc'],
  ['ش ذ م م', 'llc', 'llc'],
  ['م.د.م.س', 'dmcc', 'fze'],
  ['م د م س', 'dmcc', 'fze'],
  ['ذ.م.م', 'llc', 'llc'],
  ['ش.م.م', 'sarl', 'sa'],
  ['ش.م.ح', 'fze', 'fze'],
  ['ش م ح', 'fze', 'fze'],
  ['م.م.ح', 'fze', 'fze'],
  ['م م ح', 'fze', 'fze'],
  ['ش.م.ل', 'sal', 'sa'],
  ['ش.م.ع', 'pjsc', 'jsc'],
];

/**
 * Legal-form words of the scripts romanised letter by letter (Thai, Lao, Burmese, Khmer, Devanagari,
 * Bengali), with the English legal-form word they stand for: บริษัท ... จำกัด is "company ... limited".
 * Several are the English words transcribed (လီမိတက်, लिमिटेड), which the romaniser alone reads close
 * to but not exactly as "limited".
 */
export const NATIVE_LEGAL_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['บริษัท', 'company'],
      ['จำกัด', 'limited'],
      ['ບໍລິສັດ', 'company'],
      ['ຈຳກັດ', 'limited'],
      ['ကုမ္ပဏီ', 'company'],
      ['လီမိတက်', 'limited'],
      ['ក្រុមហ៊ុន', 'company'],
      ['कंपनी', 'company'],
      ['कम्पनी', 'company'],
      ['लिमिटेड', 'limited'],
      ['লিমিটেড', 'limited'],
      ['কোম্পানি', 'company'],
    ] as [string, string][]
  )
    // As analyse sees them: NFKC takes ำ apart into ํ + า.
    .map(([word, form]): [string, string] => [word.normalize('NFKC'), form]),
);

/** Spellings that are also everyday words or name particles: legal forms only at a name's edge. */
const EDGE_ONLY = new Set(['as', 'ad', 'ab', 'se', 'ip', 'co', 'pt', 'cv', 'ag', 'kg', 'sa', 'sal', 'dd', 'bt', 'too', 'pat', 'lp', 'ao', 'cie', 'compania', 'compagnie', 'company']);

export const LEGAL_FORM_CLASS: ReadonlyMap<string, string> = new Map([
  ...FORMS.flatMap(([cls, spellings]) => spellings.split(' ').map((s): [string, string] => [s, cls])),
  ...SCRIPT_LEGAL_FORMS.map(([, form, cls]): [string, string] => [form, cls]),
]);

/**
 * Multi-word legal forms, in folded Latin (Cyrillic ones as our BGN transliteration spells them, with
 * generic words already translated: federal, state), each with the single form it is read as, or ''
 * where its words stay apart. Read as one token, a legal form in words meets its abbreviation and its
 * translation on one class ("Общество с ограниченной ответственностью" = ООО = LLC = "Limited
 * Liability Company"), instead of leaving three or four unmatched words on each side.
 */
export const LEGAL_PHRASES: readonly (readonly [words: readonly string[], form: string])[] = [
  [['limited', 'liability', 'company'], 'llc'],
  [['limited', 'liability', 'co'], 'llc'],
  [['limited', 'liability', 'partnership'], 'llp'],
  [['public', 'limited', 'company'], 'plc'],
  [['public', 'joint', 'stock', 'company'], 'pjsc'],
  [['open', 'joint', 'stock', 'company'], 'ojsc'],
  [['closed', 'joint', 'stock', 'company'], 'cjsc'],
  [['joint', 'stock', 'company'], 'jsc'],
  [['joint', 'stock', 'co'], 'jsc'],
  [['federal', 'state', 'unitary', 'enterprise'], 'fsue'],
  [['state', 'unitary', 'enterprise'], 'sue'],
  [['company', 'limited'], ''],
  [['co', 'ltd'], ''],
  [['pte', 'ltd'], ''],
  [['pvt', 'ltd'], ''],
  [['pty', 'ltd'], ''],
  [['sdn', 'bhd'], ''],
  [['fz', 'llc'], ''],
  [['a', 's'], ''],
  [['s', 'a'], ''],
  [['sp', 'z', 'o', 'o'], ''],
  [['sa', 'de', 'cv'], ''],
  [['societe', 'anonyme'], 'sa'],
  [['societe', 'a', 'responsabilite', 'limitee'], 'sarl'],
  [['gesellschaft', 'mit', 'beschrankter', 'haftung'], 'gmbh'],
  [['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  // With a Latin C for the Cyrillic С, as some entries write it.
  [['obshchestvo', 'c', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  [['aktsionernoye', 'obshchestvo'], 'ao'],
  [['otkrytoye', 'aktsionernoye', 'obshchestvo'], 'oao'],
  [['zakrytoye', 'aktsionernoye', 'obshchestvo'], 'zao'],
  [['publichnoye', 'aktsionernoye', 'obshchestvo'], 'pao'],
  [['nepublichnoye', 'aktsionernoye', 'obshchestvo'], 'ao'],
  [['tovarishchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'too'],
  // As lists themselves transliterate them (-oi, -oe for -ой, -ое).
  [['obshchestvo', 's', 'ogranichennoi', 'otvetstvennostyu'], 'ooo'],
  [['aktsionernoe', 'obshchestvo'], 'ao'],
  [['otkrytoe', 'aktsionernoe', 'obshchestvo'], 'oao'],
  [['zakrytoe', 'aktsionernoe', 'obshchestvo'], 'zao'],
  [['publichnoe', 'aktsionernoe', 'obshchestvo'], 'pao'],
  [['tovaristvo', 'z', 'obmezhenoyu', 'vidpovidalnistyu'], 'tov'],
  [['privatne', 'aktsionerne', 'tovaristvo'], 'prat'],
  [['publichne', 'aktsionerne', 'tovaristvo'], 'pat'],
  [['aktsionerne', 'tovaristvo'], 'jsc'],
  [['adkrytaye', 'aktsyyanernaye', 'tavarystva'], 'aat'],
  [['zakrytaye', 'aktsyyanernaye', 'tavarystva'], 'zat'],
  [['aktsyyanernaye', 'tavarystva'], 'jsc'],
  [['sharikat', 'dhat', 'masuliyya', 'mahduda'], 'llc'],
  [['kabushiki', 'kaisha'], 'kk'],
  [['yugen', 'kaisha'], 'yk'],
];

/** Class of a single-token legal form, honouring edge-only spellings. */
export function legalFormClass(form: string, atEdge: boolean): string | undefined {
  const cls = LEGAL_FORM_CLASS.get(form);
  if (cls === undefined) return undefined;
  if (!atEdge && EDGE_ONLY.has(form)) return undefined;
  return cls;
}
