import type { Entity } from '../../../src/model/entity.js';

/** Small hand-built entities modelled on real listings (OFAC SDN DPRK4/CYBER2, UN, OFSI). */
export const KIM_SANG_MAN: Entity = {
  id: 'us_ofac_sdn:43377',
  dataset: 'us_ofac_sdn',
  sourceId: '43377',
  schema: 'Person',
  caption: 'KIM, Sang Man',
  names: [
    { full: 'KIM, Sang Man', kind: 'primary', script: 'Latin', parts: { family: 'KIM', given: 'Sang Man' } },
    { full: 'Kim Sangman', kind: 'aka', script: 'Latin' },
    { full: '김상만', kind: 'original_script', script: 'Hangul' },
  ],
  birthDates: [{ date: '1965-04-25' }],
  gender: 'male',
  countries: [{ code: 'KP', role: 'nationality' }],
  identifiers: [
    { type: 'passport', value: '109420132', country: 'KP' },
    { type: 'passport', value: '827220538', country: 'KP' },
    { type: 'crypto', value: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', asset: 'XBT' },
    { type: 'crypto', value: '0x97b1043abd9e6fc31681635166d430a458d14f9c', asset: 'ETH' },
    { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', asset: 'ETH' },
    { type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', asset: 'USDT' },
  ],
  programs: ['DPRK4'],
};

export const CHINYONG: Entity = {
  id: 'us_ofac_sdn:43379',
  dataset: 'us_ofac_sdn',
  sourceId: '43379',
  schema: 'Organization',
  caption: 'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY',
  names: [
    { full: 'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY', kind: 'primary' },
    { full: 'JINYONG IT COOPERATION COMPANY', kind: 'aka' },
    { full: 'Chinyong Information Technology Cooperation Company Ltd', kind: 'aka' },
  ],
  countries: [{ code: 'KP', role: 'jurisdiction' }],
};

export const LAZARUS: Entity = {
  id: 'us_ofac_sdn:27307',
  dataset: 'us_ofac_sdn',
  sourceId: '27307',
  schema: 'Organization',
  caption: 'LAZARUS GROUP',
  names: [
    { full: 'LAZARUS GROUP', kind: 'primary' },
    { full: 'HIDDEN COBRA', kind: 'aka' },
    { full: 'GUARDIANS OF PEACE', kind: 'aka' },
    { full: 'APPLEWORM', kind: 'aka' },
  ],
  identifiers: [
    { type: 'crypto', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', asset: 'ETH' },
    { type: 'crypto', value: '0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B', asset: 'ETH' },
  ],
};

export const RECON_BUREAU: Entity = {
  id: 'us_ofac_sdn:43337',
  dataset: 'us_ofac_sdn',
  sourceId: '43337',
  schema: 'Organization',
  caption: 'TECHNICAL RECONNAISSANCE BUREAU',
  names: [{ full: 'TECHNICAL RECONNAISSANCE BUREAU', kind: 'primary' }],
  countries: [{ code: 'KP', role: 'jurisdiction' }],
};

export const RESEARCH_110: Entity = {
  id: 'us_ofac_sdn:43338',
  dataset: 'us_ofac_sdn',
  sourceId: '43338',
  schema: 'Organization',
  caption: '110TH RESEARCH CENTER',
  names: [
    { full: '110TH RESEARCH CENTER', kind: 'primary' },
    { full: 'LAB 110', kind: 'aka' },
  ],
};

export const VESSEL: Entity = {
  id: 'us_ofac_sdn:24560',
  dataset: 'us_ofac_sdn',
  sourceId: '24560',
  schema: 'Vessel',
  caption: 'CHON MA SAN',
  names: [{ full: 'CHON MA SAN', kind: 'primary' }],
  identifiers: [
    { type: 'imo', value: 'IMO 8660313' },
    { type: 'mmsi', value: '445123000' },
  ],
  countries: [{ code: 'KP', role: 'flag' }],
};

export const ABD_AL_RAHMAN: Entity = {
  id: 'un_sc_sanctions:QDi.999',
  dataset: 'un_sc_sanctions',
  sourceId: 'QDi.999',
  schema: 'Person',
  caption: 'Muhammad Abd al-Rahman Al-Said',
  names: [
    { full: 'Muhammad Abd al-Rahman Al-Said', kind: 'primary' },
    { full: 'محمد عبد الرحمن السعيد', kind: 'original_script', script: 'Arabic' },
    { full: 'Abu Muhammad', kind: 'low_quality' },
  ],
  birthDates: [{ from: '1970', to: '1972' }],
  countries: [{ code: 'YE', role: 'nationality' }],
  gender: 'male',
};

export const RUSSIAN: Entity = {
  id: 'gb_hmt_sanctions:15001',
  dataset: 'gb_hmt_sanctions',
  sourceId: '15001',
  schema: 'Person',
  caption: 'SHCHUKIN, Aleksandr Vladimirovich',
  names: [
    { full: 'SHCHUKIN, Aleksandr Vladimirovich', kind: 'primary' },
    { full: 'Щукин Александр Владимирович', kind: 'original_script', script: 'Cyrillic' },
  ],
  birthDates: [{ date: '1970-03-12' }],
  countries: [{ code: 'RU', role: 'nationality' }],
};

export const CHINESE: Entity = {
  id: 'us_ofac_sdn:30001',
  dataset: 'us_ofac_sdn',
  sourceId: '30001',
  schema: 'Person',
  caption: 'ZHANG, Wei Ming',
  names: [
    { full: 'ZHANG, Wei Ming', kind: 'primary' },
    { full: '张伟明', kind: 'original_script', script: 'Han' },
  ],
};

export const KIM_JONG_SIK: Entity = {
  id: 'un_sc_sanctions:KPi.080',
  dataset: 'un_sc_sanctions',
  sourceId: 'KPi.080',
  schema: 'Person',
  caption: 'KIM Jong Sik',
  names: [{ full: 'KIM Jong Sik', kind: 'primary' }],
  birthDates: [{ date: '1967' }],
};

export const BANK: Entity = {
  id: 'gb_hmt_sanctions:12000',
  dataset: 'gb_hmt_sanctions',
  sourceId: '12000',
  schema: 'Company',
  caption: 'KOREA KWANGSON BANKING CORP',
  names: [{ full: 'KOREA KWANGSON BANKING CORP', kind: 'primary' }],
  identifiers: [
    { type: 'bic', value: 'KKBCKPPY' },
    { type: 'lei', value: '54930084UKLVMY22DS16' },
    { type: 'email', value: 'Info@KKBC.example.kp' },
    { type: 'phone', value: '+850 2 381 8208' },
    { type: 'website', value: 'http://www.kkbc.example.kp/en/' },
  ],
};

export const ALL: Entity[] = [
  KIM_SANG_MAN,
  CHINYONG,
  LAZARUS,
  RECON_BUREAU,
  RESEARCH_110,
  VESSEL,
  ABD_AL_RAHMAN,
  RUSSIAN,
  CHINESE,
  KIM_JONG_SIK,
  BANK,
];
