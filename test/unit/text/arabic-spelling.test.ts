import { describe, expect, it } from 'vitest';
import { ARABIC_JOIN, arabicLetters, arabicPhoneticKeys, arabicRequirements, arabicSpells, lettersWritten, mayFitArabic, persianReading, writtenLetterCount } from '../../../src/text/arabic-spelling.js';
import { phoneticKey } from '../../../src/text/phonetic.js';
import { letterSet } from '../../../src/match/token-facts.js';
import { buildIndex } from '../../../src/match/index.js';
import type { Entity } from '../../../src/model/entity.js';
import { expectAlert, expectClear, nameScore } from './util.js';

const spells = (arabic: string, latin: string): boolean => arabicSpells(arabicLetters(arabic)!, latin);
type SpellCase = readonly [arabic: string, latin: string, fits: boolean];
const expectSpells = (cases: readonly SpellCase[]): void => {
  for (const [arabic, latin, fits] of cases) expect(spells(arabic, latin), `${arabic} / ${latin}`).toBe(fits);
};
const person = (id: string, name: string): Entity => ({ id, dataset: 'test', schema: 'Person', caption: name, names: [{ full: name, kind: 'primary', script: 'Latin' }] }) as unknown as Entity;

describe('Latin spellings of an Arabic-script word', () => {
  it('fits the spellings conventions give one word, short vowels unwritten', () => {
    expectSpells([
      ...['tawfiq', 'tawfik', 'toufik', 'tevfik', 'taufiq'].map((latin): SpellCase => ['توفيق', latin, true]),
      ...['younes', 'yunus', 'younis', 'yunes'].map((latin): SpellCase => ['يونس', latin, true]),
      ['جوادي', 'djouadi', true],
      ['باقری', 'bagheri', true],
      ['مرتضی', 'morteza', true],
      // French spellings end on a mute e after a consonant; no other letter may follow the word.
      ['علوش', 'alouche', true],
      ['يونس', 'younesa', false],
      // A doubled consonant stands for the unwritten shadda.
      ['محمد', 'mohammed', true],
    ]);
  });

  it('needs every letter written in its place, and nothing more', () => {
    expectSpells([
      ['توفيق', 'tawfiqa', false],
      ['توفيق', 'tafiq', false],
      ['يونس', 'yunusov', false],
      // Alef carries any vowel only at the start (Esmail, Osama); inside a word it is a long a.
      ['اسماعيل', 'esmail', true],
      ['کاشی', 'cise', false],
      // Persian writes a final -a with ی, never a medial one: عمیر is Umair, not Amar.
      ['عمیر', 'amar', false],
      // Urdu ہ ending a name is its vowel: روبینہ is Rubina, not Ruben.
      ['روبینہ', 'ruben', false],
      ['روبینہ', 'rubina', true],
    ]);
  });

  it('rules pairs out from letter sets and lengths before matching', () => {
    const req = arabicRequirements(arabicLetters('توفيق')!);
    expect(mayFitArabic(req, 'tawfiq'.length, letterSet('tawfiq'))).toBe(true);
    expect(mayFitArabic(req, 'samir'.length, letterSet('samir'))).toBe(false);
    expect(mayFitArabic(req, 'taq'.length, letterSet('taq'))).toBe(false);
    expect(writtenLetterCount(arabicLetters('عمر')!)).toBe(2);
  });

  it('reads the article of a joined word as an article: its alef elided, its lam taking a sun letter', () => {
    const abdAlRahman = ['عبد', 'الرحمن'].join(ARABIC_JOIN);
    for (const latin of ['abdurrahman', 'abderrahmane', 'abdelrahman', 'abdulrahman', 'abdrahman']) expect(arabicSpells(abdAlRahman, latin), latin).toBe(true);
    // Not before a moon letter: Abd al-Qadir is never Abdeqqadir.
    expect(arabicSpells(['عبد', 'القادر'].join(ARABIC_JOIN), 'abdeqqadir')).toBe(false);
    expect(arabicSpells(['عبد', 'القادر'].join(ARABIC_JOIN), 'abdulqadir')).toBe(true);
    for (const latin of ['sanaullah', 'sanaallah', 'sanaollah']) expect(arabicSpells(['ثناء', 'اللہ'].join(ARABIC_JOIN), latin), latin).toBe(true);
    // A word's own alef is no article: خالد is not Khld.
    expect(spells('خالد', 'khld')).toBe(false);
  });

  it('marks the article inside compounds written as one word', () => {
    expect(arabicLetters('عبدالرحمن')).toBe(['عبد', 'الرحمن'].join(ARABIC_JOIN));
    expect(arabicLetters('نورالدین')).toBe(['نور', 'الدین'].join(ARABIC_JOIN));
    expect(arabicSpells(arabicLetters('عبدالرحمان')!, 'abdulrahman')).toBe(true);
    expect(arabicSpells(arabicLetters('نورالدین')!, 'nooruddin')).toBe(true);
    // Not a compound: عبدالی is Abdali, with too little after the ال to be an article's word.
    expect(arabicLetters('عبدالی')).toBe('عبدالی');
    expect(arabicLetters('خالد')).toBe('خالد');
  });

  it('counts an opening ع as written when only it can spell the opening vowel', () => {
    const uday = arabicLetters('عدي')!;
    expect(writtenLetterCount(uday)).toBe(2);
    expect(lettersWritten(uday, 'uday')).toBe(3);
    expect(lettersWritten(uday, 'day')).toBe(2);
    // Before a letter that may itself be the vowel (عيد: Eid), the vowel proves nothing.
    expect(lettersWritten(arabicLetters('عيد')!, 'eid')).toBe(2);
  });

  it('keys the sound classes of every spelling, not only of one romanisation', () => {
    const keys = arabicPhoneticKeys(arabicLetters('شومان')!);
    expect(keys).toContain(phoneticKey('shuman'));
    expect(keys).toContain(phoneticKey('chouman'));
    // Letters the romaniser runs together are keyed apart, as spellings write them.
    expect(arabicPhoneticKeys(arabicLetters('متصدق')!)).toContain(phoneticKey('motassadeq'));
    expect(arabicPhoneticKeys(arabicLetters('جمال')!)).toContain(phoneticKey('gamal'));
    expect(arabicPhoneticKeys(arabicLetters('جمال')!).length).toBeLessThanOrEqual(6);
  });

  it('reads ض ذ ظ as z, ث as s and a consonantal و as v in the Persian reading', () => {
    expect(persianReading('فاضلیان')).toBe('فازلیان');
    expect(persianReading('خسروی')).toBe('خسرڤی');
    expect(persianReading('محمد')).toBeNull();
  });
});

