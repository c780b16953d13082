/** The sections of the case detail page, each a Card: parties, deadlines, hearings, timeline, links, audit. */
import { EyeOutlined, InfoCircleOutlined, LinkOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import {
  type CaseDetail,
  type CaseListResponse,
  type CaseMeta,
  type DeadlineOut,
  type PartyOut,
  unmaskParties,
  useLinkCase,
} from './api.js';
import { DaysLeft, ProvisionalTag } from './CaseTags.js';
import { caseFieldLabel } from './fieldLabels.js';
import { chinaDateTime, deadlineRuleText, labelOf } from './format.js';

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

export function PartiesSection({ detail, meta, phone }: { detail: CaseDetail; meta?: CaseMeta; phone: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unmasked, setUnmasked] = useState<PartyOut[] | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const parties = unmasked ?? detail.parties;
  const hasPersonal = detail.parties.some((p) => p.idNumber || p.phone);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      const res = await unmaskParties(detail.id, reason.trim());
      setUnmasked(res.parties);
      setAsking(false);
      message.success(t('cases.detail.unmasked'));
    } catch (err) {
      message.error(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('cases.detail.sectionParties')}
      data-testid="section-parties"
      extra={
        detail.canUnmask &&
        hasPersonal &&
        !unmasked && (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="unmask">
            {t('cases.detail.unmask')}
          </Button>
        )
      }
    >
      {unmasked && <Alert type="warning" showIcon message={t('cases.detail.unmasked')} style={{ marginBottom: 8 }} />}
      {parties.length === 0 ? (
        empty(t('cases.detail.noParties'))
      ) : (
        <Table<PartyOut>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={parties}
          // On a phone the columns share the screen's width and long names wrap; a sideways scroll there hid the
          // name column's end (and the ID number / phone go into the expanded row).
          scroll={phone ? undefined : { x: 'max-content' }}
          columns={[
            {
              key: 'side',
              title: t('cases.detail.partySide'),
              render: (_, p) => (
                <Space size={4} wrap>
                  {labelOf(meta?.partySides, p.side)}
                  {p.defendantRole && <Tag bordered={false}>{labelOf(meta?.defendantRoles, p.defendantRole)}</Tag>}
                </Space>
              ),
            },
            {
              key: 'type',
              title: t('cases.detail.partyType'),
              render: (_, p) => labelOf(meta?.partyTypes, p.partyType),
            },
            { key: 'name', title: t('cases.detail.partyName'), render: (_, p) => p.agencyName ?? p.name },
            ...(phone
              ? []
              : [
                  {
                    key: 'id',
                    title: t('cases.detail.idNumber'),
                    render: (_: unknown, p: PartyOut) => p.idNumber ?? '—',
                  },
                  { key: 'phone', title: t('cases.detail.phone'), render: (_: unknown, p: PartyOut) => p.phone ?? '—' },
                ]),
          ]}
          expandable={
            phone
              ? {
                  rowExpandable: (p) => !!(p.idNumber || p.phone),
                  expandedRowRender: (p) => (
                    <Typography.Text>
                      {t('common.labelled', { label: t('cases.detail.idNumber'), value: p.idNumber ?? '—' })}　
                      {t('common.labelled', { label: t('cases.detail.phone'), value: p.phone ?? '—' })}
                    </Typography.Text>
                  ),
                }
              : undefined
          }
        />
      )}
      <Modal
        open={asking}
        title={t('cases.detail.unmaskTitle')}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('cases.detail.unmaskHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reason"
            label={t('cases.detail.unmaskReason')}
            rules={[{ required: true, whitespace: true, message: t('cases.detail.unmaskReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/**
 * The case's deadlines. The table fits its card without horizontal scrolling: the rule's name wraps and the other
 * columns have fixed widths; on a phone the days left go under the due date and the actions into the expanded row,
 * beside the explanation.
 */
export function DeadlinesSection({
  detail,
  meta,
  phone,
  actions,
}: {
  detail: CaseDetail;
  meta?: CaseMeta;
  phone: boolean;
  /** Per-row actions (adjust, mark done) for users who may change the case. */
  actions?: (d: DeadlineOut) => ReactNode;
}) {
  const { t } = useTranslation();
  // The explanation is the registry's computed Chinese text citing the statute: shown as it is, marked as Chinese.
  const explain = (d: DeadlineOut) => (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cases.detail.deadlineExplain')}
      </Typography.Text>
      <Typography.Text lang="zh-CN" style={{ whiteSpace: 'pre-wrap' }}>
        {d.explanation}
      </Typography.Text>
      {d.customDueDate && (
        <Typography.Text type="warning">
          {t('cases.detail.deadlineCustom', { reason: d.customReason ?? '' })}
        </Typography.Text>
      )}
      {phone && actions && <div data-testid="deadline-actions-expanded">{actions(d)}</div>}
    </Flex>
  );
  const due = (d: DeadlineOut) =>
    d.customDueDate ? (
      // The custom date in force, the statutory one beside it (docs/rules/deadlines.md#explanation-and-custom-dates).
      <Flex vertical data-testid={`deadline-custom-${d.ruleId}`}>
        <Tooltip title={d.customReason}>
          <Typography.Text type={d.overdue ? 'danger' : undefined}>
            {d.customDueDate} <Tag bordered={false}>{t('caseWork.customTag')}</Tag>
          </Typography.Text>
        </Tooltip>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('caseWork.statutory', { date: d.dueDate ?? '—' })}
          {d.dueDateProvisional && <ProvisionalTag />}
        </Typography.Text>
        <Typography.Text type="warning" style={{ fontSize: 12, maxWidth: '100%' }} ellipsis>
          {d.customReason}
        </Typography.Text>
      </Flex>
    ) : d.effectiveDueDate ? (
      <span data-testid={`deadline-due-${d.ruleId}`}>
        <Typography.Text type={d.overdue ? 'danger' : undefined}>{d.effectiveDueDate}</Typography.Text>
        {d.provisional && <ProvisionalTag />}
      </span>
    ) : (
      <Tooltip title={t('cases.detail.deadlineNoCalendar')}>
        <Typography.Text type="secondary">
          — <QuestionCircleOutlined aria-label={t('cases.detail.deadlineNoCalendar')} />
        </Typography.Text>
      </Tooltip>
    );
  const left = (d: DeadlineOut) =>
    d.status === 'open' ? (
      <DaysLeft date={d.effectiveDueDate} showDate={false} />
    ) : (
      <Tag color={d.status === 'missed' ? 'red' : 'green'} bordered={false}>
        {labelOf(meta?.deadlineStatuses, d.status)}
      </Tag>
    );
  return (
    <Card size="small" title={t('cases.detail.sectionDeadlines')} data-testid="section-deadlines">
      {detail.deadlines.length === 0 ? (
        empty(t('cases.detail.noDeadlines'))
      ) : (
        <Table<DeadlineOut>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.deadlines}
          tableLayout="fixed"
          onRow={(d) => (d.overdue ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } : {})}
          expandable={{ expandedRowRender: explain, columnWidth: phone ? 32 : 40 }}
          columns={[
            {
              key: 'name',
              title: t('cases.detail.deadlineName'),
              render: (_, d) => {
                const rule = deadlineRuleText(t, d);
                return (
                  <Flex vertical>
                    <span>
                      <Typography.Text strong={d.status === 'open'} data-testid={`deadline-name-${d.ruleId}`}>
                        {rule.name}
                      </Typography.Text>{' '}
                      <Tooltip title={<span lang="zh-CN">{d.explanation}</span>} styles={{ root: { maxWidth: 420 } }}>
                        <InfoCircleOutlined
                          aria-label={t('cases.detail.deadlineExplain')}
                          style={{ color: '#8c8c8c' }}
                        />
                      </Tooltip>
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {rule.basis}
                    </Typography.Text>
                  </Flex>
                );
              },
            },
            ...(phone
              ? [
                  {
                    key: 'due',
                    title: t('cases.detail.deadlineDue'),
                    width: 112,
                    render: (_: unknown, d: DeadlineOut) => (
                      <Flex vertical gap={2} align="start">
                        {due(d)}
                        {(d.status !== 'open' || d.effectiveDueDate) && left(d)}
                      </Flex>
                    ),
                  },
                ]
              : [
                  {
                    key: 'from',
                    title: t('cases.detail.deadlineFrom'),
                    width: 104,
                    render: (_: unknown, d: DeadlineOut) => d.fromDate,
                  },
                  {
                    key: 'due',
                    title: t('cases.detail.deadlineDue'),
                    width: 128,
                    render: (_: unknown, d: DeadlineOut) => due(d),
                  },
                  {
                    key: 'left',
                    title: t('cases.detail.deadlineLeft'),
                    width: 124,
                    render: (_: unknown, d: DeadlineOut) => left(d),
                  },
                ]),
            ...(actions && !phone
              ? [
                  {
                    key: 'actions',
                    title: t('caseWork.actions'),
                    width: 116,
                    render: (_: unknown, d: DeadlineOut) => actions(d),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

export function HearingsSection({ detail, meta }: { detail: CaseDetail; meta?: CaseMeta }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('cases.detail.sectionHearings')} data-testid="section-hearings">
      {detail.hearings.length === 0 ? (
        empty(t('cases.detail.noHearings'))
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.hearings}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'at',
              title: t('cases.detail.hearingAt'),
              render: (_, h) => chinaDateTime(h.scheduledAt),
            },
            { key: 'room', title: t('cases.detail.courtroom'), render: (_, h) => h.courtroom ?? '—' },
            {
              key: 'head',
              title: t('cases.detail.headAppearance'),
              render: (_, h) => (
                <Tag color={h.headAppearance === 'none' ? 'red' : 'green'} bordered={false}>
                  {labelOf(meta?.headAppearances, h.headAppearance)}
                </Tag>
              ),
            },
            { key: 'name', title: t('cases.detail.headName'), render: (_, h) => h.headName ?? '—' },
            {
              key: 'spoke',
              title: t('cases.detail.spoke'),
              render: (_, h) => (h.spoke ? t('cases.detail.yes') : t('cases.detail.no')),
            },
          ]}
        />
      )}
    </Card>
  );
}

export function TimelineSection({ detail, meta }: { detail: CaseDetail; meta?: CaseMeta }) {
  const { t } = useTranslation();
  const events = [...detail.timeline].sort((a, b) =>
    a.at === b.at ? a.createdAt.localeCompare(b.createdAt) : a.at.localeCompare(b.at),
  );
  return (
    <Card size="small" title={t('cases.detail.sectionTimeline')} data-testid="section-timeline">
      {events.length === 0 ? (
        empty(t('cases.detail.noTimeline'))
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((e) => ({
            key: e.id,
            color: e.type === 'deleted' ? 'red' : e.type === 'outcome' ? 'green' : 'blue',
            children: (
              <Flex vertical>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.at} · {labelOf(meta?.eventTypes, e.type)}
                </Typography.Text>
                <Typography.Text>{e.title}</Typography.Text>
                {e.detail && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.detail}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function LinksSection({ detail, meta, canEdit }: { detail: CaseDetail; meta?: CaseMeta; canEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('cases.detail.sectionLinks')}
      data-testid="section-links"
      extra={
        canEdit && (
          <Button size="small" icon={<LinkOutlined />} onClick={() => setOpen(true)}>
            {t('cases.detail.addLink')}
          </Button>
        )
      }
    >
      {detail.links.length === 0 ? (
        empty(t('cases.detail.noLinks'))
      ) : (
        <Flex vertical gap={8}>
          {detail.links.map((l) => (
            <Flex key={l.id} justify="space-between" wrap gap={4}>
              <Space size={4} wrap>
                <Tag bordered={false} color="blue">
                  {labelOf(meta?.linkTypes, l.linkType)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.direction === 'from' ? t('cases.detail.directionFrom') : t('cases.detail.directionTo')}
                </Typography.Text>
              </Space>
              <Link to={`/cases/${l.caseId}`}>
                {l.caseNumber ?? t('cases.noNumber')}{' '}
                <Typography.Text type="secondary">
                  {[labelOf(meta?.instances, l.instance), labelOf(meta?.statuses, l.status)]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Link>
            </Flex>
          ))}
        </Flex>
      )}
      {open && <LinkDialog detail={detail} meta={meta} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function LinkDialog({ detail, meta, onClose }: { detail: CaseDetail; meta?: CaseMeta; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = useLinkCase(detail.id);
  const [form] = Form.useForm<{ toCaseId: string; linkType: string }>();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [searching, setSearching] = useState(false);

  const search = async (q: string) => {
    if (!q.trim()) return setOptions([]);
    setSearching(true);
    try {
      const res = await api.get<CaseListResponse>(`/cases?${new URLSearchParams({ q: q.trim(), pageSize: '20' })}`);
      setOptions(
        res.items
          .filter((c) => c.id !== detail.id)
          .map((c) => ({
            value: c.id,
            label: `${c.caseNumber ?? t('cases.noNumber')}　${c.firstDefendantName ?? ''} ${c.plaintiffs.join('、')}`,
          })),
      );
    } catch {
      setOptions([]);
    } finally {
      setSearching(false);
    }
  };

  return (
    <Modal
      open
      title={t('cases.detail.linkTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
    >
      <Typography.Paragraph type="secondary">{t('cases.detail.linkHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          link.mutate(values, {
            onSuccess: () => {
              message.success(t('cases.detail.linked'));
              onClose();
            },
            onError: (err) => message.error(errorMessage(err, t)),
          })
        }
      >
        <Form.Item
          name="linkType"
          label={t('cases.detail.linkType')}
          rules={[{ required: true, message: t('cases.detail.linkTypeRequired') }]}
        >
          <Select options={meta?.linkTypes} />
        </Form.Item>
        <Form.Item
          name="toCaseId"
          label={t('cases.detail.linkTarget')}
          rules={[{ required: true, message: t('cases.detail.linkTargetRequired') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={(q) => void search(q)}
            options={options}
            loading={searching}
            placeholder={t('cases.detail.linkTargetPlaceholder')}
            notFoundContent={null}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AuditSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('cases.detail.sectionAudit')} data-testid="section-audit">
      {detail.audit.length === 0 ? (
        empty(t('cases.detail.noAudit'))
      ) : (
        <Flex vertical gap={6}>
          {detail.audit.map((a) => (
            <Flex key={`${a.at}-${a.action}-${a.actorName}`} vertical style={{ fontSize: 13 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {chinaDateTime(a.at)} · {a.actorName}
              </Typography.Text>
              <Typography.Text>
                {t(`cases.detail.auditActions.${a.action}` as 'cases.detail.auditActions.update', {
                  defaultValue: a.action,
                })}
                {a.fields.length > 0 && (
                  <Typography.Text type="secondary" data-testid="case-audit-fields">
                    {' '}
                    {t('common.parenthesis', {
                      text: a.fields
                        .slice(0, 8)
                        .map((f) => caseFieldLabel(t, f))
                        .join(t('common.listSeparator')),
                    })}
                  </Typography.Text>
                )}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
