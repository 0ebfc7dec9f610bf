import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { clearLock, inspectLock, type HolderState } from '../../services/library/lock';
import { libraryPaths } from '../../services/library/paths';
import { resolveLibraryRoot } from '../../services/library/location';
import { AppError } from '../../services/util/errors';
import { emit, type GlobalOptions } from '../output';

const WHY: Record<HolderState | 'none', string> = {
  none: 'there is no lock',
  live: 'its holder is running on this computer',
  dead: 'its process is no longer running',
  'reused-pid': 'its process id now belongs to a program started after the lock was taken',
  'other-host': 'it was taken on another computer, which this one cannot check',
  unreadable: 'the lock file cannot be read',
};

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** `lock clear`: removes an abandoned writer lock (another host, a reused PID) after confirmation. */
export function registerLock(program: Command): void {
  const lock = program.command('lock').description('the library\'s writer lock');

  lock
    .command('clear')
    .description('remove a lock left by a program that is no longer running (asks first; refused while its holder runs here)')
    .option('--yes', 'do not ask (needed when not run from a terminal)')
    .action(async (o: { yes?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const file = libraryPaths(resolveLibraryRoot(g.library)).lock;
      const { holder, state } = inspectLock(file);
      if (state === 'live') clearLock(file); // throws the refusal naming the holder
      if (state !== 'none' && !o.yes) {
        const about = holder ? `process ${holder.pid} on ${holder.host} (${holder.owner}, since ${holder.since})` : 'an unreadable holder';
        if (!process.stdin.isTTY || g.json) {
          throw new AppError('invalid-input', `The lock of ${about} was not cleared: add --yes to confirm (${WHY[state]}).`, { lockFile: file, holder });
        }
        if (!(await confirm(`Clear the lock held by ${about}? Only do this if that program is not running (${WHY[state]}).`))) {
          throw new AppError('cancelled', 'The lock was not cleared.');
        }
      }
      const result = clearLock(file);
      emit(g, result, () => (result.cleared ? `Cleared the lock of ${file} (${WHY[result.state]}).` : `No lock to clear in ${file}.`));
    });
}
