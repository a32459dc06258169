/**
 * Romanisation tables for scripts with one dominant system each:
 * Greek (ELOT 743 / UN), Hebrew (consonantal, with the usual matres lectionis as vowels),
 * Georgian (national system, 2002), Armenian (BGN/PCGN, close to Hübschmann–Meillet without diacritics)
 * and Japanese kana (Hepburn).
 */

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** ELOT digraphs: αι e-sound is kept as "ai", ου -> ou, γγ/γκ -> ng/gk, μπ -> b word-initially, ντ -> d word-initially. */
const GREEK_DIGRAPHS: [string, string][] = [
  ['ου', 'ou'],
  ['αυ', 'av'],
  ['ευ', 'ev'],
  ['ηυ', 'iv'],
  ['γγ', 'ng'],
  ['γξ', 'nx'],
  ['γχ', 'nch'],
];

export function greekToLatin(word: string): string {
  const w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (let i = 0; i < w.length; ) {
    if (i === 0 && w.startsWith('μπ')) {
      out += 'b';
      i += 2;
      continue;
    }
    if (i === 0 && w.startsWith('ντ')) {
      out += 'd';
      i += 2;
      continue;
    }
    let hit = false;
    for (const [g, l] of GREEK_DIGRAPHS) {
      if (w.startsWith(g, i)) {
        out += l;
        i += g.length;
        hit = true;
        break;
      }
    }
    if (hit) continue;
    const ch = w[i] as string;
    out += GREEK[ch] ?? '';
    i++;
  }
  return out;
}

const HEBREW: Record<string, string> = {
  א: '', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'kh', ט: 't', י: 'y', כ: 'k', ך: 'kh', ל: 'l',
  מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};

/**
 * Hebrew is written without most vowels. ו and י between consonants are read as the vowels o/u and i
 * (matres lectionis), which is how most Israeli names are romanised; a final ה after a consonant is -a.
 */
/**
 * Frequent Hebrew name words with their usual Israeli spelling first and the English/biblical forms
 * after (our own list): without vowels the letters alone cannot give Binyamin or Yitzhak.
 */
const HEBREW_NAMES: Record<string, string[]> = {
  בנימין: ['binyamin', 'benjamin'], יוסף: ['yosef', 'joseph'], משה: ['moshe', 'moses'], אברהם: ['avraham', 'abraham'],
  יצחק: ['yitzhak', 'isaac', 'itzhak'], יעקב: ['yaakov', 'jacob', 'yakov'], דוד: ['david'], שלמה: ['shlomo', 'solomon'],
  שמואל: ['shmuel', 'samuel'], אליהו: ['eliyahu', 'elijah'], יהודה: ['yehuda', 'judah'], אהרון: ['aharon', 'aaron'],
  אהרן: ['aharon', 'aaron'], מנחם: ['menachem', 'menahem'], חיים: ['chaim', 'haim'], אריה: ['arie', 'arieh', 'aryeh'],
  יהושע: ['yehoshua', 'joshua'], יונתן: ['yonatan', 'jonathan'], מיכאל: ['michael', 'mikhael'], גבריאל: ['gavriel', 'gabriel'],
  דניאל: ['daniel'], רפאל: ['rafael', 'raphael'], נתן: ['natan', 'nathan'], שמעון: ['shimon', 'simon'],
  ראובן: ['reuven', 'reuben'], לוי: ['levi'], כהן: ['cohen', 'kohen'], לוין: ['levin'], אבי: ['avi'],
  עמוס: ['amos'], עוזי: ['uzi'], אהוד: ['ehud'], אריאל: ['ariel'], בנימן: ['binyamin', 'benjamin'], שאול: ['shaul', 'saul'],
  צבי: ['tzvi', 'zvi'], מרדכי: ['mordechai', 'mordecai'], אליעזר: ['eliezer'], עזרא: ['ezra'], נחום: ['nahum', 'nachum'],
  שרה: ['sarah', 'sara'], רבקה: ['rivka', 'rebecca'], רחל: ['rachel', 'rahel'], לאה: ['leah', 'lea'], מרים: ['miriam'],
  חנה: ['hannah', 'chana', 'hana'], אסתר: ['esther'], רות: ['ruth', 'rut'], דבורה: ['dvora', 'deborah'], יעל: ['yael'],
  מיכל: ['michal'], תמר: ['tamar'], נעמי: ['naomi'], אילנה: ['ilana'], גולדה: ['golda'], שמעיה: ['shemaya'],
  ישראל: ['yisrael', 'israel'], יוחנן: ['yohanan', 'johanan'], מתתיהו: ['matityahu'], זאב: ['zeev', 'ziv'],
  נתניהו: ['netanyahu'], ברק: ['barak'], שרון: ['sharon'], פרס: ['peres'], רבין: ['rabin'], גנץ: ['gantz'],
  אולמרט: ['olmert'], ליברמן: ['liberman', 'lieberman'], בן: ['ben'], בת: ['bat'],
};

