import { describe, expect, it, vi } from 'vitest';

type Item = { label?: string; role?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; submenu?: Item[] };
let lastTemplate: Item[] = [];
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: Item[]) => ((lastTemplate = template), { template }), setApplicationMenu: vi.fn() },
}));

const { buildMenu } = await import('../../../electron/main/menu');

function flatten(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}

describe('application menu', () => {
  it('speaks Korean and English', () => {
    buildMenu('ko', () => undefined, false);
    const ko = flatten(lastTemplate).map((i) => i.label).filter(Boolean);
    expect(ko).toEqual(expect.arrayContaining(['파일', '편집', '기록', '새 발표', '새 포스터', '보기', '창']));
    buildMenu('en', () => undefined, false);
    const en = flatten(lastTemplate).map((i) => i.label).filter(Boolean);
    expect(en).toEqual(expect.arrayContaining(['File', 'Edit', 'Capture', 'New Talk', 'New Poster', 'View', 'Window']));
  });

  it('has the usual roles and shows the capture shortcuts without registering them twice', () => {
    buildMenu('en', () => undefined, false);
    const items = flatten(lastTemplate);
    expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
    const talk = items.find((i) => i.label === 'New Talk')!;
    expect(talk.accelerator).toBe('CmdOrCtrl+Shift+T');
    expect(talk.registerAccelerator).toBe(false);
  });

  it('sends the command of the clicked item to the renderer', () => {
    const send = vi.fn();
    buildMenu('en', send, false);
    flatten(lastTemplate).find((i) => i.label === 'New Poster')!.click!();
    expect(send).toHaveBeenCalledWith('quick-capture-poster');
  });

  it('uses the app menu on macOS', () => {
    buildMenu('en', () => undefined, true);
    expect(lastTemplate[0]!.role).toBe('appMenu');
  });
});
