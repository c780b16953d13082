import 'i18next';
import type { zhCN } from './zh-CN.js';

// Typed keys: t('nav.cases') is checked against zh-CN.ts at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
