import { createReadStream } from 'node:fs';
import { stat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';
import type { SourceFile } from '../sources/types.js';

function stripCompression(name: string): string {
  return name.replace(/\.gz$/i, '').toLowerCase();
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

async function zipMembers(path: string): Promise<SourceFile[]> {
  const zip = await openZip(path);
  const names: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) names.push(entry.fileName);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return names.map((member) => ({
    name: `${basename(path)}!${member}`,
    baseName: stripCompression(basename(member)),
    open: () => openZipMember(path, member),
  }));
}

async function openZipMember(path: string, member: string): Promise<Readable> {
  const zip = await openZip(path);
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== member) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        stream.on('end', () => zip.close());
        resolve(stream);
      });
    });
    zip.on('end', () => reject(new Error(`${basename(path)}: member ${member} not found`)));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/**
 * Turns a path into source files: a plain file, a `.gz` file (decompressed on the fly),
 * or a `.zip` archive (each member becomes a file). XLSX files are zips too, but are handed over whole.
 */
export async function sourceFilesFromPath(path: string): Promise<SourceFile[]> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    const nested = await Promise.all(entries.filter((e) => !e.startsWith('.')).map((e) => sourceFilesFromPath(join(path, e))));
    return nested.flat();
  }
  const name = basename(path);
  if (/\.zip$/i.test(name)) return zipMembers(path);
  if (/\.gz$/i.test(name)) {
    return [{ name, baseName: stripCompression(name), open: async () => createReadStream(path).pipe(createGunzip()) }];
  }
  return [{ name, baseName: name.toLowerCase(), open: async () => createReadStream(path) }];
}

/** A source file held in memory, for fixtures written inline in tests and for downloads. */
export function sourceFileFromBuffer(name: string, data: Buffer | string): SourceFile {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, baseName: stripCompression(name), open: async () => Readable.from([buf]) };
}

/** Reads the first `bytes` of a file (after decompression) as latin1 text, for format detection. */
export async function readHead(file: SourceFile, bytes = 64 * 1024): Promise<string> {
  const stream = await file.open();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(buf);
    total += buf.length;
    if (total >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes).toString('latin1');
}
