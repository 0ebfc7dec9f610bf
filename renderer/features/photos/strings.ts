/** Strings of the photos feature. */
export const photosStrings = {
  en: {},
  ko: {},
};
