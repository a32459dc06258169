import { SaxesParser } from 'saxes';
import type { Readable } from 'node:stream';
import { SourceError, MAX_FIELD_LENGTH } from './errors.js';

/** A small in-memory element: only the records a parser asks for are built, one at a time. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
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
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

/**
 * Streams an XML document and yields each collected element as a tree.
 * DOCTYPEs are refused outright: no list format uses one, and refusing them rules out
 * external-entity and entity-expansion attacks before any entity is seen.
 */
export async function* streamXml(stream: Readable, fileName: string, opts: XmlStreamOptions): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  const path: string[] = [];
  const outsideText: string[] = [];
  let failure: Error | undefined;
  let sawRoot = false;
  const roots = opts.expectRoot === undefined ? undefined : new Set(typeof opts.expectRoot === 'string' ? [opts.expectRoot] : opts.expectRoot);

  const fail = (message: string): void => {
    if (!failure) failure = new SourceError(fileName, `line ${parser.line}`, message);
  };

  parser.on('doctype', () => fail('DOCTYPE declarations are not accepted (entity expansion and external entities are refused)'));
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`));
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      if (roots && !roots.has(name)) fail(`unexpected root element <${tag.name}>, expected <${[...roots].join('> or <')}>`);
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
    if (stack.length > 0 || opts.collect.has(name)) {
      const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      stack.push(node);
    } else {
      opts.onOpen?.(name, attrs, path);
      outsideText.push('');
    }
    path.push(name);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) {
      top.text += text;
      if (top.text.length > MAX_FIELD_LENGTH) fail(`<${top.name}> text exceeds ${MAX_FIELD_LENGTH} characters`);
    } else if (outsideText.length > 0) {
      const i = outsideText.length - 1;
      if ((outsideText[i] as string).length < MAX_FIELD_LENGTH) outsideText[i] += text;
    }
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    const name = path.pop() as string;
    const node = stack.pop();
    if (node) {
      node.text = node.text.trim();
      if (stack.length === 0) ready.push(node);
    } else {
      const text = (outsideText.pop() ?? '').trim();
      opts.onText?.(name, text, path);
    }
  });

  let bytes = 0;
  // fatal: an invalid byte sequence is an error naming the line, never a silent U+FFFD in a name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of stream) {
      let text: string;
      try {
        text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new SourceError(fileName, `line ${parser.line}`, 'invalid UTF-8 byte sequence');
      }
      bytes += text.length;
      parser.write(text);
      if (failure) throw failure;
      while (ready.length > 0) yield ready.shift() as XmlNode;
    }
    if (bytes === 0) throw new SourceError(fileName, undefined, 'file is empty');
    parser.close();
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof SourceError) throw err;
    throw new SourceError(fileName, `line ${parser.line}`, err instanceof Error ? err.message : String(err));
  }
  if (failure) throw failure;
  if (!sawRoot) throw new SourceError(fileName, undefined, 'no XML root element found');
  while (ready.length > 0) yield ready.shift() as XmlNode;
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
