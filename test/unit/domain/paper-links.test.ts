import { describe, expect, it } from 'vitest';
import { looksLikePaperLink, normalizePaperLink } from '../../../electron/shared/domain/paper-links';

const key = (link: string) => normalizePaperLink(link)?.key ?? null;

describe('paper link normalisation', () => {
  it('meets every arXiv form at one identity', () => {
    const forms = [
      'https://arxiv.org/abs/2007.10909',
      'https://arxiv.org/abs/2007.10909v2',
      'http://arxiv.org/pdf/2007.10909v1.pdf',
      'arxiv.org/pdf/2007.10909',
      'https://www.arxiv.org/html/2007.10909v3',
      'https://export.arxiv.org/abs/2007.10909',
      'ARXIV.ORG/ABS/2007.10909',
      'arXiv:2007.10909v2',
      'arxiv 2007.10909',
      'arXiv:2007.10909 [cs.CV]',
      '2007.10909',
      '  2007.10909v4  ',
      'https://doi.org/10.48550/arXiv.2007.10909',
    ];
    for (const f of forms) expect(key(f), f).toBe('arxiv:2007.10909');
    expect(normalizePaperLink('arXiv:2007.10909v2')?.url).toBe('https://arxiv.org/abs/2007.10909');
    expect(key('https://arxiv.org/abs/2401.12345')).toBe('arxiv:2401.12345');
  });

  it('keeps old-style arXiv ids resolvable (subject class in capitals)', () => {
    expect(key('arXiv:hep-th/9901001v2')).toBe('arxiv:hep-th/9901001');
    const ref = normalizePaperLink('https://arxiv.org/abs/math.GT/0309136v1');
    expect(ref?.key).toBe('arxiv:math.GT/0309136');
    expect(ref?.url).toBe('https://arxiv.org/abs/math.GT/0309136');
    expect(key('arxiv:math.gt/0309136')).toBe('arxiv:math.GT/0309136');
  });

  it('normalises OpenReview forum and pdf links', () => {
    const forum = normalizePaperLink('https://openreview.net/forum?id=AbC-123_x&noteId=zzz');
    expect(forum).toMatchObject({ source: 'openreview', key: 'openreview:AbC-123_x', url: 'https://openreview.net/forum?id=AbC-123_x' });
    expect(key('openreview.net/pdf?id=AbC-123_x')).toBe('openreview:AbC-123_x');
  });

  it('normalises DOIs: prefix, resolver URL, case, escapes and trailing punctuation', () => {
    for (const f of ['doi:10.1145/3290605.3300233', 'DOI: 10.1145/3290605.3300233.', '10.1145/3290605.3300233', 'https://doi.org/10.1145/3290605.3300233', 'https://dx.doi.org/10.1145%2F3290605.3300233']) {
      expect(key(f), f).toBe('doi:10.1145/3290605.3300233');
    }
    expect(normalizePaperLink('10.1145/ABC')?.url).toBe('https://doi.org/10.1145/abc');
  });

  it('normalises other pages without tracking, fragment, www or trailing slash', () => {
    const a = normalizePaperLink('https://www.Example.com/paper/?utm_source=x&b=2&a=1&fbclid=q#results');
    expect(a).toMatchObject({ source: 'url', key: 'url:example.com/paper?a=1&b=2', url: 'https://example.com/paper?a=1&b=2' });
    expect(key('http://example.com/paper?b=2&a=1')).toBe(a?.key);
    expect(key('example.com/paper')).toBe('url:example.com/paper');
  });

  it('returns null for text that is no web link', () => {
    for (const bad of ['', '   ', 'hello', 'great talk!', 'ftp://example.com/x', 'javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.org']) {
      expect(normalizePaperLink(bad), bad).toBeNull();
    }
  });
});

describe('looksLikePaperLink', () => {
  it.each([
    'https://arxiv.org/abs/2007.10909v2',
    'arxiv.org/pdf/2007.10909.pdf',
    'http://export.arxiv.org/abs/hep-th/9901001',
    'arXiv:2007.10909',
    '2007.10909',
    ' https://openreview.net/forum?id=B1xsqj09Fm ',
    'https://openreview.net/pdf?id=B1xsqj09Fm',
    'https://doi.org/10.1109/CVPR52688.2022.01234',
    'doi:10.1145/3528223.3530127',
    '10.48550/arXiv.2007.10909',
  ])('%s is a paper link', (text) => expect(looksLikePaperLink(text)).toBe(true));

  it.each([
    'Contrastive Learning for Unpaired Image-to-Image Translation',
    '비지도 이미지 변환 발표',
    'https://example.com/blog/post',
    'https://openreview.net/group?id=ECCV',
    'arxiv 2007.10909 is great',
    '',
  ])('%s is not', (text) => expect(looksLikePaperLink(text)).toBe(false));
});
