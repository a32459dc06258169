import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../../src/api/cluster.js';

describe('cluster worker flags', () => {
  it('adds the semi-space size to the inherited flags', () => {
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
  });

  it('leaves a size given on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(workerExecArgv(['--max-semi-space-size=16'])).toEqual(['--max-semi-space-size=16']);
    expect(workerExecArgv([], '--trace-gc --max_semi_space_size=32')).toEqual([]);
  });
});
