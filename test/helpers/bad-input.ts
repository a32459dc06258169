import { expect, it } from 'vitest';
import { SourceError } from '../../src/sources/errors.js';

/**
 * Runs a parse that must fail, and checks it fails as a SourceError (file and line named) with this message.
 * Returns the error for tests that check its position.
 */
export async function expectSourceError(parse: Promise<unknown>, pattern: RegExp): Promise<SourceError> {
  const err = await parse.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  expect((err as Error).message).toMatch(pattern);
  return err as SourceError;
}

/** One bad input and the message it must be refused with. */
export type BadCase = readonly [input: string | Buffer, pattern: RegExp];

/**
 * The protections every XML format shares through streamXml: each parser's tests state the input built
 * from their own fixture and the message expected, and this registers one test per case.
 */
export interface XmlBadInput {
  truncated: BadCase;
  wrongRoot: BadCase;
  /** The pattern for an empty file. */
  empty: RegExp;
  doctype: BadCase;
  overLong: BadCase;
  invalidUtf8: BadCase;
}

export function itRefusesBadXml(parse: (input: string | Buffer) => Promise<unknown>, cases: XmlBadInput): void {
  const refuses = async ([input, pattern]: BadCase): Promise<void> => {
    await expectSourceError(parse(input), pattern);
  };
  it('truncated XML names the file and line', () => refuses(cases.truncated));
  it('wrong root', () => refuses(cases.wrongRoot));
  it('empty file', () => refuses(['', cases.empty]));
  it('DOCTYPE / entity bomb', () => refuses(cases.doctype));
  it('over-long field', () => refuses(cases.overLong));
  it('invalid UTF-8', () => refuses(cases.invalidUtf8));
}
