/** Strings of the editor feature. */
export const editorStrings = {
  en: {},
  ko: {},
};
