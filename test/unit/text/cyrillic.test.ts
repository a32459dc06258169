import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, eastSlavicPatronymic, isBelarusianName, slavicFold } from '../../../src/text/cyrillic.js';
import { expectAlert, namesMeet, tokens, wordsMeet } from './util.js';

describe('Cyrillic', () => {
  it('transliterates Russian in BGN/PCGN style', () => {
    expect(cyrillicToLatin('щукин')).toBe('shchukin');
    expect(cyrillicToLatin('евгений')).toBe('yevgeniy');
    expect(cyrillicToLatin('хрущёв')).toBe('khrushchev');
    expect(tokens('Владимир Путин').map((t) => t.form)).toEqual(['vladimir', 'putin']);
  });

  it('transliterates Ukrainian, Belarusian and Serbian letters', () => {
    expect(cyrillicToLatin('їжак')).toBe('yizhak');
    expect(cyrillicToLatin('ґалаґан')).toBe('galagan');
    expect(cyrillicToLatin('єва')).toBe('yeva');
    expect(cyrillicToLatin('ђоковић')).toBe('djokovic');
    expect(cyrillicToLatin('љубљана')).toBe('ljubljana');
    expect(cyrillicToLatin('џабић')).toBe('dzabic');
  });

  it('gives Shchukin, Schtschukin, Chtchoukine, Ščukin and Щукин a common key', () => {
    const spellings = ['Shchukin', 'Schtschukin', 'Chtchoukine', 'Ščukin', 'Щукин'];
    for (const a of spellings) for (const b of spellings) expect(wordsMeet(a, b), `${a}/${b}`).toBe(true);
    expect(wordsMeet('Shchukin', 'Chukin')).toBe(false);
  });

  it('folds German and French spellings of other Slavic names', () => {
    expect(slavicFold('tschernow')).toBe(slavicFold('chernov'));
    expect(slavicFold('tchernov')).toBe(slavicFold('chernov'));
    expect(slavicFold('juri')).toBe(slavicFold('yuriy'));
    expect(slavicFold('iouri')).toBe(slavicFold('yuri'));
    expect(slavicFold('gorbatschow')).toBe(slavicFold('gorbachev'));
    expect(wordsMeet('Tschernow', 'Чернов')).toBe(true);
    // Non-Slavic words keep their own form as the first key.
    expect(tokens('Chester')[0]?.keys[0]).toBe('chester');
  });
});

describe('Ukrainian', () => {
  it('gives Ukrainian words their national romanisation (г -> h) as a variant key', () => {
    expect(namesMeet('Григорій', 'Hryhorii')).toBe(true);
    expect(namesMeet('Григорій', 'Grigoriy')).toBe(true);
    // Russian words keep g only.
    expect(tokens('Григорий')[0]?.keys).not.toContain('hryhoryi');
  });
});

describe('East Slavic given names', () => {
  it('gives the Russian, Ukrainian and Belarusian forms of one given name a shared key', async () => {
    const { latinKeys } = await import('../../../src/text/keys.js');
    const key = (w: string) => latinKeys(w, w, 'word').find((k) => k.startsWith('g:'));
    expect(key('oleh')).toBe(key('oleg'));
    expect(key('mykola')).toBe(key('nikolay'));
    expect(key('siarhei')).toBe(key('serhiy'));
    expect(key('oleg')).not.toBe(key('olga'));
  });
});


describe('East Slavic patronymics', () => {
  it('keys a patronymic by the given name it is made from, in every language and gender', () => {
    const cases: [string, string | null][] = [
      ['vladimirovich', 'vladimir|m'],
      ['uladzimiravich', 'vladimir|m'],
      ['volodymyrovych', 'vladimir|m'],
      ['sergeevich', 'sergey|m'],
      ['siarheeuna', 'sergey|f'],
      ['nikolaevna', 'nikolay|f'],
      // Not a patronymic of a known name, or no patronymic at all.
      ['khadzymuratavich', null],
      ['gulevich', null],
    ];
    for (const [form, name] of cases) expect(eastSlavicPatronymic(form), form).toBe(name);
  });

  it('matches Belarusian names with their Russian forms and their passport spellings', () => {
    // -віч without ў, ы or э still reads as Belarusian (Siarhei, not Syargey).
    expect(isBelarusianName('Сяргей Уладзіміравіч Касцянок')).toBe(true);
    expect(isBelarusianName('Сергій Володимирович')).toBe(false);
    expectAlert([
      ['Віктар Уладзіміравіч ГУЛЕВІЧ', 'Victor Vladimirovich GULEVICH'],
      ['Сяргей Уладзіміравіч Касцянок', 'Siarhei Uladzimiravich Kastsianok'],
      // The passport spelling's own given-name class counts: Aleh is Oleg.
      ['Алег Сяргеевiч Гайдукевiч', 'Oleg Sergeevich Gaidukevich'],
    ]);
  });
});
