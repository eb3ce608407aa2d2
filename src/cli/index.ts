import { Command, CommanderError } from 'commander';
import { isRacedeskError } from '../domain/errors';
import { registerWebCommand } from './commands/web';
import { registerCheckCommand } from './commands/check';
import { registerClaimsCommand } from './commands/claims';
import { registerImportCommand } from './commands/import';
import { registerSessionsCommand } from './commands/sessions';
import { registerSessionCommand } from './commands/session';
import { registerExportCommand } from './commands/export';
import { registerSyncCommand } from './commands/sync';

/** Builds the `racedesk` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('racedesk')
    .description('Racedesk: import raw race reports, check every figure against official timing, export clean copy.')
    .option('--library <dir>', 'library folder (default: $RACEDESK_LIBRARY or the app user-data folder)')
    .exitOverride()
    .showHelpAfterError();
  registerWebCommand(program);
  registerCheckCommand(program);
  registerClaimsCommand(program);
  registerImportCommand(program);
  registerSessionsCommand(program);
  registerSessionCommand(program);
  registerExportCommand(program);
  registerSyncCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 a finding (e.g. contradicted claims), 2 bad input or usage. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isRacedeskError(error)) {
      process.stderr.write(`racedesk: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
