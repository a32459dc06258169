import type { Command } from 'commander';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { DEFAULT_THRESHOLD } from '../match/algorithm.js';
import type { CompareResult, Match, MatchExplanation, ScreenOptions, ScreenQuery } from '../match/types.js';
import { QueryInputError, readQueries, toScreenQuery } from '../service/queries.js';
import { configFor, fail, out, withStore } from './context.js';

/*
 * The matching engine (compare, the screening service, batch workers) is imported inside the
 * actions: its name tables (pinyin among them) take longer to load than `vigil --help` takes to run.
 */

interface ScreenOpts {
  schema?: string;
  birthDate?: string;
  country?: string[];
  gender?: string;
  passport?: string[];
  crypto?: string[];
  email?: string[];
  threshold?: string;
  limit?: string;
  dataset?: string[];
  json?: boolean;
  input?: string;
  output?: string;
  workers?: string;
}

function number(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) fail(`${name} must be a number between ${min} and ${max}, got "${value}"`);
  return n;
}

export function renderExplanation(e: MatchExplanation, indent = '    '): string[] {
  const lines = [`${indent}${e.summary}`];
  for (const f of e.features) {
    if (f.contribution === 0 && f.value === 0) continue;
    const sign = f.contribution >= 0 ? '+' : '−';
    lines.push(`${indent}  ${sign}${Math.abs(f.contribution).toFixed(3)}  ${f.feature}${f.detail ? `: ${f.detail}` : ''}`);
  }
  return lines;
}

function renderMatch(m: Match, threshold: number): string[] {
  const bar = '█'.repeat(Math.round(m.score * 20)).padEnd(20, '·');
  return [
    `${bar} ${m.score.toFixed(3)} ${m.score >= threshold ? 'ALERT' : '     '} ${m.caption}  [${m.schema}]  ${m.entityId}`,
    `    matched "${m.matchedName}"${m.identifierMatch ? '  (identifier match)' : ''}`,
    ...renderExplanation(m.explanation),
  ];
}

function openInput(path: string): Readable {
  return path === '-' ? process.stdin : createReadStream(path);
}

