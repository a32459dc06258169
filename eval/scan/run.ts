import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScanIndex } from '../../src/scan/scan-index.js';
import { scanText } from '../../src/scan/scan.js';
import { loadLists } from '../lists.js';
import { REPO_ROOT } from '../paths.js';
import { markdownTable, pct } from '../table.js';
import { scoreCase, totals, type ScanCase } from './metrics.js';

/**
 * `npm run eval:scan`: precision and recall of `vigil scan` on eval/scan/cases.json against the real
 * lists (the eval's fixed snapshots), per language and overall; results in eval/out/scan.json.
 */
const log = (line = ''): void => console.log(line);
/** cases.json was used while building the scanner; holdout.json was written afterwards and not tuned on. */
const SETS = [
  { name: 'dev', file: 'cases.json' },
  { name: 'held-out', file: 'holdout.json' },
] as const;
log('# vigil scan evaluation\n\nLoading lists…');
const { entities, lists } = await loadLists(log);
if (entities.length === 0) {
  log('No list could be loaded (see VIGIL_LISTS_DIR): nothing to evaluate.');
  process.exit(1);
}
const index = buildScanIndex(entities);
log(`scan index: ${index.names.length} names, ${index.anchors.size} anchor keys, built in ${(index.buildMs / 1000).toFixed(1)} s\n`);

const report: Record<string, unknown> = {};
for (const set of SETS) {
  const cases = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'scan', set.file), 'utf8')) as ScanCase[];
  log(`\n## ${set.name} set (${set.file}, ${cases.length} texts)\n`);
  const outcomes = cases.map((c) => {
    const result = scanText(index, c.text);
    for (const m of result.mentions) {
      if (c.text.slice(m.start, m.end) !== m.text) throw new Error(`${c.id}: offsets ${m.start}-${m.end} do not give "${m.text}"`);
    }
    return { ...scoreCase(c, result.entities.map((e) => e.entityId)), mentions: result.mentions.map((m) => ({ text: m.text, start: m.start, entityId: m.entityId, score: m.score })) };
  });

  const byLang = new Map<string, number[]>();
  cases.forEach((c, i) => byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), i]));
  const rows = [...byLang].map(([lang, idx]) => {
    const t = totals(
      idx.map((i) => cases[i]!),
      idx.map((i) => outcomes[i]!),
    );
    return [lang, t.cases, t.partiesExpected, t.partiesFound, t.falsePositives, pct(t.precision), pct(t.recall)];
  });
  const all = totals(cases, outcomes);
  rows.push(['all', all.cases, all.partiesExpected, all.partiesFound, all.falsePositives, pct(all.precision), pct(all.recall)]);
  log(markdownTable(['language', 'texts', 'parties named', 'found', 'false positives', 'precision', 'recall'], rows));
  const problems = outcomes.filter((o) => o.falsePositives.length > 0 || o.missed.length > 0);
  if (problems.length) {
    log('\nErrors:');
    for (const o of problems) log(`- ${o.id}: ${o.falsePositives.length ? `false positives ${o.falsePositives.join(', ')}` : ''}${o.missed.length ? ` missed ${o.missed.map((g) => g.join('|')).join(', ')}` : ''}`);
  }
  report[set.name] = { totals: all, outcomes };
  log(`${set.name}: precision ${pct(all.precision)}, recall ${pct(all.recall)} (${all.truePositives} true, ${all.falsePositives} false entity hits)`);
}
const outDir = join(REPO_ROOT, 'eval', 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'scan.json'), JSON.stringify({ generatedAt: new Date().toISOString(), lists, ...report }, null, 2));
log('\nwritten to eval/out/scan.json');
