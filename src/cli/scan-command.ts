import type { Command } from 'commander';
import { DEFAULT_THRESHOLD } from '../match/algorithm.js';
import { DEMO_DATASET } from '../service/demo.js';
import { fail, out, withStore } from './context.js';

/** Documents larger than this are almost certainly not what the user meant to scan (a database dump, a binary). */
const DEFAULT_MAX_MB = 50;

interface ScanOpts {
  json?: boolean;
  threshold?: string;
  dataset?: string[];
  maxMb?: string;
}

export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description('Find listed names, aliases and identifiers (wallets, emails, phones, passports, IMO numbers, websites) inside a document')
    .argument('<file>', 'a .txt, .md, .html, .pdf or .docx file, or - for text on stdin')
    .option('--json', 'machine-readable output: mentions with offsets, grouped by entity')
    .option('--threshold <t>', `minimum score of a name mention, 0..1 (default ${DEFAULT_THRESHOLD})`)
    .option('--dataset <names...>', 'only these datasets')
    .option('--max-mb <n>', `largest document to read, in MB (default ${DEFAULT_MAX_MB})`)
    .action(async (file: string, opts: ScanOpts, cmd: Command) => {
      const threshold = opts.threshold === undefined ? DEFAULT_THRESHOLD : Number(opts.threshold);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) fail(`--threshold must be a number between 0 and 1, got "${opts.threshold}"`);
      const maxMb = opts.maxMb === undefined ? DEFAULT_MAX_MB : Number(opts.maxMb);
      if (!Number.isFinite(maxMb) || maxMb <= 0) fail(`--max-mb must be a positive number, got "${opts.maxMb}"`);
      // The scanner and the text extractors load here: other commands (and --help) do not pay for them.
      const [{ readDocument, UnsupportedFormatError }, { renderReport }, { buildScanIndex }, { scanText }, { loadEntities }] = await Promise.all([
        import('../scan/extract.js'),
        import('../scan/report.js'),
        import('../scan/scan-index.js'),
        import('../scan/scan.js'),
        import('../service/screening.js'),
      ]);
      let text: string;
      try {
        ({ text } = await readDocument(file, maxMb * 1024 * 1024));
      } catch (err) {
        if (err instanceof UnsupportedFormatError) fail(err.message);
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') fail(`no such file: ${file}`);
        fail(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await withStore(cmd, async (store) => {
        const all = await store.currentVersions();
        if (all.length === 0) fail('no lists loaded: run `vigil update` or `vigil import PATH` first');
        // As in screening: the demo list is never mixed with real lists.
        const real = all.filter((v) => v.dataset !== DEMO_DATASET);
        const versions = real.length > 0 ? real : all;
        const index = buildScanIndex(await loadEntities(store, versions.map((v) => v.dataset)));
        const result = scanText(index, text, { threshold, ...(opts.dataset ? { datasets: opts.dataset } : {}) });
        const demo = real.length === 0;
        if (opts.json) {
          out(JSON.stringify({ mentions: result.mentions, entities: result.entities, stats: result.stats, ...(demo ? { demo: true } : {}) }, null, 2));
          return;
        }
        if (demo) out('NOTE: only the built-in DEMO list is loaded; load the real lists with `vigil update` or `vigil import PATH`.');
        out(renderReport(text, result, { color: process.stdout.isTTY === true }));
      });
    });
}
