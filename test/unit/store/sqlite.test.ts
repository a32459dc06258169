import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import { SqliteStore } from '../../../src/store/sqlite.js';

function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { id: `test_list:${id}`, dataset: 'test_list', sourceId: id, schema: 'Person', caption: name, names: [{ full: name, kind: 'primary' }], ...extra };
}

async function* from(entities: Entity[], failAfter?: number): AsyncGenerator<Entity> {
  let n = 0;
  for (const e of entities) {
    if (failAfter !== undefined && n === failAfter) throw new Error('source broke mid-stream');
    n++;
    yield e;
  }
}

const meta = (hash: string) => ({ dataset: 'test_list', published: '2025-01-01', fileHash: hash, source: 'fixture', format: 'test' });

describe('SqliteStore', () => {
  let store: SqliteStore;
  let path: string;
  beforeEach(() => {
    path = join(mkdtempSync(join(tmpdir(), 'vigil-store-')), 'vigil.db');
    store = new SqliteStore(path);
  });
  afterEach(async () => store.close());

  it('imports versions, counts them and keeps the newest current', async () => {
    const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun')]));
    const v2 = await store.importVersion(meta('b'), from([person('1', 'KIM Sang Man'), person('3', 'PAK Jin Hyok')]));
    expect(v1.seq).toBe(1);
    expect(v2.seq).toBe(2);
    expect(v2.entityCount).toBe(2);
    expect(v2.counts).toEqual({ Person: 2 });
    const current = await store.currentVersions();
    expect(current.map((v) => v.id)).toEqual([v2.id]);
    expect((await store.versions('test_list')).map((v) => v.current)).toEqual([false, true]);
    expect(await store.getEntity('test_list:2')).toBeUndefined();
    expect((await store.getEntity('test_list:2', v1.id))?.entity.caption).toBe('RI Myong Hun');
    expect((await store.findVersion('test_list', 'previous'))?.id).toBe(v1.id);
    expect((await store.findVersion('test_list', 'v2'))?.id).toBe(v2.id);
  });

  it('leaves the previous version intact and current when an import fails mid-stream', async () => {
    const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man')]));
    await expect(store.importVersion(meta('b'), from([person('1', 'X'), person('2', 'Y'), person('3', 'Z')], 2))).rejects.toThrow(/mid-stream/);
    expect((await store.currentVersions()).map((v) => v.id)).toEqual([v1.id]);
    expect(await store.versions('test_list')).toHaveLength(1);
    expect((await store.getEntity('test_list:1'))?.entity.caption).toBe('KIM Sang Man');
    // A second connection (as a fresh process would open) sees the same.
    const other = new SqliteStore(path);
    expect((await other.currentVersions()).map((v) => v.id)).toEqual([v1.id]);
    await other.close();
  });

  it('refuses an empty version and duplicate ids', async () => {
    await expect(store.importVersion(meta('a'), from([]))).rejects.toThrow(/no entities/);
    await expect(store.importVersion(meta('a'), from([person('1', 'A'), person('1', 'B')]))).rejects.toThrow(/duplicate entity id/);
    expect(await store.currentVersions()).toEqual([]);
  });

  it('diffs versions down to the field', async () => {
    const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun', { birthDates: [{ date: '1969' }] })]));
    const v2 = await store.importVersion(
      meta('b'),
      from([person('2', 'RI Myong Hun', { birthDates: [{ date: '1969-03-14' }] }), person('3', 'PAK Jin Hyok')]),
    );
    const diff = await store.diff('test_list', v1.id, v2.id);
    expect([diff.added, diff.removed, diff.changed]).toEqual([1, 1, 1]);
    const changed = diff.changes.find((c) => c.kind === 'changed');
    expect(changed?.id).toBe('test_list:2');
    expect(changed?.fields).toEqual([{ field: 'birthDates', added: [{ date: '1969-03-14' }], removed: [{ date: '1969' }] }]);
  });

  it('resolves relationships in both directions', async () => {
    await store.importVersion(
      meta('a'),
      from([
        person('1', 'KIM Sang Man', { relationships: [{ target: 'test_list:9', type: 'acting_for_or_on_behalf_of' }] }),
        { ...person('9', 'Chinyong IT Cooperation Company'), schema: 'Organization' },
      ]),
    );
    const org = await store.getEntity('test_list:9');
    expect(org?.related).toEqual([{ id: 'test_list:1', caption: 'KIM Sang Man', schema: 'Person', type: 'acting_for_or_on_behalf_of', direction: 'incoming' }]);
    const kim = await store.getEntity('test_list:1');
    expect(kim?.related[0]).toMatchObject({ id: 'test_list:9', direction: 'outgoing', caption: 'Chinyong IT Cooperation Company' });
  });

  it('stores API keys hashed and verifies them', async () => {
    const { key, info } = await store.createApiKey('analyst', 'ci');
    expect((await store.verifyApiKey(key))?.role).toBe('analyst');
    expect(await store.verifyApiKey(key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a'))).toBeUndefined();
    expect(await store.revokeApiKey(info.id)).toBe(true);
    expect(await store.verifyApiKey(key)).toBeUndefined();
  });

  it('streams current entities across pages', async () => {
    const many = Array.from({ length: 4500 }, (_, i) => person(String(i), `Name ${i}`));
    await store.importVersion(meta('a'), from(many));
    let n = 0;
    for await (const _ of store.currentEntities()) n++;
    expect(n).toBe(4500);
  });
});
