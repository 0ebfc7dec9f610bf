import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, updateEntry } from '../../../electron/services/journal/entries';
import { updatePaper } from '../../../electron/services/journal/papers';
import { cleanupTempDirs, makeTrip, openLibrary, tempDir } from '../../support/library';

afterEach(cleanupTempDirs);

describe('a paper linked before its talk had a title', () => {
  it('takes the entry title as it is typed, until the paper gets a title of its own', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    // The link pasted into the empty title: the paper starts untitled.
    const talk = await createEntry(lib, id, { kind: 'talk', start: '2022-10-24T10:30', paperLink: 'https://arxiv.org/abs/2003.12039v3' });
    const paperTitle = async () => (await lib.trip(id)).papers[0]!.title;
    expect(await paperTitle()).toBe('');
    // Autosave sends the title in pieces while it is typed; the paper follows each one.
    await updateEntry(lib, id, talk.entry.id, { title: 'RA' });
    expect(await paperTitle()).toBe('RA');
    const typed = await updateEntry(lib, id, talk.entry.id, { title: 'RAFT: 순환 광류' });
    expect(typed.papers[0]!.title).toBe('RAFT: 순환 광류');
    // The paper's own title (typed in the Papers view) is never overwritten by the entry.
    await updatePaper(lib, id, talk.entry.paperId!, { title: 'RAFT: Recurrent All-Pairs Field Transforms for Optical Flow' });
    await updateEntry(lib, id, talk.entry.id, { title: 'RAFT (oral)' });
    expect(await paperTitle()).toBe('RAFT: Recurrent All-Pairs Field Transforms for Optical Flow');
    await lib.close();
  });

  it('does not take the title of a second entry when the first one already named the paper', async () => {
    const lib = await openLibrary(tempDir());
    const { id } = await makeTrip(lib);
    await createEntry(lib, id, { kind: 'talk', start: '2022-10-24T10:30', title: 'RAFT', paperLink: 'arXiv:2003.12039' });
    const poster = await createEntry(lib, id, { kind: 'poster', start: '2022-10-24T15:30', paperLink: 'arxiv.org/pdf/2003.12039.pdf' });
    await updateEntry(lib, id, poster.entry.id, { title: 'Poster of RAFT' });
    expect((await lib.trip(id)).papers[0]!.title).toBe('RAFT');
    // An explicit paperTitle wins over the entry title.
    await updateEntry(lib, id, poster.entry.id, { title: 'Poster', paperTitle: 'RAFT (CVPR)' });
    expect((await lib.trip(id)).papers[0]!.title).toBe('RAFT (CVPR)');
    await lib.close();
  });
});
