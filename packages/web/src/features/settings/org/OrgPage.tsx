/**
 * 机关与负责人: the agencies of my region and their heads (正职/副职/分管, 分管事项, phone), maintained by coordinators
 * and administrators ('org.manage'; the server keeps each to their region). Heads leaving office are deactivated,
 * never deleted: past appearances in court keep their name.
 */
import { App, Button, Card, Empty, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/errors.js';
import { useCurrentUser } from '../../../app/auth/AuthProvider.js';
import {
  type Agency,
  type Head,
  useAgencies,
  useCreateHead,
  useHeads,
  useSetHeadActive,
  useUpdateHead,
} from './api.js';
import { HeadFormModal, type HeadFormValues } from './HeadFormModal.js';

export function OrgPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [showInactive, setShowInactive] = useState(false);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ head: Head | null } | null>(null);
  const agencies = useAgencies(user.regionCode);
  const heads = useHeads(showInactive);
  const create = useCreateHead();
  const update = useUpdateHead();
  const setActive = useSetHeadActive();

  const headsByAgency = useMemo(() => {
    const m = new Map<string, Head[]>();
    for (const h of heads.data?.items ?? []) m.set(h.agencyId, [...(m.get(h.agencyId) ?? []), h]);
    return m;
  }, [heads.data]);
  const shown = (agencies.data?.items ?? []).filter((a) => !filter || a.name.includes(filter.trim()));
  const selected: Agency | undefined = (agencies.data?.items ?? []).find((a) => a.id === selectedId) ?? shown[0];
  const selectedHeads = selected ? (headsByAgency.get(selected.id) ?? []) : [];
  const fail = (err: unknown) => message.error(errorMessage(err, t));
  const mutation = editing?.head ? update : create;

  const save = (v: HeadFormValues) => {
    if (!selected || !editing) return;
    const done = () => {
      message.success(t('settings.org.saved'));
      setEditing(null);
    };
    if (editing.head) {
      const { phone, ...rest } = v;
      // A masked phone left empty is not a change.
      const body = editing.head.phoneMasked && !phone ? rest : v;
      update.mutate({ id: editing.head.id, body: { ...body, version: editing.head.version } }, { onSuccess: done });
    } else create.mutate({ agencyId: selected.id, body: v }, { onSuccess: done });
  };

  return (
    <Card title={t('settings.org.title')}>
      <Typography.Paragraph type="secondary">{t('settings.org.intro')}</Typography.Paragraph>
      {(agencies.error || heads.error) && (
        <Typography.Text type="danger" role="alert">
          {errorMessage(agencies.error ?? heads.error, t)}
        </Typography.Text>
      )}
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <section aria-labelledby="org-agencies-title" style={{ flex: '1 1 320px', minWidth: 280 }}>
          <Typography.Title level={4} id="org-agencies-title">
            {t('settings.org.agencies')}
          </Typography.Title>
          <Input.Search
            aria-label={t('settings.org.findAgency')}
            placeholder={t('settings.org.findAgency')}
            allowClear
            onChange={(e) => setFilter(e.target.value)}
            style={{ marginBottom: 12 }}
          />
          <Table<Agency>
            rowKey="id"
            size="small"
            loading={agencies.isLoading}
            dataSource={shown}
            pagination={{ pageSize: 12, showSizeChanger: false }}
            onRow={(a) => ({ onClick: () => setSelectedId(a.id) })}
            rowClassName={(a) => (a.id === selected?.id ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: t('settings.org.agency'),
                dataIndex: 'name',
                render: (name: string, a) => (
                  <Button
                    type="link"
                    style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                    aria-pressed={a.id === selected?.id}
                    onClick={() => setSelectedId(a.id)}
                  >
                    {name}
                  </Button>
                ),
              },
              { title: t('settings.org.region'), dataIndex: 'regionName', width: 110 },
              {
                title: t('settings.org.headCount'),
                key: 'count',
                width: 80,
                render: (_: unknown, a) => (headsByAgency.get(a.id) ?? []).filter((h) => h.active).length,
              },
            ]}
          />
        </section>
        <section aria-labelledby="org-heads-title" style={{ flex: '2 1 480px', minWidth: 300 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            <Typography.Title level={4} id="org-heads-title" style={{ margin: 0 }}>
              {selected ? t('settings.org.headsOf', { agency: selected.name }) : t('settings.org.heads')}
            </Typography.Title>
            <Space wrap>
              <Space size={8}>
                <Switch
                  id="org-show-inactive"
                  checked={showInactive}
                  onChange={setShowInactive}
                  size="small"
                  aria-labelledby="org-show-inactive-label"
                />
                <span id="org-show-inactive-label">{t('settings.org.showInactive')}</span>
              </Space>
              <Button type="primary" disabled={!selected} onClick={() => setEditing({ head: null })}>
                {t('settings.org.add')}
              </Button>
            </Space>
          </Space>
          {selected && selectedHeads.length === 0 && !heads.isLoading ? (
            <Empty description={t('settings.org.noHeads')} />
          ) : (
            <Table<Head>
              rowKey="id"
              size="small"
              style={{ marginTop: 12 }}
              loading={heads.isLoading}
              dataSource={selectedHeads}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('settings.org.name'), dataIndex: 'name' },
                { title: t('settings.org.jobTitle'), dataIndex: 'title' },
                {
                  title: t('settings.org.headRole'),
                  dataIndex: 'headRole',
                  render: (r: Head['headRole']) => t(`settings.org.roles.${r}`),
                },
                {
                  title: t('settings.org.matters'),
                  dataIndex: 'matters',
                  render: (m: string[]) => m.map((x) => <Tag key={x}>{x}</Tag>),
                },
                { title: t('settings.org.phone'), dataIndex: 'phone', render: (p: string | null) => p ?? '—' },
                {
                  title: t('settings.org.status'),
                  dataIndex: 'active',
                  render: (a: boolean) =>
                    a ? <Tag color="green">{t('settings.org.active')}</Tag> : <Tag>{t('settings.org.inactive')}</Tag>,
                },
                {
                  title: t('settings.org.actions'),
                  key: 'actions',
                  render: (_: unknown, h) => (
                    <Space>
                      <Button
                        size="small"
                        onClick={() => setEditing({ head: h })}
                        aria-label={t('settings.org.editNamed', { name: h.name })}
                      >
                        {t('settings.org.edit')}
                      </Button>
                      <Popconfirm
                        title={
                          h.active
                            ? t('settings.org.confirmDeactivate', { name: h.name })
                            : t('settings.org.confirmActivate', { name: h.name })
                        }
                        okText={t('settings.confirm')}
                        cancelText={t('settings.cancel')}
                        onConfirm={() =>
                          setActive
                            .mutateAsync({ id: h.id, version: h.version, active: !h.active })
                            .then(
                              () =>
                                message.success(t(h.active ? 'settings.org.deactivated' : 'settings.org.activated')),
                              fail,
                            )
                        }
                      >
                        <Button
                          size="small"
                          danger={h.active}
                          aria-label={t(h.active ? 'settings.org.deactivateNamed' : 'settings.org.activateNamed', {
                            name: h.name,
                          })}
                        >
                          {h.active ? t('settings.org.deactivate') : t('settings.org.activate')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </section>
      </div>
      <HeadFormModal
        open={!!editing}
        agencyName={selected?.name ?? ''}
        head={editing?.head ?? null}
        pending={mutation.isPending}
        error={mutation.error}
        onSubmit={save}
        onCancel={() => {
          setEditing(null);
          create.reset();
          update.reset();
        }}
      />
    </Card>
  );
}
