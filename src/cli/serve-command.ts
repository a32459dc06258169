import type { Command } from 'commander';
import { createRequire } from 'node:module';
import { startServer } from '../api/server.js';
import { configFor, fail } from './context.js';

const require = createRequire(import.meta.url);
const pkg = require('../../../package.json') as { version: string };

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP API (and the web UI when built): loads lists on an empty store, refreshes them on a schedule')
    .option('--port <port>', 'port to listen on (default: $VIGIL_PORT or 8080)')
    .option('--host <host>', 'address to bind (default: $VIGIL_HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }, cmd: Command) => {
      const config = configFor(cmd);
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) fail(`--port must be a port number, got "${opts.port}"`);
      await startServer({ config, ...(port !== undefined ? { port } : {}), ...(opts.host ? { host: opts.host } : {}), version: pkg.version, handleSignals: true });
    });
}