const INITIAL_CLUSTER = /^([bcdfghjklmnpqrstvz]h?)(?=[bcdfgjklmnpqrstvz])/;
export function hebrewNameSpellings(word: string): readonly string[] | undefined {
  return HEBREW_NAMES[word.replace(HEBREW_POINTS, '')];
}
const HEBREW_POINTS = /[\u0591-\u05c7]/g;

export function hebrewToLatin(word: string): string {
  const known = hebrewNameSpellings(word);
  if (known !== undefined) return known[0] as string;
  const chars = [...word.replace(HEBREW_POINTS, '')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const first = i === 0;
    const last = i === chars.length - 1;
    if (ch === 'ו') {
      if (chars[i + 1] === 'ו') {
        out += 'v';
        i++;
      } else out += first ? 'v' : 'o';
    } else if (ch === 'י') {
      if (chars[i + 1] === 'י') {
        out += 'y';
        i++;
      } else out += first ? 'y' : 'i';
    } else if (ch === 'ה' && last && !first) out += 'a';
    else if (ch === 'א' || ch === 'ע') out += first ? 'a' : last ? 'a' : '';
    else if (ch === 'פ' && !first) out += 'f';
    else if (ch === 'כ' && !first) out += 'kh';
    else if (ch === 'ב' && !first && !last) out += 'v';
    else out += HEBREW[ch] ?? '';
  }
  // Two consonants opening a word carry an unwritten vowel (בנימין b-n -> Ben-, נתניהו n-t -> Net-).
  return out.replace(INITIAL_CLUSTER, '$1e');
}

const GEORGIAN_LETTERS = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ';
const GEORGIAN_LATIN = ['a', 'b', 'g', 'd', 'e', 'v', 'z', 't', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'zh', 'r', 's', 't', 'u', 'p', 'k', 'gh', 'q', 'sh', 'ch', 'ts', 'dz', 'ts', 'ch', 'kh', 'j', 'h'];
const GEORGIAN = new Map<string, string>([...GEORGIAN_LETTERS].map((c, i) => [c, GEORGIAN_LATIN[i] as string]));

export function georgianToLatin(word: string): string {
  let out = '';
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    // Mtavruli capitals (U+1C90..) mirror Mkhedruli (U+10D0..).
    const base = cp >= 0x1c90 && cp <= 0x1cbf ? String.fromCodePoint(cp - 0x1c90 + 0x10d0) : ch;
    out += GEORGIAN.get(base) ?? '';
  }
  return out;
}

const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh',
  ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch',
  պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

/** ե is "ye" word-initially, ո is "vo" word-initially and ու is "u", as BGN/PCGN writes them. */
export function armenianToLatin(word: string): string {
  let out = '';
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === 'ո' && chars[i + 1] === 'ւ') {
      out += 'u';
      i++;
    } else if (ch === 'ե' && i === 0) out += 'ye';
    else if (ch === 'ո' && i === 0) out += 'vo';
    else out += ARMENIAN[ch] ?? '';
  }
  return out;
}

/* Japanese kana (Hepburn). Katakana is mapped onto hiragana by code-point offset. */
const KANA_ROWS: [string, string][] = [
  ['あいうえお', 'a i u e o'],
  ['かきくけこ', 'ka ki ku ke ko'],
  ['がぎぐげご', 'ga gi gu ge go'],
  ['さしすせそ', 'sa shi su se so'],
  ['ざじずぜぞ', 'za ji zu ze zo'],
  ['たちつてと', 'ta chi tsu te to'],
  ['だぢづでど', 'da ji zu de do'],
  ['なにぬねの', 'na ni nu ne no'],
  ['はひふへほ', 'ha hi fu he ho'],
  ['ばびぶべぼ', 'ba bi bu be bo'],
  ['ぱぴぷぺぽ', 'pa pi pu pe po'],
  ['まみむめも', 'ma mi mu me mo'],
  ['やゆよ', 'ya yu yo'],
  ['らりるれろ', 'ra ri ru re ro'],
  ['わをん', 'wa o n'],
  ['ぁぃぅぇぉ', 'a i u e o'],
];
const KANA = new Map<string, string>();
for (const [chars, latin] of KANA_ROWS) {
  const l = latin.split(' ');
  [...chars].forEach((c, i) => KANA.set(c, l[i] as string));
}
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

export function kanaToLatin(word: string): string {
  let out = '';
  let geminate = false;
  for (const raw of word) {
    const cp = raw.codePointAt(0) ?? 0;
    const ch = cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : raw;
    if (ch === 'っ') {
      geminate = true;
      continue;
    }
    if (ch === 'ー') continue;
    const y = SMALL_Y[ch];
    if (y !== undefined) {
      // きゃ kya, しゃ sha, ちゃ cha: replace the i of the previous syllable.
      if (out.endsWith('shi') || out.endsWith('chi') || out.endsWith('ji')) out = out.slice(0, -1) + y;
      else if (out.endsWith('i')) out = out.slice(0, -1) + 'y' + y;
      else out += 'y' + y;
      continue;
    }
    let t = KANA.get(ch) ?? '';
    if (geminate && t.length > 0) {
      t = (t.startsWith('ch') ? 't' : t[0]) + t;
      geminate = false;
    }
    out += t;
  }
  return out;
}
