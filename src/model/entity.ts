/**
 * The one entity model every list is parsed into, in the spirit of FollowTheMoney.
 * Plain JSON-serialisable data: entities are stored as JSON and diffed field by field.
 */

export const SCHEMAS = ['Person', 'Organization', 'Company', 'Vessel', 'Aircraft', 'CryptoWallet', 'LegalEntity'] as const;
export type Schema = (typeof SCHEMAS)[number];

/** How a name relates to the entity, from strongest to weakest. */
export type NameKind = 'primary' | 'aka' | 'fka' | 'weak' | 'low_quality' | 'original_script';

/** ISO 15924-ish script tag, detected from the characters when the source does not say. */
export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Arabic'
  | 'Hangul'
  | 'Han'
  | 'Greek'
  | 'Hebrew'
  | 'Georgian'
  | 'Armenian'
  | 'Thai'
  | 'Lao'
  | 'Myanmar'
  | 'Khmer'
  | 'Devanagari'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Oriya'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Ethiopic'
  | 'Japanese'
  | 'Other';

export interface NameParts {
  given?: string;
  middle?: string;
  family?: string;
  patronymic?: string;
  matronymic?: string;
  title?: string;
  suffix?: string;
  /** Sources that split names positionally (UN FIRST_NAME..FOURTH_NAME, OFSI Name 1..6) keep the order here. */
  ordered?: string[];
}

export interface Name {
  full: string;
  kind: NameKind;
  script?: Script;
  /** BCP 47 language where the source gives it (e.g. "ko", "ru"). */
  lang?: string;
  parts?: NameParts;
}

/**
 * A partial date: "1965", "1965-04" or "1965-04-25".
 * A range is given by `from`/`to`; `approximate` marks "circa" dates.
 */
export interface PartialDate {
  date?: string;
  from?: string;
  to?: string;
  approximate?: boolean;
  /** The source's own text when it could not be parsed fully. */
  text?: string;
}

export const IDENTIFIER_TYPES = [
  'passport',
  'national_id',
  'tax_id',
  'registration',
  'other_id',
  'imo',
  'mmsi',
  'bic',
  'lei',
  'email',
  'phone',
  'website',
  'crypto',
  'aircraft_tail',
  'aircraft_serial',
  'un_ref',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export interface Identifier {
  type: IdentifierType;
  value: string;
  /** For crypto addresses: the asset ticker as the source gives it (XBT, ETH, USDT, ...). */
  asset?: string;
  /** ISO 3166-1 alpha-2 of the issuing country, when known. */
  country?: string;
  /** The source's own label, e.g. "Passport", "Diplomatic Passport", "Tax ID No.". */
  label?: string;
  issued?: string;
  expires?: string;
  note?: string;
}

export interface Address {
  full: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export type CountryRole = 'nationality' | 'citizenship' | 'residence' | 'jurisdiction' | 'birth' | 'location' | 'flag' | 'other';

export interface CountryLink {
  /** ISO 3166-1 alpha-2 where it could be resolved; otherwise the source's own text in `name`. */
  code?: string;
  name?: string;
  role: CountryRole;
}

export interface Relationship {
  /** Full entity id of the other side, e.g. "us_ofac_sdn:43379". */
  target: string;
  /** Relationship type as the source names it, normalised to snake case ("owned_or_controlled_by", "associate_of"). */
  type: string;
  label?: string;
}

export type Gender = 'male' | 'female' | 'other';

export interface Entity {
  /** `<dataset>:<source id>` */
  id: string;
  dataset: string;
  sourceId: string;
  schema: Schema;
  /** The name shown to users: the primary Latin-script name when there is one. */
  caption: string;
  names: Name[];
  birthDates?: PartialDate[];
  birthPlaces?: string[];
  deathDates?: PartialDate[];
  gender?: Gender;
  countries?: CountryLink[];
  addresses?: Address[];
  identifiers?: Identifier[];
  programs?: string[];
  /** ISO date of the first listing, when the source gives it. */
  listedOn?: string;
  titles?: string[];
  positions?: string[];
  remarks?: string[];
  relationships?: Relationship[];
  /** Free-form properties a format carries that the model has no field for (vessel tonnage, aircraft model, ...). */
  properties?: Record<string, string[]>;
  sourceUrl?: string;
}

export function entityId(dataset: string, sourceId: string): string {
  return `${dataset}:${sourceId}`;
}

export function parseEntityId(id: string): { dataset: string; sourceId: string } {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) throw new Error(`invalid entity id "${id}": expected <dataset>:<source id>`);
  return { dataset: id.slice(0, at), sourceId: id.slice(at + 1) };
}
