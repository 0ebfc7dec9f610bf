/** Strings of the capture feature. */
export const captureStrings = {
  en: {},
  ko: {},
};
