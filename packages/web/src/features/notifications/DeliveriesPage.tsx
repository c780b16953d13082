import { App, Button, Card, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { type DeliveryItem, type DeliveryStatus, useDeliveries, useResend } from './api.js';
import { formatWhen } from './format.js';

const STATUS_COLOR: Record<DeliveryStatus, string> = {
  queued: 'processing',
  sent: 'success',
  failed: 'error',
  uncertain: 'warning',
  cancelled: 'default',
};
const STATUSES: DeliveryStatus[] = ['queued', 'sent', 'failed', 'uncertain', 'cancelled'];

/**
 * 通知发送记录 (notification.manage): each external delivery with its status; an uncertain one (the process died
 * after handing it over) or a failed one can be resent, knowing the recipient may get it twice.
 */
export function DeliveriesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const list = useDeliveries(page, status);
  const resend = useResend();

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('notifications.deliveries.title')}</h1>}
      extra={
        <Select
          allowClear
          style={{ width: 180 }}
          aria-label={t('notifications.deliveries.statusFilter')}
          placeholder={t('notifications.deliveries.statusFilter')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({
            value: s,
            label: `${t(`notifications.status.${s}`)} (${list.data?.counts[s] ?? 0})`,
          }))}
        />
      }
      data-testid="deliveries-page"
    >
      <Typography.Paragraph type="secondary">{t('notifications.deliveries.help')}</Typography.Paragraph>
      <Table<DeliveryItem>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: t('notifications.deliveries.created'),
            dataIndex: 'createdAt',
            render: (v: string) => formatWhen(v, i18n.language),
          },
          { title: t('notifications.deliveries.recipient'), dataIndex: 'recipientName' },
          {
            title: t('notifications.deliveries.channel'),
            dataIndex: 'channel',
            render: (c: DeliveryItem['channel']) => t(`notifications.channel.${c}`),
          },
          { title: t('notifications.deliveries.address'), dataIndex: 'addressMasked', render: (v) => v ?? '—' },
          { title: t('notifications.deliveries.message'), dataIndex: 'title', ellipsis: true },
          {
            title: t('notifications.deliveries.status'),
            dataIndex: 'status',
            render: (s: DeliveryStatus, row) => (
              <Tooltip title={row.lastError ?? undefined}>
                <Tag color={STATUS_COLOR[s]}>{t(`notifications.status.${s}`)}</Tag>
              </Tooltip>
            ),
          },
          { title: t('notifications.deliveries.attempts'), dataIndex: 'attempts' },
          {
            title: t('notifications.deliveries.error'),
            dataIndex: 'lastError',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('notifications.deliveries.action'),
            key: 'action',
            render: (_, row) =>
              row.canResend ? (
                <Popconfirm
                  title={t('notifications.deliveries.resendConfirm')}
                  onConfirm={() =>
                    resend.mutate(row.id, {
                      onSuccess: () => message.success(t('notifications.deliveries.resent')),
                      onError: (err) => message.error(errorMessage(err, t)),
                    })
                  }
                >
                  <Button size="small">{t('notifications.deliveries.resend')}</Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
