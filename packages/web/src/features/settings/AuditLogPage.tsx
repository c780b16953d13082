/**
 * 审计日志: who did what, when and from where (permission 'audit.read'). Filter by actor, action, object and time;
 * export the filtered rows to Excel (the export is itself audited). Read-only: nothing here changes a row.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Flex, Input, Select, Table, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import {
  type AuditFilter,
  type AuditItem,
  downloadFile,
  permissionsOf,
  queryString,
  useAuditLog,
  useAuditMeta,
} from './api.js';
import { actionLabelOf } from './auditActions.js';
import { chinaDateTimeSeconds, isInternalField, shownFields, whatHappened } from './auditDisplay.js';
import { auditFieldLabel } from './auditFields.js';
import { NoPermission } from './NoPermission.js';

export function AuditLogPage() {
  const me = useCurrentUser();
  const allowed = permissionsOf(me).includes('audit.read') || me.role === 'admin';
  return allowed ? <AuditLog /> : <NoPermission />;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A field of an audit entry by its label in the UI language; the raw name (as stored) in the tooltip. */
function FieldName({ entityType, field }: { entityType: string; field: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('settings.audit.fieldTooltip', { name: field })}>
      <span data-testid="audit-field" data-field={field}>
        {auditFieldLabel(t, entityType, field)}
      </span>
    </Tooltip>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<AuditFilter & { range?: [Dayjs | null, Dayjs | null] | null }>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [exporting, setExporting] = useState(false);
  const log = useAuditLog({ ...filter, ...page });

  const meta = useAuditMeta();
  const actionLabel = actionLabelOf(meta.data);
  const entityLabel = (e: string) =>
    t(`settings.audit.entities.${e}` as 'settings.audit.entities.user', { defaultValue: e });

  const apply = () => {
    const [from, to] = draft.range ?? [];
    setFilter({
      actor: draft.actor?.trim() || undefined,
      action: draft.action,
      entityType: draft.entityType?.trim() || undefined,
      entityId: draft.entityId?.trim() || undefined,
      from: from ? from.startOf('day').toISOString() : undefined,
      to: to ? to.add(1, 'day').startOf('day').toISOString() : undefined,
    });
    setPage((p) => ({ ...p, page: 1 }));
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(`/audit/export${queryString({ ...filter })}`, `audit-${dayjs().format('YYYY-MM-DD')}.xlsx`);
    } catch (err) {
      message.error(errorMessage(err, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={t('settings.audit.title')}
      extra={
        <Tooltip title={t('settings.audit.exportNote')}>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {exporting ? t('settings.audit.exporting') : t('settings.audit.export')}
          </Button>
        </Tooltip>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          placeholder={t('settings.audit.actorPlaceholder')}
          aria-label={t('settings.audit.actor')}
          value={draft.actor}
          onChange={(e) => setDraft((d) => ({ ...d, actor: e.target.value }))}
          onPressEnter={apply}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('settings.audit.actionPlaceholder')}
          placeholder={t('settings.audit.actionPlaceholder')}
          value={draft.action}
          onChange={(action) => setDraft((d) => ({ ...d, action }))}
          options={meta.data?.actions}
          style={{ width: 170 }}
        />
        <Input
          allowClear
          placeholder={t('settings.audit.entityType')}
          value={draft.entityType}
          onChange={(e) => setDraft((d) => ({ ...d, entityType: e.target.value }))}
          onPressEnter={apply}
          style={{ width: 130 }}
        />
        <Input
          allowClear
          placeholder={t('settings.audit.entityId')}
          data-testid="audit-entity-id"
          value={draft.entityId}
          onChange={(e) => setDraft((d) => ({ ...d, entityId: e.target.value }))}
          onPressEnter={apply}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          value={draft.range ?? null}
          onChange={(range) => setDraft((d) => ({ ...d, range }))}
          aria-label={t('settings.audit.dateRange')}
        />
        <Button type="primary" onClick={apply} data-testid="audit-search">
          {t('settings.search')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            setFilter({});
            setPage((p) => ({ ...p, page: 1 }));
          }}
        >
          {t('settings.reset')}
        </Button>
      </Flex>
      {log.error && <Typography.Text type="danger">{errorMessage(log.error, t)}</Typography.Text>}
      <Table<AuditItem>
        rowKey="id"
        size="small"
        loading={log.isFetching}
        data-testid="audit-table"
        dataSource={log.data?.items ?? []}
        scroll={{ x: 960 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('settings.total', { count }),
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions size="small" column={1} bordered>
              {r.diff && Object.keys(r.diff).length > 0 ? (
                Object.entries(r.diff)
                  .filter(([field]) => !isInternalField(field))
                  .map(([field, d]) => (
                    <Descriptions.Item key={field} label={<FieldName entityType={r.entityType} field={field} />}>
                      {show(d.from)} → {show(d.to)}
                    </Descriptions.Item>
                  ))
              ) : isRecord(r.after ?? r.before) && Object.keys((r.after ?? r.before) as object).length > 0 ? (
                Object.entries((r.after ?? r.before) as Record<string, unknown>).map(([field, v]) => (
                  <Descriptions.Item key={field} label={<FieldName entityType={r.entityType} field={field} />}>
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{show(v)}</Typography.Text>
                  </Descriptions.Item>
                ))
              ) : (
                <Descriptions.Item label={t('settings.audit.details')}>
                  <Typography.Text code style={{ whiteSpace: 'pre-wrap' }}>
                    {show(r.after ?? r.before)}
                  </Typography.Text>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('settings.audit.requestId')}>{r.requestId ?? '—'}</Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          {
            title: t('settings.audit.at'),
            dataIndex: 'at',
            width: 160,
            // China time, as on the case pages, whatever the browser's zone.
            render: (v: string) => <span data-testid="audit-at">{chinaDateTimeSeconds(v)}</span>,
          },
          { title: t('settings.audit.actor'), dataIndex: 'actorName', width: 200 },
          {
            title: t('settings.audit.what'),
            key: 'what',
            width: 200,
            render: (_, r) => <span data-testid="audit-what">{whatHappened(t, r, actionLabel)}</span>,
          },
          { title: t('settings.audit.entityType'), dataIndex: 'entityType', width: 100, render: entityLabel },
          {
            title: t('settings.audit.object'),
            key: 'object',
            ellipsis: true,
            // The object by its name (案号, a person); its id only in the tooltip, or when it has no name.
            render: (_, r) =>
              r.entityName ? (
                <Tooltip title={t('settings.audit.idTooltip', { id: r.entityId })}>
                  <span data-testid="audit-object">{r.entityName}</span>
                </Tooltip>
              ) : (
                <span data-testid="audit-object">{r.entityId ?? '—'}</span>
              ),
          },
          {
            title: t('settings.audit.changes'),
            key: 'changes',
            ellipsis: true,
            render: (_, r) => {
              const fields = shownFields(t, r.entityType, r.diff ? Object.keys(r.diff) : []);
              if (fields.length === 0) return t('settings.audit.noChanges');
              return (
                <Tooltip title={fields.map((f) => f.field).join(', ')}>
                  <span data-testid="audit-changes">{fields.map((f) => f.label).join(t('common.listSeparator'))}</span>
                </Tooltip>
              );
            },
          },
          { title: t('settings.audit.ip'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}
