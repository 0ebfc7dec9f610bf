import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { katexDist } from '../../../electron/services/export/formats/html';
import { escapeInline } from '../../../electron/shared/markdown/escape';
import { userMarkdownFor } from '../../../electron/shared/markdown/to-markdown';
import { markdownToHtml } from '../../../electron/shared/markdown/to-html';
import { HOSTILE_PAYLOADS } from '../../support/hostile-text';

describe('the writer’s Markdown for Hugo, Jekyll and GitHub', () => {
  it('writes math as \\(…\\)/\\[…\\] for Hugo and Jekyll with every TeX character escaped, $…$ for GitHub', () => {
    const tex = "$\\theta ' = T^{'}$ and $a...b -- c$";
    expect(userMarkdownFor(tex, 'hugo')).toBe("\\\\(\\\\theta \\' \\= T^&#123;\\'&#125;\\\\) and \\\\(a\\.\\.\\.b \\-\\- c\\\\)");
    expect(userMarkdownFor(tex, 'jekyll')).toBe(userMarkdownFor(tex, 'hugo'));
    expect(userMarkdownFor(tex, 'markdown')).toBe(tex);
    expect(userMarkdownFor('$$ a \\neq b $$', 'markdown')).toBe('$$\na \\neq b\n$$');
    expect(userMarkdownFor('$$ a \\neq b $$', 'hugo')).toBe('\\\\[a \\\\neq b\\\\]');
  });

  it('escapes prose dollars in every format', () => {
    for (const t of ['hugo', 'jekyll', 'markdown'] as const) expect(userMarkdownFor('시간당 $2, 총 $40', t)).toBe('시간당 \\$2, 총 \\$40');
  });

  it('writes links explicitly, ending where the URL ends', () => {
    expect(userMarkdownFor('(https://twitter.com/jingkangy)의', 'markdown')).toBe('\\([https://twitter\\.com/jingkangy](<https://twitter.com/jingkangy>)\\)의');
    expect(userMarkdownFor('https://arxiv.org/abs/2202.04200)이라서', 'hugo')).toBe(
      '[https\\://arxiv\\.org/abs/2202\\.04200](<https://arxiv.org/abs/2202.04200>)\\)이라서',
    );
  });

  it('never writes a Hugo shortcode or Liquid tag from the writer, in text, code spans or code blocks', () => {
    for (const { text } of HOSTILE_PAYLOADS) {
      for (const source of [text, `\`${text.replace(/`/g, '')}\``, `\`\`\`\n${text}\n\`\`\``, `> - ${text}`]) {
        expect(userMarkdownFor(source, 'hugo'), source).not.toMatch(/\{\{[<%]/);
        expect(userMarkdownFor(source, 'jekyll'), source).not.toMatch(/\{[{%]/);
      }
      expect(escapeInline(text, 'hugo')).not.toMatch(/\{\{[<%]/);
      expect(escapeInline(text, 'jekyll')).not.toMatch(/\{[{%]/);
    }
  });

  it('turns raw HTML into text and drops unsafe destinations in every format', () => {
    for (const t of ['hugo', 'jekyll', 'markdown'] as const) {
      const out = userMarkdownFor('<script>alert(1)</script>\n\nx [a](javascript:alert(1)) <b onclick="x">b</b>', t);
      expect(out, t).not.toMatch(/(?<!\\)<(?:script|b )|\]\(<?javascript:/);
      expect(out, t).toContain('\\<script\\>');
    }
  });

  it('keeps structure: lists, quotes, tables, emphasis and code', () => {
    const source = '# 제목\n\n- a *b* **c**\n- `d`\n\n> 인용\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\n```js\nlet a = 1;\n```';
    const again = markdownToHtml(userMarkdownFor(source, 'markdown'));
    expect(again).toBe(markdownToHtml(source));
  });
});

describe('one KaTeX', () => {
  it('rehype-katex renders with the katex whose CSS and fonts the HTML export ships', () => {
    const fromRehype = createRequire(createRequire(import.meta.url).resolve('rehype-katex')).resolve('katex/package.json');
    const shipped = path.join(katexDist(), '..', 'package.json');
    expect(path.resolve(fromRehype)).toBe(path.resolve(shipped));
    expect(JSON.parse(readFileSync(shipped, 'utf8')).version).toMatch(/^0\.19\./);
  });
});
