import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/model/entity.js';
import type { Store } from '../../../src/store/types.js';

/**
 * The behaviour every Store implementation must share. Each implementation's test file calls
 * storeContract with a harness; the assertions are the same for all of them.
 */
export interface StoreHarness {
  /** A fresh, empty store for one test. */
  open(): Promise<Store>;
  /** A second, independent connection to the same store (as another process would open). */
  reopen(): Promise<Store>;
  /** Row counts of the store's tables, to prove that a failed import left nothing behind. */
  rowCounts(): Promise<Record<string, number>>;
  /** Drops whatever open() created. */
  dispose(): Promise<void>;
}

export function person(id: string, name: string, extra: Partial<Entity> = {}, dataset = 'test_list'): Entity {
  return { id: `${dataset}:${id}`, dataset, sourceId: id, schema: 'Person', caption: name, names: [{ full: name, kind: 'primary' }], ...extra };
}

export async function* from(entities: Entity[], failAfter?: number): AsyncGenerator<Entity> {
  let n = 0;
  for (const e of entities) {
    if (failAfter !== undefined && n === failAfter) throw new Error('source broke mid-stream');
    n++;
    yield e;
  }
}

export const meta = (hash: string, dataset = 'test_list', published: string | null = '2025-01-01') => ({ dataset, published, fileHash: hash, source: 'fixture', format: 'test' });

