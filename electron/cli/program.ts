import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup';
import { registerEntry } from './commands/entry';
import { registerExport } from './commands/export';
import { registerLock } from './commands/lock';
import { registerPaper } from './commands/paper';
import { registerPhotos } from './commands/photos';
import { registerTrip } from './commands/trip';
import { reportError, type GlobalOptions } from './output';

export type Registrar = (program: Command) => void;
/** Every command group; each lives in commands/<group>.ts. */
export const registrars: Registrar[] = [registerTrip, registerEntry, registerPaper, registerBackup, registerPhotos, registerExport, registerLock];

export function buildProgram(extra: Registrar[] = []): Command {
  const program = new Command('proceedings')
    .description('Proceedings — a journal for conference trips. Every command takes --library and --json.')
    .option('--library <dir>', 'library folder (default: $PROCEEDINGS_LIBRARY or the app\'s own)')
    .option('--json', 'print one JSON document on stdout')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [...registrars, ...extra]) register(program);
  return program;
}

export async function runCli(argv: string[], extra: Registrar[] = []): Promise<void> {
  const program = buildProgram(extra);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and version exit 0.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportError(program.opts<GlobalOptions>(), error);
  }
}
