import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { pageTitleKey } from '../navigation.js';

/** Sets document.title to the current screen ("登记案件 · 双降"), in the UI language: what a screen reader reads first. */
export function DocumentTitle() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is a dependency through t.
  useEffect(() => {
    document.title = t('a11y.pageTitle', { page: t(pageTitleKey(pathname)) });
  }, [pathname, t, i18n.language]);
  return null;
}
