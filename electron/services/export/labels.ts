import type { ExportLanguage } from '../../shared/schemas/series';

/** The few words an export adds around the user's own text, in the post's language. */
export interface Labels {
  /** Heading of a trip day; n = 0 for a day outside the trip. */
  day(n: number, date: string): string;
  previous: string;
  next: string;
  thisPost: string;
  papersISaw: string;
  seenAt: string;
  paper: string;
  formats: Record<string, string>;
  meals: Record<string, string>;
  kinds: Record<string, string>;
  board: string;
  session: string;
  room: string;
  question: string;
  answer: string;
  parts: string;
  /** Alt text of a photo with no caption (never empty). */
  photo: string;
  shown: string;
  handouts: string;
  link: string;
  /** "asked by Bob" in a story's Q&A exchange. */
  askedBy(who: string): string;
}

const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_KO = ['일', '월', '화', '수', '목', '금', '토'];
/** Weekday of a calendar date, computed in UTC so the host's zone never matters. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

const en: Labels = {
  day: (n, date) => `${n ? `Day ${n} · ` : ''}${WEEKDAY_EN[weekday(date)]} ${date}`,
  previous: 'Previous',
  next: 'Next',
  thisPost: 'this post',
  papersISaw: 'papers I saw',
  seenAt: 'Seen at',
  paper: 'paper',
  formats: { oral: 'Oral', spotlight: 'Spotlight', keynote: 'Keynote', invited: 'Invited talk', workshop: 'Workshop talk' },
  meals: { breakfast: 'Breakfast', lunch: 'Lunch', dinner: 'Dinner', snack: 'Snack', drinks: 'Drinks' },
  kinds: { talk: 'Talk', poster: 'Poster', booth: 'Booth', person: 'Met', meal: 'Meal', place: 'Place', travel: 'Travel', note: 'Note' },
  board: 'board',
  session: 'Session',
  room: 'Room',
  question: 'Q',
  answer: 'A',
  parts: 'Parts',
  photo: 'Photo',
  shown: 'Shown',
  handouts: 'Handed out',
  link: 'link',
  askedBy: (who) => `${who} asked`,
};

const ko: Labels = {
  day: (n, date) => `${n ? `${n}일차 · ` : ''}${date} (${WEEKDAY_KO[weekday(date)]})`,
  previous: '이전 글',
  next: '다음 글',
  thisPost: '이 글',
  papersISaw: '내가 본 논문들',
  seenAt: '본 곳',
  paper: '논문',
  formats: { oral: '구두 발표', spotlight: '스포트라이트', keynote: '기조 강연', invited: '초청 강연', workshop: '워크숍 발표' },
  meals: { breakfast: '아침', lunch: '점심', dinner: '저녁', snack: '간식', drinks: '술자리' },
  kinds: { talk: '발표', poster: '포스터', booth: '부스', person: '만난 사람', meal: '식사', place: '장소', travel: '이동', note: '메모' },
  board: '보드',
  session: '세션',
  room: '발표장',
  question: '질문',
  answer: '답',
  parts: '목차',
  photo: '사진',
  shown: '전시',
  handouts: '나눠 준 것',
  link: '링크',
  askedBy: (who) => `${who}의 질문`,
};

export function labelsFor(language: ExportLanguage): Labels {
  return language === 'ko' ? ko : en;
}
