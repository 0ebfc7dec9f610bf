import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/core/api', () => ({
  call: vi.fn(async () => {
    throw new Error('no bridge in this test');
  }),
  onEvent: vi.fn(() => () => undefined),
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
  mediaUrl: (p: string) => p,
  pathForFile: () => '',
}));

const { createAppStore } = await import('../../../renderer/core/store');

describe('notices', () => {
  it('one notice per tag: a new "deleted" replaces the old one, and a tag can be dismissed at once', () => {
    const store = createAppStore();
    const { notify } = store.getState();
    notify({ kind: 'info', tag: 'entry-deleted', message: 'Booth deleted.', i18n: { key: 'editor:deleted', params: { kind: 'booth' } } });
    notify({ kind: 'error', message: 'Disk full' });
    notify({ kind: 'info', tag: 'entry-deleted', message: 'Talk deleted.', i18n: { key: 'editor:deleted', params: { kind: 'talk' } } });
    expect(store.getState().notices.map((n) => n.message)).toEqual(['Disk full', 'Talk deleted.']);
    store.getState().dismissTag('entry-deleted');
    expect(store.getState().notices.map((n) => n.message)).toEqual(['Disk full']);
  });

  it('keeps the four newest', () => {
    const store = createAppStore();
    for (let i = 1; i <= 6; i++) store.getState().notify({ kind: 'info', message: `n${i}` });
    expect(store.getState().notices.map((n) => n.message)).toEqual(['n3', 'n4', 'n5', 'n6']);
  });
});
