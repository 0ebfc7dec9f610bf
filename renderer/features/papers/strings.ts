/** Strings of the papers feature. */
export const papersStrings = {
  en: {},
  ko: {},
};
