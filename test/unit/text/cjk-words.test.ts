import { describe, expect, it } from 'vitest';
import { chineseCompoundParts, koreanCompoundParts } from '../../../src/text/cjk-words.js';
import { expectOrganisationWords, tokens } from './util.js';

const words = (parts: ReturnType<typeof chineseCompoundParts>): string[] | undefined => parts?.map((p) => (p.english ? p.english[0]! : `(${p.text})`));

describe('generic words of organisation names in Chinese characters and Hangul', () => {
  it('cuts a name written without spaces into known words (longest first) and the runs between them', () => {
    expect(words(chineseCompoundParts('成都景昕科技'))).toEqual(['(成都景昕)', 'technology']);
    // Traditional characters are read through their simplified forms.
    expect(words(chineseCompoundParts('恒邦微電子'))).toEqual(['(恒邦微)', 'electronics']);
    expect(words(chineseCompoundParts('洋山申港国际石油储运'))).toEqual(['(洋山申港)', 'international', 'petroleum', 'storage+transportation']);
    expect(words(koreanCompoundParts('조선승리산무역'))).toEqual(['korea', '(승리산)', 'trading']);
    // No known word: the name is left to the usual romanisation.
    expect(chineseCompoundParts('景昕')).toBeUndefined();
    expect(koreanCompoundParts('승리산')).toBeUndefined();
  });

  it('romanises the runs as brands and places are written: pinyin two characters to a word, a leading city word dropped; Hangul as one word', () => {
    const forms = (name: string) => tokens(name, { schema: 'Organization' }).map((t) => t.form);
    expect(forms('成都景昕科技有限公司')).toEqual(['chengdu', 'jingxin', 'technology', 'youxiangongsi']);
    expect(forms('宁波市摩利进出口有限公司')).toEqual(['ningbo', 'moli', 'import', 'export', 'youxiangongsi']);
    expect(forms('대진무역총회사')).toEqual(['daejin', 'trading', 'chonghoesa']);
    // ㄹ after a closed syllable is read n in names of places and firms (승리산: Sungnisan).
    expect(tokens('조선승리산무역회사', { schema: 'Organization' })[1]!.keys).toContain('sungnisan');
  });

  it('matches organisation names whose generic words the list translated', () => {
    expectOrganisationWords({
      translated: [
        ['成都景昕科技有限公司', 'CHENGDU JINGXIN TECHNOLOGY CO. LTD'],
        ['上海驰顺精细化工有限公司', 'Shanghai Cishun Fine Chemical CO, LTD.'],
        ['東美投資集團有限公司', 'Dongmei Investment Group Co., Limited'],
        ['香港昆侖船務有限公司', 'Kunlun Shipping Company Limited'],
        ['山东联合能源管道输送有限公司', 'SHANDONG UNITED ENERGY PIPELINE TRANSPORTATION CO LTD'],
        ['运天무역회사', 'Yuntian Trading Company'],
        ['운천무역회사', 'Unchon Trading Corporation'],
        ['조선승리산무역회사', 'Sungnisan Trading Corporation'],
        ['은성인터네트기술회사', 'Eunsong Internet Technology Company'],
      ],
      otherFirms: [
        ['成都景昕科技有限公司', 'CHENGDU HUAWEI TECHNOLOGY CO. LTD'],
        ['운천무역회사', 'Sungnisan Trading Corporation'],
      ],
    });
  });

  it('leaves persons\u2019 names to the person readings', () => {
    expect(tokens('王建设', { schema: 'Person' }).map((t) => t.form)).not.toContain('construction');
  });
});
