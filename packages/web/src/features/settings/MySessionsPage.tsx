/** 我的登录会话: where the signed-in user is signed in, with "sign out there" and "sign out everywhere else". */
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { useAuth } from '../../app/auth/AuthProvider.js';
import { type SessionItem, useMySessions, useSessionMutations } from './api.js';

/** A short description of a browser from its user agent ("Chrome · Windows"). */
export function describeAgent(ua: string | null): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, os].filter(Boolean).join(' · ') || ua.slice(0, 60);
}

export function MySessionsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { logout } = useAuth();
  const sessions = useMySessions();
  const { revoke, revokeOthers } = useSessionMutations();
  const time = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm');
  const fail = (err: unknown) => message.error(errorMessage(err, t));
  const others = (sessions.data?.items ?? []).filter((s) => !s.current).length;

  return (
    <Card
      title={t('settings.sessions.title')}
      extra={
        <Button
          danger
          disabled={others === 0}
          loading={revokeOthers.isPending}
          onClick={() =>
            modal.confirm({
              title: t('settings.sessions.revokeOthers'),
              content: t('settings.sessions.confirmRevokeOthers'),
              okText: t('settings.confirm'),
              cancelText: t('settings.cancel'),
              okButtonProps: { danger: true },
              onOk: () =>
                revokeOthers
                  .mutateAsync()
                  .then((r) => message.success(t('settings.sessions.revokedOthers', { count: r.revoked })), fail),
            })
          }
        >
          {t('settings.sessions.revokeOthers')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.sessions.intro')}</Typography.Paragraph>
      {sessions.error && <Typography.Text type="danger">{errorMessage(sessions.error, t)}</Typography.Text>}
      <Table<SessionItem>
        rowKey="id"
        loading={sessions.isFetching}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('settings.sessions.device'),
            key: 'device',
            render: (_, s) => (
              <Space>
                <span title={s.userAgent ?? undefined}>
                  {describeAgent(s.userAgent) ?? t('settings.sessions.unknownDevice')}
                </span>
                {s.current && <Tag color="blue">{t('settings.sessions.current')}</Tag>}
              </Space>
            ),
          },
          { title: t('settings.sessions.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
          { title: t('settings.sessions.signedIn'), dataIndex: 'createdAt', render: time },
          { title: t('settings.sessions.lastSeen'), dataIndex: 'lastSeenAt', render: time },
          { title: t('settings.sessions.expires'), dataIndex: 'expiresAt', render: time },
          {
            key: 'actions',
            width: 90,
            render: (_, s) => (
              <Button
                type="link"
                danger
                size="small"
                onClick={() =>
                  s.current
                    ? void logout()
                    : revoke.mutateAsync(s.id).then(() => message.success(t('settings.sessions.revoked')), fail)
                }
              >
                {t('settings.sessions.revoke')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
