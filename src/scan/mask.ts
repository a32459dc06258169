/**
 * A 64-bit signature of a set of spelling keys (two 32-bit halves): if two signatures share no bit,
 * the key sets share no key. Lets the scanner reject most (token, name) pairs with one AND instead
 * of hash-set look-ups.
 */
export interface KeyMask {
  lo: number;
  hi: number;
}

function bit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 64;
}

/** Signature of the spelling keys (the coarse phonetic "~" keys are left out: they prove too little). */
export function keyMask(keys: Iterable<string>, into: KeyMask = { lo: 0, hi: 0 }): KeyMask {
  for (const k of keys) {
    if (k.charCodeAt(0) === 126) continue;
    const b = bit(k);
    if (b < 32) into.lo |= 1 << b;
    else into.hi |= 1 << (b - 32);
  }
  return into;
}

export function masksMeet(a: KeyMask, b: KeyMask): boolean {
  return (a.lo & b.lo) !== 0 || (a.hi & b.hi) !== 0;
}
