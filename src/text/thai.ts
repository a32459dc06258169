import { spellOut, type Choice } from './spellings.js';

/**
 * Thai (RTGS, the Royal Thai General System, without tones) and Lao romanisation.
 *
 * A Thai syllable is [leading vowel] initial [cluster letter] [vowel marks] [final]. Leading vowels
 * เ แ โ ใ ไ are written before the consonant they follow in speech; a consonant with no vowel mark
 * carries an unwritten o when a final closes it (คน khon) and an unwritten a otherwise (สบาย sabai);
 * the thanthakhat ์ silences the letter it sits on; tone marks are ignored. Finals are read by RTGS
 * (ล ร n, ส ด t, บ p...).
 *
 * Names written in Thai by a native writer are of two kinds, and each gets its own reading:
 *   - Thai names, read as above (ทักษิณ ชินวัตร -> thaksin chinwat);
 *   - foreign names, where the letters transcribe a spelling: a final letter keeps its own value
 *     (อัล al, อัสซาด assad), a silenced letter is the foreign one (วลาดีมีร์ wladimir), and two
 *     consonants without a vowel are a cluster (วลา wla), not two syllables.
 * Each reading also carries variant spellings (ว w/v, ช ch/sh, ค kh/k, ...).
 *
 * Lao is written the same way (its block mirrors Thai's at +0x80); it is mapped onto Thai letters and
 * read with Lao values (ວ v, ຊ s, ຍ ny, u as ou).
 */

type Reading = 'thai' | 'foreign';

interface Options {
  lao: boolean;
}

