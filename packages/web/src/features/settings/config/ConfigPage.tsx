/** 配置管理: the city's versioned settings — each kind's value in force, its editor and its history. */
import { Card, Empty, Menu, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/errors.js';
import { useCurrentUser } from '../../../app/auth/AuthProvider.js';
import { permissionList } from '../../../app/navigation.js';
import { useSettings } from './api.js';
import { SettingEditor } from './SettingEditor.js';
import { SettingHistory } from './SettingHistory.js';

export function ConfigPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const canManage = permissionList(useCurrentUser())?.includes('settings.manage') ?? false;
  const items = settings.data?.items ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const item = items.find((i) => i.kind === selected) ?? items[0];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('settings.config.title')}>
        <Typography.Paragraph type="secondary">{t('settings.config.intro')}</Typography.Paragraph>
        {settings.error && <Typography.Text type="danger">{errorMessage(settings.error, t)}</Typography.Text>}
        {items.length === 0 && !settings.isFetching && <Empty />}
        {item && (
          <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
            <nav aria-label={t('settings.config.kinds')} style={{ minWidth: 200 }}>
              <Menu
                selectedKeys={[item.kind]}
                onClick={(e) => setSelected(e.key)}
                items={items.map((i) => ({ key: i.kind, label: i.label }))}
              />
            </nav>
            <section style={{ flex: 1, minWidth: 320 }} aria-labelledby="setting-kind-title">
              <Typography.Title level={4} id="setting-kind-title">
                {item.label}{' '}
                <Tag>
                  {item.version === 0
                    ? t('settings.config.defaultVersion')
                    : t('settings.config.versionN', { version: item.version })}
                </Tag>
              </Typography.Title>
              <Typography.Paragraph type="secondary">{item.description}</Typography.Paragraph>
              <SettingEditor item={item} canManage={canManage} />
            </section>
          </div>
        )}
      </Card>
      {item && (
        <Card title={t('settings.config.history')}>
          <SettingHistory kind={item.kind} current={item.version} />
        </Card>
      )}
    </Space>
  );
}
