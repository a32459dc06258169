import type { Entity } from '../model/entity.js';

/**
 * A small demonstration list, written by hand from public designation notices. It exists so that a
 * fresh install without network access still shows how screening works; it is labelled "demo"
 * everywhere and is never mixed with real lists.
 */
export const DEMO_DATASET = 'demo';

const demo = (sourceId: string, e: Omit<Entity, 'id' | 'dataset' | 'sourceId'>): Entity => ({
  id: `${DEMO_DATASET}:${sourceId}`,
  dataset: DEMO_DATASET,
  sourceId,
  ...e,
  remarks: ['DEMO ENTRY written by hand from public facts; not an official list. Load the real lists with `vigil update` or `vigil import`.', ...(e.remarks ?? [])],
});

export const DEMO_ENTITIES: Entity[] = [
  demo('kim-sang-man', {
    schema: 'Person',
    caption: 'KIM Sang Man',
    names: [
      { full: 'KIM Sang Man', kind: 'primary', script: 'Latin', parts: { family: 'KIM', given: 'Sang Man' } },
      { full: 'Kim Sangman', kind: 'aka', script: 'Latin' },
      { full: '김상만', kind: 'original_script', script: 'Hangul' },
    ],
    birthDates: [{ date: '1965-04-25' }],
    gender: 'male',
    countries: [{ code: 'KP', role: 'nationality' }],
    identifiers: [{ type: 'crypto', asset: 'ETH', value: '0x97b1043abd9e6fc31681635166d430a458d14f9c' }],
    programs: ['DPRK4'],
    listedOn: '2023-05-23',
    relationships: [{ target: `${DEMO_DATASET}:chinyong`, type: 'acting_for_or_on_behalf_of' }],
  }),
  demo('chinyong', {
    schema: 'Organization',
    caption: 'Chinyong Information Technology Cooperation Company',
    names: [
      { full: 'Chinyong Information Technology Cooperation Company', kind: 'primary', script: 'Latin' },
      { full: 'Jinyong IT Cooperation Company', kind: 'aka', script: 'Latin' },
      { full: '진영정보기술개발협조회사', kind: 'original_script', script: 'Hangul' },
    ],
    countries: [{ code: 'KP', role: 'jurisdiction' }],
    programs: ['DPRK4'],
    listedOn: '2023-05-23',
  }),
  demo('lazarus', {
    schema: 'Organization',
    caption: 'Lazarus Group',
    names: [
      { full: 'Lazarus Group', kind: 'primary', script: 'Latin' },
      { full: 'Hidden Cobra', kind: 'aka', script: 'Latin' },
      { full: 'Guardians of Peace', kind: 'aka', script: 'Latin' },
    ],
    countries: [{ code: 'KP', role: 'jurisdiction' }],
    identifiers: [{ type: 'crypto', asset: 'ETH', value: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }],
    programs: ['DPRK3'],
    listedOn: '2019-09-13',
    relationships: [{ target: `${DEMO_DATASET}:rgb`, type: 'owned_or_controlled_by' }],
  }),
  demo('rgb', {
    schema: 'Organization',
    caption: 'Reconnaissance General Bureau',
    names: [
      { full: 'Reconnaissance General Bureau', kind: 'primary', script: 'Latin' },
      { full: '정찰총국', kind: 'original_script', script: 'Hangul' },
    ],
    countries: [{ code: 'KP', role: 'jurisdiction' }],
    programs: ['DPRK'],
    listedOn: '2010-08-30',
  }),
  demo('trb', {
    schema: 'Organization',
    caption: 'Technical Reconnaissance Bureau',
    names: [
      { full: 'Technical Reconnaissance Bureau', kind: 'primary', script: 'Latin' },
      { full: '기술정찰국', kind: 'original_script', script: 'Hangul' },
    ],
    countries: [{ code: 'KP', role: 'jurisdiction' }],
    programs: ['DPRK2'],
    listedOn: '2022-12-01',
  }),
  demo('lab-110', {
    schema: 'Organization',
    caption: '110th Research Center',
    names: [
      { full: '110th Research Center', kind: 'primary', script: 'Latin' },
      { full: 'Lab 110', kind: 'aka', script: 'Latin' },
    ],
    countries: [{ code: 'KP', role: 'jurisdiction' }],
    programs: ['DPRK2'],
    listedOn: '2022-12-01',
    relationships: [{ target: `${DEMO_DATASET}:trb`, type: 'subordinate_of' }],
  }),
  demo('park-jin-hyok', {
    schema: 'Person',
    caption: 'PARK Jin Hyok',
    names: [
      { full: 'PARK Jin Hyok', kind: 'primary', script: 'Latin', parts: { family: 'PARK', given: 'Jin Hyok' } },
      { full: 'Pak Jin Hek', kind: 'aka', script: 'Latin' },
      { full: '박진혁', kind: 'original_script', script: 'Hangul' },
    ],
    birthDates: [{ date: '1984-08-15' }],
    gender: 'male',
    countries: [{ code: 'KP', role: 'nationality' }],
    programs: ['CYBER2', 'DPRK3'],
    listedOn: '2018-09-06',
  }),
  demo('ri-myong-hun', {
    schema: 'Person',
    caption: 'RI Myong Hun',
    names: [
      { full: 'RI Myong Hun', kind: 'primary', script: 'Latin', parts: { family: 'RI', given: 'Myong Hun' } },
      { full: '리명훈', kind: 'original_script', script: 'Hangul' },
    ],
    birthDates: [{ date: '1969-03-14' }],
    gender: 'male',
    countries: [{ code: 'KP', role: 'nationality' }],
    programs: ['DPRK'],
    listedOn: '2022-12-02',
  }),
];
