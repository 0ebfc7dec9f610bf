import type { Page, Publication } from '../blocks';
import type { Labels } from '../labels';
import { userMarkdownFor } from '../../../shared/markdown/to-markdown';
import { replacePhotoRefs } from '../photo-refs';
import { escapeMarkdown, encodeDestination, pageMarkdown } from '../render-markdown';
import { fileLinks, pad2, type FormatLayout, type ImageNames } from './layout';

/**
 * A folder GitHub renders as it is: README.md lists the parts, each part is
 * NN-<slug>.md (NN keeps the listing in reading order), images in images/.
 * No front matter (GitHub would show it as a table); the title is a heading.
 */
export function markdownLayout(pub: Publication, images: ImageNames): FormatLayout {
  const pageFile = (page: Page) => `${pad2(page.index + 1)}-${page.slug}.md`;
  const imageFile = (_page: Page, name: string) => `images/${name}`;
  const links = fileLinks({ pageFile, imageFile }, pub, images);
  return {
    pageFile,
    imageFile,
    render: (p, page, labels) => pageMarkdown(p, page, links, { figure: 'image-caption', titleHeading: true, target: 'markdown', anchors: 'html' }, labels),
    extras: async (p: Publication, labels: Labels) => {
      const list = p.pages.map((page, i) => `${i + 1}. [${escapeMarkdown(page.title)}](${encodeDestination(pageFile(page))}) — ${page.date}`);
      // The writer's words go through the same escaping as the parts (no raw HTML, no unsafe links).
      const intro = p.seriesIntro.trim() ? `${userMarkdownFor(replacePhotoRefs(p.seriesIntro, () => ''), 'markdown').trim()}\n\n` : '';
      return [{ rel: 'README.md', text: `# ${escapeMarkdown(p.seriesTitle)}\n\n${intro}**${labels.parts}**\n\n${list.join('\n')}\n` }];
    },
  };
}
