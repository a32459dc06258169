import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, tempDir } from './server.js';

/**
 * `vigil --help` and `vigil lists` must not load Fastify, the matching engine (its name tables,
 * pinyin among them), the scanner or the list parsers: those load inside the commands that use
 * them. Checked by recording every module the ESM loader resolves (a resolve hook), not by timing.
 */
const dir = tempDir('vigil-cli-startup-');
const hooks = join(dir, 'hooks.mjs');
const registration = join(dir, 'register.mjs');

function loadedModules(args: string[]): { status: number | null; modules: string[]; stderr: string } {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(trace, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(registration).href, join(ROOT, 'bin', 'vigil.js'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', VIGIL_DB: join(dir, 'vigil.db'), VIGIL_TRACE_IMPORTS: trace },
    encoding: 'utf8',
  });
  return { status: r.status, modules: readFileSync(trace, 'utf8').split('\n').filter(Boolean), stderr: r.stderr };
}

/** What a start-up must not pull in: the API server, the engine, the scanner, the importers. */
const HEAVY = [/\/node_modules\/fastify\//, /\/node_modules\/pinyin-pro\//, /\/dist\/src\/api\//, /\/dist\/src\/text\//, /\/dist\/src\/scan\//, /\/dist\/src\/ingest\//, /\/dist\/src\/sources\//, /\/dist\/src\/match\/(?!algorithm\.js$)/];
const heavy = (modules: string[]) => modules.filter((m) => HEAVY.some((re) => re.test(m)));

describe('CLI start-up loads only what the command needs', () => {
  beforeAll(() => {
    ensureBuilt();
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.VIGIL_TRACE_IMPORTS, resolved.url + '\\n');
  return resolved;
}
`,
    );
    writeFileSync(registration, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  });

  it('the tracer sees the engine when a command uses it (so the checks below can fail)', () => {
    const r = loadedModules(['compare', 'Kim Sang Man', 'Sang Man Kim']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.modules.some((m) => m.endsWith('/dist/src/match/compare.js'))).toBe(true);
    expect(heavy(r.modules).length).toBeGreaterThan(0);
  });

  it('vigil --help loads none of the heavy modules', () => {
    const r = loadedModules(['--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.modules.some((m) => m.endsWith('/dist/src/cli/main.js'))).toBe(true);
    expect(heavy(r.modules)).toEqual([]);
  });

  it('vigil lists loads none of them either', () => {
    const r = loadedModules(['lists']);
    expect(r.status, r.stderr).toBe(0);
    expect(heavy(r.modules)).toEqual([]);
  });
});
