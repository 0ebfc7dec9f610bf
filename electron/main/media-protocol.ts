import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import type { Library } from '../services/library/library';
import { MEDIA_SCHEME, resolveMediaFile } from '../services/media/media-files';

/** Must run before `app` is ready: lets <img> load `proceedings-media:` like a normal secure origin. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves `proceedings-media://library/media/…` from the library's media folder only. */
export function handleMediaScheme(getLibrary: () => Library): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    try {
      const url = new URL(request.url);
      const { file, mime } = await resolveMediaFile(getLibrary().paths, url.pathname);
      const response = await net.fetch(pathToFileURL(file).toString());
      return new Response(response.body, { headers: { 'content-type': mime, 'cache-control': 'no-cache' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
