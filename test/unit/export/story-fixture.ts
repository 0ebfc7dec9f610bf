import { createEntry } from '../../../electron/services/journal/entries';
import { createTrip, updateDay } from '../../../electron/services/journal/trips';
import { Library } from '../../../electron/services/library/library';
import { createSeries, updatePart, updateSeries } from '../../../electron/services/series/arrange';
import type { Photo } from '../../../electron/shared/schemas/photo';
import { photoRecord, type PhotoSpec } from './fixture';

/**
 * One conference day written like the reference post (travelogue part 4):
 * two paragraphs before any heading, talks and posters as Hangul prose with
 * links followed by Hangul, photos between paragraphs with captions, a booth
 * with what it showed and a Q&A, lunch with a price and a link, several people
 * met at once, a hotel happy hour 17:30–19:00, a photo of the street at 19:20
 * belonging to no entry, and dinner at 19:45 entered without a meal type.
 */
export const STORY_TITLE = '텔 아비브와 ECCV 2022 여행기';
export const DAY = '2022-10-25';

export interface StoryFixture {
  library: Library;
  tripId: string;
  seriesId: string;
  entries: Record<string, string>;
  /** Part 1 is this day; part 2 is an empty part left in by mistake. */
  partIds: string[];
}

export async function buildStoryFixture(root: string, scratch: string): Promise<StoryFixture> {
  const library = await Library.open(root, { owner: 'test' });
  const trip = await createTrip(library, {
    title: STORY_TITLE, conference: 'ECCV 2022', city: 'Tel Aviv', start: '2022-10-24', end: '2022-10-28',
    timeZone: 'Asia/Jerusalem', homeTimeZone: 'Asia/Seoul', travelDaysBefore: 0, travelDaysAfter: 0,
  });
  const add = async (input: Record<string, unknown>) => (await createEntry(library, trip.id, input)).entry.id;
  const entries = {
    weak: await add({
      kind: 'talk', start: `${DAY}T09:30`, end: `${DAY}T09:45`, format: 'oral', session: 'Oral 2B',
      paperTitle: 'Improving Robustness by Enhancing Weak Subnets', speakers: ['Yong Guo'],
      body: '예를 들어 Lottery Ticket이 있다면 나머지 Weight들의 역할은 무엇인가? 이 Weight들이 구성하는 Sub Network들의 성능을 확보하는 것이 Robustness에 도움이 된다는 아이디어.\n\n![발표장 풍경](photo:ph-hall)\n\n손실은 $\\mathcal{L}_{weak} \\neq \\mathcal{L}$ 이다.',
      qa: [{ question: 'C++::std::vector 쓰나?', answer: '네', askedBy: 'me' }],
    }),
    rafael: await add({
      kind: 'booth', start: `${DAY}T11:00`, organisation: 'Rafael', shown: '미사일 런처 시뮬레이터', handouts: '스티커',
      body: '이스라엘 아니랄까봐 Rafael이라는 군수기업 부스도 하나 있었다.',
      qa: [{ question: '실제 장비인가요?', answer: '훈련용 모형', askedBy: 'me' }],
    }),
    psg: await add({
      kind: 'poster', start: `${DAY}T11:30`, board: '17', title: 'Panoptic Scene Graph Generation',
      paperLink: 'https://arxiv.org/abs/2207.11247', paperAuthors: ['Jingkang Yang', 'Yi Zhe Ang'],
      body: 'ECCV 2022 최고 스타였던 Jingkang Yang (https://twitter.com/jingkangy)의 Panoptic Scene Graph Generation. 저 LED 백팩을 보면서 다짐했다.',
      qa: [{ question: '데이터셋은 공개되나요?', answer: '이미 공개했다', askedBy: 'other', asker: '옆 사람' }],
    }),
    lunch: await add({
      kind: 'meal', start: `${DAY}T12:30`, meal: 'lunch', place: { name: 'Expo Tel Aviv' }, dish: '슈니첼과 가지와 빵', price: '₪58',
      link: 'https://www.expotelaviv.com/', body: '슈니첼이 학회 단골 메뉴였다.',
    }),
    koreans: await add({
      kind: 'person', start: `${DAY}T13:10`, name: '김민지', affiliation: 'NAVER', others: [{ name: '이서연', affiliation: 'KAIST' }, { name: 'Hugo Touvron', affiliation: 'Meta' }],
      body: '한국인들을 만나 뱃지 인증.',
    }),
    streamable: await add({
      kind: 'poster', start: `${DAY}T15:00`, paperTitle: 'Streamable Neural Fields', body: 'Implicit Representation은 전체 weight가 필요하다. 그렇다면 일부 weight만으로 복원할 수 있을까?',
    }),
    happy: await add({ kind: 'note', start: `${DAY}T17:30`, end: `${DAY}T19:00`, title: '해피 아워', body: '호텔에서 해피 아워가 있어서 잠깐 와인을 한 잔. 시간당 $2, 총 $40 정도.' }),
    dinner: await add({ kind: 'meal', start: `${DAY}T19:45`, place: { name: 'Little Prague' }, dish: '거위 다리 구이', price: '₪120', body: '그럭저럭 괜찮았다.' }),
  };
  const specs: PhotoSpec[] = [
    { id: 'ph-expo', day: DAY, time: '08:50', caption: '텔 아비브 엑스포 앞', color: '#ddaa33' },
    { id: 'ph-hall', day: DAY, time: '09:35', entryId: entries.weak, caption: '발표장 풍경', color: '#224488' },
    { id: 'ph-slide', day: DAY, time: '09:40', entryId: entries.weak, caption: 'Weak Subnet 슬라이드', color: '#335599' },
    { id: 'ph-launcher', day: DAY, time: '11:05', entryId: entries.rafael, caption: '미사일 런처', color: '#556633' },
    { id: 'ph-backpack', day: DAY, time: '11:40', entryId: entries.psg, caption: 'LED 백팩', color: '#aa3366' },
    { id: 'ph-schnitzel', day: DAY, time: '12:35', entryId: entries.lunch, caption: '', color: '#aa8833' },
    { id: 'ph-street', day: DAY, time: '19:20', caption: '저녁 먹으러 가는 길', color: '#cc5500' },
    { id: 'ph-goose', day: DAY, time: '20:10', entryId: entries.dinner, caption: '거위 다리', color: '#663311' },
  ];
  const photos: Photo[] = [];
  for (const spec of specs) photos.push(await photoRecord(library, spec, scratch));
  await library.mutate(trip.id, (doc) => {
    doc.photos.push(...photos);
    const psg = doc.papers.find((p) => p.url.includes('2207.11247'));
    if (psg) psg.starred = true;
  });
  await updateDay(library, trip.id, DAY, { intro: '오후에는 포스터 세션이 길었다.' });
  const series = await createSeries(library, trip.id, {
    title: STORY_TITLE,
    parts: [{ title: `${STORY_TITLE} 4`, sections: [{ type: 'day', date: DAY }] }, { title: '빈 파트', sections: [{ type: 'day', date: '2022-10-26' }] }],
  });
  const seriesId = series.series.id;
  await updateSeries(library, trip.id, seriesId, { style: 'story', language: 'ko', intro: '이스라엘 텔 아비브에서 열린 ECCV 2022 참가기.' });
  const partIds = series.series.parts.map((p) => p.id);
  await updatePart(library, trip.id, seriesId, partIds[0]!, {
    intro: '본격적인 학회의 시작. 학회는 텔 아비브 엑스포에서 진행됐다.\n\n엑스포 건물 앞에는 이렇게 널부러져(?) 있을 수 있는 공간이 있었는데 햇볕은 파라솔 하나로는 버티기 어려웠다.',
    outro: '다음 편에서 계속.',
  });
  await library.flush();
  return { library, tripId: trip.id, seriesId, entries, partIds };
}
