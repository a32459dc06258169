import { countryCode } from '../model/countries.js';

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
