import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { type NotificationItem, useInbox, useMarkAllRead, useMarkRead } from './api.js';
import { formatWhen } from './format.js';

/**
 * The bell in the header: the unread count as a badge (and in the button's accessible name), the newest notifications
 * in a panel; choosing one marks it read and opens its object. Polls once a minute.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [open, setOpen] = useState(false);
  const inbox = useInbox(1, 6, false, true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = inbox.data?.unread ?? 0;

  const choose = (n: NotificationItem) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const panel = (
    <div style={{ width: 340, maxWidth: '90vw' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {inbox.data && inbox.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={inbox.data?.items ?? []}
          loading={inbox.isLoading}
          renderItem={(n) => (
            <List.Item style={{ paddingInline: 0 }}>
              <button
                type="button"
                onClick={() => choose(n)}
                data-testid="notification-item"
                style={{
                  all: 'unset',
                  cursor: 'pointer',
                  display: 'block',
                  width: '100%',
                  padding: '4px 6px',
                  borderRadius: 6,
                  background: n.readAt ? undefined : token.colorPrimaryBg,
                }}
              >
                <Flex gap={6} align="baseline" wrap>
                  {!n.readAt && <Tag color="blue">{t('notifications.unread')}</Tag>}
                  {n.superseded && <Tag>{t('notifications.superseded')}</Tag>}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatWhen(n.createdAt, i18n.language)}
                </Typography.Text>
              </button>
            </List.Item>
          )}
        />
      )}
      <Button
        block
        type="link"
        onClick={() => {
          setOpen(false);
          navigate('/notifications');
        }}
      >
        {t('notifications.viewAll')}
      </Button>
    </div>
  );

  return (
    <Popover content={panel} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        style={{ height: 44, width: 44 }}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="notification-bell"
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
