import type { Command } from 'commander';
import { CITATION_FORMATS, exportCitations, type CitationFormat } from '../../services/citations/export';
import { entriesByPaper, updateParsedPaper } from '../../services/journal/papers';
import { writeFileDurably } from '../../services/library/durable-file';
import { lookupOptionsFromEnv } from '../../services/paper-lookup/config';
import { PaperLookupService, type LookupReport } from '../../services/paper-lookup/lookup-service';
import { AppError } from '../../services/util/errors';
import { withLibrary } from '../context';
import { emit, usageError, type GlobalOptions } from '../output';

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

  registerLookup(paper);
  registerExportCitations(paper);
}

function lookupSummary(r: LookupReport, enabled: boolean): string {
  const lines = [
    `Looked up ${r.lookedUp.length}, from the cache ${r.cached.length}, pending ${r.pending.length}, not found ${r.notFound.length}, skipped ${r.skipped.length}.`,
    ...r.pending.map((p) => `  pending    ${p.id}: ${p.reason} — it will be looked up later`),
    ...r.notFound.map((p) => `  not found  ${p.id}: ${p.reason}`),
    ...r.skipped.map((p) => `  skipped    ${p.id}: ${p.reason}`),
  ];
  if (!enabled) lines.push('Lookups are off (--offline or PROCEEDINGS_PAPER_LOOKUPS=off): nothing was sent.');
  return lines.join('\n');
}

function registerLookup(paper: Command): void {
  paper
    .command('lookup')
    .description('fill papers in from arXiv, OpenReview and Crossref (what you typed is kept); waits for the answers, one arXiv request every 3 s')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .option('--paper <paperId>', 'only this paper (also when it was looked up before)')
    .option('--all', 'every paper, also those looked up before (answers come from the library cache when it has them)')
    .option('--offline', 'send nothing: only answers already in the cache fill papers')
    .action(async (o: { trip: string; paper?: string; all?: boolean; offline?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (o.paper && o.all) throw usageError('Give --paper or --all, not both.');
      const options = lookupOptionsFromEnv(process.env, { offline: o.offline });
      const report = await withLibrary(g, 'write', async (lib) => {
        const tripId = await lib.resolveTripId(o.trip);
        const doc = await lib.trip(tripId);
        if (o.paper && !doc.papers.some((p) => p.id === o.paper)) throw new AppError('not-found', `There is no paper "${o.paper}" in this trip.`);
        // A trip of many arXiv papers takes 3 s each: say each answer as it lands (stderr, so --json stays one document).
        const progress = g.json ? {} : { onPaperChanged: (_trip: string, p: { title: string; key: string; lookup?: { status: string } }) => void process.stderr.write(`  ${p.lookup?.status ?? ''}  ${p.title || p.key}\n`) };
        const service = new PaperLookupService(lib, { ...options, ...progress });
        const ids = o.paper ? [o.paper] : o.all ? doc.papers.map((p) => p.id) : undefined;
        const result = await service.lookup(tripId, ids);
        await service.idle();
        return result;
      });
      emit(g, { lookups: options.enabled ? 'on' : 'off', ...report }, () => lookupSummary(report, options.enabled));
    });
}

function registerExportCitations(paper: Command): void {
  paper
    .command('export')
    .description('the papers seen (all, or starred) as BibTeX or CSL-JSON, on stdout or into a file')
    .requiredOption('--trip <id>', 'trip id (or a unique prefix)')
    .requiredOption('--format <format>', `${CITATION_FORMATS.join(' | ')}`)
    .option('--starred', 'only starred papers')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (o: { trip: string; format: string; starred?: boolean; out?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      if (!CITATION_FORMATS.includes(o.format as CitationFormat)) {
        throw usageError(`Invalid input — --format: "${o.format}" is not one of ${CITATION_FORMATS.join(', ')}`);
      }
      const doc = await withLibrary(g, 'read', async (lib) => lib.trip(await lib.resolveTripId(o.trip)));
      const result = exportCitations(doc, o.format as CitationFormat, { starred: o.starred });
      if (o.out) {
        await writeFileDurably(o.out, result.text);
        emit(g, { file: o.out, format: result.format, count: result.count, keys: result.keys }, () => `Wrote ${result.count} paper${result.count === 1 ? '' : 's'} to ${o.out}`);
      } else if (g.json) {
        emit(g, result, () => result.text);
      } else {
        process.stdout.write(result.text);
      }
    });
}
