import { describe, it } from 'vitest';
import { expectAlert, expectClear } from './util.js';

describe('Hebrew names against their Latin spellings', () => {
  it('reads each letter against the Latin spellings it has, the unwritten vowels and silent letters allowed, as for Arabic script', () => {
    // Names of persons on the US and UK settler-violence designations, as the lists spell them.
    expectAlert(
      [
        ['מאיר אטינגר', 'Meir Ettinger'],
        ['אלישע ירד', 'Elisha Yered'],
        ['ינון לוי', 'Yinon Levi'],
        ['משה שרביט', 'Moshe Sharvit'],
        ['נריה בן פזי', 'Neria Ben Pazi'],
        ['דניאלה וייס', 'Daniella Weiss'],
        ['אילי פדרמן', 'Ely FEDERMAN'],
      ],
      'Person',
    );
  });

  it('does not let the freedom of unwritten vowels meet another name', () => {
    expectClear(
      [
        ['מאיר אטינגר', 'Meir Dagan'],
        ['דניאלה וייס', 'Daniella Cohen'],
        ['משה שרביט', 'Moshe Sharon'],
        ['ינון לוי', 'Yoni Lavi'],
      ],
      'Person',
    );
  });
});
