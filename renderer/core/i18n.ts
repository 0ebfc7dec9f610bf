import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { captureStrings } from '../features/capture/strings';
import { editorStrings } from '../features/editor/strings';
import { journalStrings } from '../features/journal/strings';
import { papersStrings } from '../features/papers/strings';
import { photosStrings } from '../features/photos/strings';
import { programmeStrings } from '../features/programme/strings';
import { searchStrings } from '../features/search/strings';
import { seriesStrings } from '../features/series/strings';
import { tripsStrings } from '../features/trips/strings';
import { paperLookupStrings } from '../ui/paperLookupStrings';
import { appStrings } from './strings';

/** One i18next namespace per feature, each feature's strings beside its code. */
const namespaces = {
  app: appStrings,
  trips: tripsStrings,
  journal: journalStrings,
  editor: editorStrings,
  capture: captureStrings,
  papers: papersStrings,
  search: searchStrings,
  photos: photosStrings,
  series: seriesStrings,
  paperLookup: paperLookupStrings,
  programme: programmeStrings,
};

export type Namespace = keyof typeof namespaces;

/** The OS language decides until the user picks one (Korean if the OS prefers it). */
export function systemLanguage(): 'en' | 'ko' {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function initI18n(language: 'en' | 'ko' = systemLanguage()): typeof i18next {
  const resources: Record<'en' | 'ko', Record<string, Record<string, unknown>>> = { en: {}, ko: {} };
  for (const [ns, strings] of Object.entries(namespaces)) {
    resources.en[ns] = strings.en as Record<string, unknown>;
    resources.ko[ns] = strings.ko as Record<string, unknown>;
  }
  void i18next.use(initReactI18next).init({
    resources: resources as unknown as Resource,
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(namespaces),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function changeLanguage(language: 'en' | 'ko'): void {
  // Re-setting the same language would still hand every component a new `t` and re-render the app.
  if (i18next.language === language && document.documentElement.lang === language) return;
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
