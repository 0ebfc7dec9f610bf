import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CHANNEL_PREFIX, METHOD_NAMES, subscribeEvent, type ProceedingsBridge } from '../shared/contract';

/**
 * The renderer's only way out: `invoke` for the contract's methods and
 * `subscribe` for its events — nothing of ipcRenderer itself is exposed, and names not in
 * the contract are refused here before main refuses them again.
 */
const methods = new Set<string>(METHOD_NAMES);

const bridge: ProceedingsBridge = {
  invoke(method, request) {
    if (!methods.has(method)) return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } });
    return ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, request);
  },
  // The contract's one typed subscription (its channel, its names); the page never sees ipcRenderer.
  subscribe: (event, listener) => subscribeEvent(ipcRenderer, event, listener),
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
