import { useTranslation } from 'react-i18next';

/** Product mark and name for the top of the side menu. */
export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        height: 56,
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        paddingInline: collapsed ? 0 : 16,
        justifyContent: collapsed ? 'center' : 'flex-start',
        color: '#fff',
        borderBottom: '1px solid rgba(255,255,255,0.08)',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      <BrandMark />
      {!collapsed && (
        <div style={{ lineHeight: 1.2, minWidth: 0 }}>
          <div style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>{t('app.name')}</div>
          <div style={{ fontSize: 12, opacity: 0.85, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {t('app.fullName')}
          </div>
        </div>
      )}
    </div>
  );
}

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none' }}>
      <rect width="32" height="32" rx="6" fill="#2f6fc4" />
      <path d="M8 11l8 6 8-6M8 17l8 6 8-6" stroke="#fff" strokeWidth="2.5" fill="none" strokeLinecap="round" />
    </svg>
  );
}
