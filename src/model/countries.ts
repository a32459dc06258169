import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * Spellings the official lists use that the ISO names do not cover. Keys are folded
 * (lower case, letters only) so punctuation and word order quirks ("Korea, North") match.
 */
const LIST_ALIASES: Record<string, string> = {
  koreanorth: 'KP',
  northkorea: 'KP',
  dprk: 'KP',
  democraticpeoplesrepublicofkorea: 'KP',
  koreademocraticpeoplesrepublicof: 'KP',
  koreadpr: 'KP',
  koreasouth: 'KR',
  southkorea: 'KR',
  republicofkorea: 'KR',
  korearepublicof: 'KR',
  burma: 'MM',
  russia: 'RU',
  russianfederation: 'RU',
  iran: 'IR',
  iranislamicrepublicof: 'IR',
  islamicrepublicofiran: 'IR',
  syria: 'SY',
  syrianarabrepublic: 'SY',
  laos: 'LA',
  vietnam: 'VN',
  macau: 'MO',
  macao: 'MO',
  hongkong: 'HK',
  taiwan: 'TW',
  palestinianterritories: 'PS',
  palestine: 'PS',
  westbank: 'PS',
  gaza: 'PS',
  occupiedpalestinianterritories: 'PS',
  congodemocraticrepublicofthe: 'CD',
  democraticrepublicofthecongo: 'CD',
  drc: 'CD',
  congorepublicofthe: 'CG',
  republicofthecongo: 'CG',
  tanzania: 'TZ',
  unitedrepublicoftanzania: 'TZ',
  bolivia: 'BO',
  venezuela: 'VE',
  moldova: 'MD',
  republicofmoldova: 'MD',
  turkey: 'TR',
  turkiye: 'TR',
  czechrepublic: 'CZ',
  ivorycoast: 'CI',
  cotedivoire: 'CI',
  unitedkingdom: 'GB',
  uk: 'GB',
  greatbritain: 'GB',
  unitedstates: 'US',
  usa: 'US',
  unitedstatesofamerica: 'US',
  uae: 'AE',
  unitedarabemirates: 'AE',
  kosovo: 'XK',
  crimearegionofukraine: 'UA',
  crimea: 'UA',
  bosniaandherzegovina: 'BA',
  northmacedonia: 'MK',
  macedonia: 'MK',
  theformeryugoslavrepublicofmacedonia: 'MK',
  eswatini: 'SZ',
  swaziland: 'SZ',
  capeverde: 'CV',
  caboverde: 'CV',
  gambia: 'GM',
  thegambia: 'GM',
  bahamas: 'BS',
  thebahamas: 'BS',
  netherlands: 'NL',
  thenetherlands: 'NL',
  vaticancity: 'VA',
  holysee: 'VA',
  brunei: 'BN',
  micronesia: 'FM',
  saintkittsandnevis: 'KN',
  stkittsandnevis: 'KN',
  saintvincentandthegrenadines: 'VC',
  stvincentandthegrenadines: 'VC',
  saintlucia: 'LC',
  stlucia: 'LC',
  timorleste: 'TL',
  easttimor: 'TL',
  sudansouth: 'SS',
  southsudan: 'SS',
  yemenrepublicof: 'YE',
  // Long official forms the UN and EU write.
  unitedkingdomofgreatbritainandnorthernireland: 'GB',
  chinahongkongspecialadministrativeregion: 'HK',
  hongkongspecialadministrativeregionofchina: 'HK',
  chinamacaospecialadministrativeregion: 'MO',
  britishvirginislands: 'VG',
  // OFAC's spellings.
  sintmaarten: 'SX',
  stvincentandgrenadines: 'VC',
};

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const cache = new Map<string, string | undefined>();

/** ISO 3166-1 alpha-2 code for a country name or code as the lists write it, or undefined when unknown. */
export function countryCode(nameOrCode: string | undefined | null): string | undefined {
  if (!nameOrCode) return undefined;
  const raw = nameOrCode.trim();
  if (raw === '') return undefined;
  if (cache.has(raw)) return cache.get(raw);
  let code: string | undefined;
  if (/^[A-Za-z]{2}$/.test(raw) && countries.isValid(raw.toUpperCase())) code = raw.toUpperCase();
  else if (/^[A-Za-z]{3}$/.test(raw) && countries.isValid(raw.toUpperCase())) code = countries.alpha3ToAlpha2(raw.toUpperCase());
  if (!code) {
    const alias = LIST_ALIASES[fold(raw)];
    if (alias !== undefined) code = alias || undefined;
  }
  if (!code) code = countries.getAlpha2Code(raw, 'en') ?? undefined;
  if (!code) {
    // Lists also write "Korea, North" style names: try the part order swapped.
    const comma = raw.indexOf(',');
    if (comma > 0) code = countries.getAlpha2Code(`${raw.slice(comma + 1).trim()} ${raw.slice(0, comma).trim()}`, 'en') ?? undefined;
  }
  if (cache.size < 10_000) cache.set(raw, code);
  return code;
}

