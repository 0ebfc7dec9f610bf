import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../../electron/main/security-policy';

describe('window preferences', () => {
  it('isolate, sandbox and keep Node out of every frame', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('are the ones the main window is created with', () => {
    const source = readFileSync('electron/main/window.ts', 'utf8');
    expect(source).toContain('secureWebPreferences(');
    for (const literal of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false']) expect(source).toContain(literal);
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
  });

  it('is the same in the header and in the page’s meta tag', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('external links', () => {
  it.each(['https://arxiv.org/abs/2007.10909', 'http://openreview.net/forum?id=abc', 'https://ko.wikipedia.org/wiki/텔아비브'])(
    'opens %s in the browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://evil/share',
    'proceedings-media://library/media/x.jpg',
    'ms-msdt:/id',
    'data:text/html,<script>1</script>',
    'not a url',
    'https://',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('navigation', () => {
  it('stays on the built app page', () => {
    const app = 'file:///opt/Proceedings/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${app}#/trip`, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://example.com/', app)).toBe(false);
  });
  it('stays on the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('permissions', () => {
  it('grants only sanitized clipboard writes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of ['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read', 'midi', 'hid']) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});
