/**
 * 报告 (/reports, /reports/:id): the notices and annual reports of the caller's region — the list, a draft form for
 * coordinators (kind: monthly, quarterly or annual; year, month or quarter, region), the selected notice's figures as the Word file will show them, its files, and
 * issuing it (at the version shown; an issued notice is a snapshot, a new draft of it is a correction whose
 * differences are listed).
 */
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { type DraftBody, fileUrl, type Report, useDraftReport, useIssueReport, useReport, useReports } from './api.js';

function DraftForm({ onDone }: { onDone: (r: Report) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draft = useDraftReport();
  const [form] = Form.useForm<DraftBody>();
  const kind = Form.useWatch('kind', form);
  const now = new Date();
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ kind: 'monthly', year: now.getFullYear(), month: now.getMonth() || 12, quarter: 1 }}
      onFinish={(v) =>
        draft.mutate(
          {
            kind: v.kind,
            year: v.year,
            ...(v.kind === 'monthly' ? { month: v.month } : v.kind === 'quarterly' ? { quarter: v.quarter } : {}),
            ...(v.region ? { region: v.region } : {}),
          },
          { onSuccess: (r) => onDone(r), onError: (e) => message.error(errorMessage(e, t)) },
        )
      }
    >
      <Form.Item name="kind" label={t('reports.kind')}>
        <Select
          style={{ width: 160 }}
          options={[
            { value: 'monthly', label: t('reports.kinds.monthly') },
            { value: 'quarterly', label: t('reports.kinds.quarterly') },
            { value: 'annual', label: t('reports.kinds.annual') },
          ]}
        />
      </Form.Item>
      <Form.Item name="year" label={t('reports.year')}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      {kind === 'annual' ? null : kind === 'quarterly' ? (
        <Form.Item name="quarter" label={t('reports.quarter')}>
          <InputNumber min={1} max={4} />
        </Form.Item>
      ) : (
        <Form.Item name="month" label={t('reports.month')}>
          <InputNumber min={1} max={12} />
        </Form.Item>
      )}
      <Form.Item name="region" label={t('reports.region')}>
        <Input placeholder={t('reports.regionHint')} style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={draft.isPending}>
        {t('reports.draft')}
      </Button>
    </Form>
  );
}

function Preview({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('report.manage');
  const issue = useIssueReport(report.id);
  const draft = useDraftReport();
  const again = () =>
    draft.mutate(
      {
        kind: report.kind,
        year: Number(report.period.key.slice(0, 4)),
        ...(report.kind === 'monthly'
          ? { month: Number(report.period.key.slice(5, 7)) }
          : report.kind === 'quarterly'
            ? { quarter: Number(report.period.key.slice(-1)) }
            : {}),
        region: report.region.code,
      },
      { onError: (e) => message.error(errorMessage(e, t)) },
    );
  return (
    <Card
      data-testid="report-preview"
      title={
        <Flex gap={8} wrap align="center">
          <span>{report.title}</span>
          <Tag color={report.status === 'issued' ? 'green' : 'gold'}>{t(`reports.statuses.${report.status}`)}</Tag>
          <Tag>{t('reports.edition', { n: report.edition })}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          <Button href={fileUrl(report.id, 'docx')} download>
            {t('reports.downloadDocx')}
          </Button>
          <Button href={fileUrl(report.id, 'xlsx')} download>
            {t('reports.downloadXlsx')}
          </Button>
          {canManage && (
            <Button onClick={again} loading={draft.isPending}>
              {report.status === 'issued' ? t('reports.correct') : t('reports.redraft')}
            </Button>
          )}
          {canManage && report.status === 'draft' && (
            <Button
              type="primary"
              loading={issue.isPending}
              onClick={() =>
                modal.confirm({
                  title: t('reports.issueConfirm'),
                  onOk: () =>
                    issue.mutateAsync({ version: report.version }).catch((e) => message.error(errorMessage(e, t))),
                })
              }
            >
              {t('reports.issue')}
            </Button>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {report.documentNumber} ·{' '}
        {t('reports.definition', { name: report.definition.name, version: report.definition.version ?? '—' })}
        {report.issuedAt &&
          ` · ${t('reports.issuedBy', { name: report.issuedByName, at: report.issuedAt.slice(0, 10) })}`}
      </Typography.Paragraph>
      {report.paragraphs.map((p) => (
        <Typography.Paragraph key={p}>{p}</Typography.Paragraph>
      ))}
      {report.differences && report.differences.length > 0 && (
        <Card size="small" type="inner" title={t('reports.differences')} style={{ marginBottom: 12 }}>
          {report.differences.map((d) => (
            <div key={d.key}>
              {d.label}：{d.before ?? '—'} → {d.after ?? '—'}
            </div>
          ))}
        </Card>
      )}
      {report.tables.map((tb) => (
        <div key={tb.id} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{tb.title}</Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={tb.rows}
            locale={{ emptyText: t('reports.empty') }}
            columns={tb.columns.map((c, i) => ({ key: String(i), title: c, render: (_: unknown, r) => r.cells[i] }))}
          />
          {tb.note && <Typography.Text type="secondary">{tb.note}</Typography.Text>}
        </div>
      ))}
      {report.notes.map((n) => (
        <Typography.Paragraph key={n} type="secondary">
          {n}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('report.manage');
  const list = useReports();
  const report = useReport(id);
  const [drafting, setDrafting] = useState(false);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" onClick={() => setDrafting(true)}>
            {t('reports.new')}
          </Button>
        )}
      </Flex>
      <Modal open={drafting} title={t('reports.new')} footer={null} onCancel={() => setDrafting(false)} width={900}>
        <DraftForm
          onDone={(r) => {
            setDrafting(false);
            navigate(`/reports/${r.id}`);
          }}
        />
      </Modal>
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      <Table
        data-testid="reports"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('reports.none') }}
        onRow={(r) => ({ onClick: () => navigate(`/reports/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'period', title: t('reports.period'), render: (_, r) => r.period.label },
          { key: 'kind', title: t('reports.kind'), render: (_, r) => t(`reports.kinds.${r.kind}`) },
          { key: 'region', title: t('reports.region'), render: (_, r) => r.region.name },
          { key: 'title', title: t('reports.docTitle'), dataIndex: 'title' },
          { key: 'edition', title: t('reports.editionCol'), dataIndex: 'edition' },
          {
            key: 'status',
            title: t('reports.status'),
            render: (_, r) => (
              <Tag color={r.status === 'issued' ? 'green' : 'gold'}>{t(`reports.statuses.${r.status}`)}</Tag>
            ),
          },
        ]}
      />
      {report.error && <Typography.Text type="danger">{errorMessage(report.error, t)}</Typography.Text>}
      {report.data && <Preview report={report.data} />}
    </Flex>
  );
}
