import { describe, expect, it } from 'vitest';
import { Counter, Histogram } from '../../../src/api/metrics.js';

describe('metric series', () => {
  it('counts through a kept series exactly as through labels', () => {
    const a = new Counter('c', 'help');
    const b = new Counter('c', 'help');
    const s = b.series({ route: '/x', status: '200' });
    for (let i = 0; i < 3; i++) {
      a.inc({ route: '/x', status: '200' });
      s.inc();
    }
    a.inc({ route: '/x', status: '200' }, 5);
    s.inc(5);
    expect(b.render()).toEqual(a.render());
    expect(b.get({ route: '/x', status: '200' })).toBe(8);
  });

  it('observes through a kept series exactly as through labels', () => {
    const a = new Histogram('h', 'help', [0.01, 0.1, 1]);
    const b = new Histogram('h', 'help', [0.01, 0.1, 1]);
    const s = b.series({ route: '/x' });
    for (const v of [0.005, 0.05, 0.5, 5]) {
      a.observe({ route: '/x' }, v);
      s.observe(v);
    }
    expect(b.render()).toEqual(a.render());
  });
});