const LEAD = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
/** Vowel marks written above, below or after the initial consonant (and the Lao o and ia marks, see LAO). */
const DEPENDENT = new Set(['ะ', 'ั', 'า', 'ำ', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', '็', 'ๅ', 'ํ', '\u0e3b', '\u0e3c', '\u0e3d']);
const TONES = /[\u0e48-\u0e4b\u0e3a\u0e4e]/g;
const SILENCER = '์';

/** Initial values (usual first, then the spellings names also use), final values (the letter's own first), RTGS final. */
const CONSONANTS: Record<string, [Choice, Choice, string]> = {
  ก: [['k', 'g'], ['k'], 'k'],
  ข: [['kh', 'k'], ['k'], 'k'],
  ฃ: [['kh', 'k'], ['k'], 'k'],
  ค: [['kh', 'k'], ['k'], 'k'],
  ฅ: [['kh', 'k'], ['k'], 'k'],
  ฆ: [['kh', 'k'], ['k'], 'k'],
  ง: [['ng'], ['ng'], 'ng'],
  จ: [['ch', 'j'], ['t'], 't'],
  ฉ: [['ch'], ['t'], 't'],
  ช: [['ch', 'sh', 'j'], ['t', 'ch'], 't'],
  ซ: [['s', 'z'], ['s', 't'], 't'],
  ฌ: [['ch'], ['t'], 't'],
  ญ: [['y', 'ny'], ['n'], 'n'],
  ฎ: [['d'], ['d', 't'], 't'],
  ฏ: [['t'], ['t'], 't'],
  ฐ: [['th', 't'], ['th', 't'], 't'],
  ฑ: [['th', 'd'], ['t'], 't'],
  ฒ: [['th'], ['t'], 't'],
  ณ: [['n'], ['n'], 'n'],
  ด: [['d'], ['d', 't'], 't'],
  ต: [['t'], ['t'], 't'],
  ถ: [['th', 't'], ['th', 't'], 't'],
  ท: [['th', 't'], ['th', 't'], 't'],
  ธ: [['th', 't'], ['th', 't'], 't'],
  น: [['n'], ['n'], 'n'],
  บ: [['b'], ['b', 'p'], 'p'],
  ป: [['p'], ['p'], 'p'],
  ผ: [['ph', 'p'], ['p'], 'p'],
  ฝ: [['f'], ['f', 'p'], 'p'],
  พ: [['ph', 'p'], ['p'], 'p'],
  ฟ: [['f', 'v'], ['f', 'p', 'v'], 'p'],
  ภ: [['ph', 'p', 'bh'], ['p'], 'p'],
  ม: [['m'], ['m'], 'm'],
  ย: [['y'], ['i', 'y'], 'i'],
  ร: [['r'], ['r', 'n'], 'n'],
  ล: [['l'], ['l', 'n'], 'n'],
  ว: [['w', 'v'], ['o', 'w'], 'o'],
  ศ: [['s', 'sh'], ['s', 't'], 't'],
  ษ: [['s', 'sh'], ['s', 't'], 't'],
  ส: [['s'], ['s', 't'], 't'],
  ห: [['h'], [''], ''],
  ฬ: [['l'], ['l', 'n'], 'n'],
  อ: [[''], [''], ''],
  ฮ: [['h'], [''], ''],
};

/** Lao values where they differ from the Thai letter a Lao letter is mapped to. */
const LAO_CONSONANTS: Record<string, [Choice, Choice, string]> = {
  ว: [['v', 'w'], ['o', 'w'], 'o'],
  ญ: [['ny', 'y'], ['y', 'i'], 'y'],
  ซ: [['s', 'x'], ['t', 's'], 't'],
  ด: [['d'], ['t', 'd', 'th'], 't'],
  จ: [['ch', 'j'], ['t'], 't'],
};

const isConsonant = (c: string | undefined): boolean => c !== undefined && CONSONANTS[c] !== undefined;
const isDependent = (c: string | undefined): boolean => c !== undefined && DEPENDENT.has(c);

/** Marks a leading vowel combines with (เ-ี เ-า แ-ะ...): after เพล in เพลง a cluster; after โคล in โคลัส not (ล has its own ั). */
const LEAD_TAKES: Record<string, string> = { เ: 'ีืา็ิะ', แ: 'ะ็', โ: 'ะ', ใ: '', ไ: '' };
function leadTakes(lead: string, next: string | undefined): boolean {
  return !isDependent(next) || (LEAD_TAKES[lead] ?? '').includes(next as string);
}

/**
 * Initial values in the foreign reading where they differ: Thai writes g with ก, k with ค, j with จ,
 * p with พ, t with ท (กัดดาฟี Gaddafi, คิม Kim, จอง Jong).
 */
const FOREIGN_INITIALS: Record<string, Choice> = {
  ก: ['g', 'k'], ข: ['k', 'kh'], ค: ['k', 'kh'], จ: ['j', 'ch'], ช: ['sh', 'ch', 'j'], ท: ['t', 'th', 'd'], ธ: ['t', 'th'],
  ถ: ['t', 'th'], พ: ['p', 'ph'], ผ: ['p', 'ph'], ภ: ['p', 'ph', 'bh'],
};

/** First letters of the true clusters (กร ปล คว...) and the letters that can follow them. */
const CLUSTER_FIRST = new Set([...'กขคตปผพบดทฟสจซศ']);
const CLUSTER_SECOND = new Set(['ร', 'ล', 'ว']);
/** ห before a sonorant only marks the tone (หมอ mo, หลวง luang). */
const LOW_SONORANT = new Set([...'งญนมยรลว']);
/** Letters that close a syllable only after a written vowel, as glides (ชาย chai, ดาว dao). */
const GLIDES = new Set(['ว', 'ย', 'อ', 'ห', 'ฮ']);

/** Vowel values, usual first. */
const V: Record<string, Choice> = {
  a: ['a'],
  i: ['i', 'ee'],
  ue: ['ue', 'u', 'eu'],
  u: ['u', 'oo'],
  e: ['e'],
  ae: ['ae', 'e', 'a'],
  o: ['o'],
  oe: ['oe', 'er', 'e'],
  ia: ['ia', 'ie'],
  uea: ['uea', 'ua'],
  ua: ['ua', 'ou'],
  ai: ['ai', 'ay'],
  ao: ['ao', 'au'],
  am: ['am'],
  oei: ['oei', 'oi'],
};
const LAO_V: Record<string, Choice> = {
  u: ['ou', 'u'],
  ue: ['u', 'eu', 'ue'],
  ua: ['oua', 'ua'],
  ai: ['ai', 'ay'],
  oe: ['oe', 'eu'],
};

interface Vowel {
  value: Choice;
  /** Index after the vowel's letters. */
  end: number;
  /** The vowel takes no final (ะ, ำ, ไ, เ-า...). */
  open: boolean;
  /** The vowel needs a final (ั, เ-็). */
  closed: boolean;
}

class Reader {
  private readonly parts: Choice[] = [];
  private i = 0;

  constructor(
    private readonly c: readonly string[],
    private readonly reading: Reading,
    private readonly o: Options,
  ) {}

  private vowel(name: string): Choice {
    return (this.o.lao ? LAO_V[name] : undefined) ?? V[name] ?? [name];
  }

  private initial(ch: string): Choice {
    const foreign = this.reading === 'foreign' && !this.o.lao ? FOREIGN_INITIALS[ch] : undefined;
    return foreign ?? ((this.o.lao ? LAO_CONSONANTS[ch] : undefined) ?? CONSONANTS[ch])?.[0] ?? [''];
  }

  /** A final consonant: the letter's own value first in the foreign reading, the RTGS value in the Thai one. */
  private final(ch: string): Choice {
    const entry = (this.o.lao ? LAO_CONSONANTS[ch] : undefined) ?? CONSONANTS[ch];
    if (entry === undefined) return [''];
    const [, f, rtgs] = entry;
    // Final ฟ is the -ov / -ev of Russian names (ลาฟรอฟ Lavrov).
    if (ch === 'ฟ' && this.reading === 'foreign') return ['v', 'f', 'p'];
    return this.reading === 'foreign' ? f : [rtgs, ...f.filter((x) => x !== rtgs)];
  }

  /** A letter that is not said: nothing in the Thai reading; its value in the foreign one, when asked. */
  private silent(value: string, keepForeign: boolean): Choice {
    if (value.length === 0) return [''];
    return this.reading === 'foreign' && keepForeign ? [value, ''] : ['', value];
  }

  /** Is the consonant at `k` the final of the syllable before it (rather than the start of the next)? */
  private closes(k: number): boolean {
    const c = this.c;
    const ch = c[k];
    if (!isConsonant(ch) || ch === 'อ') return false;
    const next = c[k + 1];
    if (next === SILENCER) return true;
    if (isDependent(next)) return false;
    if (next === 'อ' && !isDependent(c[k + 2])) return false;
    // A cluster starting here has its own vowel (ลาปลา la-pla).
    if (CLUSTER_FIRST.has(ch as string) && CLUSTER_SECOND.has(next as string) && isDependent(c[k + 2])) return false;
    // A consonant + ร, or two consonants ending the word, are a syllable with an unwritten o
    // (วราภรณ์ wa-ra-phon, นคร na-khon, จินดาพล chin-da-phon), not a final and a lone letter.
    if (isConsonant(next) && next !== 'อ' && next !== 'ร' && c[k + 2] === undefined) return false;
    if (next === 'ร' && c[k + 2] !== 'ร' && !isDependent(c[k + 2])) return false;
    return true;
  }

  private readVowel(lead: string | undefined, i: number): Vowel {
    const c = this.c;
    const at = c[i];
    const v = (name: string, end: number, open = false, closed = false): Vowel => ({ value: this.vowel(name), end, open, closed });
    if (lead === 'เ') {
      if (at === 'ี' && (c[i + 1] === 'ย' || c[i + 1] === 'ญ')) return v('ia', c[i + 2] === 'ะ' ? i + 3 : i + 2);
      if (at === 'ื' && c[i + 1] === 'อ') return v('uea', c[i + 2] === 'ะ' ? i + 3 : i + 2);
      if (at === 'า' && c[i + 1] === 'ะ') return v('o', i + 2, true);
      if (at === 'า') return v('ao', i + 1, true);
      if (at === '็') return v('e', i + 1, false, true);
      if (at === 'ิ') return v('oe', i + 1, false, true);
      // เ-อ is the er of foreign names (ปีเตอร์ Peter, เซอร์เกย์ Sergei).
      if (at === 'อ' && !isDependent(c[i + 1])) return { ...v('oe', c[i + 1] === 'ะ' ? i + 2 : i + 1), value: this.reading === 'foreign' ? ['e', 'oe', 'er'] : this.vowel('oe') };
      // Lao ເ-ຍ is ia (ເມຍ mia).
      if (at === 'ญ' && this.o.lao && !isDependent(c[i + 1])) return v('ia', i + 1);
      if (at === 'ย' && !isDependent(c[i + 1]) && c[i + 1] !== SILENCER) return v('oei', i + 1, true);
      if (at === 'ะ') return v('e', i + 1, true);
      return v('e', i);
    }
    if (lead === 'แ') {
      if (at === 'ะ') return v('ae', i + 1, true);
      if (at === '็') return v('ae', i + 1, false, true);
      return v('ae', i);
    }
    if (lead === 'โ') return at === 'ะ' ? v('o', i + 1, true) : v('o', i);
    if (lead === 'ใ' || lead === 'ไ') return v('ai', i, true);
    switch (at) {
      case 'ั':
        if (c[i + 1] === 'ว') return v('ua', c[i + 2] === 'ะ' ? i + 3 : i + 2);
        if (c[i + 1] === 'ย' && !isDependent(c[i + 2]) && c[i + 2] !== SILENCER) return v('ai', i + 2, true);
        return v('a', i + 1, false, true);
      case 'ำ':
        return v('am', i + 1, true);
      case 'ํ':
        return c[i + 1] === 'า' ? v('am', i + 2, true) : v('o', i + 1);
      case 'า':
      case 'ๅ':
        return v('a', i + 1);
      case 'ะ':
        return v('a', i + 1, true);
      case 'ิ':
      case 'ี':
        return v('i', i + 1);
      case 'ึ':
        return v('ue', i + 1);
      case 'ื':
        return v('ue', c[i + 1] === 'อ' && !isDependent(c[i + 2]) ? i + 2 : i + 1);
      case 'ุ':
      case 'ู':
        return v('u', i + 1);
      case '็':
        return v('o', i + 1);
      case '\u0e3b':
        return v('o', i + 1, false, true);
      case '\u0e3c':
        return v('o', i + 1);
      case '\u0e3d':
        return v('ia', i + 1);
      case 'อ':
        // -อ- also writes the au of Burmese names (อ่อง Aung).
        if (!isDependent(c[i + 1])) return { ...v('o', i + 1), value: ['o', 'au', 'or'] };
        break;
      case 'ว':
        // ว between two consonants is the vowel ua (สวน suan, ควร khuan).
        if (isConsonant(c[i + 1]) && c[i + 1] !== 'อ' && !isDependent(c[i + 2]) && c[i + 2] !== SILENCER) return v('ua', i + 1);
        break;
      default:
        break;
    }
    return { value: [], end: i, open: false, closed: false };
  }

  /** Reads the whole word into choices. */
  read(): Choice[] {
    const c = this.c;
    const parts = this.parts;
    while (this.i < c.length) {
      let i = this.i;
      let lead: string | undefined;
      if (LEAD.has(c[i] as string)) lead = c[i++];
      const ch = c[i];
      if (ch === 'ฤ' || ch === 'ฦ') {
        parts.push(ch === 'ฤ' ? ['rue', 'ri', 'ru'] : ['lue']);
        this.i = i + 1;
        continue;
      }
      if (!isConsonant(ch)) {
        // A stray mark or a leading vowel with nothing after it.
        if (lead) parts.push(this.readVowel(lead, i).value);
        else if (ch !== undefined && isDependent(ch)) parts.push(this.readVowel(undefined, i).value);
        this.i = i + 1;
        continue;
      }
      this.syllable(lead, i);
    }
    return parts;
  }

  private syllable(lead: string | undefined, start: number): void {
    const c = this.c;
    const parts = this.parts;
    const foreign = this.reading === 'foreign';
    let i = start;
    const first = c[i] as string;
    // A letter under the thanthakhat, possibly with the consonant before it (ษณ์, ทร์): not said.
    if (c[i + 1] === SILENCER) {
      // After a consonant of the same sound it adds nothing (ประยุทธ์ prayut); otherwise a foreign name
      // may need it (ทรัมป์ Trump).
      const value = this.initial(first)[0] as string;
      const before = isConsonant(c[i - 1]) ? (this.initial(c[i - 1] as string)[0] as string) : '';
      parts.push(this.silent(value, before[0] !== value[0]));
      this.i = i + 2;
      return;
    }
    if (!lead && (isConsonant(c[i + 1]) || c[i + 1] === 'ิ' || c[i + 1] === 'ุ') && c[i + 2] === SILENCER) {
      // ธิ์ in อภิสิทธิ์: a silent syllable.
      if (!isConsonant(c[i + 1])) {
        parts.push(['', this.initial(first)[0] as string]);
        this.i = i + 3;
        return;
      }
      parts.push(this.silent((this.initial(first)[0] as string) + (this.initial(c[i + 1] as string)[0] as string), false));
      this.i = i + 3;
      return;
    }
    i++;
    // ห before a sonorant marks the tone only; in a foreign name it is usually an h (หล่าย Hlaing).
    if (first === 'ห' && LOW_SONORANT.has(c[i] as string) && (isDependent(c[i + 1]) || lead !== undefined || isConsonant(c[i + 1]))) {
      parts.push(this.silent('h', true));
      this.syllable(lead, i);
      return;
    }
    parts.push(this.initial(first));
    // A true cluster (ปลา pla, เพลง phleng); ทร ศร สร are a plain s in Thai words (ทราย sai, ศรี si).
    const clusterVowel = lead !== undefined ? leadTakes(lead, c[i + 1]) : isDependent(c[i + 1]) || (c[i + 1] === 'อ' && !isDependent(c[i + 2]));
    if (CLUSTER_FIRST.has(first) && CLUSTER_SECOND.has(c[i] as string) && clusterVowel) {
      const second = c[i] as string;
      if (second === 'ร' && 'ทศสซ'.includes(first)) {
        parts.pop();
        const spelled = first !== 'ท' ? ['sr'] : foreign ? ['tr', 'thr'] : ['thr', 'tr'];
        parts.push(foreign ? [...spelled, 's'] : ['s', ...spelled]);
      } else parts.push(this.initial(second));
      i++;
    }
    // -รร- is a followed by a final, or an (ธรรม tham, สรร san).
    if (c[i] === 'ร' && c[i + 1] === 'ร' && !lead) {
      parts.push(['a']);
      const k = i + 2;
      if (isConsonant(c[k]) && (c[k + 1] === undefined || isDependent(c[k + 2]) || c[k + 1] === SILENCER)) {
        parts.push(this.final(c[k] as string));
        this.i = k + 1;
      } else {
        parts.push(['n']);
        this.i = k;
      }
      return;
    }
    const vowel = this.readVowel(lead, i);
    if (vowel.value.length > 0) {
      parts.push(vowel.value);
      i = vowel.end;
      if (!vowel.open && (vowel.closed ? isConsonant(c[i]) && c[i] !== 'อ' : this.closes(i))) i = this.finalAt(i);
      this.i = i;
      return;
    }
    // No written vowel.
    const next = c[i];
    if (next === undefined) {
      // A lone consonant closing the word after a closed syllable (ชินวัตร -wat-r, สมัคร): silent in Thai.
      if (start > 0) {
        parts.pop();
        const letter = this.initial(first)[0] as string;
        // ไทย thai: a glide after an open vowel is silent in either reading.
        parts.push(foreign && !GLIDES.has(first) ? [letter + 'a', letter, ''] : ['', letter, letter + 'a']);
      } else parts.push(['a', 'o']);
      this.i = i;
      return;
    }
    if (this.closes(i) && !GLIDES.has(next)) {
      // คน khon, สมชาย som-chai: an unwritten o, closed by the next letter (not by ว ย: ชวลิต cha-wa-lit).
      parts.push(['o', 'a', 'u']);
      this.i = this.finalAt(i);
      return;
    }
    // สบาย sa-bai: an unwritten a, open; in a foreign name two consonants are a cluster (วลา wla),
    // except after อ, which has no sound of its own (อภิสิทธิ์ a-phi-sit).
    parts.push(foreign && first !== 'อ' ? ['', 'a'] : ['a', '']);
    this.i = i;
  }

  /** Reads the final at `k` (a final under the thanthakhat is not said: ร์ in บาชาร์); returns the index after it. */
  private finalAt(k: number): number {
    const ch = this.c[k] as string;
    if (this.c[k + 1] === SILENCER) {
      this.parts.push(this.silent(this.initial(ch)[0] as string, true));
      return k + 2;
    }
    this.parts.push(this.final(ch));
    return k + 1;
  }
}

/** Lao letters onto the Thai ones they mirror; the Lao o, o-open and ia marks onto unused Thai code points. */
function laoToThai(word: string): string {
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]?.codePointAt(0) ?? 0;
    if (cp === 0x0e8a) out += 'ซ';
    else if (cp === 0x0ebb) out += '\u0e3b';
    // ຳ, taken apart by NFKC into ໍ + າ, is am; ໍ alone is the Lao o.
    else if (cp === 0x0ecd) out += chars[i + 1] === '\u0eb2' ? 'ํ' : '\u0e3c';
    else if (cp === 0x0ebd) out += '\u0e3d';
    else if (cp === 0x0ebc) out += 'ล';
    else if (cp === 0x0edc) out += 'หน';
    else if (cp === 0x0edd) out += 'หม';
    else if (cp >= 0x0e81 && cp <= 0x0ecd) out += String.fromCodePoint(cp - 0x80);
  }
  return out;
}

const LAO = /[\u0e80-\u0eff]/;

function prepare(word: string): { chars: string[]; options: Options } {
  const lao = LAO.test(word);
  const thai = (lao ? laoToThai(word) : word).replace(TONES, '');
  return { chars: [...thai], options: { lao } };
}

/**
 * Spellings of one Thai or Lao word in the Thai-name reading (RTGS): the usual one first. Lao words
 * are read the same way with Lao letter values.
 */
export function thaiSpellings(word: string): string[] {
  const { chars, options } = prepare(word);
  return spellOut(new Reader(chars, 'thai', options).read());
}

/** Spellings of one Thai or Lao word read as the transcription of a foreign name. */
export function thaiForeignSpellings(word: string): string[] {
  const { chars, options } = prepare(word);
  return spellOut(new Reader(chars, 'foreign', options).read());
}

/** The usual RTGS spelling of a Thai (or Lao) word. */
export function thaiToLatin(word: string): string {
  return thaiSpellings(word)[0] ?? '';
}