function openOutput(path: string | undefined): Writable {
  return !path || path === '-' ? process.stdout : createWriteStream(path);
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export function registerScreenCommands(program: Command): void {
  program
    .command('screen')
    .description('Screen a name (or a file of queries) against the loaded lists; every match is explained')
    .argument('[name]', 'the name to screen')
    .option('--schema <schema>', 'person | organization | company | vessel | aircraft')
    .option('--birth-date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--country <codes...>', 'ISO 3166-1 alpha-2 nationality or country codes')
    .option('--gender <gender>', 'male | female')
    .option('--passport <numbers...>', 'passport or ID numbers')
    .option('--crypto <addresses...>', 'wallet addresses, optionally ASSET:address')
    .option('--email <emails...>', 'email addresses')
    .option('--threshold <t>', `alert threshold, 0..1 (default ${DEFAULT_THRESHOLD})`)
    .option('--limit <n>', 'matches to return per query', '5')
    .option('--dataset <names...>', 'only these datasets')
    .option('--json', 'machine-readable output')
    .option('--input <file>', 'batch: CSV (header: name, schema, birth_date, country, id…) or JSON lines; - for stdin')
    .option('--output <file>', 'batch: JSON lines in input order; - for stdout (default)')
    .option('--workers <n>', 'batch: worker threads (default: one per core)')
    .action(async (name: string | undefined, opts: ScreenOpts, cmd: Command) => {
      const screenOptions: ScreenOptions = {
        threshold: number(opts.threshold, '--threshold', 0, 1),
        limit: number(opts.limit, '--limit', 1, 100),
        ...(opts.dataset ? { datasets: opts.dataset } : {}),
      };
      const config = configFor(cmd);
      await withStore(cmd, async (store) => {
        if ((await store.currentVersions()).length === 0) fail('no lists loaded: run `vigil update` or `vigil import PATH` first');
        if (opts.input) {
          const output = openOutput(opts.output);
          const showProgress = process.stderr.isTTY && output !== process.stdout;
          let alerts = 0;
          let total = 0;
          const started = performance.now();
          try {
            const { screenBatchLines } = await import('../service/batch.js');
            const lines = screenBatchLines(readQueries(openInput(opts.input), opts.input === '-' ? 'stdin' : opts.input), {
              dbPath: config.dbPath,
              databaseUrl: config.databaseUrl,
              store,
              screen: screenOptions,
              workers: number(opts.workers, '--workers', 0, 64),
              onProgress: (done) => {
                if (showProgress) process.stderr.write(`\rscreened ${done}`);
              },
            });
            for await (const line of lines) {
              total++;
              if (line.decision === 'alert') alerts++;
              await write(output, `${line.json}\n`);
            }
          } catch (err) {
            if (err instanceof QueryInputError) fail(err.message);
            throw err;
          } finally {
            if (output !== process.stdout) output.end();
          }
          const seconds = (performance.now() - started) / 1000;
          process.stderr.write(`${showProgress ? '\n' : ''}screened ${total} queries in ${seconds.toFixed(1)} s (${Math.round(total / Math.max(seconds, 1e-3))}/s): ${alerts} alerts\n`);
          return;
        }
        if (!name) fail('give a name to screen, or --input FILE');
        let query: ScreenQuery;
        try {
          query = toScreenQuery(
            {
              name,
              schema: opts.schema,
              birthDate: opts.birthDate,
              countries: opts.country,
              gender: opts.gender,
              passport: opts.passport?.join(';'),
              crypto: opts.crypto?.join(';'),
              email: opts.email?.join(';'),
            },
            'query',
          );
        } catch (err) {
          fail(err instanceof Error ? err.message : String(err));
        }
        const { ScreeningService } = await import('../service/screening.js');
        const service = new ScreeningService(store);
        const snapshot = await service.reload();
        const result = service.screen(query, screenOptions);
        if (opts.json) return out(JSON.stringify(result, null, 2));
        const status = service.status();
        if (status.demoOnly) out('NOTE: only the built-in DEMO list is loaded; load the real lists with `vigil update` or `vigil import PATH`.');
        out(`${result.decision.toUpperCase()}: ${result.matches.length} match(es) for "${query.name}" across ${snapshot.versions.length} lists (threshold ${result.threshold}, ${result.algorithm.name} ${result.algorithm.version})`);
        for (const m of result.matches) for (const line of renderMatch(m, result.threshold)) out(line);
      });
    });

  program
    .command('compare')
    .description('Score two names (or many pairs) against each other, with the explanation')
    .argument('[a]', 'first name')
    .argument('[b]', 'second name')
    .option('--schema <schema>', 'schema of both names')
    .option('--input <file>', 'JSON lines of pairs: {"a": "NAME" | query, "b": "NAME" | query}; - for stdin')
    .option('--json', 'machine-readable output')
    .action(async (a: string | undefined, b: string | undefined, opts: { schema?: string; input?: string; json?: boolean }) => {
      const { compare } = await import('../match/compare.js');
      const asQuery = (v: unknown, where: string): ScreenQuery =>
        toScreenQuery(typeof v === 'string' ? { name: v, schema: opts.schema } : { schema: opts.schema, ...(v as Record<string, unknown>) }, where);
      const print = (qa: ScreenQuery, qb: ScreenQuery, r: CompareResult) => {
        if (opts.json || opts.input) return out(JSON.stringify({ a: qa.name, b: qb.name, score: r.score, explanation: r.explanation }));
        out(`${r.score.toFixed(3)}  "${qa.name}" ~ "${qb.name}"  (${r.algorithm.name} ${r.algorithm.version})`);
        for (const line of renderExplanation(r.explanation, '  ')) out(line);
      };
      try {
        if (opts.input) {
          const lines = createInterface({ input: openInput(opts.input), crlfDelay: Infinity });
          let n = 0;
          for await (const line of lines) {
            n++;
            if (line.trim() === '') continue;
            const where = `${opts.input}:${n}`;
            let pair: Record<string, unknown>;
            try {
              pair = JSON.parse(line) as Record<string, unknown>;
            } catch {
              throw new QueryInputError(where, 'invalid JSON');
            }
            const qa = asQuery(pair.a ?? pair.name_a, where);
            const qb = asQuery(pair.b ?? pair.name_b, where);
            print(qa, qb, compare(qa, qb));
          }
          return;
        }
        if (!a || !b) fail('give two names, or --input FILE');
        const qa = asQuery(a, 'a');
        const qb = asQuery(b, 'b');
        print(qa, qb, compare(qa, qb));
      } catch (err) {
        if (err instanceof QueryInputError) fail(err.message);
        throw err;
      }
    });
}
