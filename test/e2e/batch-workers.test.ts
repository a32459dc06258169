import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { listedPerson, streamOf } from '../helpers/entities.js';
import type { BatchRecord, screenBatch as ScreenBatch } from '../../src/service/batch.js';
import type { SqliteStore as SqliteStoreClass } from '../../src/store/sqlite.js';

// Worker threads run the compiled worker, so this test drives the built library (dist/), as the CLI does.
const dist = (path: string) => pathToFileURL(resolve(import.meta.dirname, '..', '..', 'dist', 'src', path)).href;

describe('batch screening on worker threads', () => {
  let dir: string;
  let store: SqliteStoreClass;
  let screenBatch: typeof ScreenBatch;

  beforeAll(async () => {
    ({ screenBatch } = (await import(dist('service/batch.js'))) as { screenBatch: typeof ScreenBatch });
    const { SqliteStore } = (await import(dist('store/sqlite.js'))) as { SqliteStore: typeof SqliteStoreClass };
    dir = mkdtempSync(join(tmpdir(), 'vigil-batch-'));
    store = new SqliteStore(join(dir, 'vigil.db'));
    const lists: [string, Entity[]][] = [
      ['us_ofac_sdn', [listedPerson('us_ofac_sdn', '43377', 'Sang Man Kim', { identifiers: [{ type: 'passport', value: '109420132' }] }), listedPerson('us_ofac_sdn', '1', 'Olga Petrovna Ivanova')]],
      ['gb_hmt_sanctions', [listedPerson('gb_hmt_sanctions', '90001', 'KIM Sang Man', { identifiers: [{ type: 'passport', value: '109420132' }] })]],
    ];
    for (const [dataset, list] of lists) {
      await store.importVersion({ dataset, published: '2025-01-01', fileHash: dataset, source: 'test', format: 'fixture' }, streamOf(list));
    }
  });

  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = async (workers: number): Promise<BatchRecord[]> => {
    const queries = [
      { id: 'q1', name: 'Kim Sang-man', birthDate: '1965-04-25' },
      { id: 'q2', name: 'Jonathan Applebaum' },
      { id: 'q3', name: 'Olga Ivanova' },
    ];
    const out: BatchRecord[] = [];
    for await (const r of screenBatch(streamOf(queries), { dbPath: join(dir, 'vigil.db'), store, screen: {}, workers, chunkSize: 2 })) out.push(r);
    return out;
  };

  it('answers as the calling thread does, the same target on two lists folded into one hit', async () => {
    const [threaded, inline] = [await run(2), await run(0)];
    expect(threaded.map((r) => r.id)).toEqual(['q1', 'q2', 'q3']);
    expect(threaded).toEqual(inline);
    const kim = threaded[0]!;
    expect(kim.decision).toBe('alert');
    expect(kim.matches).toHaveLength(1);
    expect(kim.matches[0]!.alsoListedBy?.map((a) => a.entityId)).toEqual([kim.matches[0]!.entityId === 'us_ofac_sdn:43377' ? 'gb_hmt_sanctions:90001' : 'us_ofac_sdn:43377']);
    expect(threaded[1]!.decision).toBe('clear');
    expect(threaded[2]!.matches[0]?.entityId).toBe('us_ofac_sdn:1');
  });

  it('fails the batch when a worker cannot open the store, instead of waiting for it', async () => {
    const queries = streamOf([{ id: 'q1', name: 'Kim Sang-man' }]);
    // A file where the store's directory would be: the workers' store cannot open.
    writeFileSync(join(dir, 'not-a-directory'), '');
    const records = screenBatch(queries, { dbPath: join(dir, 'not-a-directory', 'vigil.db'), store, screen: {}, workers: 2 });
    await expect(records.next()).rejects.toThrow(/not-a-directory/);
  });
});
