import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { compare } from '../../../src/match/compare.js';
import { resolveCrossList } from '../../../src/match/crosslist.js';
import { sameWordsButEnding } from '../../../src/match/crosslist-blocking.js';
import { birthDatesAgree } from '../../../src/match/crosslist-evidence.js';
import { groupMatches } from '../../../src/match/crosslist-results.js';
import { PairScorer } from '../../../src/match/crosslist-score.js';
import type { Match, ScreenResult } from '../../../src/match/types.js';

function entity(id: string, caption: string, extra: Partial<Entity> = {}): Entity {
  const [dataset, sourceId] = id.split(':') as [string, string];
  return { id, dataset, sourceId, schema: 'Person', caption, names: [{ full: caption, kind: 'primary' }], ...extra };
}

const ids = (e: Entity[]) => resolveCrossList(e).groups.map((g) => g.members.map((m) => m.entityId));

describe('cross-list resolution', () => {
  it('links a shared passport across lists, not when the issuing countries differ', () => {
    const a = entity('ofac:1', 'Sang Man Kim', { identifiers: [{ type: 'passport', value: '109420132', country: 'KP' }] });
    const b = entity('kr:9', 'Somebody Else', { identifiers: [{ type: 'passport', value: '109 420 132', country: 'KP' }] });
    const c = entity('uk:3', 'Third Name', { identifiers: [{ type: 'passport', value: '109420132', country: 'RU' }] });
    const r = resolveCrossList([a, b, c]);
    expect(r.groups.map((g) => g.members.map((m) => m.entityId))).toEqual([['kr:9', 'ofac:1']]);
    expect(r.groups[0]!.links[0]!.explanation).toBe('same document number 109420132');
  });

  it('never links entries of one list, and refuses a link that would put two of one list in a group', () => {
    const a = entity('ofac:1', 'A', { identifiers: [{ type: 'imo', value: '7408873' }], schema: 'Vessel' });
    const b = entity('ofac:2', 'B', { identifiers: [{ type: 'imo', value: '7408873' }], schema: 'Vessel' });
    const c = entity('un:1', 'C', { identifiers: [{ type: 'imo', value: '7408873' }], schema: 'Vessel' });
    const r = resolveCrossList([a, b, c]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.members.map((m) => m.dataset).sort()).toEqual(['ofac', 'un']);
    expect(r.stats.refused).toBe(1);
  });

  it('links people by name and agreeing birth dates only', () => {
    const ofac = entity('ofac:1', 'Jin Hyok Park', { birthDates: [{ date: '1984-08-15' }] });
    const kr = entity('kr:733', 'PARK Jin Hyok', { birthDates: [{ date: '1984-08-15' }] });
    const au = entity('au:5', 'Park Jin Hyok', { birthDates: [{ date: '1984' }] });
    const other = entity('uk:7', 'PARK Jin Hyok', { birthDates: [{ date: '1990-01-01' }] });
    const nodate = entity('un:1', 'PARK Jin Hyok');
    const r = resolveCrossList([ofac, kr, au, other, nodate]);
    expect(r.groups.map((g) => g.members.map((m) => m.entityId))).toEqual([['au:5', 'kr:733', 'ofac:1']]);
    const link = r.groups[0]!.links.find((l) => l.a === 'ofac:1' && l.b === 'kr:733')!;
    expect(link.reason).toMatchObject({ kind: 'name_birth_date', agreement: 'exact', birthDates: ['1984-08-15', '1984-08-15'] });
    expect(link.explanation).toBe('names "Jin Hyok Park" and "PARK Jin Hyok" have the same words and birth dates 1984-08-15 / 1984-08-15 agree (exact)');
  });

  it('scores names that are not word-for-word equal with the matcher, above a strict threshold', () => {
    const a = entity('ofac:1', 'Muammar Abu Minyar AL-QADHAFI', { birthDates: [{ date: '1942' }] });
    const b = entity('un:1', 'MUAMMAR MOHAMMED ABU MINYAR QADHAFI', { birthDates: [{ date: '1942' }] });
    const c = entity('uk:1', 'Muammar Rashid', { birthDates: [{ date: '1942' }] });
    const r = resolveCrossList([a, b, c]);
    expect(r.groups.map((g) => g.members.map((m) => m.entityId))).toEqual([['ofac:1', 'un:1']]);
    expect(r.groups[0]!.links[0]!.reason).toMatchObject({ kind: 'name_birth_date', agreement: 'year' });
    expect((r.groups[0]!.links[0]!.reason as { score: number }).score).toBeGreaterThanOrEqual(0.9);
  });

  it('a conflicting UN reference keeps same-named people apart', () => {
    const a = entity('uk:1', 'KIM Chol', { birthDates: [{ date: '1960' }], identifiers: [{ type: 'un_ref', value: 'KPi.001' }] });
    const b = entity('au:1', 'Kim Chol', { birthDates: [{ date: '1960' }], identifiers: [{ type: 'un_ref', value: 'KPi.002' }] });
    expect(ids([a, b])).toEqual([]);
  });

  it('links organisations by name and country, never across countries, more strictly without one', () => {
    const org = (id: string, caption: string, country?: string): Entity =>
      entity(id, caption, { schema: 'Organization', ...(country ? { countries: [{ code: country, role: 'location' }] } : {}) });
    expect(ids([org('ofac:1', 'KOREA TANGUN TRADING CORPORATION', 'KP'), org('un:1', 'KOREAN TANGUN TRADING CORPORATION', 'KP')])).toEqual([['ofac:1', 'un:1']]);
    expect(ids([org('ofac:1', 'Gazprom Neft Trading', 'RU'), org('uk:1', 'Gazprom Neft Trading', 'CH')])).toEqual([]);
    expect(ids([org('ofac:1', 'KOREA TANGUN TRADING CORPORATION', 'KP'), org('kr:1', 'KOREAN TANGUN TRADING CORPORATION')])).toEqual([['kr:1', 'ofac:1']]);
    expect(ids([org('ofac:1', 'GENERAL BUREAU OF ATOMIC ENERGY', 'KP'), org('kr:1', 'GENERAL BUREAU OF ATOMIC ENERGY (GBAE)')])).toEqual([]);
  });

  it('links translation variants of one word (Technology / Technical), not different proper names', () => {
    expect(sameWordsButEnding('TECHNOLOGY RECONNAISSANCE BUREAU', 'Technical Reconnaissance Bureau')).toEqual(['technology', 'technical']);
    expect(sameWordsButEnding('CONGOCOM TRADING HOUSE', 'CONGOMET TRADING HOUSE')).toBeUndefined();
    expect(sameWordsButEnding('Technical Bureau', 'Technology Bureau')).toBeUndefined();
    const kr = entity('kr:731', 'TECHNOLOGY RECONNAISSANCE BUREAU', { schema: 'Organization' });
    const ofac = entity('ofac:43337', 'TECHNICAL RECONNAISSANCE BUREAU', { schema: 'Organization', countries: [{ code: 'KP', role: 'location' }] });
    const r = resolveCrossList([kr, ofac]);
    expect(r.groups[0]!.links[0]!.explanation).toBe(
      'names "TECHNOLOGY RECONNAISSANCE BUREAU" and "TECHNICAL RECONNAISSANCE BUREAU" are the same words but for "technology" / "technical" (one side gives no country)',
    );
  });

  it('explains an indirect member through the chain of links', () => {
    const a = entity('kr:1', 'KIM Sang Man', { birthDates: [{ date: '1965-04-25' }] });
    const b = entity('ofac:1', 'Sang Man Kim', { birthDates: [{ date: '1965-04-25' }], identifiers: [{ type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', asset: 'ETH' }] });
    const c = entity('uk:1', 'Different Spelling', { identifiers: [{ type: 'crypto', value: '0xB6F5EC1A0A9CD1526536D3F0426C429529471F40', asset: 'USDT' }] });
    const r = resolveCrossList([a, b, c]);
    expect(r.alsoListedBy('kr:1')).toEqual([
      { entityId: 'ofac:1', dataset: 'ofac', caption: 'Sang Man Kim', reason: 'names "KIM Sang Man" and "Sang Man Kim" have the same words and birth dates 1965-04-25 / 1965-04-25 agree (exact)' },
      {
        entityId: 'uk:1',
        dataset: 'uk',
        caption: 'Different Spelling',
        reason: 'names "KIM Sang Man" and "Sang Man Kim" have the same words and birth dates 1965-04-25 / 1965-04-25 agree (exact); then same ETH crypto address 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
      },
    ]);
    expect(r.alsoListedBy('nobody:1')).toEqual([]);
  });

  it('agrees birth dates exactly, or to the precision of the vaguer one', () => {
    expect(birthDatesAgree([{ date: '1965-04-25' }], [{ date: '1965-04-25' }])).toEqual({ agreement: 'exact', a: '1965-04-25', b: '1965-04-25' });
    expect(birthDatesAgree([{ date: '1965-04-25' }], [{ date: '1965-04' }])).toMatchObject({ agreement: 'month' });
    expect(birthDatesAgree([{ date: '1965' }, { date: '1966-01-02' }], [{ date: '1966-01-02' }])).toMatchObject({ agreement: 'exact' });
    expect(birthDatesAgree([{ from: '1960', to: '1962' }], [{ date: '1962-05-01' }])).toMatchObject({ agreement: 'year' });
    expect(birthDatesAgree([{ date: '1965-04-25' }], [{ date: '1965-04-26' }])).toBeUndefined();
    expect(birthDatesAgree([{ text: 'unknown' }], [{ date: '1965' }])).toBeUndefined();
  });

  it('the pair scorer scores as compare() does', () => {
    const scorer = new PairScorer();
    const listed = entity('ofac:1', 'Sang Man Kim', { names: [{ full: 'Sang Man Kim', kind: 'primary' }, { full: 'Sangman Kim', kind: 'aka' }], birthDates: [{ date: '1965-04-25' }] });
    for (const q of [{ name: 'KIM Sang Man', birthDate: '1965-04-25' }, { name: 'Kim Sangman', birthDate: '1966' }, { name: 'Kim Sang Min' }]) {
      expect(scorer.compare({ ...q, schema: 'Person' }, listed).score).toBeCloseTo(compare({ ...q, schema: 'Person' }, listed).score, 10);
    }
  });
});

describe('grouping screening results', () => {
  const match = (entityId: string, score: number): Match => ({
    entityId,
    dataset: entityId.split(':')[0]!,
    caption: entityId,
    schema: 'Person',
    score,
    matchedName: 'x',
    identifierMatch: false,
    explanation: { queryName: 'q', matchedName: 'x', features: [], summary: '' },
  });

  it('folds the listings of one target under the best-scoring match and keeps every match', () => {
    const a = entity('ofac:1', 'Sang Man Kim', { identifiers: [{ type: 'passport', value: '109420132' }] });
    const b = entity('kr:1', 'KIM Sang Man', { identifiers: [{ type: 'passport', value: '109420132' }] });
    const c = entity('uk:1', 'KIM Sang Man', { identifiers: [{ type: 'passport', value: '109420132' }] });
    const r = resolveCrossList([a, b, c]);
    const result: ScreenResult = { decision: 'alert', matches: [match('kr:1', 0.97), match('other:1', 0.9), match('ofac:1', 0.85)], algorithm: { name: 'x', version: '1' }, threshold: 0.8 };
    const grouped = groupMatches(result, r);
    expect(grouped.matches.map((m) => m.entityId)).toEqual(['kr:1', 'other:1']);
    const head = grouped.matches[0]!;
    expect(head.alsoListedBy!.map((x) => [x.entityId, x.match?.score])).toEqual([
      ['ofac:1', 0.85],
      ['uk:1', undefined],
    ]);
    expect(head.alsoListedBy!.every((x) => x.reason === 'same document number 109420132')).toBe(true);
    expect(grouped.matches[1]!.alsoListedBy).toBeUndefined();
    expect(groupMatches(result, undefined)).toBe(result);
  });
});
