import type { Command } from 'commander';
import type { Role, Store, VersionInfo } from '../store/types.js';
import { formatEntity } from './format-entity.js';
import { age, configFor, fail, out, progressCounter, withStore } from './context.js';

function versionLine(v: VersionInfo): string {
  const counts = Object.entries(v.counts)
    .map(([schema, n]) => `${schema} ${n}`)
    .join(', ');
  return `v${v.seq}  published ${v.published ?? 'unknown'}  imported ${v.importedAt.slice(0, 19).replace('T', ' ')}  ${v.entityCount} entities (${counts})${v.current ? '  [current]' : ''}`;
}

async function resolveVersion(store: Store, dataset: string, ref: string): Promise<VersionInfo> {
  const v = await store.findVersion(dataset, ref);
  if (!v) fail(`dataset ${dataset} has no version "${ref}" (see: vigil lists ${dataset})`);
  return v;
}

export function registerDataCommands(program: Command): void {
  program
    .command('import')
    .description('Import list files or folders (format detected; .gz and .zip read directly) as new dataset versions')
    .argument('<paths...>', 'files or folders')
    .option('--dataset <name>', 'dataset to import into (required for custom and generic lists)')
    .option('--force', 're-import even when the file is unchanged')
    .action(async (paths: string[], opts: { dataset?: string; force?: boolean }, cmd: Command) => {
      // The parsers of every list format load with the import, not with every command.
      const { planImports, runImport } = await import('../ingest/import.js');
      await withStore(cmd, async (store) => {
        const plans = await planImports(paths, { dataset: opts.dataset });
        for (const plan of plans) {
          const progress = progressCounter(plan.dataset);
          try {
            const outcome = await runImport(store, plan, { force: opts.force, onProgress: (n) => progress.tick(n) });
            progress.stop();
            const v = outcome.version;
            out(
              `${plan.dataset}: ${outcome.status === 'unchanged' ? 'unchanged, still' : 'imported'} v${v.seq} from ${plan.source} ` +
                `(${plan.format.name}, published ${v.published ?? 'unknown'}): ${v.entityCount} entities in ${outcome.seconds.toFixed(1)} s`,
            );
            for (const w of outcome.warnings.slice(0, 20)) process.stderr.write(`  warning: ${w}\n`);
            if (outcome.warnings.length > 20) process.stderr.write(`  … and ${outcome.warnings.length - 20} more warnings\n`);
          } finally {
            progress.stop();
          }
        }
      });
    });

  program
    .command('update')
    .description('Download every enabled official list and import what changed (conditional requests)')
    .option('--from <dir>', 'import from a local folder laid out like the official mirror (default: $VIGIL_LISTS_DIR)')
    .option('--dataset <names...>', 'only these datasets')
    .option('--force', 're-download and re-import even when unchanged')
    .action(async (opts: { from?: string; dataset?: string[]; force?: boolean }, cmd: Command) => {
      const config = configFor(cmd);
      const { updateDatasets } = await import('../ingest/update.js');
      await withStore(cmd, async (store) => {
        const results = await updateDatasets(store, {
          fromDir: opts.from ?? config.listsDir,
          downloadDir: config.downloadDir,
          datasets: opts.dataset,
          force: opts.force,
          log: (e) => process.stderr.write(`${e.dataset}: ${e.message}\n`),
        });
        const failed = results.filter((r) => r.status === 'failed');
        out(`update: ${results.filter((r) => r.status === 'imported').length} imported, ${results.filter((r) => r.status === 'unchanged').length} unchanged, ${failed.length} failed, ${results.filter((r) => r.status === 'missing').length} missing`);
        if (failed.length > 0) process.exitCode = 1;
      });
    });

  program
    .command('lists')
    .description('Show datasets, versions, publication dates, counts and freshness')
    .argument('[dataset]', 'show every version of one dataset')
    .option('--json', 'machine-readable output')
    .action(async (dataset: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const versions = dataset ? await store.versions(dataset) : await store.currentVersions();
        if (opts.json) return out(JSON.stringify(versions, null, 2));
        if (versions.length === 0) return out(dataset ? `no versions of ${dataset}` : 'no lists loaded: run `vigil update` or `vigil import PATH`');
        for (const v of versions) out(`${dataset ? '' : `${v.dataset.padEnd(22)} `}${versionLine(v)}  age ${age(v.published ?? v.importedAt)}`);
      });
    });

  program
    .command('diff')
    .description('What changed between two versions of a dataset (default: previous → current)')
    .argument('<dataset>')
    .argument('[from]', 'version: number, vN, publication date, "previous"', 'previous')
    .argument('[to]', 'version: number, vN, publication date, "current"', 'current')
    .option('--json', 'machine-readable output')
    .option('--summary', 'counts only')
    .action(async (dataset: string, from: string, to: string, opts: { json?: boolean; summary?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const a = await resolveVersion(store, dataset, from);
        const b = await resolveVersion(store, dataset, to);
        const diff = await store.diff(dataset, a.id, b.id);
        if (opts.json) return out(JSON.stringify(diff, null, 2));
        out(`${dataset} v${a.seq} (${a.published ?? '?'}) → v${b.seq} (${b.published ?? '?'}): ${diff.added} added, ${diff.removed} removed, ${diff.changed} changed`);
        if (opts.summary) return;
        for (const c of diff.changes) {
          const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
          out(`${sign} ${c.id}  ${c.caption}`);
          for (const f of c.fields ?? []) {
            for (const r of f.removed) out(`    - ${f.field}: ${JSON.stringify(r)}`);
            for (const a2 of f.added) out(`    + ${f.field}: ${JSON.stringify(a2)}`);
          }
        }
      });
    });

  program
    .command('entity')
    .description('Print one entity with its relationships and dataset version')
    .argument('<id>', 'entity id, e.g. us_ofac_sdn:43377')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const found = await store.getEntity(id);
        if (!found) fail(`no entity ${id} in the current lists`);
        out(opts.json ? JSON.stringify(found, null, 2) : formatEntity(found));
      });
    });

  const keys = program.command('keys').description('Manage API keys (stored hashed)');
  keys
    .command('create')
    .requiredOption('--role <role>', 'screener | analyst | admin')
    .option('--label <text>', 'who or what the key is for')
    .action(async (opts: { role: string; label?: string }, cmd: Command) => {
      if (!['screener', 'analyst', 'admin'].includes(opts.role)) fail(`--role must be screener, analyst or admin, not "${opts.role}"`);
      await withStore(cmd, async (store) => {
        const { key, info } = await store.createApiKey(opts.role as Role, opts.label);
        process.stderr.write(`created key ${info.id} with role ${info.role}; it is shown once, store it now:\n`);
        out(key);
      });
    });
  keys.command('list').action(async (_opts: unknown, cmd: Command) => {
    await withStore(cmd, async (store) => {
      for (const k of await store.listApiKeys()) out(`${k.id}  ${k.role.padEnd(8)}  ${k.createdAt}  ${k.revoked ? 'revoked' : 'active'}  ${k.label ?? ''}`);
    });
  });
  keys
    .command('revoke')
    .argument('<id>')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withStore(cmd, async (store) => {
        if (!(await store.revokeApiKey(id))) fail(`no active key ${id}`);
        out(`revoked ${id}`);
      });
    });
}
