import type { Relationship } from '../../model/entity.js';
import { entityId } from '../../model/entity.js';
import { child, childText, children, type XmlNode } from '../xml.js';
import type { ReferenceTables } from './reference.js';
import { isoDate } from './dates.js';

/** What SanctionsEntries and ProfileRelationships say about one profile, resolved against the reference tables. */
export interface ProfileFacts {
  programs: string[];
  listedOn?: string;
  /** Facts of the entries the model has no field for, keyed like Entity.properties. */
  properties: Record<string, string[]>;
  remarks: string[];
  relationships: Relationship[];
}

// The tail is read before the reference tables (which open the file), so IDs are kept raw and resolved later.
interface RawEvent {
  date?: string;
  typeId?: string;
  basisId?: string;
  comment?: string;
}
interface RawEntry {
  listId?: string;
  events: RawEvent[];
  measures: Array<{ typeId?: string; comment?: string }>;
}
interface RawRelation {
  to: string;
  typeId?: string;
  qualityId?: string;
  former: boolean;
  comment?: string;
}
interface RawFacts {
  entries: RawEntry[];
  relations: RawRelation[];
}

export class ProfileFactsIndex {
  private readonly byProfile = new Map<string, RawFacts>();
  /** SanctionsEntryLinks have no place in the model; counted so the parser can say so instead of dropping them. */
  entryLinks = 0;

  constructor(private readonly dataset: string) {}

  get size(): number {
    return this.byProfile.size;
  }

  private raw(profileId: string): RawFacts {
    let f = this.byProfile.get(profileId);
    if (!f) this.byProfile.set(profileId, (f = { entries: [], relations: [] }));
    return f;
  }

  addEntry(node: XmlNode): void {
    const profileId = node.attrs.ProfileID;
    if (profileId === undefined) return;
    const entry: RawEntry = { listId: node.attrs.ListID, events: [], measures: [] };
    for (const event of children(node, 'EntryEvent')) {
      entry.events.push({
        date: isoDate(child(event, 'Date')),
        typeId: event.attrs.EntryEventTypeID,
        basisId: event.attrs.LegalBasisID,
        comment: childText(event, 'Comment'),
      });
    }
    for (const measure of children(node, 'SanctionsMeasure')) {
      entry.measures.push({ typeId: measure.attrs.SanctionsTypeID, comment: childText(measure, 'Comment') });
    }
    this.raw(profileId).entries.push(entry);
  }

  addRelationship(node: XmlNode): void {
    const from = node.attrs['From-ProfileID'];
    const to = node.attrs['To-ProfileID'];
    if (from === undefined || to === undefined) return;
    this.raw(from).relations.push({
      to,
      typeId: node.attrs.RelationTypeID,
      qualityId: node.attrs.RelationQualityID,
      former: node.attrs.Former === 'true',
      comment: childText(node, 'Comment'),
    });
  }

  /** The profile's facts in model terms; the raw record is released, each profile being read once. */
  take(profileId: string, refs: ReferenceTables): ProfileFacts | undefined {
    const raw = this.byProfile.get(profileId);
    if (!raw) return undefined;
    this.byProfile.delete(profileId);
    const f: ProfileFacts = { programs: [], properties: {}, remarks: [], relationships: [] };
    for (const entry of raw.entries) {
      const list = refs.text('List', entry.listId);
      if (list) addProperty(f.properties, 'List', list);
      for (const event of entry.events) {
        if (event.date && (f.listedOn === undefined || event.date < f.listedOn)) f.listedOn = event.date;
        const type = refs.text('EntryEventType', event.typeId);
        if (event.date && type && type !== 'Created') addProperty(f.properties, `Entry Event: ${type}`, event.date);
        const basis = refs.get('LegalBasis', event.basisId);
        const basisText = basis ? (basis.attrs.LegalBasisShortRef ?? basis.text) : refs.text('LegalBasis', event.basisId);
        if (basisText && basisText !== 'Unknown') addProperty(f.properties, 'Legal Basis', basisText);
        if (event.comment) f.remarks.push(event.comment);
      }
      for (const measure of entry.measures) {
        const type = refs.text('SanctionsType', measure.typeId);
        if (type === 'Program') {
          if (measure.comment && !f.programs.includes(measure.comment)) f.programs.push(measure.comment);
        } else if (type) {
          addProperty(f.properties, 'Sanctions Measure', measure.comment ? `${type}: ${measure.comment}` : type);
        }
      }
    }
    for (const rel of raw.relations) {
      const name = refs.text('RelationType', rel.typeId) ?? 'Related To';
      const notes: string[] = [];
      if (rel.former) notes.push('former');
      const quality = refs.text('RelationQuality', rel.qualityId);
      if (quality && quality !== 'Unknown') notes.push(`quality: ${quality.replace(/:$/, '')}`);
      if (rel.comment) notes.push(rel.comment);
      f.relationships.push({
        target: entityId(this.dataset, rel.to),
        type: snakeCase(name),
        label: notes.length > 0 ? `${name} (${notes.join('; ')})` : name,
      });
    }
    return f;
  }
}

export function addProperty(props: Record<string, string[]>, key: string, value: string): void {
  const list = props[key];
  if (!list) props[key] = [value];
  else if (!list.includes(value)) list.push(value);
}

/** "Owned or Controlled By" → "owned_or_controlled_by", the model's relationship type spelling. */
export function snakeCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
