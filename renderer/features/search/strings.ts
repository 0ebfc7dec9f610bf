/** Strings of the search dialog. */
export const searchStrings = {
  en: {
    title: 'Search this trip',
    label: 'Search',
    placeholder: 'Talks, posters, questions, people, places, papers…',
    close: 'Close search',
    results: 'Results',
    noResults: 'Nothing matches “{{query}}”.',
    hint: '↑↓ to move, Enter to open, Esc to close',
    groups: { entries: 'Entries', people: 'People', places: 'Places', qa: 'Questions and answers', papers: 'Papers' },
  },
  ko: {
    title: '이 여행에서 검색',
    label: '검색',
    placeholder: '발표, 포스터, 질문, 사람, 장소, 논문…',
    close: '검색 닫기',
    results: '결과',
    noResults: '“{{query}}”와 일치하는 항목이 없습니다.',
    hint: '↑↓ 이동, Enter 열기, Esc 닫기',
    groups: { entries: '항목', people: '사람', places: '장소', qa: '질문과 답변', papers: '논문' },
  },
};
