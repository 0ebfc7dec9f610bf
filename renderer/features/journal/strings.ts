/** Strings of the journal feature. */
export const journalStrings = {
  en: {},
  ko: {},
};
