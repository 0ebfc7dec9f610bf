import { describe, expect, it } from 'vitest';
import { insertPhotoRef, photoRef } from '../../../electron/shared/domain/photo-ref';
import { photoRefIds, replacePhotoRefs, splitAtLineRefs } from '../../../electron/services/export/photo-refs';

describe('photo references in notes: ![caption](photo:ID)', () => {
  it('round-trip a caption with brackets and lines through the editor and the export', () => {
    const ref = photoRef('ph_1', '발표장 [Hall A]\n둘째 줄');
    expect(ref).toBe('![발표장 \\[Hall A\\] 둘째 줄](photo:ph_1)');
    expect(photoRefIds(`앞 ${ref} 뒤`)).toEqual(['ph_1']);
    expect(replacePhotoRefs(ref, (id, text) => `${id}=${text}`)).toBe('ph_1=발표장 [Hall A] 둘째 줄');
  });

  it('is inserted as a paragraph of its own, so it publishes between paragraphs', () => {
    expect(insertPhotoRef('첫 문단.둘째 문단.', 5, '![x](photo:a)')).toEqual({ text: '첫 문단.\n\n![x](photo:a)\n\n둘째 문단.', caret: 20 });
    expect(insertPhotoRef('', 0, '![x](photo:a)').text).toBe('![x](photo:a)\n');
    expect(insertPhotoRef('끝.\n', 3, '![x](photo:a)').text).toBe('끝.\n\n![x](photo:a)\n');
  });

  it('a reference alone on its line becomes a figure segment; one inside a sentence stays text', () => {
    const segments = splitAtLineRefs('문단 하나.\n\n![풍경](photo:p1)\n\n문장 안의 ![작은](photo:p2) 사진.');
    expect(segments).toEqual([{ text: '문단 하나.\n\n' }, { photoId: 'p1', alt: '풍경' }, { text: '\n\n문장 안의 ![작은](photo:p2) 사진.' }]);
  });
});
