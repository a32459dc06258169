import { Readable } from 'node:stream';

/**
 * The advanced XML puts ProfileRelationships and SanctionsEntries after DistinctParties, so a single
 * streaming pass would meet a party long before its programs and links. Instead the file is read twice,
 * cut at the end of the DistinctParties section on the raw bytes (no XML parsing of the skipped part):
 * the tail (small) is parsed while the head's tables are read, and parties are streamed once the tail's
 * facts are in. The marker is matched on bytes, so a `</DistinctParties>` inside a comment or CDATA section
 * of the head would cut too early; OFAC's files contain neither, and such a cut fails loudly as malformed XML.
 */
export const SPLIT_MARKER = Buffer.from('</DistinctParties>', 'latin1');

/** The root element's qualified name, read from the first bytes, so the synthetic wrapper matches any prefix. */
function rootQName(head: Buffer): string {
  const m = /<((?:[A-Za-z_][\w.-]*:)?Sanctions)[\s>/]/.exec(head.subarray(0, 4096).toString('latin1'));
  return m ? (m[1] as string) : 'Sanctions';
}

/** Finds the marker in `buf`, allowing it to straddle the previous chunk (whose last bytes are `carry`). */
function findMarker(carry: Buffer, buf: Buffer): number {
  if (carry.length > 0) {
    const joined = Buffer.concat([carry, buf.subarray(0, SPLIT_MARKER.length - 1)]);
    const at = joined.indexOf(SPLIT_MARKER);
    if (at !== -1) return at - carry.length + SPLIT_MARKER.length;
  }
  const at = buf.indexOf(SPLIT_MARKER);
  return at === -1 ? -1 : at + SPLIT_MARKER.length;
}

const asBuffer = (chunk: unknown): Buffer => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, 'utf8'));

/**
 * The document up to and including `</DistinctParties>`, closed with a synthetic end tag for the root.
 * Reading stops there, so the tail is never parsed twice. Without the marker the whole input passes through
 * unchanged, and the XML reader reports whatever is wrong with it (truncation, wrong root).
 */
export function headOf(source: Readable): Readable {
  async function* gen(): AsyncGenerator<Buffer> {
    let carry: Buffer = Buffer.alloc(0);
    let root: string | undefined;
    try {
      for await (const raw of source) {
        const buf = asBuffer(raw);
        root ??= rootQName(buf);
        const end = findMarker(carry, buf);
        if (end !== -1) {
          if (end > 0) yield buf.subarray(0, end);
          yield Buffer.from(`\n</${root}>\n`, 'latin1');
          return;
        }
        yield buf;
        carry = buf.subarray(Math.max(0, buf.length - (SPLIT_MARKER.length - 1)));
      }
    } finally {
      source.destroy();
    }
  }
  return Readable.from(gen(), { objectMode: false });
}

export interface Tail {
  /** The bytes after `</DistinctParties>`, wrapped in a synthetic root start tag so they parse on their own. */
  stream: Readable;
  /** Line of the original file on which the tail starts (line 1 of the tail stream). */
  firstLine(): number;
  /** False until the marker was met; a file without it has no separate tail. */
  found(): boolean;
  /** Stops reading: the source is destroyed and the stream ends. */
  abort(): void;
}

/** The document after `</DistinctParties>`; lines in the skipped part are counted to report real line numbers. */
export function tailOf(source: Readable): Tail {
  let lines = 1;
  let found = false;
  async function* gen(): AsyncGenerator<Buffer> {
    let carry: Buffer = Buffer.alloc(0);
    let root: string | undefined;
    try {
      for await (const raw of source) {
        const buf = asBuffer(raw);
        if (found) {
          yield buf;
          continue;
        }
        root ??= rootQName(buf);
        const end = findMarker(carry, buf);
        const skipped = end === -1 ? buf : buf.subarray(0, Math.max(0, end));
        for (let i = skipped.indexOf(10); i !== -1; i = skipped.indexOf(10, i + 1)) lines++;
        if (end !== -1) {
          found = true;
          yield Buffer.from(`<${root}>`, 'latin1');
          if (end < buf.length) yield buf.subarray(end);
        } else {
          carry = buf.subarray(Math.max(0, buf.length - (SPLIT_MARKER.length - 1)));
        }
      }
    } finally {
      source.destroy();
    }
  }
  const stream = Readable.from(gen(), { objectMode: false });
  return {
    stream,
    firstLine: () => lines,
    found: () => found,
    abort: () => {
      source.destroy();
      stream.destroy();
    },
  };
}
