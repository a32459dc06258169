/**
 * Low-information words, personal titles and abbreviations of organisation-name words.
 * "Bank", "petroleum", "shipping" are deliberately NOT common: in sanctions lists they distinguish
 * entities (Bank Melli vs Melli Shipping), so they stay ordinary words.
 */

/**
 * Name particles: low-information in every kind of name. Persons get only these, because English
 * function words (a, an, do, in, to) are also Korean, Chinese and Vietnamese name syllables (Tae-an, Do-hoon).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de la le del della delle di da dos das du des van von der den ten ter zu al el bin ibn bint ould'.split(' '),
);

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'the of and for a an on in at by to ' +
    'de la le les del della delle di da do dos das du des e y et und der die das den dem van von ten ter zu ' +
    'al el bin ibn bint ben ould ' +
    'trading trade traders international company group holding holdings general enterprise enterprises ' +
    'industries industry industrial services service import export importers exporters global ' +
    'investment investments commercial partners associates ventures worldwide ' +
    'intl grp hldg hldgs trdg svc svcs ind inds'
  ).split(' '),
);

/**
 * Titles and honorifics: only treated as titles when they lead the name, or when never a given name.
 * Amir and Emir are not among them: on the real lists every one of the 72 names they lead is a given
 * name (Amir Mortazavi, Amir Khan Muttaqi, Emir Khamzat), and dropping it made "Amir Ahmad" the listed
 * "AHMAD" at 100%. Nor are "ing" (Khmer and Chinese names: Ing Dara) and "prince" (the only listed
 * names it leads are Prince Yormie Johnson's, whose given name it is).
 */
const TITLES_LEADING = new Set(
  (
    'mr mrs ms miss mister madam mme mlle herr frau sr sra srta dr doctor prof professor sir lord lady dame ' +
    'general gen colonel col lieutenant lt major maj captain capt admiral adm brigadier brig commander cdr ' +
    'marshal sergeant sgt judge rev reverend father imam king queen mufti qari ' +
    'ayatollah hojatoleslam maulvi eng engineer'
  ).split(' '),
);
const TITLES_ANYWHERE = new Set(
  'haji hajji hadji haj hajj alhaj alhaji alhajj sheikh shaykh shaikh sheik shaik mullah mulla maulana mawlana moulana sayyid sayed syed sayid'.split(
    ' ',
  ),
);

export function isTitle(form: string, leading: boolean): boolean {
  return TITLES_ANYWHERE.has(form) || (leading && TITLES_LEADING.has(form));
}

/** Abbreviation and inflection -> one canonical word, so Tech and Technology share a key. */
const ABBREVIATIONS: [canonical: string, variants: string][] = [
  ['technology', 'tech techn technol technologies technology technologie technologia tecnologia'],
  ['international', 'intl int internat international internacional internationale'],
  ['manufacturing', 'mfg mfr manuf manufacturing manufacturer manufacturers manufacture'],
  ['development', 'dev devt development developments'],
  ['industry', 'ind inds indus industries industry industrial'],
  ['cooperative', 'coop cooperation cooperative cooperatives'],
  ['university', 'univ uni university universities'],
  ['institute', 'inst institute institution institut instituto'],
  ['company', 'co cos company companies cie compania compagnie'],
  ['brothers', 'bros brothers bro brother'],
  ['association', 'assn assoc association associations'],
  ['national', 'natl nat national nacional nationale'],
  ['department', 'dept department'],
  ['government', 'govt government'],
  ['management', 'mgmt mgt management'],
  ['services', 'svc svcs serv services service'],
  ['systems', 'sys syst systems system'],
  ['engineering', 'engg engineering'],
  ['group', 'grp group groups'],
  ['holding', 'hldg hldgs holding holdings'],
  ['investment', 'inv invest investment investments'],
  ['trading', 'trdg trading trade'],
  ['shipping', 'shpg shipping'],
  ['marketing', 'mktg marketing'],
  ['electronics', 'elec electronic electronics'],
  ['chemical', 'chem chemical chemicals'],
  ['pharmaceutical', 'pharm pharma pharmaceutical pharmaceuticals'],
  ['corporation', 'corp corporation corporations'],
  ['limited', 'ltd limited'],
  ['incorporated', 'inc incorporated'],
  ['enterprise', 'ent enterprise enterprises'],
  ['saint', 'st saint ste'],
  ['mount', 'mt mount'],
];

export const CANONICAL_WORD: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.flatMap(([canonical, variants]) => variants.split(' ').map((v): [string, string] => [v, canonical])),
);
