import { describe, expect, it } from 'vitest';
import { detectScript } from '../../../src/text/script.js';

describe('detectScript', () => {
  it.each([
    ['John Smith', 'Latin'],
    ['Владимир Путин', 'Cyrillic'],
    ['محمد علي', 'Arabic'],
    ['김정은', 'Hangul'],
    ['毛泽东', 'Han'],
    ['Κωνσταντίνος', 'Greek'],
    ['בנימין', 'Hebrew'],
    ['მიხეილ', 'Georgian'],
    ['Սերժ', 'Armenian'],
    ['ทักษิณ', 'Thai'],
    ['ທອງລຸນ ສີສຸລິດ', 'Lao'],
    ['မင်းအောင်လှိုင်', 'Myanmar'],
    ['ហ៊ុន សែន', 'Khmer'],
    ['व्लादिमीर पुतिन', 'Devanagari'],
    ['শেখ হাসিনা', 'Bengali'],
    ['ਮਨਮੋਹਨ ਸਿੰਘ', 'Gurmukhi'],
    ['નરેન્દ્ર મોદી', 'Gujarati'],
    ['ନବୀନ ପଟ୍ଟନାୟକ', 'Oriya'],
    ['விளாடிமிர் புடின்', 'Tamil'],
    ['చంద్రబాబు నాయుడు', 'Telugu'],
    ['ಸಿದ್ದರಾಮಯ್ಯ', 'Kannada'],
    ['പിണറായി വിജയൻ', 'Malayalam'],
    ['මහින්ද රාජපක්ෂ', 'Sinhala'],
    ['ኢሳያስ አፈወርቂ', 'Ethiopic'],
    ['やまだ たろう', 'Japanese'],
    ['山田 たろう', 'Japanese'],
    ['12345', 'Latin'],
  ] as const)('%s -> %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('counts vowel signs and viramas with their script', () => {
    // Combining signs (ि ् ั) belong to the block of the letters they sit on.
    expect(detectScript('कि्')).toBe('Devanagari');
    expect(detectScript('กั')).toBe('Thai');
  });

  it('takes the majority script of mixed text', () => {
    expect(detectScript('Samsung 삼성전자주식회사')).toBe('Hangul');
  });
});
