import { describe, expect, it } from 'vitest';
import { escapeProseDollars } from '../../../electron/shared/markdown/dollars';
import { parseUserMarkdown } from '../../../electron/shared/markdown/parse';
import { markdownToHtml } from '../../../electron/shared/markdown/to-html';
import { bareUrlLength, isSafeUrl } from '../../../electron/shared/markdown/urls';

/** The math of a text as the one pipeline reads it: [kind, TeX]. */
function mathOf(source: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
    if (n.type === 'math' || n.type === 'inlineMath') out.push([n.type, n.value!]);
    (n.children as (typeof n)[] | undefined)?.forEach(walk);
  };
  walk(parseUserMarkdown(source));
  return out;
}

describe("Pandoc's dollar rule", () => {
  it('leaves prices as prose, with their $ signs', () => {
    expect(mathOf('시간당 $2, 총 $40')).toEqual([]);
    expect(markdownToHtml('시간당 $2, 총 $40')).toBe('<p>시간당 $2, 총 $40</p>');
    expect(mathOf('It costs $5 and $10.')).toEqual([]);
    expect(mathOf('between $ 2 and 3$')).toEqual([]);
    expect(mathOf('$x$5')).toEqual([]);
  });

  it('reads $…$ with non-space inside the dollars as math, next to Hangul', () => {
    expect(mathOf('$p(y|x_1)$과 $p(y|x_2)$가')).toEqual([['inlineMath', 'p(y|x_1)'], ['inlineMath', 'p(y|x_2)']]);
    expect(mathOf('커피 $3, 그리고 $x^2$')).toEqual([['inlineMath', 'x^2']]);
  });

  it('keeps escaped dollars and dollars in code as they are', () => {
    expect(escapeProseDollars('\\$5 and `$x$`', [[8, 13]])).toBe('\\$5 and `$x$`');
    expect(markdownToHtml('`$x$` costs \\$5')).toBe('<p><code>$x$</code> costs $5</p>');
  });

  it('draws a one-line $$…$$ paragraph as display math, and $$…$$ inside a line too', () => {
    expect(mathOf('$$ a \\neq b $$')).toEqual([['math', 'a \\neq b']]);
    expect(markdownToHtml('$$ a \\neq b $$')).toMatch(/^<span class="katex-display">/);
    expect(markdownToHtml('so $$x$$ here')).toContain('katex-display');
    expect(markdownToHtml('$$\nE = mc^2\n$$')).toContain('katex-display');
  });
});

describe('links end where the URL ends', () => {
  it('stops at an unbalanced ) and at characters a URL cannot hold', () => {
    expect(bareUrlLength('https://twitter.com/jingkangy)의')).toBe('https://twitter.com/jingkangy'.length);
    expect(bareUrlLength('https://arxiv.org/abs/2202.04200)이라서')).toBe('https://arxiv.org/abs/2202.04200'.length);
    expect(bareUrlLength('https://en.wikipedia.org/wiki/Foo_(bar))')).toBe('https://en.wikipedia.org/wiki/Foo_(bar)'.length);
    expect(bareUrlLength('https://a.org/x.')).toBe('https://a.org/x'.length);
    expect(bareUrlLength('https://a.org/한글')).toBe('https://a.org/'.length);
  });

  it('links exactly the URL in the HTML', () => {
    expect(markdownToHtml('(https://twitter.com/jingkangy)의 글')).toBe(
      '<p>(<a href="https://twitter.com/jingkangy">https://twitter.com/jingkangy</a>)의 글</p>',
    );
    expect(markdownToHtml('https://arxiv.org/abs/2202.04200)이라서')).toBe(
      '<p><a href="https://arxiv.org/abs/2202.04200">https://arxiv.org/abs/2202.04200</a>)이라서</p>',
    );
    expect(markdownToHtml('www.example.com/a)b')).toBe('<p><a href="http://www.example.com/a">www.example.com/a</a>)b</p>');
    expect(markdownToHtml('[프로젝트](https://example.org/a_(b))도')).toBe('<p><a href="https://example.org/a_(b)">프로젝트</a>도</p>');
  });
});

describe('sanitising, the same rules for every format', () => {
  it('keeps http(s), mailto and relative destinations only', () => {
    for (const ok of ['https://a.b', 'http://a.b', 'mailto:a@b.c', '../a.html', '#x', 'images/a.jpg']) expect(isSafeUrl(ok, 'link'), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(isSafeUrl(bad, 'link'), bad).toBe(false);
    }
  });

  it('shows raw HTML as the text it is and drops unsafe links to their text', () => {
    expect(markdownToHtml('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
    expect(markdownToHtml('a <img src=x onerror=alert(1)> b')).toBe('<p>a &#x3C;img src=x onerror=alert(1)> b</p>');
    expect(markdownToHtml('[click](javascript:alert(1)) ![pic](data:image/png;base64,AA)')).toBe('<p>click pic</p>');
  });
});
