/**
 * 订阅到手机日历 (on /hearings): one's own secret iCalendar URL. The server keeps only its hash, so the URL is shown
 * once, when made; afterwards the card says since when it exists and when a calendar last fetched it, and offers a new
 * URL (the old one stops working) or to stop it.
 */
import { Alert, App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import { useCreateFeedToken, useFeedToken, useRevokeFeedToken } from './courtListApi.js';

export function CalendarFeedCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useFeedToken();
  const create = useCreateFeedToken();
  const revoke = useRevokeFeedToken();
  const [url, setUrl] = useState<string | null>(null);
  const active = status.data?.active ?? false;
  const make = () =>
    create.mutate(undefined, {
      onSuccess: (data) => setUrl(data.path ? `${window.location.origin}${data.path}` : null),
      onError: (err) => message.error(errorMessage(err, t)),
    });
  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        message.success(t('hearingFeed.revoked'));
      },
      onError: (err) => message.error(errorMessage(err, t)),
    });
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('hearingFeed.title')}</h2>}
      data-testid="calendar-feed"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('hearingFeed.intro')}</Typography.Text>
        {status.error && <Typography.Text type="danger">{errorMessage(status.error, t)}</Typography.Text>}
        {url && (
          <Alert
            type="success"
            showIcon
            message={t('hearingFeed.shownOnce')}
            description={
              <Typography.Paragraph
                copyable={{ text: url, tooltips: [t('hearingFeed.copy'), t('hearingFeed.copied')] }}
                style={{ marginBottom: 0, wordBreak: 'break-all' }}
                data-testid="calendar-feed-url"
              >
                {url}
              </Typography.Paragraph>
            }
          />
        )}
        {active && !url && status.data && (
          <Typography.Text data-testid="calendar-feed-status">
            {t('hearingFeed.active', { at: chinaDateTime(status.data.createdAt ?? '') })}
            {status.data.lastUsedAt
              ? t('hearingFeed.lastUsed', { at: chinaDateTime(status.data.lastUsedAt) })
              : t('hearingFeed.neverUsed')}
          </Typography.Text>
        )}
        {!active && !status.isLoading && <Typography.Text>{t('hearingFeed.inactive')}</Typography.Text>}
        <Space wrap>
          {active ? (
            <Popconfirm title={t('hearingFeed.rotateConfirm')} onConfirm={make}>
              <Button loading={create.isPending} data-testid="calendar-feed-create">
                {t('hearingFeed.rotate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="primary" loading={create.isPending} onClick={make} data-testid="calendar-feed-create">
              {t('hearingFeed.create')}
            </Button>
          )}
          {active && (
            <Popconfirm title={t('hearingFeed.revokeConfirm')} onConfirm={stop}>
              <Button danger loading={revoke.isPending} data-testid="calendar-feed-revoke">
                {t('hearingFeed.revoke')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
    </Card>
  );
}
