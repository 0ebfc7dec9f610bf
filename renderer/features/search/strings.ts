/** Strings of the search feature. */
export const searchStrings = {
  en: {},
  ko: {},
};
