/**
 * Context cues: words that make a short or weak alias ("Office 91", "Unit 110", "Zinc") plausible
 * as a reference to a listed party, in the languages the scanner serves. An alias of that kind
 * alerts only with a cue nearby; a full distinctive name needs none.
 */
const CUE_WORDS = [
  // English
  'sanction', 'ofac', 'treasury', 'designat', 'blacklist', 'dprk', 'north korea', 'pyongyang', 'lazarus', 'hacker', 'hacking',
  'cyber', 'malware', 'ransomware', 'heist', 'launder', 'regime', 'weapons', 'nuclear', 'missile', 'reconnaissance', 'terror',
  'embargo', 'asset freeze', 'kim jong',
  // German
  'sanktion', 'finanzministerium', 'nordkorea', 'geldwäsche', 'atomwaffen', 'raketen', 'terror', 'vermögenssperre',
  // Korean
  '제재', '북한', '조선', '해킹', '라자루스', '정찰총국', '평양',
  // Russian
  'санкци', 'кндр', 'северн', 'пхеньян', 'хакер', 'минфин', 'террор',
  // Chinese
  '制裁', '朝鲜', '北韩', '黑客', '平壤', '恐怖',
  // Arabic
  'عقوبات', 'العقوبات', 'كوريا الشمالية', 'بيونغ يانغ', 'قراصنة', 'إرهاب',
];

const CUES = new RegExp(CUE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');

/** How far from a weak alias a cue may stand: about a paragraph. */
export const CUE_RADIUS = 400;

export class Cues {
  private readonly at: number[] = [];
  private readonly until: number[] = [];

  constructor(text: string) {
    for (const m of text.matchAll(CUES)) {
      this.at.push(m.index);
      this.until.push(m.index + m[0].length);
    }
  }

  /** Is there a cue within CUE_RADIUS of [start, end), other than the mention itself? */
  near(start: number, end: number): boolean {
    const from = start - CUE_RADIUS;
    const to = end + CUE_RADIUS;
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.until[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.at.length && this.at[i]! <= to; i++) {
      if (this.at[i]! >= start && this.until[i]! <= end) continue;
      return true;
    }
    return false;
  }
}
