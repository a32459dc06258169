import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/match/build-order.js';
import type { Entity } from '../../../src/model/entity.js';

const entity = (id: string, caption: string): Entity => ({ id, dataset: 'test', schema: 'Person', caption, names: [{ full: caption, kind: 'primary' }] }) as unknown as Entity;

describe('buildOrder', () => {
  it('keeps the first entity of each id', () => {
    const order = buildOrder([entity('a', 'Ali Hassan'), entity('a', 'Someone Else'), entity('b', 'Ivan Petrov')]);
    expect(order.map((e) => [e.id, e.caption])).toEqual([
      ['a', 'Ali Hassan'],
      ['b', 'Ivan Petrov'],
    ]);
  });

  it('numbers entities that share their most common word side by side', () => {
    const order = buildOrder([
      entity('1', 'Mohammed Yusuf'),
      entity('2', 'Ivan Petrov'),
      entity('3', 'Mohammed Ali'),
      entity('4', 'Olga Ivanova'),
      entity('5', 'Mohammed Karim'),
    ]);
    const ids = order.map((e) => e.id);
    const positions = ['1', '3', '5'].map((id) => ids.indexOf(id)).sort((a, b) => a - b);
    expect(positions[2]! - positions[0]!).toBe(2);
  });
});
