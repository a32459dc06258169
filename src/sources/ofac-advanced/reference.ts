import type { Script } from '../../model/entity.js';
import type { XmlNode } from '../xml.js';

/** An entry of a reference value set: its text and its attributes (ScriptCode, PartyTypeID, CountryID, ...). */
export interface RefValue {
  text: string;
  attrs: Record<string, string>;
}

/** The ReferenceValueSets section: every `<XValues>` list keyed by the element name X, then by ID. */
export class ReferenceTables {
  private readonly sets = new Map<string, Map<string, RefValue>>();

  static fromNode(node: XmlNode): ReferenceTables {
    const tables = new ReferenceTables();
    for (const set of node.children) {
      for (const value of set.children) {
        const id = value.attrs.ID;
        if (id === undefined) continue;
        let table = tables.sets.get(value.name);
        if (!table) tables.sets.set(value.name, (table = new Map()));
        table.set(id, { text: value.text, attrs: value.attrs });
      }
    }
    return tables;
  }

  get(set: string, id: string | undefined): RefValue | undefined {
    return id === undefined ? undefined : this.sets.get(set)?.get(id);
  }

  /** The value's text, or a visible placeholder so an unknown ID never silently disappears. */
  text(set: string, id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    return this.get(set, id)?.text ?? `${set} ${id}`;
  }

  get size(): number {
    return this.sets.size;
  }
}

const SCRIPT_CODES: Record<string, Script> = {
  Latn: 'Latin',
  Latin: 'Latin',
  Cyrl: 'Cyrillic',
  Arab: 'Arabic',
  Hang: 'Hangul',
  Hans: 'Han',
  Hant: 'Han',
  Grek: 'Greek',
  Hebr: 'Hebrew',
  Hebrew: 'Hebrew',
  Geor: 'Georgian',
  Armn: 'Armenian',
  Thai: 'Thai',
  Jpan: 'Japanese',
  Japanese: 'Japanese',
};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The model's script for an OFAC ScriptCode. OFAC tags Korean names "Korean", which covers both Hangul and
 * Hanja, so those are told apart by their characters; unknown codes fall back to the characters too.
 */
export function scriptOf(code: string | undefined, text: string): Script {
  const known = code === undefined ? undefined : SCRIPT_CODES[code];
  if (known) return known;
  if (HANGUL.test(text)) return 'Hangul';
  if (HAN.test(text)) return 'Han';
  if (/^[\p{Script=Latin}\P{L}]*$/u.test(text)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  return 'Other';
}