describe('Arabic-script names against their Latin spellings', () => {
  it('scores real listed pairs above the threshold', () => {
    expectAlert([
      ['توفيق يونس', 'Tawfiq YOUNES'],
      ['يحيى جوادي', 'YAHIA DJOUADI'],
      ['جواد درویش وند', 'Javad DARVISH WAND'],
      ['نجيب عاطف', 'Atef NAJEEB'],
    ]);
  });

  it('joins Persian surnames written as two words, and reads a zero-width non-joiner as a hyphen', () => {
    expectAlert([
      ['عیسی زارع پور', 'Issa ZAREPOUR'],
      ['رحمت الله کاکا زاده', 'RAHMATULLAH KAKAZADA'],
      // The parts stay a reading of their own.
      ['عیسی زارع پور', 'Issa ZARE POUR'],
      ...['Esmail AHMADI-MOQADDAM', 'Esmail Ahmadi Moqaddam', 'Esmail Ahmadimoqaddam'].map((listed): [string, string] => ['اسماعیل احمدی\u200cمقدم', listed]),
    ]);
  });

  it("matches a query's Arabic-script word against Latin words it spells joined, and the reverse", () => {
    // Persian writes compound given names as one word, Latin as two (Mohammad Taghi), and the other way round.
    expectAlert([
      ['محمدتقی اسانلو', 'Mohammad Taghi OSANLOO'],
      ['محمد رضا دهقان فارسی', 'Mohamadreza Dehghan Farsi'],
    ]);
    // The joined letters must spell the run: Mohammad Naqi is not محمدتقی.
    expect(nameScore('محمدتقی اسانلو', 'Mohammad Naqi OSANLOO')).toBeLessThan(nameScore('محمدتقی اسانلو', 'Mohammad Taghi OSANLOO'));
    // Through the index, whose bounds must leave room for such joins before aligning.
    const index = buildIndex([person('target', 'Mohammad Taghi OSANLOO'), person('other', 'Mohammad OSANLOO'), person('third', 'Taghi SAMANI')]);
    const result = index.screen({ name: 'محمدتقی اسانلو' });
    expect(result.matches[0]?.entityId).toBe('target');
    expect(result.decision).toBe('alert');
  });

  it('joins theophoric compounds whatever the romanised length, and Allah written with one lam', () => {
    expectAlert([
      ['عز الدين إسماعيل', 'Ezzedine ISMAEL'],
      ['فضل اله زرین قلم', 'Fazlolah Zarringhalam'],
    ]);
  });

  it('finds listed words two adjacent query words spell together', () => {
    // No listed word shares a key with either query word alone: only their join reaches the name.
    const result = buildIndex([person('target', 'Fazlolah ZARRINGHALAM'), person('other', 'Fazlolah KARIMI')]).screen({ name: 'زرین قلم' });
    expect(result.matches.map((m) => m.entityId)).toContain('target');
  });

  it('credits a short name whose opening vowel only its ع can spell', () => {
    expect(nameScore('عدي صدام حسين التكريتي', 'UDAY SADDAM HUSSEIN AL-TIKRITI')).toBeGreaterThan(nameScore('عدي صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI'));
    expectAlert([['ثناء اللہ غفاری', 'Sanaullah GHAFARI']]);
  });

  it('gives no credit to skeletons too short to tell names apart', () => {
    // عمر fits Amir as well as Omar: two letters that must be written say too little.
    expectClear([['عمر', 'Amir']]);
  });

  it('finds a Persian name the Arabic reading of its letters would miss', () => {
    const entities: Entity[] = [
      { id: 'p1', dataset: 'test', schema: 'Person', caption: 'Ahmad FAZELIAN', names: [{ full: 'Ahmad FAZELIAN', kind: 'primary', script: 'Latin' }] },
      { id: 'p2', dataset: 'test', schema: 'Person', caption: 'Ahmad FADLALLAH', names: [{ full: 'Ahmad FADLALLAH', kind: 'primary', script: 'Latin' }] },
    ] as unknown as Entity[];
    // Hundreds of other Ahmads make the given name a stop key: the surname alone must find the person.
    const letters = 'bcdfgklmnprstvz';
    for (let i = 0; i < 400; i++) {
      const surname = `${letters[i % 15]}o${letters[Math.floor(i / 15) % 15]}ertu${letters[(i * 7) % 15]}`;
      entities.push({ id: `f${i}`, dataset: 'test', schema: 'Person', caption: `Ahmad ${surname}`, names: [{ full: `Ahmad ${surname}`, kind: 'primary', script: 'Latin' }] } as unknown as Entity);
    }
    const result = buildIndex(entities).screen({ name: 'احمد فاضلیان' });
    expect(result.decision).toBe('alert');
    expect(result.matches[0]?.entityId).toBe('p1');
  });

  it('reaches a listed spelling whose sounds the romanisation keys apart (ش as French ch)', () => {
    const result = buildIndex([person('target', 'Khaled CHOUMAN'), person('other', 'Khaled SAMAN')]).screen({ name: 'شومان' });
    expect(result.matches.map((m) => m.entityId)).toContain('target');
  });

  it('ranks the listed spelling the letters fit above the many names that only sound alike', () => {
    const entities: Entity[] = [person('target', 'Mohammad BAGHERI')];
    // Bakr, Baker, Bekir share Bagheri's phonetic key and are common, so they rank above it on that key alone.
    const alike = ['BAKR', 'BAKER', 'BAKRU', 'BEKIR', 'BUKAR', 'PAKIR'];
    for (let i = 0; i < 60; i++) entities.push(person(`alike${i}`, `Mohammad ${alike[i % alike.length]}`));
    const letters = 'bcdfgklmnprstvz';
    for (let i = 0; i < 400; i++) entities.push(person(`f${i}`, `Mohammad ${letters[i % 15]}o${letters[Math.floor(i / 15) % 15]}ertu${letters[(i * 7) % 15]}`));
    const result = buildIndex(entities).screen({ name: 'محمد باقری' });
    expect(result.matches[0]?.entityId).toBe('target');
    expect(result.decision).toBe('alert');
  });
});
