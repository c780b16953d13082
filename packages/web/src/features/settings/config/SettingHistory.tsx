/** Every version of a kind, newest first (0 = the built-in default), with who saved it, when and why. */
import { Button, Modal, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SettingValue, useSettingVersions } from './api.js';

export function SettingHistory({ kind, current }: { kind: string; current: number }) {
  const { t } = useTranslation();
  const versions = useSettingVersions(kind);
  const [shown, setShown] = useState<SettingValue | null>(null);
  return (
    <>
      <Table<SettingValue>
        rowKey="version"
        size="small"
        loading={versions.isFetching}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('settings.config.version'),
            dataIndex: 'version',
            render: (v: number) => (
              <>
                {v === 0 ? t('settings.config.defaultVersion') : t('settings.config.versionN', { version: v })}
                {v === current && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    {t('settings.config.inForce')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('settings.config.by'), dataIndex: 'createdByName', render: (v: string | null) => v ?? '—' },
          {
            title: t('settings.config.at'),
            dataIndex: 'createdAt',
            render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
          },
          { title: t('settings.config.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          {
            key: 'view',
            render: (_, v) => (
              <Button type="link" size="small" onClick={() => setShown(v)}>
                {t('settings.config.view')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!shown}
        title={shown ? t('settings.config.versionN', { version: shown.version }) : ''}
        onCancel={() => setShown(null)}
        footer={null}
      >
        <Typography.Paragraph>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(shown?.value, null, 2)}</pre>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
