import { describe, expect, it } from 'vitest';
import { thaiForeignSpellings, thaiSpellings, thaiToLatin } from '../../../src/text/thai.js';

const foreign = (word: string): string => thaiForeignSpellings(word)[0] ?? '';

describe('Thai, Thai-name reading (RTGS)', () => {
  it.each([
    ['ปูติน', 'putin'],
    ['ทักษิณ', 'thaksin'],
    ['ชินวัตร', 'chinwat'],
    ['ประยุทธ์', 'prayut'],
    ['จันทร์โอชา', 'chanocha'],
    ['สมชาย', 'somchai'],
    ['ชวลิต', 'chawalit'],
    ['ชวน', 'chuan'],
    ['หลีกภัย', 'likphai'],
    ['อภิสิทธิ์', 'aphisit'],
    ['ธรรม', 'tham'],
    ['บรรจง', 'banchong'],
    ['นรินทรกุล', 'narinthonkun'],
    ['วราภรณ์', 'waraphon'],
    ['เปลี่ยน', 'plian'],
    ['เพลง', 'phleng'],
    ['ไทย', 'thai'],
  ])('%s -> %s', (word, latin) => {
    expect(thaiToLatin(word)).toBe(latin);
  });

  it('writes leading vowels after their consonant and ignores tone marks', () => {
    expect(thaiToLatin('โอซามา')).toBe('osama');
    expect(thaiToLatin('ลาเดน')).toBe('laden');
    expect(thaiToLatin('ยิ่งลักษณ์')).toBe('yinglak');
  });

  it('reads finals by RTGS, with the letters as variants', () => {
    expect(thaiToLatin('อัล')).toBe('an');
    expect(thaiSpellings('อัล')).toContain('al');
    expect(thaiToLatin('อัสซาด')).toBe('atsat');
  });

  it('silences the letter under the thanthakhat, keeping it as a variant', () => {
    expect(thaiToLatin('วลาดีมีร์')).toBe('waladimi');
    expect(thaiSpellings('วลาดีมีร์')).toContain('waladimir');
  });

  it('offers the spellings names use: w/v, kh/k, ch/j, a consonant cluster without a vowel', () => {
    expect(thaiSpellings('คิม')).toContain('kim');
    expect(thaiSpellings('จอง')).toContain('jong');
    expect(thaiSpellings('ชินวัตร')).toEqual(expect.arrayContaining(['shinwat', 'chinwatra']));
  });
});

describe('Thai, foreign-name reading', () => {
  it.each([
    ['วลาดีมีร์', 'wladimir'],
    ['อัล', 'al'],
    ['อัสซาด', 'assad'],
    ['บาชาร์', 'bashar'],
    ['คิม', 'kim'],
    ['จอง', 'jong'],
    ['กัดดาฟี', 'gaddafi'],
    ['ลาฟรอฟ', 'lafrov'],
    ['ลูกาเชนโก', 'lugashengo'],
    ['เซอร์เกย์', 'sergey'],
    ['ปีเตอร์', 'piter'],
    ['ทรัมป์', 'tramp'],
    ['ชินวัตร', 'shinwatra'],
    ['ซัดดัม', 'saddam'],
  ])('%s -> %s', (word, latin) => {
    expect(foreign(word)).toBe(latin);
  });

  it('keeps the other values of ambiguous letters as variants (ก g/k, ฟ f/v)', () => {
    expect(thaiForeignSpellings('ลาฟรอฟ')).toContain('lavrov');
    expect(thaiForeignSpellings('ลูกาเชนโก')).toContain('lukashenko');
    expect(thaiForeignSpellings('ทรัมป์')).toContain('thramp');
  });
});

describe('Lao (on the Thai engine)', () => {
  it.each([
    ['ທອງລຸນ', 'thongloun'],
    ['ສີສຸລິດ', 'sisoulit'],
    ['ວຽງຈັນ', 'viangchan'],
    ['ໄກສອນ', 'kaison'],
    ['ພົມວິຫານ', 'phomvihan'],
    // ຳ as analyse sees it after NFKC (ໍ + າ).
    ['ຈຳປາສັກ'.normalize('NFKC'), 'champasak'],
  ])('%s -> %s', (word, latin) => {
    expect(thaiToLatin(word)).toBe(latin);
  });
});
