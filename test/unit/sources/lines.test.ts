import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/sources/lines.js';

const collect = async (chunks: Buffer[], max?: number) => {
  const out: [number, string][] = [];
  for await (const l of readLines(Readable.from(chunks), 'f.txt', max)) out.push([l.line, l.text]);
  return out;
};

describe('readLines', () => {
  it('numbers lines, drops the BOM and CR, and joins characters split across chunks', async () => {
    const bytes = Buffer.from('\ufeffa,b\r\n김상만\nlast', 'utf8');
    // Split inside the first Hangul syllable (3 bytes).
    const cut = Buffer.from('\ufeffa,b\r\n', 'utf8').length + 1;
    expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
      [1, 'a,b'],
      [2, '김상만'],
      [3, 'last'],
    ]);
  });
  it('rejects a line longer than the limit with its number', async () => {
    await expect(collect([Buffer.from('ok\nxxxxxxxxxx\n')], 5)).rejects.toThrow(/^f\.txt:line 2: line exceeds 5 characters/);
    await expect(collect([Buffer.from('ok\nxxxx'), Buffer.from('xxxxxx')], 5)).rejects.toThrow(/^f\.txt:line 2: line exceeds/);
  });
  it('rejects a character cut off at the end of the file', async () => {
    await expect(collect([Buffer.from([0x61, 0x0a, 0xea, 0xb9])])).rejects.toThrow(/line 2: invalid UTF-8 byte sequence \(truncated/);
  });
  it('names the line of an invalid byte in a later chunk', async () => {
    await expect(collect([Buffer.from('a\nb\n'), Buffer.from([0x63, 0x0a, 0x64, 0xff])])).rejects.toThrow(/^f\.txt:line 4: invalid UTF-8/);
  });
});
