import type { Page, Publication } from '../blocks';
import { pageMarkdown, type LinkResolver } from '../render-markdown';
import { hugoExtras } from './site-math';
import { frontMatter, type FormatLayout, type ImageNames } from './layout';

/**
 * Hugo page bundles: content/posts/<series>/<part>/index.md with the part's
 * images beside it. Pages link as ../<part>/ (a bundle is served as a folder),
 * images by bare name. The `series` taxonomy is enabled by
 * config/_default/taxonomies.toml (Hugo merges the config folder with the
 * site's own config; tags and categories are listed so they stay on).
 */
export function hugoLayout(pub: Publication, images: ImageNames): FormatLayout {
  const dir = (page: Page) => `content/posts/${pub.seriesSlug}/${page.slug}`;
  const links: LinkResolver = {
    page: (to) => `../${pub.pages[to]!.slug}/`,
    image: (figure) => images.get(figure.photo.id) ?? null,
  };
  return {
    pageFile: (page) => `${dir(page)}/index.md`,
    imageFile: (page, name) => `${dir(page)}/${name}`,
    render: (p, page, labels) => {
      const cover = page.cover && images.get(page.cover.photo.id);
      const fields: Record<string, string | number | string[]> = {
        title: page.title,
        date: page.date,
        series: [p.seriesTitle],
        weight: page.index + 1,
        // Themes read a page's language from `lang` (html lang, hyphenation, fonts).
        lang: p.language,
      };
      if (cover) fields.images = [cover];
      return frontMatter(fields) + pageMarkdown(p, page, links, { figure: 'hugo-shortcode', titleHeading: false, target: 'hugo', anchors: 'attribute' }, labels);
    },
    extras: async () => [
      {
        rel: 'config/_default/taxonomies.toml',
        text: '# Added by Proceedings: enables the "series" taxonomy its posts use.\ncategory = "categories"\ntag = "tags"\nseries = "series"\n',
      },
      ...hugoExtras(),
    ],
  };
}
