import { Button, Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { announce } from '../../app/a11y/LiveRegion.js';
import { type NotificationItem, useInbox, useMarkAllRead, useMarkRead } from './api.js';
import { formatWhen } from './format.js';

const PAGE_SIZE = 20;

/** 我的通知: every notification, newest first; unread marked; choosing one marks it read and opens its object. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(page, PAGE_SIZE, unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (n: NotificationItem) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('notifications.title')}</h1>}
      extra={
        <Flex gap={8} wrap>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => {
              setUnreadOnly(v === 'unread');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly', { count: inbox.data?.unread ?? 0 }) },
            ]}
          />
          <Button
            disabled={(inbox.data?.unread ?? 0) === 0}
            onClick={() => markAll.mutate(undefined, { onSuccess: () => announce(t('notifications.allMarked')) })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Flex>
      }
      data-testid="notifications-page"
    >
      <List
        loading={inbox.isLoading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
        pagination={
          (inbox.data?.total ?? 0) > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: inbox.data?.total ?? 0, onChange: setPage }
            : false
        }
        renderItem={(n) => (
          <List.Item
            actions={[
              n.link ? (
                <Button key="open" type="link" onClick={() => open(n)}>
                  {t('notifications.open')}
                </Button>
              ) : null,
              !n.readAt ? (
                <Button key="read" type="link" onClick={() => markRead.mutate(n.id)}>
                  {t('notifications.markRead')}
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Flex gap={6} align="baseline" wrap>
                  {!n.readAt && <Tag color="blue">{t('notifications.unread')}</Tag>}
                  {n.superseded && <Tag>{t('notifications.superseded')}</Tag>}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </Flex>
              }
              description={
                <>
                  <div>{n.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatWhen(n.createdAt, i18n.language)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
