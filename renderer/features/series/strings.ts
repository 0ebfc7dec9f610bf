/** Strings of the series feature. */
export const seriesStrings = {
  en: {},
  ko: {},
};
