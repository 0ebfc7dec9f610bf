/** Strings of quick capture. */
export const captureStrings = {
  en: {
    toolbar: 'Quick capture',
    capture: '{{kind}}',
    captureTitle: 'New {{kind}} on this day ({{shortcut}})',
    failed: 'Could not add the entry: {{message}}',
  },
  ko: {
    toolbar: '빠른 기록',
    capture: '{{kind}}',
    captureTitle: '이 날에 새 {{kind}} ({{shortcut}})',
    failed: '항목을 추가하지 못했습니다: {{message}}',
  },
};
