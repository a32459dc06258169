import type { Entity, Name, NameKind, Schema } from '../model/entity.js';
import { parseDate, parsePartialDate } from './dates.js';
import { EntityBuilder, scriptOf } from './entity-builder.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { ukName } from './uk-ofsi-info.js';
import { streamXml, type XmlNode } from './xml.js';

export const DATASET = 'gb_fcdo_sanctions';
const BASE_URL = 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List';

const SCHEMAS: Record<string, Schema> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

const LANGUAGES: Record<string, string> = {
  russian: 'ru', ukrainian: 'uk', belarusian: 'be', persian: 'fa', farsi: 'fa', arabic: 'ar', chinese: 'zh', korean: 'ko',
  georgian: 'ka', hebrew: 'he', bulgarian: 'bg', turkish: 'tr', kazakh: 'kk', serbian: 'sr', thai: 'th', greek: 'el',
  japanese: 'ja', burmese: 'my',
};

function nameKind(nameType: string, strength: string): NameKind {
  const t = nameType.trim().toLowerCase();
  if (t === 'primary name') return 'primary';
  if (/low|weak/i.test(strength)) return 'low_quality';
  if (t.includes('former') || t === 'fka') return 'fka';
  return 'aka';
}

/**
 * Reads one <Designation> into an entity. Every element read is marked; leaves nobody read are kept
 * as properties named after the element, so fields the FCDO adds later are never dropped silently.
 */
class DesignationReader {
  private readonly used = new Set<XmlNode>();

  constructor(private readonly root: XmlNode) {}

  /** All descendants with this name under `node` (depth first), marked as read. */
  all(name: string, node: XmlNode = this.root): XmlNode[] {
    const out: XmlNode[] = [];
    const walk = (n: XmlNode): void => {
      for (const c of n.children) {
        if (c.name === name) {
          out.push(c);
          this.used.add(c);
        } else walk(c);
      }
    };
    walk(node);
    return out;
  }

  texts(name: string, node: XmlNode = this.root): string[] {
    return this.all(name, node).map((n) => n.text).filter((t) => t !== '');
  }

  text(name: string, node: XmlNode = this.root): string {
    return this.texts(name, node)[0] ?? '';
  }

  /** Leaves with text that no mapping read: [element name, text]. */
  unread(): [string, string][] {
    const out: [string, string][] = [];
    const walk = (n: XmlNode): void => {
      for (const c of n.children) {
        if (c.children.length > 0) walk(c);
        else if (c.text !== '' && !this.used.has(c)) out.push([c.name, c.text]);
      }
    };
    walk(this.root);
    return out;
  }
}

