/** A parse failure that names the file and the position, so an operator can find the bad bytes. */
export class SourceError extends Error {
  readonly file: string;
  readonly position: string | undefined;

  constructor(file: string, position: string | number | undefined, message: string) {
    const where = position === undefined ? file : `${file}:${position}`;
    super(`${where}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.position = position === undefined ? undefined : String(position);
  }
}

/** Fields longer than this are rejected: no real list field comes close, and unbounded fields are an attack. */
export const MAX_FIELD_LENGTH = 64 * 1024;
