import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n/index.js';

const LABEL_KEYS: Record<Language, 'lang.zh' | 'lang.en'> = { 'zh-CN': 'lang.zh', en: 'lang.en' };

/** Header control that switches between 中文 and English (remembered in localStorage). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGUAGES.map((l) => ({ key: l, label: t(LABEL_KEYS[l]), lang: l })),
        onClick: ({ key }) => void changeLanguage(key as Language),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        // The name contains the visible text (WCAG 2.5.3): "语言：中文"; the icon-only phone button is "语言".
        aria-label={
          compact ? t('lang.label') : t('common.labelled', { label: t('lang.label'), value: t(LABEL_KEYS[lang]) })
        }
        data-testid="language-switch"
      >
        {compact ? null : t(LABEL_KEYS[lang])}
      </Button>
    </Dropdown>
  );
}
