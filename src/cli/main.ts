import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { registerDataCommands } from './data-commands.js';
import { registerServeCommand } from './serve-command.js';
import { registerScreenCommands } from './screen-commands.js';
import { registerScanCommand } from './scan-command.js';
import { tuneGarbageCollector } from '../service/runtime-flags.js';

const require = createRequire(import.meta.url);
const pkg = require('../../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('vigil')
    .description('Sanctions screening and vetting: official lists, cross-script name matching, explained matches.')
    .version(pkg.version)
    .addOption(new Option('--db <path>', 'SQLite store path').env('VIGIL_DB'))
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(str) });
  registerDataCommands(program);
  registerServeCommand(program);
  registerScreenCommands(program);
  registerScanCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  tuneGarbageCollector();
  await buildProgram().parseAsync(argv);
}
