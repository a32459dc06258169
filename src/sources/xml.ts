import { SaxesParser } from 'saxes';
import type { Readable } from 'node:stream';
import { SourceError, MAX_FIELD_LENGTH } from './errors.js';

/** A small in-memory element: only the records a parser asks for are built, one at a time. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Trimmed text of a leaf element; '' for an element with children (the list formats have no mixed content). */
  text: string;
  /** Line of the opening tag in the stream read (without `lineOffset`). */
  line: number;
}

export interface XmlStreamOptions {
  /** Local names (namespace prefix stripped) of the elements to build and hand over whole. */
  collect: ReadonlySet<string>;
  /** Called for every opening tag outside a collected element (to read header fields cheaply). */
  onOpen?: (name: string, attrs: Record<string, string>, path: readonly string[]) => void;
  /** Called with the text of every element outside collected elements, at its close. */
  onText?: (name: string, text: string, path: readonly string[]) => void;
  /** The expected root element's local name; a different root is a wrong-format error. */
  expectRoot?: string | readonly string[];
  /** Elements inside collected ones whose subtrees are never built (cross-references a parser does not follow). */
  skip?: ReadonlySet<string>;
  /** Lines before the stream's first line, for a stream that starts mid-file (read when an error is reported). */
  lineOffset?: () => number;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

/** Attributes keyed by local name (`xml:lang` → `lang`). */
function localAttrs(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) out[localName(k)] = v;
  return out;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/**
 * Streams an XML document and yields each collected element as a tree; everything else is only passed to
 * `onOpen`/`onText`, or skipped without a trace when they are absent.
 * DOCTYPEs are refused outright: no list format uses one, and refusing them rules out
 * external-entity and entity-expansion attacks before any entity is seen.
 * Invalid UTF-8 and text over MAX_FIELD_LENGTH are errors naming the line, as is an unexpected root.
 * Speed matters here (the OFAC advanced file is 120 MB): whitespace between child elements is never
 * accumulated, since text only matters in leaf elements of these formats.
 */
export async function* streamXml(stream: Readable, fileName: string, opts: XmlStreamOptions): AsyncGenerator<XmlNode> {
  const { collect, onOpen, onText } = opts;
  const skip = opts.skip ?? NO_SKIP;
  const lineOffset = opts.lineOffset;
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  /** Local names of the open elements outside collected ones (callers' `path`). */
  const path: string[] = [];
  /** Text of each open element outside collected ones, kept only when someone reads it. */
  const outsideText: string[] = [];
  let failure: SourceError | undefined;
  let sawRoot = false;
  let skipping = 0;
  // saxes hands over a fresh attribute object per tag, so it is used as it is unless a name carries a prefix:
  // copying (or even scanning) every attribute object cost the 120 MB OFAC advanced file about 15% of its parse time.
  let prefixed = false;
  const roots = opts.expectRoot === undefined ? undefined : new Set(typeof opts.expectRoot === 'string' ? [opts.expectRoot] : opts.expectRoot);
  const at = (): string => `line ${lineOffset ? parser.line + lineOffset() : parser.line}`;
  const fail = (message: string): void => {
    failure ??= new SourceError(fileName, at(), message);
  };

  parser.on('doctype', () => fail('DOCTYPE declarations are not accepted (entity expansion and external entities are refused)'));
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`));
  parser.on('attribute', (attr) => {
    if (attr.name.includes(':')) prefixed = true;
  });
  parser.on('opentag', (tag) => {
    let attrs = tag.attributes as Record<string, string>; // xmlns: false, so values are plain strings
    if (prefixed) {
      attrs = localAttrs(attrs);
      prefixed = false;
    }
    const qname = tag.name;
    const colon = qname.indexOf(':');
    const name = colon === -1 ? qname : qname.slice(colon + 1);
    if (!sawRoot) {
      sawRoot = true;
      if (roots && !roots.has(name)) fail(`unexpected root element <${qname}>, expected <${[...roots].join('> or <')}>`);
    }
    if (skipping > 0 || (stack.length > 0 && skip.has(name))) {
      skipping++;
      return;
    }
    if (stack.length > 0 || collect.has(name)) {
      const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      stack.push(node);
      return;
    }
    if (onOpen) onOpen(name, attrs, path);
    if (onText) outsideText.push('');
    path.push(name);
  });
  const text = (chunk: string): void => {
    if (skipping > 0) return;
    const top = stack[stack.length - 1];
    if (top === undefined) {
      // Outside records: bounded, since nothing checks it against the limit.
      const i = outsideText.length - 1;
      if (i >= 0 && (outsideText[i] as string).length < MAX_FIELD_LENGTH) outsideText[i] += chunk;
      return;
    }
    if (top.children.length > 0) return;
    top.text += chunk;
    if (top.text.length > MAX_FIELD_LENGTH) fail(`<${top.name}> text exceeds ${MAX_FIELD_LENGTH} characters`);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    const node = stack.pop();
    if (node) {
      node.text = node.children.length === 0 ? node.text.trim() : '';
      if (stack.length === 0) ready.push(node);
      return;
    }
    const name = path.pop() as string;
    if (onText) onText(name, (outsideText.pop() as string).trim(), path);
  });

  let chars = 0;
  // fatal: an invalid byte sequence is an error naming the line, never a silent U+FFFD in a name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of stream) {
      let decoded: string;
      try {
        decoded = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new SourceError(fileName, at(), 'invalid UTF-8 byte sequence');
      }
      chars += decoded.length;
      parser.write(decoded);
      if (failure) throw failure;
      for (let i = 0; i < ready.length; i++) yield ready[i] as XmlNode;
      ready.length = 0;
    }
    try {
      decoder.decode();
    } catch {
      throw new SourceError(fileName, at(), 'invalid UTF-8 byte sequence at the end of the file');
    }
    if (chars === 0) throw new SourceError(fileName, undefined, 'file is empty');
    parser.close();
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof SourceError) throw err;
    throw new SourceError(fileName, at(), err instanceof Error ? err.message : String(err));
  }
  if (failure) throw failure;
  if (!sawRoot) throw new SourceError(fileName, undefined, 'no XML root element found');
  for (const node of ready) yield node;
}

/** First child with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of node.children) if (c.name === name) return c;
  return undefined;
}

/** All children with this local name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Trimmed text of the first child with this name, or undefined when absent or empty. */
export function childText(node: XmlNode, name: string): string | undefined {
  const c = child(node, name);
  return c && c.text !== '' ? c.text : undefined;
}

/** All descendants with this local name, depth first. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
