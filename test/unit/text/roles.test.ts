import { describe, expect, it } from 'vitest';
import { analyseName } from '../../../src/text/analyse.js';
import { sharesKey, tokens } from './util.js';

const roles = (name: string, schema?: 'Person' | 'Company' | 'Organization') =>
  tokens(name, schema ? { schema } : undefined).map((t) => [t.form, t.role]);

describe('legal forms, common words, titles', () => {
  it('recognises legal forms in many languages', () => {
    for (const name of ['Acme LLC', 'Acme L.L.C.', 'Acme Ltd', 'Acme Limited', 'Acme GmbH', 'Acme S.A.', 'Acme SpA', 'Acme S.r.l.', 'Acme BV', 'Acme PLC', 'Acme JSC', 'Acme Sdn Bhd', 'Acme Pte Ltd', 'Acme A/S', 'Acme FZE', 'Acme DMCC', 'Acme Oy', 'OOO Acme', 'ООО Акме', 'ЗАО Акме', 'Acme Co., Ltd.']) {
      const t = tokens(name, { schema: 'Company' });
      const words = t.filter((x) => x.role !== 'legal_form').map((x) => x.form);
      expect(t.some((x) => x.role === 'legal_form'), name).toBe(true);
      expect(words.length, name).toBe(1);
    }
  });

  it('recognises multi-word legal forms', () => {
    // A legal form in words is the one token it stands for.
    expect(roles('Acme Limited Liability Company', 'Company')).toEqual([['acme', 'word'], ['llc', 'legal_form']]);
    // With a typo in a longer word, as lists and queries write them.
    expect(roles('Acme Limited Liabilty Company', 'Company')).toEqual([['acme', 'word'], ['llc', 'legal_form']]);
    expect(roles('Ilmited Liability Company Acme', 'Company')).toEqual([['llc', 'legal_form'], ['acme', 'word']]);
    expect(roles('Acme Joint Stock Cmpany', 'Company')).toEqual([['acme', 'word'], ['jsc', 'legal_form']]);
    expect(roles('Общество с ограниченной ответственностью Ромашка', 'Company').filter(([, r]) => r === 'word')).toEqual([['romashka', 'word']]);
    expect(roles('Acme Joint Stock Company', 'Company').filter(([, r]) => r === 'word')).toEqual([['acme', 'word']]);
  });

  it('gives a legal form in words, its abbreviation and its translation one class across languages', () => {
    const legalForm = (name: string) => tokens(name, { schema: 'Company' }).find((t) => t.role === 'legal_form');
    for (const [a, b] of [
      ['Общество с ограниченной ответственностью Ромашка', 'Romashka LLC'],
      // A Latin C for the Cyrillic С, as some entries write it.
      ['Общество C ограниченной ответственностью Ромашка', 'ООО Ромашка'],
      ['Товариство з обмеженою відповідальністю Ромашка', 'Romashka Limited Liability Company'],
      ['Акционерное общество Ромашка', 'Romashka Joint Stock Company'],
      ['Публичное акционерное общество Ромашка', 'ПАО Ромашка'],
      ['Адкрытае акцыянернае таварыства Ромашка', 'OJSC Romashka'],
      ['Федеральное государственное унитарное предприятие Ромашка', 'FSUE Romashka'],
    ]) {
      const x = legalForm(a!);
      const y = legalForm(b!);
      expect(x && y && sharesKey(x, y), `${a} / ${b}`).toBe(true);
    }
    // Different forms stay apart.
    expect(sharesKey(legalForm('Romashka LLC')!, legalForm('Romashka JSC')!)).toBe(false);
  });

  it('recognises CJK legal forms before romanisation', () => {
    for (const name of ['삼성전자 주식회사', '삼성전자(주)', 'トヨタ株式会社', '华为技术有限公司']) {
      expect(tokens(name, { schema: 'Company' }).some((t) => t.role === 'legal_form'), name).toBe(true);
    }
  });

  it('gives Ltd and Limited one key', () => {
    const a = tokens('Acme Ltd', { schema: 'Company' })[1];
    const b = tokens('Acme Limited', { schema: 'Company' })[1];
    expect(a && b && sharesKey(a, b)).toBe(true);
  });

  it('keeps ambiguous forms only at the edges', () => {
    expect(roles('Sayf ad-Dawla', 'Person').map(([, r]) => r)).toEqual(['word', 'common', 'word']);
    // Nasr ad-Din is one compound name, as Nasruddin is written (src/text/arabic.ts DIN_WORDS).
    expect(roles('Nasr ad-Din', 'Person')).toEqual([['nasraddin', 'word']]);
    expect(roles('Maersk A/S', 'Company').slice(1).every(([, r]) => r === 'legal_form')).toBe(true);
    expect(roles('Trading As Agents', 'Company')[1]).toEqual(['as', 'word']);
  });

  it('marks common words', () => {
    expect(roles('The Al Noor International Trading Group', 'Company')).toEqual([
      ['the', 'common'],
      ['al', 'common'],
      ['noor', 'word'],
      ['international', 'common'],
      ['trading', 'common'],
      ['group', 'common'],
    ]);
    expect(roles('Bank Melli', 'Company')[0]).toEqual(['bank', 'word']);
  });

  it('marks titles of persons', () => {
    expect(roles('Dr. Ayman al-Zawahiri', 'Person')[0]).toEqual(['dr', 'title']);
    expect(roles('Sheikh Mohammed', 'Person')[0]).toEqual(['sheikh', 'title']);
    expect(roles('Haji Abdul Karim', 'Person')[0]).toEqual(['haji', 'title']);
    expect(roles('General Ali', 'Person')[0]).toEqual(['general', 'title']);
    // Not a title when it is the only thing there, nor in an organisation.
    expect(roles('General Electric', 'Company')[0]).toEqual(['general', 'common']);
  });

  it('keeps given names that are also titles elsewhere (Amir, Emir, Prince) as name words', () => {
    expect(roles('Amir Mortazavi', 'Person')[0]).toEqual(['amir', 'word']);
    expect(roles('Emir Khamzat', 'Person')[0]).toEqual(['emir', 'word']);
    expect(roles('Prince Yormie Johnson', 'Person')[0]).toEqual(['prince', 'word']);
    // From Arabic script: عمیر (Umair) reads "amir".
    expect(roles('عمیر احمد').map(([, r]) => r)).toEqual(['word', 'word']);
  });

  it('gives abbreviations the key of the full word', () => {
    const pairs = [
      ['Tech', 'Technology'],
      ['Intl', 'International'],
      ['Mfg', 'Manufacturing'],
      ['Dev', 'Development'],
      ['Ind', 'Industries'],
      ['Coop', 'Cooperation'],
      ['Univ', 'University'],
      ['Inst', 'Institute'],
      ['Bros', 'Brothers'],
      ['Assn', 'Association'],
      ['Natl', 'National'],
    ];
    for (const [a, b] of pairs) {
      const ta = analyseName(`Acme ${a}`).readings[0]?.[1];
      const tb = analyseName(`Acme ${b}`).readings[0]?.[1];
      expect(ta && tb && sharesKey(ta, tb), `${a}/${b}`).toBe(true);
    }
  });
});
