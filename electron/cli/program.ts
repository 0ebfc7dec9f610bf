import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup';
import { registerEntry } from './commands/entry';
import { registerExport } from './commands/export';
import { registerLock } from './commands/lock';
import { registerPaper } from './commands/paper';
import { registerPhotos } from './commands/photos';
import { registerProgramme } from './commands/programme';
import { registerTrip } from './commands/trip';
import { AppError } from '../services/util/errors';
import { reportError, type GlobalOptions } from './output';

export type Registrar = (program: Command) => void;
/** Every command group; each lives in commands/<group>.ts. */
export const registrars: Registrar[] = [registerTrip, registerEntry, registerPaper, registerBackup, registerPhotos, registerExport, registerLock, registerProgramme];

export function buildProgram(extra: Registrar[] = [], json = false): Command {
  const program = new Command('proceedings')
    .description('Proceedings — a journal for conference trips. Every command takes --library and --json.')
    .option('--library <dir>', 'library folder (default: $PROCEEDINGS_LIBRARY or the app\'s own)')
    .option('--json', 'print one JSON document on stdout')
    .showHelpAfterError(!json)
    .exitOverride();
  // Under --json, commander's own messages (a missing option, an unknown command) are
  // reported as the one JSON error document instead (see runCli); set before the
  // commands are added, which copy these settings.
  if (json) program.configureOutput({ writeErr: () => undefined });
  for (const register of [...registrars, ...extra]) register(program);
  return program;
}

export async function runCli(argv: string[], extra: Registrar[] = []): Promise<void> {
  // Known before parsing, so even an error in parsing the options is reported as JSON.
  const json = argv.includes('--json');
  const program = buildProgram(extra, json);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; otherwise commander has printed its message (plain text),
      // or under --json it is reported here as one JSON document.
      if (json && error.exitCode !== 0) {
        const message = error.message.replace(/^error: /, '').replace(/\s+/g, ' ').trim();
        reportError({ json }, new AppError('invalid-input', `Invalid input — ${message}`, { commander: error.code }));
      }
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportError({ ...program.opts<GlobalOptions>(), ...(json ? { json } : {}) }, error);
  }
}
