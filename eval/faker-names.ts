import {
  fakerAR,
  fakerDE,
  fakerEL,
  fakerEN,
  fakerEN_GB,
  fakerEN_IN,
  fakerEN_NG,
  fakerES,
  fakerFA,
  fakerFR,
  fakerHE,
  fakerHY,
  fakerID_ID,
  fakerIT,
  fakerJA,
  fakerKO,
  fakerPL,
  fakerPT_BR,
  fakerRU,
  fakerTR,
  fakerUK,
  fakerUR,
  fakerVI,
  fakerZH_CN,
  type Faker,
} from '@faker-js/faker';
import type { EntityKind } from './variants.js';

/**
 * Realistic names of people and companies that are not on any list, across the locales whose names
 * a screening system meets (and whose scripts the engine transliterates), for the false-alert rate.
 */
export const FAKER_LOCALES: Readonly<Record<string, Faker>> = {
  en: fakerEN,
  en_GB: fakerEN_GB,
  en_IN: fakerEN_IN,
  en_NG: fakerEN_NG,
  de: fakerDE,
  fr: fakerFR,
  es: fakerES,
  it: fakerIT,
  pt_BR: fakerPT_BR,
  pl: fakerPL,
  tr: fakerTR,
  ru: fakerRU,
  uk: fakerUK,
  ar: fakerAR,
  fa: fakerFA,
  ur: fakerUR,
  he: fakerHE,
  el: fakerEL,
  hy: fakerHY,
  ko: fakerKO,
  zh_CN: fakerZH_CN,
  ja: fakerJA,
  vi: fakerVI,
  id_ID: fakerID_ID,
};

const FAMILY_FIRST = new Set(['ko', 'zh_CN', 'ja', 'vi']);

export interface FakeName {
  locale: string;
  kind: EntityKind;
  name: string;
}

export interface FakeNameOptions {
  seed: number;
  personsPerLocale: number;
  companiesPerLocale: number;
  locales?: readonly string[];
}

/** Seeded per locale, so the names of one locale do not depend on which other locales are drawn. */
export function fakeNames(options: FakeNameOptions): FakeName[] {
  const out: FakeName[] = [];
  const seen = new Set<string>();
  const locales = options.locales ?? Object.keys(FAKER_LOCALES);
  locales.forEach((locale, li) => {
    const faker = FAKER_LOCALES[locale];
    if (!faker) throw new Error(`no faker locale ${locale}`);
    faker.seed(options.seed * 1000 + li);
    const draw = (kind: EntityKind, n: number, make: () => string) => {
      // Small locales repeat themselves; duplicates would count one false alert several times.
      for (let i = 0, tries = 0; i < n && tries < n * 5; tries++) {
        const name = make().trim();
        const key = `${kind}:${name}`;
        if (!name || seen.has(key)) continue;
        seen.add(key);
        out.push({ locale, kind, name });
        i++;
      }
    };
    draw('person', options.personsPerLocale, () =>
      // Half with the locale's prefixes and suffixes ("Frau", "Jr."), half bare, as client files come;
      // family-name-first locales only as the locale writes them ("司徒一诺", not "一诺 司徒").
      FAMILY_FIRST.has(locale) || faker.datatype.boolean() ? faker.person.fullName() : `${faker.person.firstName()} ${faker.person.lastName()}`,
    );
    draw('organization', options.companiesPerLocale, () => faker.company.name());
  });
  return out;
}
