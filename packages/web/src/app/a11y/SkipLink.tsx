import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIMARY } from '../theme.js';
import { VISUALLY_HIDDEN } from './LiveRegion.js';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * "跳到主要内容": the first Tab stop of every signed-in page, hidden until it has focus; Enter moves focus past the
 * menu and header into the page itself.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(false);
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      data-testid="skip-link"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
      style={
        focused
          ? {
              position: 'fixed',
              top: 8,
              left: 8,
              zIndex: 2000,
              padding: '10px 16px',
              background: '#fff',
              color: PRIMARY,
              fontWeight: 600,
              border: `2px solid ${PRIMARY}`,
              borderRadius: 4,
            }
          : VISUALLY_HIDDEN
      }
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
