import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENT_NAMES, IPC_CHANNEL_PREFIX, METHOD_NAMES, type ProceedingsBridge } from '../shared/contract';

/**
 * The renderer's only way out: `invoke` for the contract's methods and `on`
 * for its events — nothing of ipcRenderer itself is exposed, and names not in
 * the contract are refused here before main refuses them again.
 */
const methods = new Set<string>(METHOD_NAMES);
const events = new Set<string>(EVENT_NAMES);

const bridge: ProceedingsBridge = {
  invoke(method, request) {
    if (!methods.has(method)) return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } });
    return ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, request);
  },
  on(event, listener) {
    if (!events.has(event)) throw new Error(`Unknown event "${String(event)}".`);
    const handler = (_e: Electron.IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on('proceedings:event', handler);
    return () => ipcRenderer.off('proceedings:event', handler);
  },
  mediaBase: 'proceedings-media://library/',
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('proceedings', bridge);
