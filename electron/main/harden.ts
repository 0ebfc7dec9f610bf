import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl, isPermissionAllowed, isSafeExternalUrl } from './security-policy';

/**
 * Navigation stays inside the app; new windows are refused; web links go to the system browser.
 * URLs are read from the event's details (`event.url`): the positional `url` arguments are
 * deprecated since Electron 25 and marked so in 45's typings.
 */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) void shell.openExternal(event.url);
  });
  // The series preview is a sandboxed srcdoc iframe: a link clicked in it would navigate the
  // frame (and be refused by the CSP's frame-src), so it opens in the browser like any other.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || event.url.startsWith('about:') || isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide: deny permissions, and send the CSP header with every app response (dev server included). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
