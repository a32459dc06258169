import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/match/index.js';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import type { ScreenQuery } from '../../../src/match/types.js';
import { ALL, KIM_SANG_MAN } from './fixtures.js';

const index = buildIndex(ALL);

function top(query: ScreenQuery | string) {
  const q = typeof query === 'string' ? { name: query } : query;
  const r = index.screen(q, { threshold: DEFAULT_THRESHOLD });
  return { result: r, best: r.matches[0] };
}
function scoreFor(query: ScreenQuery | string, entityId: string): number {
  const q = typeof query === 'string' ? { name: query } : query;
  return index.screen(q, { limit: 50 }).matches.find((m) => m.entityId === entityId)?.score ?? 0;
}
const KIM = 'us_ofac_sdn:43377';

describe('screen: person names', () => {
  it.each(['KIM, Sang Man', 'Sang Man Kim', 'Kim Sangman', 'Kim Sang-man', 'kim sang man'])('finds KIM Sang Man as "%s"', (name) => {
    const { result, best } = top(name);
    expect(best?.entityId).toBe(KIM);
    expect(result.decision).toBe('alert');
  });

  it('accepts the Gim spelling of Kim', () => {
    expect(top('Gim Sang Man').best?.entityId).toBe(KIM);
    expect(top('Gim Sang Man').result.decision).toBe('alert');
  });

  it('matches a Hangul query against the listed Latin name and vice versa', () => {
    const byHangul = index.screen({ name: '김상만' }, { limit: 50 });
    expect(byHangul.matches[0]?.entityId).toBe(KIM);
    expect(byHangul.decision).toBe('alert');
    const latinOnly = buildIndex([{ ...KIM_SANG_MAN, names: [{ full: 'KIM, Sang Man', kind: 'primary' }] }]);
    expect(latinOnly.screen({ name: '김상만' }).decision).toBe('alert');
    const hangulOnly = buildIndex([{ ...KIM_SANG_MAN, names: [{ full: '김상만', kind: 'primary' }] }]);
    expect(hangulOnly.screen({ name: 'Kim Sang Man' }).decision).toBe('alert');
  });

  it('matches Chinese characters against pinyin', () => {
    expect(top('Zhang Weiming').best?.entityId).toBe('us_ofac_sdn:30001');
    expect(top('张伟明').best?.entityId).toBe('us_ofac_sdn:30001');
    expect(top('张伟明').result.decision).toBe('alert');
  });

  it('matches Cyrillic against its romanisation and spelling variants', () => {
    expect(top('Щукин Александр').best?.entityId).toBe('gb_hmt_sanctions:15001');
    expect(top('Aleksandr Shchukin').result.decision).toBe('alert');
    expect(top('Alexander Schukin').best?.entityId).toBe('gb_hmt_sanctions:15001');
  });

  it('matches Arabic-origin spelling variants and the Arabic script', () => {
    for (const name of ['Mohammed Abdul Rahman al-Said', 'Muhammad Abdel Rahman Said', 'محمد عبد الرحمن']) {
      expect(top(name).best?.entityId, name).toBe('un_sc_sanctions:QDi.999');
    }
    expect(top('Mohammed Abdul Rahman al-Said').result.decision).toBe('alert');
  });

  it('penalises missing middle names and patronymics only a little', () => {
    expect(top('Aleksandr Shchukin').result.decision).toBe('alert');
    expect(top('Muhammad Abd al-Rahman').result.decision).toBe('alert');
    expect(scoreFor('Aleksandr Shchukin', 'gb_hmt_sanctions:15001')).toBeLessThan(
      scoreFor('Aleksandr Vladimirovich Shchukin', 'gb_hmt_sanctions:15001'),
    );
  });

  it('ignores titles', () => {
    expect(scoreFor('Dr. Aleksandr Vladimirovich Shchukin', 'gb_hmt_sanctions:15001')).toBeCloseTo(
      scoreFor('Aleksandr Vladimirovich Shchukin', 'gb_hmt_sanctions:15001'),
      5,
    );
  });

  it('tolerates typos: dropped, doubled, swapped and wrong letters', () => {
    for (const name of ['Aleksandr Shchukn', 'Aleksandr Shchukkin', 'Aleksandr Shchuikn', 'Aleksandr Shchukim']) {
      const { result, best } = top(name);
      expect(best?.entityId, name).toBe('gb_hmt_sanctions:15001');
      expect(result.decision, name).toBe('alert');
    }
  });

  it('does not alert on a single short token of a longer name', () => {
    expect(top('Kim').result.decision).toBe('clear');
    expect(top('Sang').result.decision).toBe('clear');
    expect(top('Muhammad').result.decision).toBe('clear');
  });

  it('does not confuse different people sharing a surname', () => {
    expect(scoreFor('Kim Jong Sik', KIM)).toBeLessThan(DEFAULT_THRESHOLD);
    expect(top('Kim Jong Sik').best?.entityId).toBe('un_sc_sanctions:KPi.080');
  });
});

