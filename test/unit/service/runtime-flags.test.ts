import v8 from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { tuneGarbageCollector } from '../../../src/service/runtime-flags.js';

describe('garbage collector tuning at start-up', () => {
  it('turns allocation-site pretenuring off when the operator did not choose', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    try {
      expect(tuneGarbageCollector(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(true);
      expect(set).toHaveBeenCalledWith('--no-allocation-site-pretenuring');
    } finally {
      set.mockRestore();
    }
  });

  it("keeps the operator's choice, given either way, on the command line or in NODE_OPTIONS", () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    try {
      expect(tuneGarbageCollector(['--allocation-site-pretenuring'], '')).toBe(false);
      expect(tuneGarbageCollector([], '--trace-gc --no_allocation_site_pretenuring')).toBe(false);
      expect(set).not.toHaveBeenCalled();
    } finally {
      set.mockRestore();
    }
  });
});
