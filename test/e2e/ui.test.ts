/**
 * The analyst web UI in a real browser (Debian's Chromium driven by playwright-core) against the
 * real server: `vigil serve` on a free port, auth on, the official list files loaded at startup.
 * One server and one browser serve every test (the lists take a while to import).
 *
 * Screenshots of each page go to test-artifacts/screenshots/ (gitignored) for reviewers; the time
 * from typing a name to its results being painted is measured and reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED_DATA, SHARED_DATA } from '../helpers/data.js';
import { minimalDocx, minimalPdf } from '../unit/scan/fixtures.js';
import { ROOT, spawnServer, tempDir, waitFor, type SpawnedServer } from './server.js';

const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const ARTIFACTS = join(ROOT, 'test-artifacts');

if (!HAS_CHROMIUM) console.warn(`[vigil ui tests] ${CHROMIUM} is absent (apt-get install -y chromium): browser tests are skipped.`);
if (!HAS_SHARED_DATA) console.warn(`[vigil ui tests] ${SHARED_DATA} is absent: browser tests against the real lists are skipped.`);

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A 1,000-row CSV: a few listed names among generated ones that should mostly clear. */
function batchCsv(rows: number): string {
  const listed = ['Kim Sang Man', 'Chinyong Information Technology Cooperation Company', 'Lazarus Group', '김상만'];
  const given = ['Anna', 'Lukas', 'Marie', 'Jonas', 'Sofia', 'Felix', 'Clara', 'Paul', 'Ella', 'Noah', 'Ida', 'Emil'];
  const family = ['Schneider', 'Hoffmann', 'Becker', 'Wagner', 'Schulz', 'Koch', 'Richter', 'Wolf', 'Neumann', 'Braun', 'Zimmermann', 'Hartmann'];
  const lines = ['id,name,schema,birth_date,country'];
  for (let i = 0; i < rows; i++) {
    if (i % 250 === 0) {
      const name = listed[(i / 250) % listed.length]!;
      lines.push(`r${i},"${name}",,,`);
    } else {
      const name = `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]}-${i}`;
      lines.push(`r${i},${name},Person,${1950 + (i % 50)},DE`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function createKey(db: string, role: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'keys', 'create', '--role', role, '--label', `ui-test-${role}`], { env: { PATH: process.env.PATH ?? '', VIGIL_DB: db }, encoding: 'utf8' });
  const key = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !key.startsWith('vgl_')) throw new Error(`vigil keys create failed: ${r.stderr}`);
  return key;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!HAS_CHROMIUM || !HAS_SHARED_DATA)('web UI in Chromium against the real server', () => {
  let server: SpawnedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let analystKey: string;
  let screenerKey: string;
  let adminKey: string;
  let twoVersions = false;
  const timings: Record<string, number | string> = {};

  beforeAll(async () => {
    // Build the UI into a scratch directory: the test must see the current sources, and must not
    // overwrite web/dist under a developer's running server. The server runs in that directory
    // with VIGIL_WEB_DIST pointing at dir/web/dist, so relative and configured paths agree.
    const dir = tempDir('vigil-ui-');
    const webDist = join(dir, 'web', 'dist');
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--outDir', webDist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0 || !existsSync(join(webDist, 'index.html'))) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);

    const db = join(dir, 'vigil.db');
    analystKey = createKey(db, 'analyst');
    screenerKey = createKey(db, 'screener');
    adminKey = createKey(db, 'admin');
    // Two versions of the SDN list make the Lists page's change browser real: the older file is
    // imported first, the server starts on it, and a refresh from VIGIL_LISTS_DIR brings the newer
    // one (and every other list) in, as the scheduled refresh would.
    const older = join(SHARED_DATA, 'ofac', 'sdn_advanced', '2025-11-04');
    if (existsSync(older)) {
      const imported = spawnSync(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'import', older], { env: { PATH: process.env.PATH ?? '', VIGIL_DB: db }, encoding: 'utf8' });
      if (imported.status !== 0) throw new Error(`vigil import failed: ${imported.stderr}`);
    }
    server = await spawnServer({ VIGIL_DB: db, VIGIL_DATA_DIR: join(dir, 'data'), VIGIL_LISTS_DIR: SHARED_DATA, VIGIL_WEB_DIST: webDist, VIGIL_LOG_LEVEL: 'warn' }, dir);
    if (existsSync(older)) {
      const started = await fetch(`${server.url}/v1/admin/update`, { method: 'POST', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: '{}' });
      expect(started.status).toBe(202);
      await waitFor('the list refresh to import the newer lists', async () => {
        const r = (await (await fetch(`${server.url}/readyz`)).json()) as { lists: { dataset: string; version: number }[]; refresh?: { running: boolean; lastOutcome: string | null } };
        return r.refresh && !r.refresh.running && r.refresh.lastOutcome && r.lists.some((l) => l.dataset === 'us_ofac_sdn' && l.version === 2) ? true : undefined;
      }, 6000, 100);
      twoVersions = true;
    }

    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    // English first: the language test switches to German explicitly.
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('[browser error]', e.message));
    // Importing every list and building the index takes minutes on a loaded 2-core machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (Object.keys(timings).length) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'ui-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
      console.log('[vigil ui timings]', JSON.stringify(timings));
    }
  });

  it('asks for an API key when auth is on, rejects a wrong one, and shows the role of a good one', async () => {
    // The role comes from GET /v1/me, not from trying an endpoint per role.
    const apiCalls: string[] = [];
    const record = (r: { url(): string }) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/v1/')) apiCalls.push(path);
    };
    page.on('request', record);
    await page.goto(`${server.url}/#/screen`);
    const key = page.getByLabel('API key');
    await key.waitFor();
    await shot(page, 'signin');

    await key.fill('vgl_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This key is unknown or has been revoked.').waitFor();

    await key.fill(analystKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('role').waitFor();
    expect(await page.getByTestId('role').textContent()).toBe('Signed in as analyst');
    // An analyst sees the Lists page, but not the admin-only refresh button.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists' }).count()).toBe(1);
    page.off('request', record);
    expect(apiCalls).toContain('/v1/me');
    expect(apiCalls.filter((p) => p === '/v1/admin/keys' || p === '/v1/datasets' || p === '/v1/batches')).toEqual([]);
  });

  it('screens a Korean name as it is typed and explains the match with the listed person', async () => {
    await page.goto(`${server.url}/#/screen`);
    const name = page.getByRole('searchbox', { name: 'Name' });
    await name.fill('');
    await page.evaluate(() => performance.clearMeasures());
    await name.pressSequentially('김상만', { delay: 40 });

    const match = page.locator('[data-entity-id="us_ofac_sdn:43377"]');
    await match.waitFor();
    // The listed person is the best match, and an alert.
    expect(await page.locator('.matches > li.match').first().getAttribute('data-entity-id')).toBe('us_ofac_sdn:43377');
    expect(await page.getByRole('status').filter({ hasText: 'Alert' }).count()).toBe(1);
    // The explanation says which name matched which, and which features raised the score.
    expect(await match.locator('.name-pair').textContent()).toMatch(/Query\s*김상만.*listed\s*(김상만|Sang ?Man Kim|Kim Sang ?Man)/i);
    const features = await match.locator('.feature').allTextContents();
    expect(features.some((f) => f.includes('Query name found in listed name') && f.includes('+'))).toBe(true);
    expect(await match.locator('.summary').textContent()).toContain('Strong match');
    const meter = match.getByRole('meter', { name: 'Match score' });
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(90);

    const measured = await page.evaluate(() => performance.getEntriesByName('vigil:screen-first-result').map((e) => e.duration));
    expect(measured.length).toBeGreaterThan(0);
    timings.screenFirstResultMs_hangul = Math.round(measured[0]!);
    const afterKey = await page.evaluate(() => performance.getEntriesByName('vigil:screen-after-last-key').map((e) => e.duration));
    if (afterKey[0] !== undefined) timings.screenAfterLastKeyMs_hangul = Math.round(afterKey[0]);
    await shot(page, 'screen');

    // Latin transliteration with a birth date: the same person, and the date feature shows up.
    await name.fill('');
    await page.evaluate(() => performance.clearMeasures());
    await name.pressSequentially('Kim Sang Man', { delay: 40 });
    await page.getByLabel('Birth date').fill('1965-04-25');
    await page.locator('[data-entity-id="us_ofac_sdn:43377"] .feature', { hasText: 'Birth date matches' }).waitFor();
    const latin = await page.evaluate(() => performance.getEntriesByName('vigil:screen-first-result').map((e) => e.duration));
    if (latin[0] !== undefined) timings.screenFirstResultMs_latin = Math.round(latin[0]);
    const latinAfterKey = await page.evaluate(() => performance.getEntriesByName('vigil:screen-after-last-key').map((e) => e.duration));
    if (latinAfterKey[0] !== undefined) timings.screenAfterLastKeyMs_latin = Math.round(latinAfterKey[0]);
    await page.getByLabel('Birth date').fill('');
  });

  it('shows the entity with names by script, wallets and its relationship graph, and navigates through it', async () => {
    await page.goto(`${server.url}/#/screen`);
    await page.locator('[data-entity-id="us_ofac_sdn:43377"] a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sang Man Kim' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Hangul script' }).count()).toBe(1);
    expect(await page.getByText('김상만').count()).toBeGreaterThan(0);
    expect(await page.getByText('0xb6f5ec1a0a9cd1526536d3f0426c429529471f40').count()).toBeGreaterThan(0);
    expect(await page.getByText('109420132').count()).toBe(1);
    expect(await page.getByText(/us_ofac_sdn v\d+, published/).count()).toBe(1);
    await shot(page, 'entity-person');

    await page.goto(`${server.url}/#/entity/${encodeURIComponent('us_ofac_sdn:43379')}`);
    await page.getByRole('heading', { level: 1, name: 'Chinyong Information Technology Cooperation Company' }).waitFor();
    const graph = page.getByTestId('relation-graph');
    await graph.locator('canvas').first().waitFor();
    await expect.poll(async () => Number(await graph.getAttribute('data-nodes')), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(300); // let cytoscape paint before the screenshot
    await shot(page, 'entity-graph');

    // Following a relationship opens the related entity.
    const related = page.locator('.relation-list a').first();
    const target = await related.textContent();
    await related.click();
    await page.getByRole('heading', { level: 1, name: target! }).waitFor();
  });

  it('shows which other lists carry the same person, with reasons and scores, and the cross-list group on the entity page', async () => {
    // UN KPi.016, UK 13327, OFAC 18556 and AU 3150 are one person on four lists (same UN reference,
    // same passport, same names and birth dates): screening shows one hit, the others as chips.
    const group = ['au_dfat_sanctions:3150', 'gb_hmt_sanctions:13327', 'un_sc_sanctions:KPi.016', 'us_ofac_sdn:18556'];
    const label: Record<string, string> = { au_dfat_sanctions: 'AU', gb_hmt_sanctions: 'UK', un_sc_sanctions: 'UN', us_ofac_sdn: 'OFAC' };
    await page.goto(`${server.url}/#/screen`);
    const name = page.getByRole('searchbox', { name: 'Name' });
    await name.fill('Jang Bom Su');
    const top = page.locator('.matches > li.match').first();
    await expect.poll(async () => group.includes((await top.getAttribute('data-entity-id')) ?? ''), { timeout: 30_000 }).toBe(true);
    const head = (await top.getAttribute('data-entity-id'))!;
    const chips = top.getByTestId('also-listed');
    await chips.waitFor();
    expect(await chips.locator('.also-listed-label').textContent()).toBe('Also listed by:');
    const others = await Promise.all((await chips.locator('li.chip').all()).map((chip) => chip.getAttribute('data-also-listed')));
    expect([head, ...others].sort()).toEqual(expect.arrayContaining(group));
    // One chip per other list, labelled with the list, linking to that listing, with the reason as
    // tooltip and accessible description, and its own score (each listing matched the name too).
    for (const id of group.filter((g) => g !== head)) {
      const chip = chips.locator(`li.chip[data-also-listed="${id}"]`);
      const link = chip.getByRole('link');
      expect(await link.textContent()).toBe(label[id.split(':')[0]!]);
      expect(await link.getAttribute('href')).toBe(`#/entity/${encodeURIComponent(id)}`);
      expect(await link.getAttribute('title')).toMatch(/same (words|UN reference|document number)|birth dates/);
      const described = await page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`).textContent();
      expect(described).toMatch(/^Same target as .+ on the .+ list: /);
      expect(await chip.locator('.chip-score').textContent()).toMatch(/^\d+\s?%$/);
    }
    await shot(page, 'screen-also-listed');

    // The UN chip (or the hit itself, when the UN listing heads it) opens the UN entry.
    if (head === 'un_sc_sanctions:KPi.016') await top.locator('.match-title a').click();
    else await chips.locator('li.chip[data-also-listed="un_sc_sanctions:KPi.016"] a').click();
    await page.waitForURL(/#\/entity\/un_sc_sanctions%3AKPi\.016$/);
    const section = page.getByTestId('cross-list');
    await section.getByRole('heading', { name: 'Same person on other lists' }).waitFor();
    for (const id of group.filter((g) => g !== 'un_sc_sanctions:KPi.016')) {
      expect(await section.locator(`.cross-list-members li[data-member="${id}"] a`).getAttribute('href')).toBe(`#/entity/${encodeURIComponent(id)}`);
    }
    expect(await section.locator('.cross-list-members li[data-member="un_sc_sanctions:KPi.016"]').textContent()).toContain('(this entry)');
    const links = await section.locator('.cross-list-links li').allTextContents();
    expect(links).toContain('UK JANG BOM SU ~ UN JANG BOM SU: same UN reference KPI016');
    expect(links.every((l) => / ~ .+: \S/.test(l))).toBe(true);
    await shot(page, 'entity-cross-list');

    // German labels and headings.
    await page.getByTestId('lang').selectOption('de');
    await section.getByRole('heading', { name: 'Dieselbe Person auf anderen Listen' }).waitFor();
    expect(await section.locator('.cross-list-members li[data-member="gb_hmt_sanctions:13327"] .tag').textContent()).toBe('GB');
    await page.getByTestId('lang').selectOption('en');

    // The following tests start from the screen form as the Korean test left it.
    await page.goto(`${server.url}/#/screen`);
    await page.getByRole('searchbox', { name: 'Name' }).fill('Kim Sang Man');
    await page.locator('[data-entity-id="us_ofac_sdn:43377"]').waitFor();
  });

  it('runs a 1,000-name batch upload to completion with progress that survives a reload, filters and exports', async () => {
    await page.goto(`${server.url}/#/batch`);
    const csv = batchCsv(1000);
    await page.getByLabel('File (CSV, XLSX or JSONL)').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Start screening' }).click();
    await page.waitForURL(/#\/batch\/[0-9a-f-]{36}$/);
    const progress = page.getByTestId('batch-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('max')).toBe('1');

    // The job is server-side: a reload keeps the same job and its progress.
    const jobUrl = page.url();
    await page.reload();
    expect(page.url()).toBe(jobUrl);
    await progress.waitFor();

    const status = page.getByTestId('batch-status');
    await expect.poll(async () => status.getAttribute('data-status'), { timeout: 120_000, interval: 500 }).toBe('done');
    expect(await status.textContent()).toContain('1,000 of 1,000');
    expect(Number(await progress.evaluate((el) => (el as unknown as { value: number }).value))).toBe(1);
    await shot(page, 'batch');

    // Alerts only: every row shown is an alert, and the listed names are among them.
    await page.getByLabel('Alerts only').check();
    // The filtered page replaces the unfiltered one when its request returns: wait for it, rather than
    // for any rows (the unfiltered ones are still shown until then).
    const decisions = page.locator('.results-table tbody tr td:nth-child(3)');
    await expect.poll(async () => {
      const shown = await decisions.allTextContents();
      return shown.length > 0 && shown.every((d) => d === 'alert');
    }, { timeout: 30_000 }).toBe(true);
    expect(await page.locator('.results-table tbody').textContent()).toContain('Kim Sang Man');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csvText = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toMatch(/name/i);
    expect(csvText).toContain('us_ofac_sdn:43377');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync((await xlsxDownload.path())!).subarray(0, 2).toString()).toBe('PK');

    await page.getByLabel('Alerts only').uncheck();
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const json = readFileSync((await jsonDownload.path())!, 'utf8');
    const rows = json.trim().startsWith('[') ? (JSON.parse(json) as unknown[]) : json.trim().split('\n');
    expect(rows.length).toBe(1000);
  });

  it('scans a German news text and highlights the listed names it mentions', async () => {
    const text =
      'Das US-Finanzministerium hat am Dienstag neue Sanktionen verhängt. Betroffen sind nach Angaben der Behörde der nordkoreanische Staatsangehörige Kim Sang Man ' +
      'sowie die Chinyong Information Technology Cooperation Company, die IT-Fachkräfte im Ausland beschäftigt. Ein Sprecher des Ministeriums sagte, die Einnahmen ' +
      'flössen in die Waffenprogramme Pjöngjangs.';
    await page.goto(`${server.url}/#/scan`);
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    const unavailable = page.getByTestId('scan-unavailable');
    const highlighted = page.getByTestId('scanned-text');
    await Promise.race([unavailable.waitFor(), highlighted.waitFor()]);
    await shot(page, 'scan');
    if (await unavailable.isVisible()) {
      // The endpoint (issue 5) is not on this server yet: the page must say so plainly.
      const probe = await fetch(`${server.url}/v1/scan`, { method: 'POST', headers: { authorization: `Bearer ${analystKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      expect(probe.status).toBe(404);
      console.warn('[vigil ui tests] POST /v1/scan answers 404: the highlight assertions are skipped until the scan endpoint lands.');
      return;
    }
    const marks = await highlighted.locator('mark').allTextContents();
    expect(marks.some((m) => m.includes('Kim Sang Man'))).toBe(true);
    expect(marks.some((m) => m.includes('Chinyong'))).toBe(true);
    expect(await highlighted.locator(`mark a[href="#/entity/${encodeURIComponent('us_ofac_sdn:43377')}"]`).count()).toBeGreaterThan(0);
    // The surrounding prose is kept verbatim around the marks.
    expect(await highlighted.textContent()).toBe(text);
  });

  it('highlights the mentions inside uploaded PDF and Word documents, in the text extracted on the server', async () => {
    const uploads = [
      { name: 'zahlung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf(['Zahlungsauftrag Nr. 2291', 'Beguenstigter: Kim Sang Man, Pjoengjang'])), entity: 'us_ofac_sdn:43377', words: 'Kim Sang Man' },
      { name: 'vertrag.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(minimalDocx(['Rahmenvertrag', 'Vertragspartner: Chinyong Information Technology Cooperation Company'])), entity: 'us_ofac_sdn:43379', words: 'Chinyong' },
    ];
    for (const upload of uploads) {
      await page.goto(`${server.url}/#/scan`);
      await page.getByLabel('Or load a document (.txt, .md, .html, .pdf, .docx)').setInputFiles({ name: upload.name, mimeType: upload.mimeType, buffer: upload.buffer });
      const highlighted = page.getByTestId('scanned-text');
      await highlighted.locator(`mark[data-entity-id="${upload.entity}"]`).first().waitFor();
      expect(await page.getByText(`Text extracted from ${upload.name} on the server`).count()).toBe(1);
      const marks = await highlighted.locator('mark').allTextContents();
      expect(marks.some((m) => m.includes(upload.words))).toBe(true);
      expect(await highlighted.locator(`mark a[href="#/entity/${encodeURIComponent(upload.entity)}"]`).count()).toBeGreaterThan(0);
      // The document's other words are shown around the marks, not just the mentions.
      expect(await highlighted.textContent()).toContain(upload.name.endsWith('.pdf') ? 'Zahlungsauftrag' : 'Rahmenvertrag');
      await shot(page, `scan-${upload.name.replace('.', '-')}`);
    }
  });

  it('lists the datasets with versions, counts and freshness, and browses the changes of a version down to the field', async () => {
    await page.goto(`${server.url}/#/lists`);
    const table = page.getByTestId('datasets');
    const sdn = table.locator('tbody tr', { hasText: 'us_ofac_sdn' });
    await sdn.waitFor();
    const row = await sdn.textContent();
    expect(row).toContain('18,367');
    expect(row).toMatch(/ ago|this minute|now/);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    // Refreshing the lists is for admins only: an analyst does not get the button.
    expect(await page.getByRole('button', { name: 'Refresh lists now' }).count()).toBe(0);
    await shot(page, 'lists');

    await sdn.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'us_ofac_sdn' }).waitFor();
    await page.getByRole('heading', { name: 'Changes' }).waitFor();
    if (!twoVersions) {
      console.warn('[vigil ui tests] the older SDN file is absent: the change browser is not exercised.');
      return;
    }
    const changed = page.getByRole('button', { name: /^changed \(\d/ });
    await changed.waitFor();
    const counts = await page.locator('.segmented button').allTextContents();
    expect(counts.some((c) => /^added \([1-9]/.test(c))).toBe(true);
    await changed.click();
    const first = page.locator('.change-list li.change.changed').first();
    await first.waitFor();
    expect(await page.locator('.change-list li.change:not(.changed)').count()).toBe(0);
    await first.locator('summary').click();
    const fields = first.locator('table.field-changes tbody tr');
    await fields.first().waitFor();
    expect(await fields.count()).toBeGreaterThan(0);
    // Each changed field shows what was removed and what was added.
    expect(await first.locator('del, ins').count()).toBeGreaterThan(0);
    await shot(page, 'lists-changes');
  });

  it('switches the whole UI to German, with German number formats', async () => {
    await page.goto(`${server.url}/#/screen`);
    await page.getByTestId('lang').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Namen prüfen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await nav.getByRole('link', { name: 'Prüfen', exact: true }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Listen' }).count()).toBe(1);
    expect(await page.getByTestId('role').textContent()).toBe('Angemeldet als Analyst');
    await page.locator('[data-entity-id="us_ofac_sdn:43377"]').waitFor();
    expect(await page.locator('[data-entity-id="us_ofac_sdn:43377"] .feature').first().textContent()).toContain('Angefragter Name');
    await shot(page, 'screen-de');

    // The choice survives a reload, and numbers use German grouping (1.000).
    await page.goto(`${server.url}/#/batch`);
    await page.locator('.job-list a').first().click();
    await expect.poll(async () => page.getByTestId('batch-status').textContent()).toContain('1.000 von 1.000');
    await page.getByTestId('lang').selectOption('en');
  });

  it('hides what a screener key may not use', async () => {
    const ctx = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'en-GB' });
    try {
      const p = await ctx.newPage();
      await p.goto(`${server.url}/#/screen`);
      await p.getByLabel('API key').fill(screenerKey);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByTestId('role').waitFor();
      expect(await p.getByTestId('role').textContent()).toBe('Signed in as screener');
      const nav = p.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Lists' }).count()).toBe(0);
      // Matches are shown, but not as links to entity pages (those need the analyst role).
      await p.getByRole('searchbox', { name: 'Name' }).fill('Kim Sang Man');
      await p.locator('[data-entity-id="us_ofac_sdn:43377"]').waitFor();
      expect(await p.locator('[data-entity-id="us_ofac_sdn:43377"] .match-title a').count()).toBe(0);
      await p.goto(`${server.url}/#/lists`);
      await p.getByRole('heading', { name: 'Not available for your role' }).waitFor();
      await p.goto(`${server.url}/#/screen`);
      await p.locator('[data-entity-id="us_ofac_sdn:43377"]').waitFor();
      await p.screenshot({ path: join(SHOTS, 'screen-tablet-screener.png'), fullPage: true });
    } finally {
      await ctx.close();
    }
  });

  it('gives an admin key the list refresh', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      const p = await ctx.newPage();
      await p.goto(`${server.url}/#/lists`);
      await p.getByLabel('API key').fill(adminKey);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByTestId('role').waitFor();
      expect(await p.getByTestId('role').textContent()).toBe('Signed in as admin');
      const refresh = p.getByRole('button', { name: 'Refresh lists now' });
      await refresh.click();
      await p.getByText(/Refresh started|already running/).waitFor();
    } finally {
      await ctx.close();
    }
  });
});
