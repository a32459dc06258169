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
    ['やまだ たろう', 'Japanese'],
    ['山田 たろう', 'Japanese'],
    ['12345', 'Latin'],
  ] as const)('%s -> %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('takes the majority script of mixed text', () => {
    expect(detectScript('Samsung 삼성전자주식회사')).toBe('Hangul');
  });
});
