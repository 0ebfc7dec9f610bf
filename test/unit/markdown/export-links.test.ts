import { describe, expect, it } from 'vitest';
import type { Page, Publication } from '../../../electron/services/export/blocks';
import { labelsFor } from '../../../electron/services/export/labels';
import { articleHtml } from '../../../electron/services/export/render-html';
import { pageMarkdown, type LinkResolver } from '../../../electron/services/export/render-markdown';

/** A one-page publication whose export-made links (a paper's URL, a meta link) come from the writer. */
function publication(href: string): Publication {
  const page: Page = {
    index: 0, key: 'p1', title: '제목 {{< param secret >}}', slug: 'p1', date: '2022-10-26', intro: '', seriesIntro: '', outro: '', cover: null, inlinePhotos: new Map(), empty: false,
    blocks: [
      { t: 'heading', level: 3, text: '논문 *별*', href },
      { t: 'meta', items: [{ text: '링크', href }, { text: '{% include secret.html %}' }] },
    ],
  };
  return { tripId: 't', seriesId: 's', seriesTitle: '시리즈', seriesSlug: 's', language: 'ko', style: 'log', seriesIntro: '', warnings: [], pages: [page] };
}
const links: LinkResolver = { page: () => './', image: () => null };
const labels = labelsFor('ko');

describe('links the export makes from the writer’s data', () => {
  it('keep http(s) paper links, in every format', () => {
    const pub = publication('https://arxiv.org/abs/2202.04200');
    expect(pageMarkdown(pub, pub.pages[0]!, links, { figure: 'image-caption', titleHeading: true, target: 'markdown', anchors: 'html' }, labels)).toContain(
      '### [논문 \\*별\\*](https://arxiv.org/abs/2202.04200)',
    );
    expect(articleHtml(pub, pub.pages[0]!, links, labels)).toContain('href="https://arxiv.org/abs/2202.04200"');
  });

  it('drop a javascript: or data: destination to its text, in every format', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const pub = publication(href);
      for (const target of ['hugo', 'jekyll', 'markdown'] as const) {
        const md = pageMarkdown(pub, pub.pages[0]!, links, { figure: 'image-caption', titleHeading: true, target, anchors: 'attribute' }, labels);
        expect(md, target).not.toMatch(/javascript:|data:/);
        expect(md, target).toContain('### 논문 \\*별\\*');
        if (target !== 'markdown') expect(md, target).not.toMatch(/\{[{%]/);
      }
      const html = articleHtml(pub, pub.pages[0]!, links, labels);
      expect(html).not.toMatch(/href="(javascript|data):/);
      expect(html).toContain('논문 *별*');
    }
  });
});
