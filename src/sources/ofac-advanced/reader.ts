import { SaxesParser } from 'saxes';
import type { Readable } from 'node:stream';
import { MAX_FIELD_LENGTH, SourceError } from '../errors.js';
import type { XmlNode } from '../xml.js';

/**
 * A leaner twin of streamXml for the 120 MB advanced file, with the same guarantees (DOCTYPE refused,
 * invalid UTF-8 and over-long text rejected with the line, root checked) and the same XmlNode trees,
 * but about 40% faster: attributes are taken as saxes hands them over instead of being copied, and
 * whitespace between child elements is never accumulated. The format has no mixed content, so text
 * only matters in leaf elements. Everything outside the collected elements is skipped without a trace.
 */
export async function* readRecords(
  stream: Readable,
  fileName: string,
  collect: ReadonlySet<string>,
  expectRoot: string,
  /** Lines before the stream's first line, for a stream that starts mid-file (read when an error is reported). */
  lineOffset: () => number = () => 0,
  /** Elements inside records whose subtrees are never read (cross-references the parser does not follow). */
  skip: ReadonlySet<string> = new Set(),
): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let failure: SourceError | undefined;
  let sawRoot = false;
  let skipping = 0;
  const at = (): string => `line ${parser.line + lineOffset()}`;
  const fail = (message: string): void => {
    failure ??= new SourceError(fileName, at(), message);
  };

  parser.on('doctype', () => fail('DOCTYPE declarations are not accepted (entity expansion and external entities are refused)'));
  parser.on('error', (err) => fail(`malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`));
  parser.on('opentag', (tag) => {
    const qname = tag.name;
    const colon = qname.indexOf(':');
    const name = colon === -1 ? qname : qname.slice(colon + 1);
    if (!sawRoot) {
      sawRoot = true;
      if (name !== expectRoot) fail(`unexpected root element <${qname}>, expected <${expectRoot}>`);
      return;
    }
    if (skipping > 0 || (stack.length > 0 && skip.has(name))) {
      skipping++;
      return;
    }
    if (stack.length > 0 || collect.has(name)) {
      // Attribute names inside records carry no prefixes in this format; values are plain strings (xmlns: false).
      const node: XmlNode = { name, attrs: tag.attributes as Record<string, string>, children: [], text: '', line: parser.line };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      stack.push(node);
    }
  });
  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top === undefined || skipping > 0 || top.children.length > 0) return;
    top.text += text;
    if (top.text.length > MAX_FIELD_LENGTH) fail(`<${top.name}> text exceeds ${MAX_FIELD_LENGTH} characters`);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    const node = stack.pop();
    if (!node) return;
    node.text = node.children.length === 0 ? node.text.trim() : '';
    if (stack.length === 0) ready.push(node);
  });

  let chars = 0;
  // fatal: an invalid byte sequence is an error naming the line, never a silent U+FFFD in a name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of stream) {
      let text: string;
      try {
        text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new SourceError(fileName, at(), 'invalid UTF-8 byte sequence');
      }
      chars += text.length;
      parser.write(text);
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
