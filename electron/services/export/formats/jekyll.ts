import type { Page, Publication } from '../blocks';
import { pageMarkdown } from '../render-markdown';
import { jekyllExtras } from './site-math';
import { fileLinks, frontMatter, relativeLink, type FormatLayout, type ImageNames } from './layout';

/**
 * Jekyll: _posts/YYYY-MM-DD-<part>.md, images under assets/<series>/. Each
 * post sets its permalink to /<series>/<part>/, so relative links between
 * posts and to assets are right whatever the site's permalink style or
 * baseurl. Liquid reads the file before kramdown; the writer's text reaches
 * it with every brace as a character reference (shared/markdown/escape.ts),
 * so the body holds no `{{` or `{%` at all and needs no {% raw %} (which text
 * like `{% endraw x %}` could close).
 */
export function jekyllLayout(pub: Publication, images: ImageNames): FormatLayout {
  const url = (page: Page) => `${pub.seriesSlug}/${page.slug}/index.html`;
  const assets = (name: string) => `assets/${pub.seriesSlug}/${name}`;
  const links = fileLinks({ pageFile: url, imageFile: (_p, name) => assets(name) }, pub, images);
  return {
    pageFile: (page) => `_posts/${page.date}-${page.slug}.md`,
    imageFile: (_page, name) => assets(name),
    render: (p, page, labels) => {
      const body = pageMarkdown(p, page, { ...links, page: (to, from) => relativeLink(url(p.pages[from]!), url(p.pages[to]!)).replace(/index\.html$/, '') || './' }, { figure: 'image-caption', titleHeading: false, target: 'jekyll', anchors: 'attribute' }, labels);
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
      return `${frontMatter(fields)}${body}`;
    },
    extras: async () => jekyllExtras(),
  };
}
