import { parseUserMarkdown } from '../../../electron/shared/markdown/parse';
import type { Nodes } from 'mdast';
import { createEntry } from '../../../electron/services/journal/entries';
import { createTrip } from '../../../electron/services/journal/trips';
import { Library } from '../../../electron/services/library/library';
import { createSeries } from '../../../electron/services/series/arrange';
import { HOSTILE_PAYLOADS } from '../../support/hostile-text';
import { photoRecord } from './fixture';

/**
 * One conference day written the way our users write (see
 * /work/shared/reference/travelogue-part4.txt): Hangul prose, links followed by
 * Hangul, prices with `$`, inline and display math with \neq, ^\top, primes,
 * `...` and `--`; plus every hostile payload in every field a writer fills
 * (notes, part intro, Q&A, captions, titles). Exported to each format, the
 * built pages must show the same words, links and TeX.
 */
export const HOSTILE = HOSTILE_PAYLOADS.filter((p) => p.against !== 'markdown').map((p) => p.text);
/**
 * Payloads that read the same as Markdown and as plain text. (A Markdown link
 * shows only its text, and `&amp;` in Markdown is an `&`, as in the preview.)
 */
export const HOSTILE_IN_MARKDOWN = HOSTILE.filter((t) => !t.includes('](') && !t.includes('&'));
/** Hostile text as one line for plain-text fields (titles, captions, asker names). */
export const HOSTILE_LINE = `주의 ${HOSTILE.filter((t) => !t.includes('](')).join(' ')} 끝`;
/** For fields capped at 200 characters (titles, asker names). */
export const HOSTILE_SHORT = '{{< param secret >}} {% endraw %}{{ site.secret }} <script>alert(1)</script> a`b >}} {{< figure src=/X >}}';

export const NOTES = [
  '본격적인 학회의 시작. 발표자는 Jingkang Yang (https://twitter.com/jingkangy)의 연구실 출신이다.',
  '논문은 https://arxiv.org/abs/2202.04200)이라서 찾기 쉬웠다. [프로젝트 페이지](https://example.org/a_(b))도 있다.',
  '택시는 시간당 $2, 총 $40 정도였다. 커피는 $3.',
  '기본적인 접근은 $p(y|x_1)$과 $p(y|x_2)$가 있을 때 $p(y|x_1,x_2)$를 추정하는 문제. $W^\\top x \\neq b$ 이고 $\\theta \' = T^{\'}$, $a_1, \\dots, a_n$ 그리고 $x...y$ 와 $a--b$.',
  '같은 크기여야 한다: $a \\neq b$ 와 $a = b$.',
  '$$ \\mathbb{R}^{h \\times w \\times c} \\neq \\frac{W^\\top}{\\|W\\|} $$',
  '$$\n\\sum_{i=1}^{n} x_i\' -- \\ldots \\quad \\text{(끝)}\n$$',
  ...HOSTILE.map((t) => `- ${t}`),
  '```html\n{{< param secret >}} {% endraw %}{{ site.secret }}\n<script>alert(1)</script>\n```',
  'inline code: `{{< param secret >}}` and `{% include secret.html %}` and ``a`b >}} {{< figure src=/X >}}`` done',
].join('\n\n');

export const INTRO = `이 날은 엑스포에서 시작했다. 입장료는 $5.\n\n${HOSTILE.join('\n\n')}`;

/** Every TeX formula the journal holds, in reading order (the reference a built page is compared with). */
export function texOf(markdown: string): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'math' || n.type === 'inlineMath') out.push(n.value);
    else if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(parseUserMarkdown(markdown));
  return out;
}

export interface FidelityFixture {
  library: Library;
  tripId: string;
  seriesId: string;
}

export async function buildFidelityFixture(root: string): Promise<FidelityFixture> {
  const library = await Library.open(root, { owner: 'test' });
  const trip = await createTrip(library, {
    title: 'ECCV 2022', conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-26', end: '2022-10-26',
    timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 0, travelDaysAfter: 0,
  });
  const talk = (await createEntry(library, trip.id, { kind: 'talk', start: '2022-10-26T10:00', title: `발표 ${HOSTILE_SHORT}`, format: 'oral', body: NOTES })).entry.id;
  await createEntry(library, trip.id, {
    kind: 'poster', start: '2022-10-26T15:00', title: '포스터', board: '7',
    qa: [
      { question: `질문 ${HOSTILE.join(' ')} $2 와 $3`, answer: `답 $x^\\top y \\neq 0$ ${HOSTILE.join(' ')}`, askedBy: 'other', asker: HOSTILE_SHORT },
    ],
  });
  // A photo whose caption is every payload: captions are plain text in every format.
  const photo = await photoRecord(library, { id: 'ph-hostile', day: '2022-10-26', time: '10:05', entryId: talk, caption: HOSTILE_LINE, color: '#335577' }, root);
  await library.mutate(trip.id, (doc) => {
    doc.photos.push(photo);
  });
  await library.flush();
  const series = await createSeries(library, trip.id, {
    title: '텔 아비브와 ECCV 2022 여행기',
    parts: [{ title: `4일차 ${HOSTILE_SHORT}`, intro: INTRO, sections: [{ type: 'day', date: '2022-10-26' }] }],
  });
  return { library, tripId: trip.id, seriesId: series.series.id };
}
