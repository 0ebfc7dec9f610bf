import type { Command } from 'commander';
import { withLibrary } from '../context';
import { emit, table, type GlobalOptions } from '../output';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description('list and restore a trip\'s backups');

  backup
    .command('list')
    .requiredOption('--trip <id>', 'trip id (as named in the error message)')
    .action(async (o: { trip: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const backups = await withLibrary(g, 'read', (lib) => lib.backups(o.trip));
      emit(g, { backups }, () =>
        backups.length ? table([['NAME', 'TAKEN', 'BYTES'], ...backups.map((b) => [b.name, b.takenAt, String(b.bytes)])]) : 'No backups of this trip yet.',
      );
    });

  backup
    .command('restore')
    .description('put a backup back in place (default: the newest good one); the current file is kept as a backup')
    .requiredOption('--trip <id>', 'trip id (as named in the error message)')
    .option('--from <name>', 'backup name from "backup list"')
    .action(async (o: { trip: string; from?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const restored = await withLibrary(g, 'write', (lib) => lib.restoreBackup(o.trip, o.from));
      emit(g, { restored }, () => `Restored trip ${o.trip} from ${restored.name} (${restored.takenAt}).`);
    });
}
