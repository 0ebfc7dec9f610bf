import type { Command } from 'commander';
import { entriesByPaper, updateParsedPaper } from '../../services/journal/papers';
import { withLibrary } from '../context';
import { emit, type GlobalOptions } from '../output';

export function registerPaper(program: Command): void {
  const paper = program.command('paper').description('papers seen during a trip');

  paper
    .command('list')
    .description('every paper of a trip, starred first, with the entries that mention it')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--starred', 'only starred papers')
    .action(async (o: { trip: string; starred?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const doc = await withLibrary(g, 'read', async (lib) => lib.trip(await lib.resolveTripId(o.trip)));
      const byPaper = entriesByPaper(doc);
      const papers = doc.papers
        .filter((p) => !o.starred || p.starred)
        .sort((a, b) => Number(b.starred) - Number(a.starred) || a.title.localeCompare(b.title))
        .map((p) => ({
          ...p,
          entries: (byPaper.get(p.id) ?? []).map((id) => {
            const e = doc.entries.find((x) => x.id === id)!;
            return { id: e.id, kind: e.kind, start: e.start, title: e.title };
          }),
        }));
      emit(g, { papers }, () =>
        papers.length
          ? papers
              .map((p) => `${p.starred ? '★' : ' '} ${p.id}  ${p.key}  ${p.title || '(untitled)'}\n    ${p.entries.map((e) => `${e.kind} ${e.start}`).join(', ') || 'no entries'}`)
              .join('\n')
          : 'No papers yet. Add one with: proceedings entry add --kind talk --paper <arXiv link> …',
      );
    });

  paper
    .command('star <paperId>')
    .description('star a paper ("best of the conference"); --off removes the star')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--off', 'remove the star')
    .action(async (paperId: string, o: { trip: string; off?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const p = await withLibrary(g, 'write', async (lib) => updateParsedPaper(lib, await lib.resolveTripId(o.trip), paperId, { starred: !o.off }));
      emit(g, { paper: p }, () => `${p.starred ? 'Starred' : 'Unstarred'} ${p.title || p.key}`);
    });
}