/**
 * Nationality adjectives as lists write them in citizenship fields ("Russian and Ukrainian",
 * "Iranian"), mapped to ISO 3166-1 alpha-2. Country names themselves go through countryCode().
 */
const DEMONYMS: Record<string, string> = {
  afghan: 'AF', afghani: 'AF', albanian: 'AL', algerian: 'DZ', american: 'US', angolan: 'AO', argentine: 'AR', argentinian: 'AR',
  armenian: 'AM', australian: 'AU', austrian: 'AT', azerbaijani: 'AZ', bahraini: 'BH', bangladeshi: 'BD', belarusian: 'BY',
  belarussian: 'BY', belgian: 'BE', bosnian: 'BA', brazilian: 'BR', british: 'GB', bulgarian: 'BG', burmese: 'MM', burundian: 'BI',
  cambodian: 'KH', cameroonian: 'CM', canadian: 'CA', central_african: 'CF', chadian: 'TD', chilean: 'CL', chinese: 'CN',
  colombian: 'CO', congolese: 'CD', croatian: 'HR', cuban: 'CU', cypriot: 'CY', czech: 'CZ', danish: 'DK', dutch: 'NL',
  egyptian: 'EG', emirati: 'AE', eritrean: 'ER', estonian: 'EE', ethiopian: 'ET', filipino: 'PH', finnish: 'FI', french: 'FR',
  georgian: 'GE', german: 'DE', ghanaian: 'GH', greek: 'GR', guinean: 'GN', haitian: 'HT', hungarian: 'HU', indian: 'IN',
  indonesian: 'ID', iranian: 'IR', iraqi: 'IQ', irish: 'IE', israeli: 'IL', italian: 'IT', ivorian: 'CI', japanese: 'JP',
  jordanian: 'JO', kazakh: 'KZ', kazakhstani: 'KZ', kenyan: 'KE', kosovan: 'XK', kuwaiti: 'KW', kyrgyz: 'KG', latvian: 'LV',
  lebanese: 'LB', liberian: 'LR', libyan: 'LY', lithuanian: 'LT', macedonian: 'MK', malaysian: 'MY', malian: 'ML',
  mauritanian: 'MR', mexican: 'MX', moldovan: 'MD', mongolian: 'MN', montenegrin: 'ME', moroccan: 'MA', myanmar: 'MM',
  nicaraguan: 'NI', nigerian: 'NG', nigerien: 'NE', north_korean: 'KP', norwegian: 'NO', omani: 'OM', pakistani: 'PK',
  palestinian: 'PS', philippine: 'PH', polish: 'PL', portuguese: 'PT', qatari: 'QA', romanian: 'RO', russian: 'RU',
  rwandan: 'RW', saudi: 'SA', saudi_arabian: 'SA', senegalese: 'SN', serbian: 'RS', singaporean: 'SG', slovak: 'SK',
  slovenian: 'SI', somali: 'SO', south_african: 'ZA', south_korean: 'KR', south_sudanese: 'SS', spanish: 'ES',
  sri_lankan: 'LK', sudanese: 'SD', swedish: 'SE', swiss: 'CH', syrian: 'SY', taiwanese: 'TW', tajik: 'TJ', tajikistani: 'TJ',
  tanzanian: 'TZ', thai: 'TH', trinidadian: 'TT', tunisian: 'TN', turkish: 'TR', turkmen: 'TM', ugandan: 'UG', ukrainian: 'UA',
  uzbek: 'UZ', uzbekistani: 'UZ', venezuelan: 'VE', vietnamese: 'VN', yemeni: 'YE', zimbabwean: 'ZW',
};

/** Resolves a country name, code or nationality adjective ("Iranian", "North Korean"). */
export function countryOrDemonym(text: string): string | undefined {
  const t = text.trim().replace(/\s+(?:national|citizen)$/i, '');
  return countryCode(t) ?? DEMONYMS[t.toLowerCase().replace(/[\s-]+/g, '_')];
}

export function countryName(code: string): string | undefined {
  if (code === 'XK') return 'Kosovo';
  return countries.getName(code, 'en') ?? undefined;
}