export function storeContract(name: string, harness: () => StoreHarness): void {
  describe(`${name} (store contract)`, () => {
    let store: Store;
    let h: StoreHarness;
    beforeEach(async () => {
      h = harness();
      store = await h.open();
    });
    afterEach(async () => {
      await store.close();
      await h.dispose();
    });

    it('imports versions, counts them and keeps the newest current', async () => {
      const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun')]));
      const v2 = await store.importVersion(meta('b'), from([person('1', 'KIM Sang Man'), person('3', 'PAK Jin Hyok')]));
      expect(v1.seq).toBe(1);
      expect(v2.seq).toBe(2);
      expect(v2.entityCount).toBe(2);
      expect(v2.counts).toEqual({ Person: 2 });
      expect(v2.fileHash).toBe('b');
      expect(v2.current).toBe(true);
      expect(Date.parse(v2.importedAt)).not.toBeNaN();
      const current = await store.currentVersions();
      expect(current.map((v) => v.id)).toEqual([v2.id]);
      expect((await store.versions('test_list')).map((v) => v.current)).toEqual([false, true]);
      expect(await store.getEntity('test_list:2')).toBeUndefined();
      expect((await store.getEntity('test_list:2', v1.id))?.entity.caption).toBe('RI Myong Hun');
      expect((await store.getEntity('test_list:3'))?.version.id).toBe(v2.id);
    });

    it('keeps sequence numbers and current pointers per dataset', async () => {
      const a1 = await store.importVersion(meta('a', 'list_a'), from([person('1', 'A One', {}, 'list_a')]));
      const b1 = await store.importVersion(meta('b', 'list_b'), from([person('1', 'B One', {}, 'list_b')]));
      const a2 = await store.importVersion(meta('c', 'list_a'), from([person('1', 'A One', {}, 'list_a')]));
      expect([a1.seq, b1.seq, a2.seq]).toEqual([1, 1, 2]);
      expect(await store.datasets()).toEqual(['list_a', 'list_b']);
      expect((await store.currentVersions()).map((v) => [v.dataset, v.seq])).toEqual([
        ['list_a', 2],
        ['list_b', 1],
      ]);
      expect((await store.findVersion('list_b', 'current'))?.id).toBe(b1.id);
    });

    it('resolves version references', async () => {
      const v1 = await store.importVersion(meta('a', 'test_list', '2025-01-01'), from([person('1', 'A')]));
      const v2 = await store.importVersion(meta('b', 'test_list', '2025-02-01'), from([person('1', 'B')]));
      const v3 = await store.importVersion(meta('c', 'test_list', '2025-02-01'), from([person('1', 'C')]));
      expect((await store.findVersion('test_list', 'current'))?.id).toBe(v3.id);
      expect((await store.findVersion('test_list', 'latest'))?.id).toBe(v3.id);
      expect((await store.findVersion('test_list', 'previous'))?.id).toBe(v2.id);
      expect((await store.findVersion('test_list', '1'))?.id).toBe(v1.id);
      expect((await store.findVersion('test_list', 'v2'))?.id).toBe(v2.id);
      expect((await store.findVersion('test_list', 'V2'))?.id).toBe(v2.id);
      // Two imports of one publication: the date picks the newer.
      expect((await store.findVersion('test_list', '2025-02-01'))?.id).toBe(v3.id);
      expect((await store.findVersion('test_list', '2025-01-01'))?.id).toBe(v1.id);
      expect(await store.findVersion('test_list', 'v9')).toBeUndefined();
      expect(await store.findVersion('test_list', '2024-12-31')).toBeUndefined();
      expect(await store.findVersion('other_list', 'current')).toBeUndefined();
    });

    it('leaves the previous version intact and current when an import fails mid-stream, with no partial rows', async () => {
      const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man', { relationships: [{ target: 'test_list:2', type: 'associate_of' }] })]));
      const before = await h.rowCounts();
      // Enough entities that some batches were already written when the stream breaks.
      const many = Array.from({ length: 5000 }, (_, i) => person(String(i + 10), `Name ${i}`, { relationships: [{ target: 'test_list:1', type: 'associate_of' }] }));
      await expect(store.importVersion(meta('b'), from(many, 4500))).rejects.toThrow(/mid-stream/);
      expect(await h.rowCounts()).toEqual(before);
      expect((await store.currentVersions()).map((v) => v.id)).toEqual([v1.id]);
      expect(await store.versions('test_list')).toHaveLength(1);
      expect((await store.getEntity('test_list:1'))?.entity.caption).toBe('KIM Sang Man');
      // A second connection (as a fresh process would open) sees the same.
      const other = await h.reopen();
      try {
        expect((await other.currentVersions()).map((v) => v.id)).toEqual([v1.id]);
      } finally {
        await other.close();
      }
      // The next import after a failed one gets the next sequence number, as if the failure never happened.
      expect((await store.importVersion(meta('c'), from([person('1', 'KIM Sang Man')]))).seq).toBe(2);
    });

    it('refuses an empty version, duplicate ids and entities of another dataset, leaving nothing behind', async () => {
      const empty = await h.rowCounts();
      await expect(store.importVersion(meta('a'), from([]))).rejects.toThrow(/no entities/);
      await expect(store.importVersion(meta('a'), from([person('1', 'A'), person('1', 'B')]))).rejects.toThrow(/duplicate entity id test_list:1/);
      await expect(store.importVersion(meta('a'), from([person('1', 'A'), person('2', 'B', {}, 'other_list')]))).rejects.toThrow(/belongs to dataset other_list/);
      expect(await store.currentVersions()).toEqual([]);
      expect(await store.datasets()).toEqual([]);
      expect(await h.rowCounts()).toEqual(empty);
    });

    it('stores an unchanged entity body once across versions', async () => {
      await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun')]));
      await store.importVersion(meta('b'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun', { remarks: ['changed'] })]));
      const counts = await h.rowCounts();
      expect(counts.version_entities).toBe(4);
      expect(counts.entity_bodies).toBe(3);
    });

    it('diffs versions down to the field', async () => {
      const v1 = await store.importVersion(meta('a'), from([person('1', 'KIM Sang Man'), person('2', 'RI Myong Hun', { birthDates: [{ date: '1969' }] })]));
      const v2 = await store.importVersion(
        meta('b'),
        from([person('2', 'RI Myong Hun', { birthDates: [{ date: '1969-03-14' }] }), person('3', 'PAK Jin Hyok')]),
      );
      const diff = await store.diff('test_list', v1.id, v2.id);
      expect([diff.added, diff.removed, diff.changed]).toEqual([1, 1, 1]);
      expect(diff.from.id).toBe(v1.id);
      expect(diff.to.id).toBe(v2.id);
      expect(diff.changes.map((c) => [c.kind, c.id])).toEqual([
        ['added', 'test_list:3'],
        ['changed', 'test_list:2'],
        ['removed', 'test_list:1'],
      ]);
      const changed = diff.changes.find((c) => c.kind === 'changed');
      expect(changed?.fields).toEqual([{ field: 'birthDates', added: [{ date: '1969-03-14' }], removed: [{ date: '1969' }] }]);
      expect(diff.changes.find((c) => c.kind === 'removed')?.caption).toBe('KIM Sang Man');
      await expect(store.diff('other_list', v1.id, v2.id)).rejects.toThrow(/not a version of other_list/);
    });

    it('resolves relationships in both directions, including incoming links from other datasets', async () => {
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
      expect(kim?.related).toEqual([
        { id: 'test_list:9', caption: 'Chinyong IT Cooperation Company', schema: 'Organization', type: 'acting_for_or_on_behalf_of', direction: 'outgoing' },
      ]);

      // Another list names the organisation, and also a target that no current list holds.
      await store.importVersion(
        meta('b', 'other_list'),
        from([
          person('7', 'PAK Il', {
            relationships: [
              { target: 'test_list:9', type: 'associate_of' },
              { target: 'gone_list:5', type: 'associate_of' },
            ],
          }, 'other_list'),
        ]),
      );
      const related = (await store.getEntity('test_list:9'))?.related ?? [];
      expect([...related].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
        { id: 'other_list:7', caption: 'PAK Il', schema: 'Person', type: 'associate_of', direction: 'incoming' },
        { id: 'test_list:1', caption: 'KIM Sang Man', schema: 'Person', type: 'acting_for_or_on_behalf_of', direction: 'incoming' },
      ]);
      expect((await store.getEntity('other_list:7'))?.related).toEqual([
        { id: 'test_list:9', caption: 'Chinyong IT Cooperation Company', schema: 'Organization', type: 'associate_of', direction: 'outgoing' },
        { id: 'gone_list:5', caption: null, schema: null, type: 'associate_of', direction: 'outgoing' },
      ]);

      // Once the other list's new version drops the link, it no longer shows as incoming.
      await store.importVersion(meta('c', 'other_list'), from([person('7', 'PAK Il', {}, 'other_list')]));
      expect((await store.getEntity('test_list:9'))?.related.map((r) => r.id)).toEqual(['test_list:1']);
    });

    it('stores API keys hashed, verifies, lists and revokes them', async () => {
      const { key, info } = await store.createApiKey('analyst', 'ci');
      const admin = await store.createApiKey('admin');
      expect(key).toMatch(/^vgl_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
      expect(await store.verifyApiKey(key)).toEqual({ id: info.id, role: 'analyst', label: 'ci', createdAt: info.createdAt, revoked: false });
      expect(await store.verifyApiKey(key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a'))).toBeUndefined();
      expect(await store.verifyApiKey('not a key')).toBeUndefined();
      const listed = await store.listApiKeys();
      expect(listed.map((k) => k.id).sort()).toEqual([info.id, admin.info.id].sort());
      expect(listed.find((k) => k.id === admin.info.id)).toEqual({ ...admin.info, label: null });
      // The secret itself is nowhere in what the store hands back.
      expect(JSON.stringify(listed)).not.toContain(key.slice(18));
      expect(await store.revokeApiKey(info.id)).toBe(true);
      expect(await store.revokeApiKey(info.id)).toBe(false);
      expect(await store.revokeApiKey('000000000000')).toBe(false);
      expect(await store.verifyApiKey(key)).toBeUndefined();
      expect((await store.verifyApiKey(admin.key))?.role).toBe('admin');
      expect((await store.listApiKeys()).find((k) => k.id === info.id)?.revoked).toBe(true);
    });

    it('streams current entities across pages, in id order, per dataset', async () => {
      const many = Array.from({ length: 12_000 }, (_, i) => person(String(i), `Name ${i}`));
      await store.importVersion(meta('a'), from(many));
      await store.importVersion(meta('b', 'other_list'), from([person('b', 'B', {}, 'other_list'), person('a', 'A', {}, 'other_list')]));
      const ids: string[] = [];
      for await (const e of store.currentEntities()) ids.push(e.id);
      expect(ids).toHaveLength(12_002);
      expect(new Set(ids).size).toBe(12_002);
      // Datasets in name order; ids in byte order within each (test_list:10 before test_list:2).
      expect(ids.slice(0, 2)).toEqual(['other_list:a', 'other_list:b']);
      expect(ids.slice(2, 5)).toEqual(['test_list:0', 'test_list:1', 'test_list:10']);
      const only: Entity[] = [];
      for await (const e of store.currentEntities(['other_list'])) only.push(e);
      expect(only.map((e) => e.caption)).toEqual(['A', 'B']);
      expect(only[0]).toEqual(person('a', 'A', {}, 'other_list'));
    });
  });
}
