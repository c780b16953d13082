/**
 * 用户与角色: accounts administration for the system administrator (permission 'user.manage'). Creating or resetting
 * an account shows its first password once; every action is written to the audit log by the server.
 */
import { DownloadOutlined, DownOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { roleLabel } from '../../app/auth/session.js';
import {
  downloadFile,
  permissionsOf,
  type UserFilter,
  type UserInput,
  type UserItem,
  useRoles,
  useUserMutations,
  useUsers,
} from './api.js';
import { ImportUsersModal } from './ImportUsersModal.js';
import { NoPermission } from './NoPermission.js';
import { OneTimePasswordModal } from './OneTimePassword.js';
import { UserFormModal } from './UserFormModal.js';

const DONE = {
  disable: 'settings.users.disabled',
  enable: 'settings.users.enabled',
  unlock: 'settings.users.unlocked',
} as const;

export function UsersPage() {
  const me = useCurrentUser();
  const allowed = permissionsOf(me).includes('user.manage') || me.role === 'admin';
  return allowed ? <UsersAdmin /> : <NoPermission />;
}

function UsersAdmin() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const [filter, setFilter] = useState<UserFilter>({ page: 1, pageSize: 20 });
  const [q, setQ] = useState('');
  const users = useUsers(filter);
  const roles = useRoles();
  const m = useUserMutations();
  const [editing, setEditing] = useState<UserItem | null | undefined>(undefined);
  const [oneTime, setOneTime] = useState<{ name: string; password: string } | null>(null);
  const [importing, setImporting] = useState(false);

  const fail = (err: unknown) => message.error(errorMessage(err, t));

  const openEdit = async (u: UserItem) => {
    try {
      // The list shows phones masked; the form needs the record itself.
      const { user } = await api.get<ApiResponse<'/api/v1/users/{id}', 'get'>>(`/users/${u.id}`);
      m.update.reset();
      setEditing(user);
    } catch (err) {
      fail(err);
    }
  };

  const submit = (input: UserInput) => {
    if (editing) {
      m.update.mutate(
        { id: editing.id, version: editing.version, ...input },
        {
          onSuccess: () => {
            message.success(t('settings.users.saved'));
            setEditing(undefined);
          },
        },
      );
    } else {
      m.create.mutate(
        { ...input, username: input.username ?? '' },
        {
          onSuccess: (r) => {
            setEditing(undefined);
            message.success(t('settings.users.created'));
            setOneTime({ name: r.user.displayName, password: r.initialPassword });
          },
        },
      );
    }
  };

  const act = (u: UserItem, action: 'disable' | 'enable' | 'unlock' | 'reset') => {
    if (action === 'reset') {
      modal.confirm({
        title: t('settings.users.resetPassword'),
        content: t('settings.users.confirmReset', { name: u.displayName }),
        okText: t('settings.confirm'),
        cancelText: t('settings.cancel'),
        onOk: () =>
          m.resetPassword
            .mutateAsync(u.id)
            .then((r) => setOneTime({ name: u.displayName, password: r.initialPassword }), fail),
      });
      return;
    }
    const run = () => m.action.mutateAsync({ id: u.id, action }).then(() => message.success(t(DONE[action])), fail);
    if (action === 'disable') {
      modal.confirm({
        title: t('settings.users.disable'),
        content: t('settings.users.confirmDisable', { name: u.displayName }),
        okText: t('settings.confirm'),
        okButtonProps: { danger: true },
        cancelText: t('settings.cancel'),
        onOk: run,
      });
    } else void run();
  };

  const roleOptions = (roles.data?.items ?? []).map((r) => ({
    value: r.code,
    label: roleLabel({ role: r.code, roleName: r.name }, t),
  }));

  return (
    <Card
      title={t('settings.users.title')}
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadFile('/users/import-template', 'users-template.xlsx').catch(fail)}
          >
            {t('settings.users.template')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            {t('settings.users.import')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              m.create.reset();
              setEditing(null);
            }}
          >
            {t('settings.users.create')}
          </Button>
        </Space>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('settings.users.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => setFilter((f) => ({ ...f, q: v.trim() || undefined, page: 1 }))}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          aria-label={t('settings.users.rolePlaceholder')}
          placeholder={t('settings.users.rolePlaceholder')}
          options={roleOptions}
          value={filter.role}
          onChange={(role) => setFilter((f) => ({ ...f, role, page: 1 }))}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          aria-label={t('settings.users.statusPlaceholder')}
          placeholder={t('settings.users.statusPlaceholder')}
          value={filter.status}
          onChange={(status) => setFilter((f) => ({ ...f, status, page: 1 }))}
          options={[
            { value: 'active', label: t('settings.users.statusActive') },
            { value: 'disabled', label: t('settings.users.statusDisabled') },
            { value: 'locked', label: t('settings.users.statusLocked') },
          ]}
          style={{ width: 140 }}
        />
      </Flex>
      {users.error && <Typography.Text type="danger">{errorMessage(users.error, t)}</Typography.Text>}
      <Table<UserItem>
        rowKey="id"
        size="middle"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        scroll={{ x: 1330 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (count) => t('settings.total', { count }),
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          { title: t('settings.users.username'), dataIndex: 'username', width: 140 },
          { title: t('settings.users.displayName'), dataIndex: 'displayName', width: 160 },
          {
            title: t('settings.users.role'),
            dataIndex: 'role',
            width: 130,
            render: (_, u) => roleLabel(u, t),
          },
          {
            title: t('settings.users.scope'),
            key: 'scope',
            width: 240,
            render: (_, u) => u.agencyName ?? u.regionName ?? '—',
          },
          { title: t('settings.users.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
          {
            title: t('settings.users.status'),
            key: 'status',
            width: 150,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.disabled ? (
                  <Tag color="default">{t('settings.users.statusDisabled')}</Tag>
                ) : (
                  <Tag color="green">{t('settings.users.statusActive')}</Tag>
                )}
                {u.locked && <Tag color="red">{t('settings.users.statusLocked')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('settings.users.mustChange')}</Tag>}
                {/* Repeated wrong passwords since the last sign-in: sign-in is slowed, never locked (auth routes). */}
                {u.failedLogins > 0 && (
                  <Tag color="volcano" data-testid="failed-logins">
                    {t('settings.users.failedLogins', { count: u.failedLogins })}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('settings.users.lastLogin'),
            dataIndex: 'lastLoginAt',
            width: 150,
            render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : t('settings.users.never')),
          },
          {
            title: t('settings.users.actions'),
            key: 'actions',
            fixed: 'right',
            width: 150,
            render: (_, u) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => void openEdit(u)}>
                  {t('settings.users.edit')}
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      u.disabled
                        ? { key: 'enable', label: t('settings.users.enable') }
                        : {
                            key: 'disable',
                            label: t('settings.users.disable'),
                            danger: true,
                            disabled: u.id === me.id,
                          },
                      { key: 'reset', label: t('settings.users.resetPassword') },
                      ...(u.locked ? [{ key: 'unlock', label: t('settings.users.unlock') }] : []),
                    ],
                    onClick: ({ key }) => act(u, key as 'disable'),
                  }}
                >
                  <Button type="link" size="small">
                    {t('settings.users.more')} <DownOutlined />
                  </Button>
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        roles={roles.data?.items ?? []}
        pending={m.create.isPending || m.update.isPending}
        error={editing ? m.update.error : m.create.error}
        onSubmit={submit}
        onCancel={() => setEditing(undefined)}
      />
      <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />
      <ImportUsersModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
