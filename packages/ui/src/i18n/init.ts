import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { sharedEn, sharedZhCN } from './resources';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'mengyuan.lang';

type Tree = { [key: string]: string | Tree };

function deepMerge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? deepMerge(b, v) : v;
  }
  return out;
}

/** The language in effect, narrowed to the supported ones. */
export function currentLanguage(i18n: I18n): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng === 'en' || lng?.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * Starts i18next with the shared strings merged with the app's own. Simplified Chinese unless the user
 * chose otherwise; the choice is remembered in localStorage only (never guessed from the browser).
 */
export function initI18n(appResources: { 'zh-CN': Tree; en: Tree }): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        'zh-CN': { translation: deepMerge(sharedZhCN as unknown as Tree, appResources['zh-CN']) },
        en: { translation: deepMerge(sharedEn as unknown as Tree, appResources.en) },
      },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      nonExplicitSupportedLngs: false,
      load: 'currentOnly',
      detection: { order: ['localStorage'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  const syncHtmlLang = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng === 'en' ? 'en' : 'zh-CN';
  };
  syncHtmlLang(instance.language);
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}
