import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock, fakeWebContents } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

const { wireIpc } = await import('../../../electron/main/ipc');
const { hardenWebContents } = await import('../../../electron/main/harden');
const { METHOD_NAMES, IPC_CHANNEL_PREFIX } = await import('../../../electron/shared/contract');

const APP = 'file:///opt/Proceedings/out/renderer/index.html';

describe('IPC wiring', () => {
  const dispatch = vi.fn(async (method: unknown, payload: unknown) => ({ ok: true, value: { method, payload } }));
  beforeEach(() => {
    electron.handlers.clear();
    dispatch.mockClear();
    wireIpc(dispatch, APP);
  });

  it('registers exactly one channel per contract method', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `${IPC_CHANNEL_PREFIX}${m}`).sort());
  });

  it('passes calls from the app page to the dispatcher', async () => {
    const handler = electron.handlers.get(`${IPC_CHANNEL_PREFIX}trips.list`)!;
    const result = await handler({ senderFrame: { url: APP } }, {});
    expect(result).toEqual({ ok: true, value: { method: 'trips.list', payload: {} } });
  });

  it('refuses calls from any other page without dispatching', async () => {
    const handler = electron.handlers.get(`${IPC_CHANNEL_PREFIX}trips.create`)!;
    const result = (await handler({ senderFrame: { url: 'https://evil.example/' } }, { title: 'x' })) as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('web contents hardening', () => {
  beforeEach(() => electron.openExternal.mockClear());

  it('denies every new window and sends only web links to the browser', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, APP);
    expect(contents.openHandler!({ url: 'https://arxiv.org/abs/2007.10909' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.openExternal).toHaveBeenCalledWith('https://arxiv.org/abs/2007.10909');
  });

  it('blocks navigation away from the app', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, APP);
    const nav = (url: string) => ({ url, preventDefault: vi.fn() });
    const away = nav('https://evil.example/');
    contents.listeners.get('will-navigate')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = nav(`${APP}#trip`);
    contents.listeners.get('will-navigate')!(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const local = nav('file:///home/me/.ssh/id_rsa');
    contents.listeners.get('will-navigate')!(local);
    expect(local.preventDefault).toHaveBeenCalled();
    const redirect = nav('https://evil.example/');
    contents.listeners.get('will-redirect')!(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledTimes(1); // only the https page
  });

  it('sends a link clicked in the preview frame to the browser, and lets the frame load its own document', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, APP);
    const frameNav = (url: string, isMainFrame = false) => ({ url, isMainFrame, preventDefault: vi.fn() });
    const srcdoc = frameNav('about:srcdoc');
    contents.listeners.get('will-frame-navigate')!(srcdoc);
    expect(srcdoc.preventDefault).not.toHaveBeenCalled();
    const paper = frameNav('https://arxiv.org/abs/2007.10909');
    contents.listeners.get('will-frame-navigate')!(paper);
    expect(paper.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledWith('https://arxiv.org/abs/2007.10909');
    const script = frameNav('javascript:alert(1)');
    contents.listeners.get('will-frame-navigate')!(script);
    expect(script.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    // The main frame is will-navigate's business (it is emitted for both).
    const main = frameNav('https://evil.example/', true);
    contents.listeners.get('will-frame-navigate')!(main);
    expect(main.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, APP);
    const event = { preventDefault: vi.fn() };
    contents.listeners.get('will-attach-webview')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
