import { useTranslation } from 'react-i18next';
import { chooseLanguage, chooseTheme } from '../core/preferences';
import { useStore } from '../core/store';
import type { Language, ThemeChoice, TripTab } from '../core/uiSlice';

const TABS: TripTab[] = ['timeline', 'programme', 'papers', 'photos', 'map', 'series'];

export function Header() {
  const { t } = useTranslation('app');
  const screen = useStore((s) => s.screen);
  const doc = useStore((s) => s.doc);
  const tab = useStore((s) => s.tab);
  const setTab = useStore((s) => s.setTab);
  const closeTrip = useStore((s) => s.closeTrip);
  const language = useStore((s) => s.language);
  const themeChoice = useStore((s) => s.themeChoice);
  const setSearchOpen = useStore((s) => s.setSearchOpen);

  return (
    <header className="app-header">
      <nav aria-label={t('mainNav')} className="crumbs">
        <button className="brand" onClick={closeTrip}>
          {t('appName')}
        </button>
        {screen === 'trip' && doc && <span className="trip-title">{doc.trip.title}</span>}
      </nav>
      {screen === 'trip' && doc && (
        <nav aria-label={t('tripNav')} className="tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
              {t(`tabs.${name}`)}
            </button>
          ))}
        </nav>
      )}
      <div className="header-tools">
        {screen === 'trip' && (
          <button onClick={() => setSearchOpen(true)} title="Ctrl+K">
            {t('search')}
          </button>
        )}
        <label className="compact">
          <span className="visually-hidden">{t('language')}</span>
          <select aria-label={t('language')} value={language} onChange={(e) => chooseLanguage(e.target.value as Language)}>
            <option value="en">{t('languages.en')}</option>
            <option value="ko">{t('languages.ko')}</option>
          </select>
        </label>
        <label className="compact">
          <span className="visually-hidden">{t('theme')}</span>
          <select aria-label={t('theme')} value={themeChoice} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}>
            {(['system', 'light', 'dark'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`themes.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
