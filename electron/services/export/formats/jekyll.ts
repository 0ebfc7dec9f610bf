import type { Page, Publication } from '../blocks';
import { pageMarkdown } from '../render-markdown';
import { fileLinks, frontMatter, relativeLink, type FormatLayout, type ImageNames } from './layout';

/**
 * Jekyll: _posts/YYYY-MM-DD-<part>.md, images under assets/<series>/. Each
 * post sets its permalink to /<series>/<part>/, so relative links between
 * posts and to assets are right whatever the site's permalink style or
 * baseurl. The body is wrapped in {% raw %} so Liquid never touches the
 * user's text (LaTeX such as \frac{{a}}{b} would otherwise be eaten).
 */
export function jekyllLayout(pub: Publication, images: ImageNames): FormatLayout {
  const url = (page: Page) => `${pub.seriesSlug}/${page.slug}/index.html`;
  const assets = (name: string) => `assets/${pub.seriesSlug}/${name}`;
  const links = fileLinks({ pageFile: url, imageFile: (_p, name) => assets(name) }, pub, images);
  return {
    pageFile: (page) => `_posts/${page.date}-${page.slug}.md`,
    imageFile: (_page, name) => assets(name),
    render: (p, page, labels) => {
      const body = pageMarkdown(p, page, { ...links, page: (to, from) => relativeLink(url(p.pages[from]!), url(p.pages[to]!)).replace(/index\.html$/, '') || './' }, { figure: 'image-caption', titleHeading: false, anchors: 'attribute' }, labels);
      const safe = body.replace(/\{%-?\s*endraw\s*-?%\}/g, '{% endraw %}{{ "{% endraw %}" }}{% raw %}');
      const fields: Record<string, string | number | string[]> = {
        layout: 'post',
        title: page.title,
        date: page.date,
        series: p.seriesTitle,
        part: page.index + 1,
        // minima and most themes set <html lang> from page.lang.
        lang: p.language,
        permalink: `/${p.seriesSlug}/${page.slug}/`,
      };
      const cover = page.cover && images.get(page.cover.photo.id);
      if (cover) fields.image = `/${assets(cover)}`;
      return `${frontMatter(fields)}{% raw %}\n${safe}{% endraw %}\n`;
    },
    extras: async () => [],
  };
}
