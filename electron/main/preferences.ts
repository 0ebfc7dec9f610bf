import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, nativeTheme } from 'electron';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from '../shared/contract/app';
import { writeFileDurably } from '../services/library/durable-file';

export interface Preferences {
  language: 'system' | 'en' | 'ko';
  theme: 'system' | 'light' | 'dark';
  tileUrl: string;
  tileAttribution: string;
  /** Look papers up at arXiv, OpenReview and Crossref (default on); off, nothing leaves the machine. */
  paperLookups: boolean;
}

const DEFAULTS: Preferences = { language: 'system', theme: 'system', tileUrl: DEFAULT_TILE_URL, tileAttribution: DEFAULT_TILE_ATTRIBUTION, paperLookups: true };

const file = () => path.join(app.getPath('userData'), 'preferences.json');

export function loadPreferences(): Preferences {
  try {
    const raw = JSON.parse(readFileSync(file(), 'utf8')) as Partial<Preferences>;
    return {
      language: raw.language === 'en' || raw.language === 'ko' ? raw.language : 'system',
      theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
      tileUrl: typeof raw.tileUrl === 'string' && raw.tileUrl.startsWith('https://') ? raw.tileUrl : DEFAULTS.tileUrl,
      tileAttribution: typeof raw.tileAttribution === 'string' ? raw.tileAttribution : DEFAULTS.tileAttribution,
      // Only an explicit false turns lookups off: a preferences file from before they existed keeps the default.
      paperLookups: raw.paperLookups !== false,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export async function savePreferences(prefs: Preferences): Promise<void> {
  nativeTheme.themeSource = prefs.theme;
  await writeFileDurably(file(), JSON.stringify(prefs, null, 2));
}

/** The UI language actually in use: Korean when chosen or when the OS prefers it. */
export function effectiveLanguage(prefs: Preferences): 'en' | 'ko' {
  if (prefs.language !== 'system') return prefs.language;
  return app.getPreferredSystemLanguages().some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}
