import type { Entity, Identifier } from '../model/entity.js';
import { SourceError } from './errors.js';
import type { DatasetInfo, ParseContext, SourceFile, SourceFormat } from './types.js';
import { streamXml, type XmlNode } from './xml.js';
import { compactDocument, compactLocation, type CompactLocation } from './ofac-advanced/catalogs.js';
import { ProfileFactsIndex } from './ofac-advanced/entries.js';
import { partyToEntity, type PartyContext } from './ofac-advanced/party.js';
import { isoDate } from './ofac-advanced/dates.js';
import { ReferenceTables } from './ofac-advanced/reference.js';
import { headOf, tailOf, type Tail } from './ofac-advanced/split.js';
import { OFAC_EXPORTS, ofacDatasets } from './ofac-common.js';

const ROOT = 'Sanctions';

/** sdn_advanced.xml → us_ofac_sdn, cons_advanced.xml → us_ofac_cons; the schema is the same. */
export function datasetForFile(baseName: string): string {
  return /cons/i.test(baseName) ? 'us_ofac_cons' : 'us_ofac_sdn';
}

const TAIL_RECORDS = new Set(['ProfileRelationship', 'SanctionsEntry', 'SanctionsEntryLink']);
const HEAD_RECORDS = new Set(['DateOfIssue', 'ReferenceValueSets', 'Location', 'IDRegDocument', 'DistinctParty', ...TAIL_RECORDS]);

/** Back-references from locations and documents to features and names: the parser follows the forward links. */
const SKIPPED = new Set(['FeatureVersionReference', 'IDRegDocumentReference', 'DocumentedNameReference', 'IdentityReference']);

function addTailRecord(facts: ProfileFactsIndex, node: XmlNode): void {
  if (node.name === 'SanctionsEntry') facts.addEntry(node);
  else if (node.name === 'ProfileRelationship') facts.addRelationship(node);
  else facts.entryLinks++;
}

/**
 * Pass 1: the sections after DistinctParties, read from the bytes past `</DistinctParties>` only.
 * It runs alongside pass 2: skipping to the tail is mostly waiting for the decompressor, which works
 * off the main thread while pass 2 parses the reference tables, locations and documents.
 */
function startTail(file: SourceFile, facts: ProfileFactsIndex): { done: Promise<void>; abort(): void } {
  let tail: Tail | undefined;
  let aborted = false;
  const done = (async () => {
    const source = await file.open();
    tail = tailOf(source);
    if (aborted) tail.abort();
    try {
      for await (const node of streamXml(tail.stream, file.name, { collect: TAIL_RECORDS, expectRoot: ROOT, lineOffset: () => (tail as Tail).firstLine() - 1 })) addTailRecord(facts, node);
    } catch (err) {
      // Without the marker there is no separate tail (an empty or malformed file): pass 2 reads it all and reports the problem.
      if (aborted || !tail.found()) return;
      throw err;
    }
  })();
  // Awaited before the first party; until then a failure must not surface as an unhandled rejection.
  done.catch(() => undefined);
  return {
    done,
    abort: () => {
      aborted = true;
      tail?.abort();
    },
  };
}

async function* parseFile(file: SourceFile, ctx: ParseContext): AsyncGenerator<Entity> {
  const facts = new ProfileFactsIndex(ctx.dataset);
  const tail = startTail(file, facts);
  let tailRead = false;
  try {
    yield* parseHead(file, ctx, facts, async () => {
      if (!tailRead) await tail.done;
      tailRead = true;
    });
  } finally {
    // The consumer stopped early or the head failed: stop reading the tail too.
    if (!tailRead) tail.abort();
  }
}

