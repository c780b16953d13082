/**
 * 统计报表 (/statistics, /statistics/:id): the statutory forms of the caller's region (docs/rules/statistics.md). The
 * list of filings; a form and period to open one's own unit's filing (pre-filled from the registry) or, for the city,
 * to sum the accepted ones; the selected filing's grid in the form's layout with the adjusted cells marked and their
 * reasons, the checks with the cases behind each failed one, the history (the return comments) and the steps the
 * caller may take: adjust, recount, submit; return with a comment, accept; export .xlsx.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import {
  type Filing,
  type FormKind,
  type FormLayout,
  useAdjustCell,
  useCreateFiling,
  useFiling,
  useFilingStep,
  useFilings,
  useReturnFiling,
  useStatForms,
  useSummarise,
  xlsxUrl,
} from './api.js';
import { cellLabel, type HeaderNode, headerTree } from './grid.js';

const STATUS_COLORS = { draft: 'default', submitted: 'blue', returned: 'red', accepted: 'green' } as const;
type Row = { id: string; label: string };

function periodOptions(kinds: readonly string[], t: TFunction) {
  const year = new Date().getFullYear();
  const out: { value: string; label: string }[] = [];
  for (const y of [year, year - 1, year - 2]) {
    if (kinds.includes('year')) out.push({ value: String(y), label: t('statistics.periodYear', { year: y }) });
    if (kinds.includes('half'))
      for (const h of [1, 2] as const)
        out.push({ value: `${y}-H${h}`, label: t(`statistics.periodHalf${h}`, { year: y }) });
    if (kinds.includes('quarter'))
      for (const q of [1, 2, 3, 4])
        out.push({ value: `${y}-Q${q}`, label: t('statistics.periodQuarter', { year: y, quarter: q }) });
  }
  return out;
}

function OpenForm({ forms }: { forms: FormLayout[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const perms = user.permissions ?? [];
  const create = useCreateFiling();
  const summarise = useSummarise();
  const [form, setForm] = useState<FormKind>('reconsideration');
  const layout = forms.find((f) => f.kind === form);
  const options = periodOptions(layout?.periods ?? ['year'], t);
  const [period, setPeriod] = useState<string>(String(new Date().getFullYear() - 1));
  const chosen = options.some((o) => o.value === period) ? period : (options[0]?.value ?? '');
  const onDone = {
    onSuccess: (f: Filing) => navigate(`/statistics/${f.id}`),
    onError: (e: Error) => message.error(errorMessage(e, t)),
  };
  return (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label={t('statistics.form')}
        style={{ minWidth: 260 }}
        value={form}
        onChange={setForm}
        options={forms.map((f) => ({ value: f.kind, label: t(`statistics.forms.${f.kind}`) }))}
      />
      <Select
        aria-label={t('statistics.period')}
        style={{ width: 170 }}
        value={chosen}
        onChange={setPeriod}
        options={options}
      />
      {perms.includes('statistics.fill') && (
        <Button
          type="primary"
          loading={create.isPending}
          onClick={() => create.mutate({ form, period: chosen }, onDone)}
        >
          {t('statistics.open')}
        </Button>
      )}
      {perms.includes('statistics.review') && (
        <Button loading={summarise.isPending} onClick={() => summarise.mutate({ form, period: chosen }, onDone)}>
          {t('statistics.summarise')}
        </Button>
      )}
    </Flex>
  );
}

function toColumns(nodes: HeaderNode[], render: (colId: string, row: Row) => React.ReactNode): ColumnsType<Row> {
  return nodes.map((n) =>
    n.column
      ? {
          key: n.key,
          title: n.title,
          align: 'center' as const,
          render: (_: unknown, row: Row) => render(n.column!.id, row),
        }
      : { key: n.key, title: n.title, align: 'center' as const, children: toColumns(n.children!, render) },
  );
}

function AdjustModal({
  filing,
  layout,
  cell,
  onClose,
}: {
  filing: Filing;
  layout: FormLayout;
  cell: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const adjust = useAdjustCell(filing.id);
  const [form] = Form.useForm<{ value: number | null; reason: string }>();
  const current = filing.cells.find((c) => c.key === cell);
  if (!cell || !current) return null;
  const send = (value: number | null, reason?: string) =>
    adjust.mutate(
      { version: filing.version, cell, value, ...(reason ? { reason } : {}) },
      { onSuccess: onClose, onError: (e) => message.error(errorMessage(e, t)) },
    );
  return (
    <Modal
      open
      title={t('statistics.adjustTitle', { cell: cellLabel(layout, cell) })}
      onCancel={onClose}
      okText={t('statistics.adjustSave')}
      confirmLoading={adjust.isPending}
      onOk={() => form.validateFields().then((v) => send(v.value, v.reason))}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('statistics.computedValue', { value: current.computed, cases: current.cases })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: current.value, reason: current.adjustment?.reason ?? '' }}
      >
        <Form.Item
          name="value"
          label={t('statistics.adjustValue')}
          rules={[{ required: true, message: t('statistics.adjustValueRequired') }]}
        >
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('statistics.adjustReason')}
          rules={[{ required: true, min: 2, message: t('statistics.adjustReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      {current.adjustment && (
        <Button onClick={() => send(null)} loading={adjust.isPending}>
          {t('statistics.adjustClear')}
        </Button>
      )}
    </Modal>
  );
}

function FilingView({ filing, layout }: { filing: Filing; layout: FormLayout }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const recount = useFilingStep(filing.id, 'recount');
  const submit = useFilingStep(filing.id, 'submit');
  const accept = useFilingStep(filing.id, 'accept');
  const ret = useReturnFiling(filing.id);
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const editable = filing.can.fill && (filing.status === 'draft' || filing.status === 'returned');
  const cells = useMemo(() => new Map(filing.cells.map((c) => [c.key, c])), [filing.cells]);
  const onError = (e: Error) => message.error(errorMessage(e, t));
  const lastReturn = [...filing.events].reverse().find((e) => e.kind === 'returned');
  const failed = filing.checks.filter((c) => !c.ok);
  const adjusted = filing.cells.filter((c) => c.adjustment);

  const render = (colId: string, row: Row) => {
    const key = `${row.id}:${colId}`;
    const c = cells.get(key);
    if (!c) return null;
    const text = String(c.value);
    const marked = c.adjustment ? (
      <Tag color="gold" title={t('statistics.adjustedTip', { computed: c.computed, reason: c.adjustment.reason })}>
        {text}*
      </Tag>
    ) : (
      text
    );
    return editable ? (
      <Button
        type="link"
        size="small"
        aria-label={t('statistics.adjustCell', { cell: cellLabel(layout, key), value: text })}
        onClick={() => setAdjusting(key)}
      >
        {marked}
      </Button>
    ) : (
      marked
    );
  };
  const columns: ColumnsType<Row> = [
    { key: 'row', title: t('statistics.item'), dataIndex: 'label', fixed: 'left', width: 140 },
    ...toColumns(headerTree(layout.columns), render),
  ];

  return (
    <Card
      data-testid="statistics-filing"
      title={
        <Flex gap={8} wrap align="center">
          <span>{t(`statistics.forms.${filing.form}`)}</span>
          <Tag>{filing.formCode}</Tag>
          <Tag color={STATUS_COLORS[filing.status]}>{t(`statistics.statuses.${filing.status}`)}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          <Button href={xlsxUrl(filing.id)} download>
            {t('statistics.export')}
          </Button>
          {editable && (
            <Button
              loading={recount.isPending}
              onClick={() => recount.mutate({ version: filing.version }, { onError })}
            >
              {t('statistics.recount')}
            </Button>
          )}
          {editable && (
            <Button
              type="primary"
              loading={submit.isPending}
              disabled={failed.length > 0}
              onClick={() =>
                modal.confirm({
                  title: t('statistics.submitConfirm'),
                  onOk: () => submit.mutateAsync({ version: filing.version }).catch(onError),
                })
              }
            >
              {t('statistics.submit')}
            </Button>
          )}
          {filing.can.review && filing.status === 'submitted' && (
            <>
              <Button danger onClick={() => setReturning(true)}>
                {t('statistics.return')}
              </Button>
              <Button
                type="primary"
                loading={accept.isPending}
                onClick={() => accept.mutate({ version: filing.version }, { onError })}
              >
                {t('statistics.accept')}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('statistics.unitLine', {
          unit: filing.region.name,
          scope: t(`statistics.scopes.${filing.scope}`),
          period: filing.periodLabel,
          from: filing.periodFrom,
          to: filing.periodTo,
        })}
      </Typography.Paragraph>
      {filing.status === 'returned' && lastReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="statistics-return-comment"
          message={t('statistics.returnedBy', { name: lastReturn.byName, at: lastReturn.at.slice(0, 10) })}
          description={lastReturn.comment}
        />
      )}
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        dataSource={layout.rows}
        columns={columns}
      />
      {adjusted.length > 0 && (
        <Card size="small" type="inner" title={t('statistics.adjustments')} style={{ marginTop: 12 }}>
          {adjusted.map((c) => (
            <div key={c.key}>
              {t('statistics.adjustmentLine', {
                cell: cellLabel(layout, c.key),
                computed: c.computed,
                value: c.value,
                reason: c.adjustment!.reason,
                name: c.adjustment!.byName,
              })}
            </div>
          ))}
        </Card>
      )}
      <Card
        size="small"
        type="inner"
        style={{ marginTop: 12 }}
        title={
          failed.length === 0
            ? t('statistics.checksPassed', { count: filing.checks.length })
            : t('statistics.checksFailed', { count: failed.length })
        }
      >
        {failed.length === 0 ? (
          <Typography.Text type="success">{t('statistics.checksOk')}</Typography.Text>
        ) : (
          <List
            data-testid="statistics-failed-checks"
            dataSource={failed}
            renderItem={(c) => (
              <List.Item key={c.id}>
                <Flex vertical gap={4}>
                  <Typography.Text strong>
                    {c.label}（{c.detail}）
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('statistics.checkCases', { count: c.caseCount })}
                  </Typography.Text>
                  <Flex gap={8} wrap>
                    {c.cases.map((k) => (
                      <Link key={k.id} to={`/cases/${k.id}`}>
                        {k.caseNumber ?? k.id.slice(0, 8)}
                      </Link>
                    ))}
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      {filing.units.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('statistics.units', { names: filing.units.map((u) => u.region.name).join('、') })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('statistics.history')}
      </Typography.Title>
      <Timeline
        items={filing.events.map((e) => ({
          key: `${e.at}-${e.kind}`,
          children: (
            <span>
              {e.at.slice(0, 16).replace('T', ' ')} {e.byName} {e.label}
              {e.cell ? ` ${cellLabel(layout, e.cell)} ${e.before ?? ''} → ${e.after ?? ''}` : ''}
              {e.comment ? `：${e.comment}` : ''}
            </span>
          ),
        }))}
      />
      <AdjustModal filing={filing} layout={layout} cell={adjusting} onClose={() => setAdjusting(null)} />
      <Modal
        open={returning}
        title={t('statistics.returnTitle')}
        okText={t('statistics.return')}
        confirmLoading={ret.isPending}
        onCancel={() => setReturning(false)}
        onOk={() =>
          ret.mutate(
            { version: filing.version, comment },
            {
              onSuccess: () => {
                setReturning(false);
                setComment('');
              },
              onError,
            },
          )
        }
      >
        <Input.TextArea
          aria-label={t('statistics.returnComment')}
          placeholder={t('statistics.returnComment')}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

export function StatisticsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const forms = useStatForms();
  const list = useFilings();
  const filing = useFiling(id);
  const layout = forms.data?.forms.find((f) => f.kind === filing.data?.form);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('statistics.title')}
      </Typography.Title>
      {forms.data && <OpenForm forms={forms.data.forms} />}
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      <Table
        data-testid="statistics-filings"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('statistics.none') }}
        onRow={(r) => ({ onClick: () => navigate(`/statistics/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'period', title: t('statistics.period'), dataIndex: 'periodLabel' },
          {
            key: 'form',
            title: t('statistics.form'),
            render: (_, r) => <Link to={`/statistics/${r.id}`}>{t(`statistics.forms.${r.form}`)}</Link>,
          },
          {
            key: 'unit',
            title: t('statistics.unit'),
            render: (_, r) => `${r.region.name}（${t(`statistics.scopes.${r.scope}`)}）`,
          },
          {
            key: 'status',
            title: t('statistics.status'),
            render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`statistics.statuses.${r.status}`)}</Tag>,
          },
          { key: 'adjusted', title: t('statistics.adjustedCount'), dataIndex: 'adjustedCells' },
        ]}
      />
      {filing.error && <Typography.Text type="danger">{errorMessage(filing.error, t)}</Typography.Text>}
      {filing.data && layout && <FilingView filing={filing.data} layout={layout} />}
    </Flex>
  );
}
