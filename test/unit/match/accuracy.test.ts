import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { buildIndex } from '../../../src/match/index.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { compare } from '../../../src/match/compare.js';

/** Fixed behaviours from the evaluation (issue 3): each case failed before its fix. */
function entity(id: string, schema: Entity['schema'], ...names: string[]): Entity {
  return {
    id,
    dataset: 'test',
    sourceId: id,
    schema,
    caption: names[0]!,
    names: names.map((full, i) => ({ full, kind: i === 0 ? ('primary' as const) : ('aka' as const) })),
  };
}

const LISTED = [
  entity('t:zhang', 'Person', 'Jicheng ZHANG'),
  entity('t:riccio', 'Person', 'Mario RICCIO'),
  entity('t:santos', 'Person', 'Isabel DOS SANTOS'),
  entity('t:king', 'Organization', 'KING TRADE B.V.'),
  entity('t:ipc', 'Organization', 'I.P.C. INTERNATIONAL LIMITED'),
  entity('t:santic', 'Person', 'Vladimir SANTIC'),
  entity('t:alamo', 'Organization', 'ALAMO TRADING S.A.'),
  entity('t:aly', 'Person', 'ALY SOLIMAN MASSOUD ABDUL SAYED'),
  entity('t:manan', 'Person', 'Abdul Rahim Manan'),
  entity('t:yoojin', 'Person', '유진'),
  entity('t:heejin', 'Person', 'Kim Hee-jin'),
];
const index = buildIndex(LISTED);

function scoreFor(name: string, entityId: string, schema?: Entity['schema']): number {
  return index.screen({ name, ...(schema ? { schema } : {}) }, { limit: 50 }).matches.find((m) => m.entityId === entityId)?.score ?? 0;
}

describe('accuracy: different names are not typos', () => {
  it('a Han name whose given-name syllable differs (xi/ji) stays below threshold', () => {
    expect(scoreFor('张熙成', 't:zhang')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(scoreFor('张吉成', 't:zhang')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('a three-syllable Han name does not match a two-syllable Korean name by sound', () => {
    expect(scoreFor('余建辉', 't:yoojin')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('short given names that only sound alike are different people', () => {
    expect(scoreFor('Mara Riccio', 't:riccio')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(scoreFor('Isabelly Santos', 't:santos')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('two romanisations of one Hangul syllable still agree (Hee/Hui)', () => {
    expect(compare({ name: 'Kim Eun-hee' }, { name: 'Kim Eun-hui' }).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});

describe('accuracy: listed names are found', () => {
  it('an exact listed name made of role words scores ~1', () => {
    expect(scoreFor('KING TRADE B.V.', 't:king', 'Organization')).toBeGreaterThanOrEqual(0.99);
  });

  it('a dotted acronym is one token, in any case', () => {
    expect(scoreFor('I.P.C. INTERNATIONAL LIMITED', 't:ipc', 'Organization')).toBeGreaterThanOrEqual(0.99);
    expect(scoreFor('i.p.c. international limited', 't:ipc', 'Organization')).toBeGreaterThanOrEqual(0.99);
    expect(scoreFor('IPC International Limited', 't:ipc', 'Organization')).toBeGreaterThanOrEqual(0.99);
  });

  it('a typo in the middle of a 5–7 letter word is still found (deletion neighbourhood)', () => {
    // Other Vladimirs and one scored candidate: only the typo'd surname's own evidence can pick the right one.
    const vladimirs = ['PETROV', 'IVANOV', 'SOKOLOV', 'ORLOV', 'POPOV'].map((s, i) => entity(`t:v${i}`, 'Person', `Vladimir ${s}`));
    const narrow = buildIndex([...vladimirs, ...LISTED], { maxScored: 1 });
    const byTypo = narrow.screen({ name: 'Vladimir SATIC' }, { limit: 5 });
    expect(byTypo.matches[0]?.entityId).toBe('t:santic');
    expect(byTypo.decision).toBe('alert');
    expect(index.screen({ name: 'ALAOM TRADING S.A.', schema: 'Organization' }).matches[0]?.entityId).toBe('t:alamo');
  });

  it('a letter dropped from a five-letter word is a typo, a letter changed in a four-letter word is not', () => {
    expect(compare({ name: 'Kame DJERMANE' }, { name: 'Kamel DJERMANE' }).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(compare({ name: 'Tong SOKOLOV' }, { name: 'Jong SOKOLOV' }).score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('Abdul written apart and moved still matches the compound', () => {
    expect(scoreFor('SAYED ALY SOLIMAN MASSOUD ABDUL', 't:aly')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(scoreFor('Abdul Manan', 't:manan')).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});
