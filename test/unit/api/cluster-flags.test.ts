import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../../src/api/cluster.js';

describe('cluster worker flags', () => {
  it('adds the semi-space size and turns pretenuring off, after the inherited flags', () => {
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', '--max-semi-space-size=64', '--no-allocation-site-pretenuring']);
  });

  it('leaves a flag given on the command line or in NODE_OPTIONS, in either spelling or sense', () => {
    expect(workerExecArgv(['--max-semi-space-size=16'])).toEqual(['--max-semi-space-size=16', '--no-allocation-site-pretenuring']);
    expect(workerExecArgv([], '--trace-gc --max_semi_space_size=32 --allocation-site-pretenuring')).toEqual([]);
  });
});
