import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL_PREFIX, METHOD_NAMES } from '../shared/contract';
import { isAppUrl } from './security-policy';

type Dispatch = (method: unknown, payload: unknown) => Promise<unknown>;

/**
 * One ipcMain handler per contract method, all going through the dispatcher
 * (which parses every payload with zod). Calls from any frame that is not the
 * app's own page are refused.
 */
export function wireIpc(dispatch: Dispatch, appUrl: string): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${method}`, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, appUrl)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Request from an unknown page was refused.' } };
      }
      return dispatch(method, payload);
    });
  }
}
