import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDb } from './fixture.js';
import { client, spawnServer, tempDir, type Client, type SpawnedServer } from './server.js';


/**
 * VIGIL_WEB_DIST pointing at a built UI while the working directory has no ./web/dist: the
 * deployment case (a UI built elsewhere). The server used to resolve the two paths separately,
 * register the UI's `/` and the fallback home page's `/`, and exit at startup.
 */
describe('serve with VIGIL_WEB_DIST outside the working directory', () => {
  let server: SpawnedServer;
  let api: Client;
  const marker = `vigil-ui-marker-${process.pid}`;

  beforeAll(async () => {
    const dir = tempDir();
    const webDist = join(dir, 'elsewhere', 'ui');
    mkdirSync(webDist, { recursive: true });
    writeFileSync(join(webDist, 'index.html'), `<!doctype html><title>${marker}</title><div id="root"></div>`);
    const db = join(dir, 'vigil.db');
    await prepareDb(db);
    // spawnServer runs the CLI in a fresh empty directory, so ./web/dist does not exist there.
    server = await spawnServer({ VIGIL_DB: db, VIGIL_LISTS_DIR: tempDir('vigil-mirror-'), VIGIL_WEB_DIST: webDist });
    api = client(server.url);
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('starts and serves the configured UI at /, with the app shell for client-side routes', async () => {
    const home = await api('GET', '/', { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(home.text).toContain(marker);
    const deep = await api('GET', '/entity/x', { headers: { accept: 'text/html' } });
    expect(deep.text).toContain(marker);
    // API paths stay JSON, UI or not.
    const api404 = await api('GET', '/v1/nope', { headers: { accept: 'text/html' } });
    expect(api404.status).toBe(404);
    expect(api404.body.code).toBe('not_found');
  });
});

describe('a server that exits during startup', () => {
  it('is reported at once with its stderr, not after the readiness wait runs out', async () => {
    // An invalid setting makes `vigil serve` exit with an error before it listens.
    const failure = await spawnServer({ VIGIL_DB: join(tempDir(), 'vigil.db'), VIGIL_WORKERS: 'lots' }).then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    // "server exited", not "gave up waiting": the readiness poll stopped when the process ended.
    expect(failure!.message).toMatch(/^server exited with 1 before it was ready; its stderr:/);
    expect(failure!.message).toContain('VIGIL_WORKERS must be a non-negative number, got "lots"');
  });
});
