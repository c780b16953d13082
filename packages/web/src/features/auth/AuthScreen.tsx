import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../app/layout/Brand.js';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch.js';
import { DemoBanner } from './DemoBanner.js';

/** The centred card page used by login and change-password, with the product name above it. */
export function AuthScreen({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #0f2a4f 0%, #1d4f91 55%, #e9eef5 55.1%, #f2f4f7 100%)',
      }}
    >
      <DemoBanner />
      <Flex justify="flex-end" style={{ padding: 8 }}>
        <div style={{ background: 'rgba(255,255,255,0.92)', borderRadius: 4 }}>
          <LanguageSwitch />
        </div>
      </Flex>
      <Flex component="main" vertical align="center" style={{ flex: 1, padding: '4vh 16px 32px' }}>
        <Flex align="center" gap={12} style={{ color: '#fff', marginBottom: 24, maxWidth: 420 }}>
          <BrandMark size={44} />
          <div>
            <h1 style={{ margin: 0, fontSize: 28, fontWeight: 600, letterSpacing: 2, lineHeight: 1.2 }}>
              {t('app.name')}
            </h1>
            <div style={{ fontSize: 15, opacity: 0.88 }}>{t('app.fullName')}</div>
          </div>
        </Flex>
        <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(15,42,79,0.18)' }}>
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
        {footer && (
          <Typography.Text type="secondary" style={{ marginTop: 16, fontSize: 12, maxWidth: 400, textAlign: 'center' }}>
            {footer}
          </Typography.Text>
        )}
      </Flex>
    </div>
  );
}
