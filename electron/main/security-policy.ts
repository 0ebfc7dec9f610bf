/**
 * The app's security settings as plain data and pure functions, so unit
 * tests check them without Electron (see test/unit/main/security-policy.test.ts).
 */

/** Every BrowserWindow gets exactly these web preferences. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Middle-click would otherwise open links in a new window, around setWindowOpenHandler's checks.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
  } as const;
}

/**
 * Content-Security-Policy of the app's pages. Scripts and styles come only
 * from the app itself; images also from library media and map tiles over
 * https (the tile source is user-configurable, so no single host can be
 * named); nothing may be fetched or framed from elsewhere. Part previews are
 * shown in sandboxed `srcdoc` iframes, which inherit this policy.
 */
// KaTeX and React set inline style attributes, hence 'unsafe-inline' for styles
// only; no inline <script> is allowed. Kept as one literal (the same as in
// renderer/index.html, which a unit test checks) so scanners can parse it.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: proceedings-media: https:; font-src 'self' data:; connect-src 'self'; frame-src 'self' about:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Only web pages open in the system browser: never file:, javascript:, custom schemes or smb: shares. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** The app's own pages: the built renderer (file:) or the dev server. */
export function isAppUrl(raw: string, appUrl: string): boolean {
  try {
    const url = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    return url.origin === app.origin;
  } catch {
    return false;
  }
}

/** Permissions the renderer may get: copying an article to the clipboard; everything else is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);
export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
