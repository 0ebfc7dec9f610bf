/** Strings of quick capture. */
export const captureStrings = {
  en: {
    toolbar: 'Quick capture',
    capture: '{{kind}}',
    captureTitle: 'New {{kind}} on this day ({{shortcut}})',
    failed: 'Could not add the entry: {{message}}',
    chooser: {
      title: 'Which talk is this?',
      hint: 'Sessions of the programme running now or starting soon, starred first. Arrow keys and Enter; Escape cancels.',
      newTalk: 'New talk (not in the programme)',
      starred: 'Starred',
    },
  },
  ko: {
    toolbar: '빠른 기록',
    capture: '{{kind}}',
    captureTitle: '이 날에 새 {{kind}} ({{shortcut}})',
    failed: '항목을 추가하지 못했습니다: {{message}}',
    chooser: {
      title: '어느 발표인가요?',
      hint: '지금 진행 중이거나 곧 시작하는 프로그램 세션입니다. 별표한 것이 먼저 나옵니다. 화살표와 Enter, 취소는 Escape.',
      newTalk: '새 발표 (프로그램에 없음)',
      starred: '별표함',
    },
  },
};
