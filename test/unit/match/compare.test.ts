import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/match/compare.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { KIM_SANG_MAN, VESSEL } from './fixtures.js';

describe('compare', () => {
  it('scores two names with the screening features', () => {
    const r = compare({ name: 'Kim Sang-man' }, { name: 'KIM, Sang Man' });
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(r.algorithm.name).toBe('vigil-match');
    expect(compare({ name: 'Kim Sang Man' }, { name: 'Park Ji Hoon' }).score).toBeLessThan(0.5);
  });

  it('picks the best name of an entity', () => {
    const r = compare({ name: '김상만' }, KIM_SANG_MAN);
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('explains a schema veto', () => {
    const r = compare({ name: 'Chon Ma San', schema: 'Person' }, VESSEL);
    expect(r.score).toBe(0);
    const veto = r.explanation.features.find((f) => f.feature === 'schema_incompatible');
    expect(veto?.detail).toBe('schema Person vs Vessel: incompatible');
    expect(r.explanation.summary).toMatch(/incompatible/);
  });

  it('uses birth dates, countries and identifiers of a query on the right-hand side', () => {
    const same = compare({ name: 'Kim Sang Man', birthDate: '1965' }, { name: 'Kim Sang Man', birthDate: '1965-04-25' });
    const diff = compare({ name: 'Kim Sang Man', birthDate: '1975' }, { name: 'Kim Sang Man', birthDate: '1965-04-25' });
    expect(same.score).toBeGreaterThan(diff.score);
    const id = compare(
      { name: 'A', identifiers: [{ type: 'crypto', value: '0x97B1043ABD9E6FC31681635166D430A458D14F9C' }] },
      { name: 'B', identifiers: [{ type: 'crypto', value: '0x97b1043abd9e6fc31681635166d430a458d14f9c', asset: 'ETH' }] },
    );
    expect(id.score).toBeGreaterThan(0.95);
    expect(id.explanation.features.find((f) => f.feature === 'identifier_match')?.detail).toContain('ETH');
  });

  it('keeps the syllables of a Korean given name in order: a swapped given name costs a little', () => {
    const s = (a: string, b: string) => compare({ name: a }, { name: b }).score;
    for (const right of ['Kim Jin-hui', 'Kim Jin Hee', 'Jin-Hee Kim']) {
      expect(s('김진희', right)).toBeGreaterThan(s('김진희', 'Kim Hee-jin'));
      expect(s('김진희', right)).toBeGreaterThan(s('김진희', 'Kim Hee Jin'));
    }
    expect(s('Kim Jin-hee', 'Kim Hee-jin')).toBeLessThan(s('Kim Jin-hee', 'Kim Jin-hee'));
    // A cost, not a veto: lists do write the syllables apart and in either order.
    expect(s('김진희', 'Kim Hee Jin')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('reads a Chinese or Korean given name matched in part, or without its surname, as another name', () => {
    const s = (a: string, b: string) => compare({ name: a }, { name: b }).score;
    // Wen-tao is not Wen, Jin-yu is not Jin: a syllable of the given name left over is a different name
    // (these scored 0.81-0.82 when the leftover syllable cost only its own weight, as a middle name does).
    expect(s('姚文韬', 'Wen Yao')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('郭燕', '郭春艳')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('김서윤', 'Kim Seo')).toBeLessThan(DEFAULT_THRESHOLD);
    // The whole given name, however written, still matches.
    for (const right of ['Yao Wentao', 'Yao Wen-tao', 'Wen Tao Yao']) expect(s('姚文韬', right)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(s('김서윤', 'Kim Seo-yun')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    // A surname left over, the given name matched: the listed name is someone else's (0.81-0.83 before).
    expect(s('丁瑾瑜', 'Jin Yu')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(compare({ name: '선유진', schema: 'Person' }, { name: '유진', schema: 'Person' }).score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('김정은', 'Kim Jung-eun')).toBe(1);
    // Latin hyphenated surnames are shortened by the same person: no such cost.
    expect(s('Maria Garcia-Lopez', 'Maria Garcia')).toBe(s('Maria Garcia Lopez', 'Maria Garcia'));
  });

  it('compares two names written in Han by their characters, simplified or traditional', () => {
    const s = (a: string, b: string) => compare({ name: a, schema: 'Person' }, { name: b, schema: 'Person' }).score;
    // 民 and 敏 are both read min: Shi Min and Shi Min, but two names (1.0 when only the readings were compared).
    expect(s('石民', '石敏')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('汪政君', '王君正')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('王呈轩', '王忠巡')).toBeLessThan(DEFAULT_THRESHOLD);
    // The same name in traditional and simplified characters, and against its Latin spelling.
    expect(s('陳國平', '陈国平')).toBe(1);
    expect(s('张伟', '張偉')).toBe(1);
    expect(s('石民', 'Shi Min')).toBe(1);
  });

  it('does not take a female patronymic for a typo of a surname (Mikhaylovna / Mikhaylova)', () => {
    const s = (a: string, b: string) => compare({ name: a }, { name: b }).score;
    // Anastasia Mikhaylova is not Anastasia Mikhaylovna Ignatova (0.81 when they counted as a typo).
    expect(s('Анастасия Михайлова', 'ИГНАТОВА Анастасия Михайловна')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(s('Oksana Aleksandrova', 'Oksana Aleksandrovna Babenko')).toBeLessThan(DEFAULT_THRESHOLD);
    // In its place between given name and surname it may still be the patronymic with a letter dropped.
    expect(s('Natalya Vladimirova Komarova', 'Natalya Vladimirovna Komarova')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(s('Natalya Vladimirovma Komarova', 'Natalya Vladimirovna Komarova')).toBeGreaterThan(0.95);
  });

  it('does not alert on a firm whose one name word is a listed person or vessel', () => {
    const vessel = (name: string) => ({ id: 'v', dataset: 't', sourceId: 'v', schema: 'Vessel' as const, caption: name, names: [{ full: name, kind: 'primary' as const }] });
    const person = (name: string) => ({ ...vessel(name), schema: 'Person' as const });
    expect(compare({ name: 'ТОВ Ада' }, vessel('ADA')).score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(compare({ name: 'CV Zulkarnain' }, person('ZULKARNAIN')).score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(compare({ name: '주식회사 유진' }, person('유진')).score).toBeLessThan(DEFAULT_THRESHOLD);
    // Exact equality still scores fully, and a listed firm still matches its name with a legal form.
    expect(compare({ name: 'ADA' }, vessel('ADA')).score).toBeGreaterThan(0.99);
    expect(compare({ name: 'Evraz PLC' }, { ...vessel('EVRAZ'), schema: 'Company' }).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});