describe('screen: near-miss names', () => {
  const person = (id: string, full: string) => ({ id: `t:${id}`, dataset: 't', sourceId: id, schema: 'Person' as const, caption: full, names: [{ full, kind: 'primary' as const }] });
  const small = buildIndex([person('1', 'KIM Tong Un'), person('2', 'HAMZA'), person('3', 'PAK Tong-un')]);

  it('does not take a one-letter difference in a short syllable for a typo, split or joined', () => {
    expect(small.screen({ name: 'Kim Jong Un' }).decision).toBe('clear');
    expect(small.screen({ name: 'Pak Jong Un' }).decision).toBe('clear');
    expect(small.screen({ name: 'Pak Tong Un' }).decision).toBe('alert');
  });
  it('does not alert on a single word that only sounds alike', () => {
    expect(small.screen({ name: 'Hamas' }).decision).toBe('clear');
  });
});

describe('screen: organisations', () => {
  it('matches with or without the legal form and with abbreviations', () => {
    for (const name of ['Chinyong Information Technology Cooperation Company', 'Chinyong Information Technology Cooperation', 'Jinyong IT Cooperation Co', 'Jinyong IT Cooperation Company Ltd']) {
      const { result, best } = top({ name, schema: 'Company' });
      expect(best?.entityId, name).toBe('us_ofac_sdn:43379');
      expect(result.decision, name).toBe('alert');
    }
  });

  it('does not alert on legal forms and common words alone', () => {
    expect(top('Cooperation Company').result.decision).toBe('clear');
    expect(top('Information Technology Company Ltd').result.decision).toBe('clear');
  });

  it('matches "110th Research Center" spelled differently but not with another number', () => {
    expect(top('110 Research Centre').best?.entityId).toBe('us_ofac_sdn:43338');
    expect(top('110 Research Centre').result.decision).toBe('alert');
    expect(top('Lab 110').result.decision).toBe('alert');
    expect(scoreFor('111th Research Center', 'us_ofac_sdn:43338')).toBeLessThan(DEFAULT_THRESHOLD);
    expect(scoreFor('Lab 111', 'us_ofac_sdn:43338')).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('matches a group name without its common word', () => {
    expect(top('Lazarus').result.decision).toBe('alert');
    expect(top('Technical Reconnaissance Bureau').best?.score).toBeGreaterThan(0.95);
  });
});

describe('screen: properties beyond the name', () => {
  it('raises on birth date agreement and lowers on conflict', () => {
    const base = scoreFor('Kim Sang Man', KIM);
    const exact = scoreFor({ name: 'Kim Sang Man', birthDate: '1965-04-25' }, KIM);
    const year = scoreFor({ name: 'Kim Sang Man', birthDate: '1965' }, KIM);
    const conflict = scoreFor({ name: 'Kim Sang Man', birthDate: '1980-01-01' }, KIM);
    expect(exact).toBeGreaterThanOrEqual(year);
    expect(year).toBeGreaterThanOrEqual(base);
    expect(exact).toBeGreaterThan(conflict);
    expect(conflict).toBeLessThan(base);
    expect(conflict).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('raises on a birth date within a listed range', () => {
    const q = 'Muhammad Abd al-Rahman al-Said';
    expect(scoreFor({ name: q, birthDate: '1971' }, 'un_sc_sanctions:QDi.999')).toBeGreaterThan(scoreFor({ name: q, birthDate: '1990' }, 'un_sc_sanctions:QDi.999'));
  });

  it('moves the score a little on country agreement and conflict', () => {
    const ok = scoreFor({ name: 'Kim Sang Man', countries: ['KP'] }, KIM);
    const bad = scoreFor({ name: 'Kim Sang Man', countries: ['US'] }, KIM);
    expect(ok).toBeGreaterThan(bad);
    expect(ok - bad).toBeLessThan(0.15);
  });

  it('lowers on gender conflict', () => {
    expect(scoreFor({ name: 'Kim Sang Man', gender: 'female' }, KIM)).toBeLessThan(scoreFor({ name: 'Kim Sang Man', gender: 'male' }, KIM));
  });

  it('never alerts a Person query on a vessel, and only alerts organisation kinds on each other', () => {
    expect(index.screen({ name: 'Chon Ma San', schema: 'Person' }).decision).toBe('clear');
    expect(index.screen({ name: 'Chon Ma San', schema: 'Vessel' }).decision).toBe('alert');
    expect(index.screen({ name: 'Chon Ma San' }).decision).toBe('alert');
    expect(index.screen({ name: 'Lazarus Group', schema: 'Company' }).decision).toBe('alert');
    expect(index.screen({ name: 'Lazarus Group', schema: 'Person' }).decision).toBe('clear');
  });

  it('scores weak aliases lower than strong ones', () => {
    const weak = scoreFor('Abu Muhammad', 'un_sc_sanctions:QDi.999');
    const strongIndex = buildIndex([{ ...ALL[6]!, names: [{ full: 'Abu Muhammad', kind: 'aka' }] }]);
    const strong = strongIndex.screen({ name: 'Abu Muhammad' }).matches[0]?.score ?? 0;
    expect(weak).toBeLessThan(strong);
  });

  it('restricts to the requested datasets', () => {
    expect(index.screen({ name: 'Kim Sang Man' }, { datasets: ['un_sc_sanctions'] }).matches.some((m) => m.entityId === KIM)).toBe(false);
    expect(index.screen({ name: 'Kim Sang Man' }, { datasets: ['us_ofac_sdn'] }).matches[0]?.entityId).toBe(KIM);
  });
});

describe('screen: identifiers', () => {
  it('reports an identifier hit even when the names differ', () => {
    const r = index.screen({ name: 'John Smith', identifiers: [{ type: 'passport', value: '109 420 132' }] });
    expect(r.decision).toBe('alert');
    expect(r.matches[0]?.entityId).toBe(KIM);
    expect(r.matches[0]?.identifierMatch).toBe(true);
    expect(r.matches[0]?.score).toBeGreaterThan(0.95);
  });

  it('matches EVM addresses case-insensitively across ETH/USDT and records the asset', () => {
    const r = index.screen({ name: '', identifiers: [{ type: 'crypto', value: '0xB6F5EC1A0A9CD1526536D3F0426C429529471F40', asset: 'USDC' }] });
    expect(r.matches[0]?.entityId).toBe(KIM);
    const f = r.matches[0]?.explanation.features.find((x) => x.feature === 'identifier_match');
    expect(f?.detail).toContain('USDC');
    const lazarus = index.screen({ name: 'unknown', identifiers: [{ type: 'crypto', value: '0x098b716b8aaf21512996dc57eb0615e2383e2f96' }] });
    expect(lazarus.matches[0]?.entityId).toBe('us_ofac_sdn:27307');
  });

  it('matches base58 wallets exactly only', () => {
    expect(index.screen({ name: '', identifiers: [{ type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ' }] }).decision).toBe('alert');
    expect(index.screen({ name: '', identifiers: [{ type: 'crypto', value: '1d6gg9ikehpittcwrjiniuj1jym2hneafj' }] }).decision).toBe('clear');
  });

  it.each([
    ['imo', '8660313', 'us_ofac_sdn:24560'],
    ['mmsi', '445-123-000', 'us_ofac_sdn:24560'],
    ['bic', 'KKBCKPPYXXX', 'gb_hmt_sanctions:12000'],
    ['lei', '54930084uklvmy22ds16', 'gb_hmt_sanctions:12000'],
    ['email', 'info@kkbc.example.kp', 'gb_hmt_sanctions:12000'],
    ['phone', '00850 2 381 8208', 'gb_hmt_sanctions:12000'],
    ['website', 'https://kkbc.example.kp', 'gb_hmt_sanctions:12000'],
  ] as const)('matches %s identifiers', (type, value, id) => {
    const r = index.screen({ name: 'Unrelated Name', identifiers: [{ type, value }] });
    expect(r.matches[0]?.entityId).toBe(id);
    expect(r.matches[0]?.identifierMatch).toBe(true);
  });
});

describe('explanations', () => {
  it('names the matched name, each feature and a summary', () => {
    const m = index.screen({ name: 'Gim Sang Man', birthDate: '1965-04-25', schema: 'Person' }).matches[0]!;
    expect(m.explanation.queryName).toBe('Gim Sang Man');
    expect(KIM_SANG_MAN.names.map((n) => n.full)).toContain(m.matchedName);
    const feats = Object.fromEntries(m.explanation.features.map((f) => [f.feature, f]));
    expect(feats.name_query_coverage?.detail).toMatch(/gim ≈ kim/);
    expect(feats.birth_date_exact?.detail).toBe('birth date 1965-04-25 matches exactly');
    for (const f of m.explanation.features) expect(f.contribution).toBeCloseTo(f.value * f.weight, 6);
    expect(m.explanation.summary).toMatch(/Strong match/);
  });
});

describe('screen: the report floor follows the query', () => {
  // Two of six query words match KIM Sang Man: a name score of about 0.47, below the 0.5 reported.
  const name = 'Kim Sang Chol Ho Ri Yong';
  it('does not report a weak name match on the name alone', () => {
    expect(scoreFor(name, KIM)).toBe(0);
  });
  it('reports it when the query gives the birth date and country that lift it to 0.5', () => {
    expect(scoreFor({ name, birthDate: '1965-04-25' }, KIM)).toBeGreaterThanOrEqual(0.5);
    expect(scoreFor({ name, birthDate: '1965-04-25', countries: ['KP'] }, KIM)).toBeGreaterThan(scoreFor({ name, birthDate: '1965-04-25' }, KIM));
  });
});

describe('screen: a given name that is a title elsewhere', () => {
  const person = (id: string, full: string) => ({ id, dataset: 't', sourceId: id, schema: 'Person' as const, caption: full, names: [{ full, kind: 'primary' as const }] });
  const listed = buildIndex([person('ahmad', 'AHMAD'), person('mortazavi', 'Amir MORTAZAVI')]);

  it('does not read "Amir Ahmad" as the listed "AHMAD" alone', () => {
    expect(listed.screen({ name: 'Amir Ahmad' }, { threshold: DEFAULT_THRESHOLD }).decision).toBe('clear');
    expect(listed.screen({ name: 'عمیر احمد' }, { threshold: DEFAULT_THRESHOLD }).decision).toBe('clear');
  });

  it('still finds the listed Amir Mortazavi, and not a different Mortazavi at full strength', () => {
    expect(listed.screen({ name: 'Amir Mortazavi' }).matches[0]?.entityId).toBe('mortazavi');
    expect(listed.screen({ name: 'Reza Mortazavi' }, { threshold: DEFAULT_THRESHOLD }).decision).toBe('clear');
  });
});
