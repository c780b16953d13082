import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/** UI languages: Chinese first, English second. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'shuangjiang.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved language, or Chinese when nothing (valid) was saved. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // localStorage can be unavailable (private mode); fall back to Chinese.
  }
  return 'zh-CN';
}

// document.title follows the screen and the language: a11y/DocumentTitle.tsx.
function applyLanguageSideEffects(lang: Language): void {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang;
}

/** Switches the UI language and remembers it in localStorage. */
export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the switch still applies to this tab.
  }
  await i18next.changeLanguage(lang);
  applyLanguageSideEffects(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'zh-CN';
}

const lang = initialLanguage();
// Resources are bundled, so initialisation is synchronous (initAsync: false): no flash of raw keys.
void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: lang,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false,
});
applyLanguageSideEffects(lang);

export { i18next };
