/**
 * Splits the enumerations lists write inside one field: "(1) Russia (2) Ukraine" (OFSI) and
 * "a) Mullah b) Haji" (UN-derived lists such as DFAT). Text without markers comes back whole.
 * Markers are taken only at the start or after whitespace, so "C-1)" or "Room 2)" stay intact,
 * and letter markers only when they run a), b), c)… in order from the first.
 */
export function splitEnumerated(text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  const clean = (parts: string[]): string[] => parts.map((p) => p.trim().replace(/[;,.]$/, '').trim()).filter((p) => p !== '');
  if (/^\(1\)/.test(t)) return clean(t.split(/(?:^|\s)\(\d{1,2}\)\s*/));
  if (/^a\)\s/i.test(t)) {
    const parts: string[] = [];
    let expected = 'a'.charCodeAt(0);
    let start = 0;
    const re = /(?:^|\s)([a-z])\)\s/gi;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const letter = (m[1] as string).toLowerCase().charCodeAt(0);
      if (letter !== expected) continue;
      if (m.index > 0 || start > 0) parts.push(t.slice(start, m.index));
      start = m.index + m[0].length;
      expected++;
    }
    parts.push(t.slice(start));
    return clean(parts);
  }
  return [t];
}
