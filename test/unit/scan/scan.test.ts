import { describe, expect, it } from 'vitest';
import { buildScanIndex } from '../../../src/scan/scan-index.js';
import { scanText } from '../../../src/scan/scan.js';
import type { ScanResult } from '../../../src/scan/types.js';
import { ENTITIES } from './fixtures.js';

const index = buildScanIndex(ENTITIES);
const ids = (r: ScanResult): string[] => r.entities.map((e) => e.entityId).sort();

function expectOffsets(text: string, r: ScanResult): void {
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('scanText on a hand-built listing', () => {
  it('finds a person and a company in a German news paragraph, with offsets into the original text', () => {
    const text = 'Das US-Finanzministerium hat Kim Sang Man und die Firma Chinyong Information Technology Cooperation Company sanktioniert.';
    const r = scanText(index, text);
    expectOffsets(text, r);
    expect(ids(r)).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:43379']);
    const kim = r.mentions.find((m) => m.entityId === 'us_ofac_sdn:43377')!;
    expect([kim.start, kim.end, kim.text]).toEqual([text.indexOf('Kim'), text.indexOf('Kim') + 'Kim Sang Man'.length, 'Kim Sang Man']);
    expect(r.mentions.find((m) => m.entityId === 'us_ofac_sdn:43379')!.text).toBe('Chinyong Information Technology Cooperation Company');
  });

  it('reads German genitive and English possessive endings', () => {
    const text = "Kim Sang Mans Netzwerk und Chinyong Information Technology Cooperation Company's workers";
    const r = scanText(index, text);
    expectOffsets(text, r);
    expect(r.mentions.map((m) => m.text)).toEqual(['Kim Sang Mans', 'Chinyong Information Technology Cooperation Company']);
  });

  it('finds the company and the wallet in a SWIFT remittance line', () => {
    const text = ':70:/INV 2291 PAYMENT TO CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD WALLET 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40';
    const r = scanText(index, text);
    expectOffsets(text, r);
    const wallet = r.mentions.find((m) => m.kind === 'identifier')!;
    expect(wallet.entityId).toBe('us_ofac_sdn:43377');
    expect(wallet.text).toBe('0xb6f5ec1a0a9cd1526536d3f0426c429529471f40');
    expect(r.mentions.find((m) => m.kind === 'name')).toMatchObject({ entityId: 'us_ofac_sdn:43379', text: 'CHINYONG INFORMATION TECHNOLOGY COOPERATION CO LTD' });
  });

  it('finds aliases in other spellings: joined given name, acronym', () => {
    const r = scanText(index, 'Payments were routed by Kim Sangman, a representative of Jinyong IT Cooperation Company.');
    expect(ids(r)).toEqual(['us_ofac_sdn:43377', 'us_ofac_sdn:43379']);
  });

  it('finds Hangul, Cyrillic (declined), Han and Arabic names', () => {
    expect(ids(scanText(index, '미국 재무부는 김상만을 제재 대상으로 지정했다.'))).toEqual(['us_ofac_sdn:43377']);
    expect(ids(scanText(index, 'Минфин США ввёл санкции против Олега Владимировича Дерипаски.'))).toEqual(['gb_hmt_sanctions:14214']);
    expect(ids(scanText(index, '英国政府宣布制裁宁波欧腾机械有限公司，指其向俄罗斯供应机床。'))).toEqual(['gb_hmt_sanctions:16765']);
    expect(ids(scanText(index, 'فرض مجلس الأمن عقوبات على عزت ابراهيم الدوري نائب الرئيس العراقي السابق.'))).toEqual(['un_sc_sanctions:IQi.006']);
  });

  it('reports weak and numbered aliases only exactly and with a cue nearby', () => {
    expect(ids(scanText(index, "Researchers tied the malware to North Korea's Lab 110 and to Office 91."))).toEqual(['us_ofac_sdn:27307', 'us_ofac_sdn:43338']);
    expect(ids(scanText(index, 'Our Lab 110 is on the second floor; Office 91 is next to the kitchen.'))).toEqual([]);
    expect(ids(scanText(index, 'North Korean hackers in Lab 111 and Unit 8200 were discussed.'))).toEqual([]);
  });

  it('does not alert on everyday words and names that merely contain a listed word', () => {
    const text = 'Secretary Janet Yellen said in Washington that Arsenal beat Chelsea. Reporter Robert Smith asked about zinc prices and Zinc Street.';
    expect(ids(scanText(index, text))).toEqual([]);
  });

  it('reports a lone listed word only in a sanctions context, and a generic company word only with it', () => {
    expect(ids(scanText(index, 'The Treasury sanctioned Arsenal last year.'))).toEqual(['x:arsenal']);
    expect(ids(scanText(index, 'The Treasury sanctioned Washington last year.'))).toEqual([]);
    expect(ids(scanText(index, 'Invoices from Washington Trading were paid.'))).toEqual(['x:washington']);
  });

  it('needs given and family name for persons', () => {
    expect(ids(scanText(index, 'Mr Kim said the Sang family agreed.'))).toEqual([]);
  });

  it('finds listed identifiers anywhere and ignores unlisted ones', () => {
    const text =
      'Send to 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ or 0x0000000000000000000000000000000000000001. Passport 109420132; tanker IMO 9187629; mail info@pouyaair.com or call +98 21 4466 9999; see www.pouyaair.com. Invoice 109420133.';
    const r = scanText(index, text);
    expectOffsets(text, r);
    const found = r.mentions.map((m) => `${m.entityId} ${m.text}`);
    expect(found).toEqual([
      'us_ofac_sdn:43377 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ',
      'us_ofac_sdn:43377 109420132',
      'us_ofac_sdn:15036 IMO 9187629',
      'us_ofac_sdn:13109 info@pouyaair.com',
      'us_ofac_sdn:13109 +98 21 4466 9999',
      'us_ofac_sdn:13109 www.pouyaair.com',
    ]);
    expect(r.mentions.every((m) => m.kind === 'identifier' && m.score >= 0.99)).toBe(true);
  });

  it('groups mentions by entity with the best score', () => {
    const r = scanText(index, 'Kim Sang Man paid 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Kim Sang Man again.');
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]).toMatchObject({ entityId: 'us_ofac_sdn:43377', mentions: 3, score: 1 });
  });

  it('works on lower-case chat text where case proves nothing', () => {
    expect(ids(scanText(index, 'hey can u send it asap, its for kim sang man. thx'))).toEqual(['us_ofac_sdn:43377']);
  });

  it('keeps a dataset filter', () => {
    const text = 'Kim Sang Man and عزت ابراهيم الدوري';
    expect(ids(scanText(index, text, { datasets: ['un_sc_sanctions'] }))).toEqual(['un_sc_sanctions:IQi.006']);
  });

  it('finds nothing in a CV of an unlisted person', () => {
    const cv =
      'CURRICULUM VITAE\nJane Miller, Senior Software Engineer\nExperience: Acme GmbH, Munich (2018-2023); Deutsche Bank AG (2015-2018)\nLanguages: English, German, Korean\nContact: jane.miller@example.com, +49 170 1234567';
    const r = scanText(index, cv);
    expect(r.mentions).toEqual([]);
  });
});
