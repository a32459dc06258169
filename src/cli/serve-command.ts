import type { Command } from 'commander';
import { createRequire } from 'node:module';
import { configFor, fail } from './context.js';

const require = createRequire(import.meta.url);
const pkg = require('../../../package.json') as { version: string };

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP API (and the web UI when built): loads lists on an empty store, refreshes them on a schedule')
    .option('--port <port>', 'port to listen on (default: $VIGIL_PORT or 8080)')
    .option('--host <host>', 'address to bind (default: $VIGIL_HOST or 127.0.0.1)')
    .option('--workers <n>', 'server processes sharing the port, each with its own index (default: $VIGIL_WORKERS or 1)')
    .action(async (opts: { port?: string; host?: string; workers?: string }, cmd: Command) => {
      const base = configFor(cmd);
      const workers = opts.workers === undefined ? base.workers : Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a positive integer, got "${opts.workers}"`);
      const config = { ...base, workers };
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) fail(`--port must be a port number, got "${opts.port}"`);
      const options = { config, ...(port !== undefined ? { port } : {}), ...(opts.host ? { host: opts.host } : {}), version: pkg.version, handleSignals: true };
      // Loaded here, not at the top: Fastify and the whole API cost every other command its start-up time.
      if (config.workers > 1) await (await import('../api/cluster.js')).runCluster(options, config.workers);
      else await (await import('../api/server.js')).startServer(options);
    });
}
