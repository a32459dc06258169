import type { TokenRole } from './types.js';
import { compoundKey } from './arabic.js';
import { CHINESE_SURNAME_BY_SPELLING, siniticFold } from './chinese.js';
import { ARABIC_GIVEN_NAME } from './arabic-names.js';
import { EUROPEAN_GIVEN_NAME } from './european-names.js';
import { EAST_SLAVIC_GIVEN_NAME, eastSlavicPatronymic, spellingFolds } from './cyrillic.js';
import { KOREAN_SURNAME_BY_SPELLING } from './korean-surnames.js';
import { LEGAL_FORM_CLASS } from './legal-forms.js';
import { phoneticKey } from './phonetic.js';
import { CANONICAL_WORD } from './stopwords.js';

/**
 * Key prefixes keep the kinds of keys apart in one index, so a phonetic code can never equal a
 * spelling by accident:
 *   (none) the form, and the canonical spelling (umlauts, doubled letters, abbreviations)
 *   =      spelling fold holding a digraph class symbol (X C S Z K); a fold of plain letters
 *          (Jusuf -> yusuf, Wladimir -> vladimir) carries no prefix, because it is a spelling and must
 *          meet the token that is spelled that way
 *   z=     Sinitic (pinyin / Wade–Giles) class
 *   k:     Korean surname class,  c: Chinese surname class
 *   g:     East Slavic given name (Oleg / Oleh, Nikolay / Mykola)
 *   e:     European given name in its languages' forms (Philip / Philippe / Felipe, Stephen / Steven)
 *   #      legal-form class
 *   ~      phonetic key
 *   +      Arabic theophoric compound: stem skeleton and kind (Nasruddin/Nasreddine -> +NSL+din)
 */

/** German umlaut digraphs and doubled letters: Mueller, Müller (-> muller) and Muller meet on "muler". */
export function canonicalSpelling(form: string): string {
  const word = CANONICAL_WORD.get(form);
  if (word !== undefined) return word;
  let s = form;
  // Only in longer words: in short Korean syllables (Baek, Jae) "ae" is a vowel of its own.
  if (s.length > 4) s = s.replace(UMLAUT_DIGRAPH, '$1');
  return s.replace(DOUBLED, '$1');
}
const UMLAUT_DIGRAPH = /(?<=[^aeiouy])([aou])e(?=[^aeiouy])/g;
const DOUBLED = /([a-z])\1+/g;
const PLAIN = /^[a-z0-9]+$/;

/** canonicalSpelling without the doubled-letter step: the folds read ee/oo as long vowels (Rasheed, Mahmood). */
function foldInput(rich: string): string {
  const word = CANONICAL_WORD.get(rich);
  if (word !== undefined) return word;
  return rich.length > 4 ? rich.replace(UMLAUT_DIGRAPH, '$1') : rich;
}

const CACHE_LIMIT = 200_000;
/** role -> form -> keys; the rich spelling differs from the form only for a few accented words. */
let cache = new Map<TokenRole, Map<string, string[]>>();
let cacheSize = 0;

function pushUnique(keys: string[], key: string | null | undefined): void {
  if (key && !keys.includes(key)) keys.push(key);
}

function computeKeys(form: string, rich: string, role: TokenRole): string[] {
  const keys = [form];
  if (role === 'number' || role === 'initial') return keys;
  if (role === 'legal_form') {
    pushUnique(keys, '#' + (LEGAL_FORM_CLASS.get(form) ?? canonicalSpelling(form)));
    return keys;
  }
  const canonical = canonicalSpelling(form);
  pushUnique(keys, canonical);
  const richCanonical = rich === form ? canonical : canonicalSpelling(rich);
  const phon = phoneticKey(richCanonical);
  if (role === 'title' || role === 'common') {
    if (phon.length > 0) pushUnique(keys, '~' + phon);
    return keys;
  }
  // A token that parses as pinyin/Wade–Giles syllables gets the Sinitic class instead of the Slavic one:
  // short syllables (Chin, Choe) are where both would fire, and they are rarely Slavic.
  const sinitic = siniticFold(form);
  if (sinitic !== null) {
    if (sinitic !== form) pushUnique(keys, 'z=' + sinitic);
  } else {
    for (const fold of spellingFolds(foldInput(rich))) {
      if (fold !== canonical && fold !== form) pushUnique(keys, PLAIN.test(fold) ? fold : '=' + fold);
    }
  }
  if (form.length >= 7) pushUnique(keys, compoundKey(form, phoneticKey));
  for (const id of KOREAN_SURNAME_BY_SPELLING.get(form) ?? []) pushUnique(keys, 'k:' + id);
  for (const id of CHINESE_SURNAME_BY_SPELLING.get(form) ?? []) pushUnique(keys, 'c:' + id);
  const slavic = EAST_SLAVIC_GIVEN_NAME.get(form) ?? EAST_SLAVIC_GIVEN_NAME.get(canonical);
  if (slavic !== undefined) pushUnique(keys, 'g:' + slavic);
  const patronymic = form.length >= 8 ? eastSlavicPatronymic(form) : null;
  if (patronymic !== null) pushUnique(keys, 'p:' + patronymic);
  const arabic = ARABIC_GIVEN_NAME.get(form) ?? ARABIC_GIVEN_NAME.get(canonical);
  if (arabic !== undefined) pushUnique(keys, 'a:' + arabic);
  const european = EUROPEAN_GIVEN_NAME.get(form) ?? EUROPEAN_GIVEN_NAME.get(canonical);
  if (european !== undefined) pushUnique(keys, 'e:' + european);
  if (phon.length > 0) pushUnique(keys, '~' + phon);
  return keys;
}

/**
 * Keys of one Latin token. Memoised: list names repeat a small vocabulary of tokens many times over,
 * and the folds are the costly part of analysis. The arrays are shared between tokens, hence frozen.
 */
export function latinKeys(form: string, rich: string, role: TokenRole): string[] {
  const id = rich === form ? form : form + '\u0000' + rich;
  let byRole = cache.get(role);
  if (byRole === undefined) {
    byRole = new Map();
    cache.set(role, byRole);
  }
  let keys = byRole.get(id);
  if (keys === undefined) {
    keys = Object.freeze(computeKeys(form, rich, role)) as string[];
    if (++cacheSize > CACHE_LIMIT) {
      cache = new Map([[role, (byRole = new Map())]]);
      cacheSize = 1;
    }
    byRole.set(id, keys);
  }
  return keys;
}