function toEntity(node: XmlNode, ctx: ParseContext, fileName: string): Entity {
  const r = new DesignationReader(node);
  const uniqueId = r.text('UniqueID');
  if (!uniqueId) throw new SourceError(fileName, `line ${node.line}`, '<Designation> has no <UniqueID>');
  const type = r.text('IndividualEntityShip');
  const schema = SCHEMAS[type.toLowerCase()];
  if (!schema) ctx.warn(`${fileName}:line ${node.line}: unknown IndividualEntityShip "${type}" for ${uniqueId}`);
  const b = new EntityBuilder(ctx.dataset, uniqueId, schema ?? 'LegalEntity');

  for (const n of r.all('Name')) {
    const name = ukName(
      [1, 2, 3, 4, 5].map((i) => r.text(`Name${i}`, n)),
      r.text('Name6', n),
      schema === 'Person',
    );
    if (!name) continue;
    b.addName({ full: name.full, kind: nameKind(r.text('NameType', n), r.text('AliasStrength', n)), script: scriptOf(name.full), parts: name.parts });
  }
  for (const n of r.all('NonLatinName')) {
    const full = r.text('NameNonLatinScript', n);
    if (!full) continue;
    const language = r.text('NonLatinScriptLanguage', n);
    const name: Name = { full, kind: 'original_script', script: scriptOf(full, r.text('NonLatinScriptType', n)) };
    const lang = LANGUAGES[language.toLowerCase()];
    if (lang) name.lang = lang;
    else if (language) b.addProperty('nonLatinScriptLanguage', language);
    b.addName(name);
  }

  // Cross-list links: the OFSI Group ID ties this entry to gb_hmt_sanctions, the UN reference to un_sc_sanctions.
  for (const id of r.texts('OFSIGroupID')) b.addIdentifier({ type: 'other_id', value: id, label: 'OFSI Group ID' });
  for (const id of r.texts('UNReferenceNumber')) b.addIdentifier({ type: 'un_ref', value: id, label: 'UN Reference Number' });
  b.addIdentifier({ type: 'other_id', value: uniqueId, label: 'UK Sanctions List Ref' });

  for (const regime of r.texts('RegimeName')) b.addProgram(regime);
  const designated = parseDate(r.text('DateDesignated'), 'dmy');
  b.setListedOn(designated);
  const updated = parseDate(r.text('LastUpdated'), 'dmy');
  if (updated) b.addProperty('lastUpdated', updated);
  for (const s of r.texts('DesignationSource')) b.addProperty('designationSource', s);
  for (const s of r.texts('SanctionsImposed')) for (const m of s.split('|')) b.addProperty('sanctionsImposed', m);
  for (const t of r.texts('OtherInformation')) b.addRemark(t);
  for (const t of r.texts('UKStatementofReasons')) b.addRemark(t);

  for (const a of r.all('Address')) {
    const lines = [1, 2, 3, 4, 5, 6].map((i) => r.text(`AddressLine${i}`, a)).filter((l) => l !== '');
    const postalCode = r.text('AddressPostalCode', a);
    const country = r.text('AddressCountry', a);
    const full = [...lines, postalCode, country].filter((p) => p !== '').join(', ');
    if (!full) continue;
    b.addAddress({ full, ...(lines.length ? { street: lines.join(', ') } : {}), ...(postalCode ? { postalCode } : {}), ...(country ? { country } : {}) });
    if (country) b.addCountry(country, 'location');
  }
  for (const p of r.texts('PhoneNumber')) b.addIdentifier({ type: 'phone', value: p });
  for (const e of r.texts('EmailAddress')) for (const v of e.split(/[;\s]+/)) b.addIdentifier({ type: 'email', value: v });
  for (const w of r.texts('Website')) b.addIdentifier({ type: 'website', value: w });

  for (const ind of r.all('Individual')) {
    for (const d of r.texts('DOB', ind)) b.addBirthDate(parsePartialDate(d.replace(/^dd\/mm\//i, '00/00/').replace(/^dd\//i, '00/'), 'dmy'));
    for (const n of r.texts('Nationality', ind)) b.addCountry(n, 'nationality');
    for (const t of r.texts('Title', ind)) b.addTitle(t);
    for (const p of r.all('Passport', ind)) {
      const value = r.text('PassportNumber', p);
      const note = r.text('PassportAdditionalInformation', p);
      if (value) b.addIdentifier(note ? { type: 'passport', value, label: 'Passport', note } : { type: 'passport', value, label: 'Passport' });
      else if (note) b.addRemark(`Passport: ${note}`);
    }
    for (const p of r.all('NationalIdentifier', ind)) {
      const value = r.text('NationalIdentifierNumber', p);
      const note = r.text('NationalIdentifierAdditionalInformation', p);
      if (value) b.addIdentifier(note ? { type: 'national_id', value, label: 'National Identifier', note } : { type: 'national_id', value, label: 'National Identifier' });
      else if (note) b.addRemark(`National identifier: ${note}`);
    }
    for (const p of r.texts('Position', ind)) b.addPosition(p);
    for (const loc of r.all('Location', ind)) {
      const town = r.text('TownOfBirth', loc);
      const country = r.text('CountryOfBirth', loc);
      const place = [town, country].filter((x) => x !== '').join(', ');
      if (place) b.addBirthPlace(place);
      if (country) b.addCountry(country, 'birth');
    }
    for (const g of r.texts('Gender', ind)) {
      const v = g.toLowerCase();
      if (v === 'male' || v === 'female') b.setGender(v);
      else b.addProperty('gender', g);
    }
  }
  for (const ent of r.all('EntityDetails')) {
    for (const n of r.texts('BusinessRegistrationNumber', ent)) b.addIdentifier({ type: 'registration', value: n, label: 'Business Registration Number' });
    for (const t of r.texts('TypeOfEntity', ent)) b.addProperty('entityType', t);
    for (const s of r.texts('Subsidiary', ent)) b.addProperty('subsidiaries', s);
    for (const p of r.texts('ParentCompany', ent)) b.addProperty('parentCompany', p);
  }
  for (const ship of r.all('ShipDetails')) {
    for (const imo of r.texts('IMONumber', ship)) {
      const m = imo.match(/\b(\d{7})\b/);
      if (m) b.addIdentifier({ type: 'imo', value: m[1] as string, label: 'IMO number' });
      else b.addProperty('imoNumberText', imo);
    }
    for (const f of r.texts('CurrentBelievedFlagOfShip', ship)) b.addCountry(f, 'flag');
    for (const f of r.texts('PreviousFlag', ship)) b.addProperty('previousFlags', f);
    for (const o of r.texts('CurrentOwnerOperator', ship)) b.addProperty('owners', o);
    for (const t of r.texts('TypeOfShip', ship)) b.addProperty('vesselType', t);
    for (const t of r.texts('TonnageOfShip', ship)) b.addProperty('tonnage', t);
    for (const t of r.texts('LengthOfShip', ship)) b.addProperty('length', t);
    for (const t of r.texts('YearBuilt', ship)) b.addProperty('buildYear', t);
    for (const t of r.texts('HullIdentificationNumber', ship)) b.addIdentifier({ type: 'other_id', value: t, label: 'Hull Identification Number' });
  }
  for (const [name, text] of r.unread()) b.addProperty(name, text);
  return b.build();
}

async function* parseFile(ctx: ParseContext, file: SourceFile): AsyncGenerator<Entity> {
  const stream = await file.open();
  let count = 0;
  const nodes = streamXml(stream, file.name, {
    collect: new Set(['Designation']),
    expectRoot: 'Designations',
    onText: (name, text) => {
      if (name !== 'DateGenerated') return;
      const date = parseDate(text, 'dmy');
      if (date) ctx.setPublished(date);
      else ctx.warn(`${file.name}: unreadable DateGenerated "${text}"`);
    },
  });
  for await (const node of nodes) {
    count++;
    yield toEntity(node, ctx, file.name);
  }
  if (count === 0) ctx.warn(`${file.name}: no <Designation> elements`);
}

async function* parse(ctx: ParseContext): AsyncGenerator<Entity> {
  for (const file of ctx.files) yield* parseFile(ctx, file);
}

export const formats: SourceFormat[] = [
  {
    name: 'uk_fcdo_sanctions_xml',
    description: 'UK FCDO "UK Sanctions List" XML (Designations/Designation), the format that replaced the OFSI ConList',
    defaultDataset: () => DATASET,
    detect: (head) => /<Designations[\s>]/.test(head) && /<Designation[\s>]/.test(head),
    parse,
  },
];

export const datasets: DatasetInfo[] = [
  {
    name: DATASET,
    title: 'UK Sanctions List (FCDO)',
    publisher: 'Foreign, Commonwealth & Development Office',
    country: 'GB',
    licence: 'Open Government Licence v3.0',
    format: 'uk_fcdo_sanctions_xml',
    urls: [`${BASE_URL}.xml`],
    localGlobs: ['uk/fcdo_sanctions/*/UK-Sanctions-List.xml'],
    enabledByDefault: true,
    homepage: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
  },
];
