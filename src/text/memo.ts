/**
 * Bounded memoisation for per-word functions. Names repeat a small vocabulary of words, so caching
 * romanisations and keys by word removes most of the work at index build; the bound keeps memory
 * flat on adversarial input (the cache is simply dropped when full).
 */
export function memoise<R>(fn: (word: string) => R, limit = 100_000): (word: string) => R {
  let cache = new Map<string, R>();
  return (word: string): R => {
    let hit = cache.get(word);
    if (hit === undefined && !cache.has(word)) {
      hit = fn(word);
      if (cache.size >= limit) cache = new Map();
      cache.set(word, hit);
    }
    return hit as R;
  };
}
