import { describe, expect, it } from 'vitest';
import { ethiopicSpellings, ethiopicToLatin } from '../../../src/text/ethiopic.js';

describe('Ethiopic (Amharic, Tigrinya)', () => {
  it.each([
    ['ኢሳያስ', 'isayas'],
    ['አፈወርቂ', 'afewerki'],
    ['መለስ', 'meles'],
    ['ዜናዊ', 'zenawi'],
    ['ዐቢይ', 'abiy'],
    ['አሕመድ', 'ahmed'],
    ['ኃይለ', 'haile'],
    ['ማርያም', 'mariam'],
    ['ደሳለኝ', 'desalegn'],
    ['ደብረጽዮን', 'debretsion'],
    ['ቴዎድሮስ', 'tewodros'],
    ['ተስፋዬ', 'tesfaye'],
    ['ቭላዲሚር', 'vladimir'],
    ['ፑቲን', 'putin'],
  ])('%s -> %s', (word, latin) => {
    expect(ethiopicToLatin(word)).toBe(latin);
  });

  it('gives the sixth order an i where three consonants would meet or a word would open with two', () => {
    expect(ethiopicToLatin('መንግሥቱ')).toBe('mengistu');
    expect(ethiopicToLatin('ግርማ')).toBe('girma');
    expect(ethiopicToLatin('ብርሃኑ')).toBe('birhanu');
  });

  it('offers the other spellings names use', () => {
    expect(ethiopicSpellings('ማርያም')).toContain('maryam');
    expect(ethiopicSpellings('ኃይለ')).toContain('hayle');
    expect(ethiopicSpellings('ደሳለኝ')).toContain('desaleny');
    expect(ethiopicSpellings('ብርሃኑ')).toContain('berhanu');
  });

  it('reads the labialised rows', () => {
    expect(ethiopicToLatin('ቋንቋ')).toBe('kwankwa');
  });
});
