import { describe, expect, it } from 'vitest';
import { indicForeignSpellings, indicSpellings, indicToLatin } from '../../../src/text/indic.js';
import { spellOut } from '../../../src/text/spellings.js';

describe('spellOut', () => {
  it('gives the usual spelling first, then one change at a time, then two', () => {
    expect(spellOut([['k'], ['a', 'o'], ['v', 'w']])).toEqual(['kav', 'kov', 'kaw', 'kow']);
  });

  it('drops empty and repeated spellings and stops at the limit', () => {
    expect(spellOut([['a', ''], ['', 'a']])).toEqual(['a', 'aa']);
    expect(spellOut([['a', 'b', 'c'], ['x', 'y', 'z']], 3)).toHaveLength(3);
  });
});

describe('Devanagari (Hindi, Marathi, Nepali)', () => {
  it.each([
    ['पुतिन', 'putin'],
    ['व्लादिमीर', 'vladimir'],
    ['मोहम्मद', 'mohammad'],
    ['मोदी', 'modi'],
    ['संजय', 'sanjay'],
    ['अंबानी', 'ambani'],
    ['स्वामी', 'swami'],
    ['ज़रदारी', 'zardari'],
    ['फ़ारूक़', 'faruq'],
    ['ज्ञानेन्द्र', 'gyanendra'],
  ])('%s -> %s', (word, latin) => {
    expect(indicToLatin(word)).toBe(latin);
  });

  it('drops the final inherent vowel, but keeps it after a cluster ending in a semivowel or nasal', () => {
    expect(indicToLatin('राम')).toBe('ram');
    expect(indicToLatin('नरेंद्र')).toBe('narendra');
    expect(indicToLatin('चन्द्र')).toBe('chandra');
    expect(indicToLatin('सत्य')).toBe('satya');
    expect(indicToLatin('कृष्ण')).toBe('krishna');
    expect(indicToLatin('आनन्द')).toBe('anand');
    expect(indicToLatin('डॉनल्ड')).toBe('donald');
    // The other reading is a variant.
    expect(indicSpellings('राम')).toContain('rama');
    expect(indicSpellings('नरेंद्र')).toContain('narendr');
  });

  it('drops medial inherent vowels between a vowel + consonant and a consonant + vowel, from the right', () => {
    expect(indicToLatin('जवाहरलाल')).toBe('javaharlal');
    expect(indicToLatin('मोहनदास')).toBe('mohandas');
    expect(indicToLatin('रहमान')).toBe('rahman');
    expect(indicToLatin('कमला')).toBe('kamla');
    expect(indicToLatin('अरविंद')).toBe('arvind');
    expect(indicSpellings('जवाहरलाल')).toContain('jawaharlal');
  });

  it('spells anusvara by the next consonant and long vowels with ee / oo variants', () => {
    expect(indicToLatin('सिंह')).toBe('singh');
    expect(indicSpellings('सईद')).toEqual(expect.arrayContaining(['said', 'saeed']));
    expect(indicSpellings('मसूद')).toContain('masood');
    expect(indicSpellings('दाऊद')).toEqual(expect.arrayContaining(['daud', 'dawood']));
    expect(indicSpellings('हुसैन')).toEqual(expect.arrayContaining(['husain', 'husein']));
  });
});

describe('Bengali', () => {
  it.each([
    ['হাসিনা', 'hasina'],
    ['রহমান', 'rahman'],
    ['মুজিবুর', 'mujibur'],
    ['ইউনূস', 'yunus'],
    ['খালেদা', 'khaleda'],
  ])('%s -> %s', (word, latin) => {
    expect(indicToLatin(word)).toBe(latin);
  });

  it('reads য়, ব-ফলা and the sibilants as names spell them', () => {
    expect(indicSpellings('জিয়া')).toEqual(expect.arrayContaining(['jiya', 'zia']));
    expect(indicSpellings('বিশ্বাস')).toContain('biswas');
  });

  it('reads foreign names with ভ as v and the inherent vowel as o', () => {
    expect(indicForeignSpellings('লাভরভ')[0]).toBe('lavrov');
    expect(indicForeignSpellings('ভ্লাদিমির')[0]).toBe('vladimir');
  });
});

describe('Gurmukhi, Gujarati, Oriya', () => {
  it('reads Punjabi tippi, addak and final vowels', () => {
    expect(indicToLatin('ਸਿੰਘ')).toBe('singh');
    expect(indicToLatin('ਮਨਮੋਹਨ')).toBe('manmohan');
    expect(indicToLatin('ਅੱਕੀ')).toBe('akki');
  });

  it('reads Gujarati like Hindi', () => {
    expect(indicToLatin('નરેન્દ્ર')).toBe('narendra');
    expect(indicToLatin('મોદી')).toBe('modi');
  });

  it('reads Oriya ବ as b or v', () => {
    expect(indicSpellings('ନବୀନ')).toEqual(expect.arrayContaining(['nabin', 'naveen']));
  });
});

describe('Dravidian scripts keep the inherent vowel', () => {
  it('Tamil stops are voiced between vowels and after nasals', () => {
    expect(indicToLatin('முருகன்')).toBe('murugan');
    expect(indicToLatin('ஸ்டாலின்')).toBe('stalin');
    expect(indicToLatin('முத்து')).toBe('muthu');
    expect(indicToLatin('பச்சை')).toBe('pachai');
    expect(indicSpellings('கருணாநிதி')).toContain('karunanidhi');
  });

  it('Tamil foreign names write voiced stops with the voiceless letters', () => {
    expect(indicForeignSpellings('தாவூத்')[0]).toBe('davud');
    expect(indicForeignSpellings('இப்ராஹிம்')[0]).toBe('ibrahim');
    expect(indicForeignSpellings('ஸ்டாலின்')[0]).toBe('stalin');
  });

  it('Telugu, Kannada and Malayalam (chillus)', () => {
    expect(indicToLatin('చంద్రబాబు')).toBe('chandrababu');
    expect(indicToLatin('ಸಿದ್ದರಾಮಯ್ಯ')).toBe('siddaramayya');
    expect(indicToLatin('വിജയൻ')).toBe('vijayan');
    expect(indicToLatin('മോഹൻലാൽ')).toBe('mohanlal');
    expect(indicToLatin('രമേശ്')).toBe('ramesh');
  });
});

describe('Sinhala', () => {
  it.each([
    ['මහින්ද', 'mahinda'],
    ['රාජපක්ෂ', 'rajapaksa'],
    ['රනිල්', 'ranil'],
  ])('%s -> %s', (word, latin) => {
    expect(indicToLatin(word)).toBe(latin);
  });

  it('offers the unaspirated spellings', () => {
    expect(indicSpellings('ගෝඨාභය')).toContain('gotabaya');
  });
});

it('returns nothing for a word without Indic letters', () => {
  expect(indicSpellings('abc')).toEqual([]);
});