/** Pass 2: everything up to `</DistinctParties>`, yielding each party once the tail's facts are in. */
async function* parseHead(file: SourceFile, ctx: ParseContext, facts: ProfileFactsIndex, tailRead: () => Promise<void>): AsyncGenerator<Entity> {
  let refs: ReferenceTables | undefined;
  const locations = new Map<string, CompactLocation>();
  const documents = new Map<string, Identifier[]>();
  let published: string | undefined;
  let partyCtx: PartyContext | undefined;
  let parties = 0;

  for await (const node of streamXml(headOf(await file.open()), file.name, { collect: HEAD_RECORDS, expectRoot: ROOT, skip: SKIPPED })) {
    switch (node.name) {
      case 'DateOfIssue':
        published = isoDate(node);
        if (!published) throw new SourceError(file.name, `line ${node.line}`, 'DateOfIssue without a valid Year');
        ctx.setPublished(published);
        break;
      case 'ReferenceValueSets':
        refs = ReferenceTables.fromNode(node);
        break;
      case 'Location':
        if (!refs) throw new SourceError(file.name, `line ${node.line}`, 'Locations come before ReferenceValueSets');
        if (node.attrs.ID !== undefined) locations.set(node.attrs.ID, compactLocation(node, refs));
        break;
      case 'IDRegDocument': {
        if (!refs) throw new SourceError(file.name, `line ${node.line}`, 'IDRegDocuments come before ReferenceValueSets');
        const identity = node.attrs.IdentityID;
        const doc = compactDocument(node, refs, locations);
        if (identity === undefined || !doc) break;
        const list = documents.get(identity);
        if (list) list.push(doc);
        else documents.set(identity, [doc]);
        break;
      }
      case 'DistinctParty': {
        if (!refs) throw new SourceError(file.name, `line ${node.line}`, 'DistinctParties come before ReferenceValueSets');
        if (!partyCtx) {
          await tailRead();
          partyCtx = { dataset: ctx.dataset, refs, locations, documents };
        }
        const profileId = node.children.find((c) => c.name === 'Profile')?.attrs.ID ?? node.attrs.FixedRef ?? '';
        const entity = partyToEntity(node, partyCtx, facts.take(profileId, refs));
        if (!entity) throw new SourceError(file.name, `line ${node.line}`, 'DistinctParty without a Profile ID');
        parties++;
        yield entity;
        break;
      }
      default:
        // Sanctions entries or relationships placed before the parties (a layout OFAC does not use today).
        if (parties > 0) throw new SourceError(file.name, `line ${node.line}`, `<${node.name}> after the parties it refers to is not supported`);
        addTailRecord(facts, node);
    }
  }
  await tailRead();
  if (!refs) throw new SourceError(file.name, undefined, 'no ReferenceValueSets: not an OFAC advanced XML file');
  if (!published) throw new SourceError(file.name, undefined, 'no DateOfIssue: not an OFAC advanced XML file');
  if (facts.entryLinks > 0) ctx.warn(`${file.name}: ${facts.entryLinks} SanctionsEntryLink records have no field in the model and were not mapped`);
  if (facts.size > 0) ctx.warn(`${file.name}: ${facts.size} profiles have sanctions entries or relationships but no DistinctParty`);
}

export const ofacAdvancedFormat: SourceFormat = {
  name: 'ofac_advanced_xml',
  description: 'OFAC advanced XML (SDN_ADVANCED.XML, CONS_ADVANCED.XML): the full-detail ISO-style sanctions data standard',
  defaultDataset: (files) => datasetForFile(files[0]?.baseName ?? ''),
  detect: (head, baseName) =>
    /<(?:\w+:)?Sanctions[\s>]/.test(head) && (/ADVANCED_XML|<(?:\w+:)?ReferenceValueSets\b/.test(head) || /_advanced\.xml$/i.test(baseName)),
  async *parse(ctx) {
    if (ctx.files.length === 0) throw new SourceError('(no file)', undefined, 'OFAC advanced XML: no input file');
    for (const file of ctx.files) yield* parseFile(file, ctx);
  },
};

export const formats: SourceFormat[] = [ofacAdvancedFormat];

// This module is listed first in the registry, so its titles and licence wording are the ones users see.
export const datasets: DatasetInfo[] = ofacDatasets(
  ofacAdvancedFormat.name,
  {
    sdn: {
      title: 'OFAC Specially Designated Nationals and Blocked Persons (SDN) List',
      urls: [`${OFAC_EXPORTS}SDN_ADVANCED.XML`],
      localGlobs: ['ofac/sdn_advanced/*/sdn_advanced.xml*', 'ofac/sdn_advanced/*/SDN_ADVANCED.XML', 'ofac/sdn_advanced/*/SDN_ADVANCED.ZIP'],
      enabledByDefault: true,
    },
    cons: {
      title: 'OFAC Consolidated Sanctions List (non-SDN)',
      urls: [`${OFAC_EXPORTS}CONS_ADVANCED.XML`],
      localGlobs: ['ofac/cons_advanced/*/cons_advanced.xml*', 'ofac/cons_advanced/*/CONS_ADVANCED.XML', 'ofac/cons_advanced/*/CONS_ADVANCED.ZIP'],
      // The classic-XML module enables us_ofac_cons by default (a real consolidated.xml is tested there); one source per dataset.
      enabledByDefault: false,
    },
  },
  'Public domain (work of the U.S. federal government, 17 U.S.C. § 105)',
);

/** The ZIP variants OFAC serves of the same files, for downloaders that prefer the smaller transfer. */
export const zipUrls: Record<string, string> = {
  us_ofac_sdn: `${OFAC_EXPORTS}SDN_ADVANCED.ZIP`,
  us_ofac_cons: `${OFAC_EXPORTS}CONS_ADVANCED.ZIP`,
};
