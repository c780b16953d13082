/**
 * A risk item (/risks/:id): its level with the reasons and history, the 包案领导 and task force, 一案一策 with its
 * progress, 挂牌督办 (SupervisionCard), 销号 and reopening, the related cases. Each step is offered only when the item's state allows it (the
 * server's `allowedActions`) and the user's role may take it; a stale version reloads the item with a clear message.
 */
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, List, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import {
  isVersionConflict,
  type RiskItem,
  useAddProgress,
  useAssignLead,
  useCloseItem,
  useLeadCandidates,
  useOverrideLevel,
  useReopenItem,
  useRiskItem,
  useSavePlan,
} from './api.js';
import { LevelTag, OverdueTag, StateTag } from './RiskTags.js';
import { SupervisionCard } from './SupervisionCard.js';

const LEVELS = ['green', 'yellow', 'red'] as const;
const OUTCOMES = ['withdrawn_after_settlement', 'mediated', 'judgment', 'other'] as const;
const day = (d: unknown) => (d ? dayjs(d as string).format('YYYY-MM-DD') : undefined);

/** Runs a step; a 409 reloads and says so, other errors are shown as the server's Chinese message. */
function useRun() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (fn: () => Promise<unknown>, after?: () => void) => {
    try {
      await fn();
      message.success(t('risk.saved'));
      after?.();
    } catch (err) {
      message.error(isVersionConflict(err) ? t('risk.conflict') : errorMessage(err, t));
    }
  };
}

export function RiskItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const item = useRiskItem(id);
  const user = useCurrentUser();
  const perms = permissionList(user) ?? [];
  const run = useRun();
  const d = item.data;
  if (item.error) return <Typography.Text type="danger">{errorMessage(item.error, t)}</Typography.Text>;
  if (!d) return null;
  const can = (p: string, action: string) => perms.includes(p) && d.allowedActions.includes(action as never);
  return (
    <Flex vertical gap={12}>
      <Link to="/risks">{t('risk.back')}</Link>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('risk.itemTitle', { caseNumber: d.caseNumber ?? t('risk.noCaseNumber') })}
        </Typography.Title>
        <LevelTag level={d.level} />
        <StateTag state={d.state} />
        {d.overdue && <OverdueTag />}
        <Link to={`/cases/${d.caseId}`}>{t('risk.viewCase')}</Link>
      </Flex>
      <LevelCard d={d} canOverride={perms.includes('risk.manage') && d.state !== 'closed'} />
      <LeadCard d={d} canAssign={can('risk.manage', 'assign_lead')} />
      <PlanCard d={d} canPlan={can('risk.plan', 'plan')} canProgress={can('risk.plan', 'record_progress')} />
      <SupervisionCard
        d={d}
        canSupervise={can('risk.manage', 'supervise')}
        canLift={can('risk.manage', 'lift_supervision')}
        isCity={user.role === 'city_coordinator'}
        run={run}
      />
      <CloseCard d={d} canClose={can('risk.manage', 'close')} canReopen={can('risk.manage', 'reopen')} />
      <RelatedCard d={d} />
    </Flex>
  );
}

function LevelCard({ d, canOverride }: { d: RiskItem; canOverride: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const override = useOverrideLevel(d.id);
  const run = useRun();
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.reasons')}</h2>}
      extra={canOverride && !open && <Button onClick={() => setOpen(true)}>{t('risk.changeLevel')}</Button>}
    >
      {d.levelSource === 'override' && d.overrideReason && (
        <Typography.Paragraph>
          {t('risk.overridden', { level: t(`risk.levels.${d.screenedLevel}`), reason: d.overrideReason })}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={d.reasons}
        locale={{ emptyText: t('risk.noReasons') }}
        renderItem={(r) => (
          <List.Item>
            <Flex gap={8}>
              <LevelTag level={r.level} />
              {r.text}
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary">{t('risk.rulesVersion', { version: d.rulesVersion })}</Typography.Text>
      {open && (
        <Form
          layout="vertical"
          style={{ marginTop: 12, maxWidth: 480 }}
          onFinish={(v: { level: (typeof LEVELS)[number]; reason: string }) =>
            run(
              () => override.mutateAsync({ version: d.version, ...v }),
              () => setOpen(false),
            )
          }
        >
          <Form.Item name="level" label={t('risk.newLevel')} rules={[{ required: true }]}>
            <Select options={LEVELS.map((l) => ({ value: l, label: t(`risk.levels.${l}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('risk.levelReason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={override.isPending}>
              {t('risk.save')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('risk.cancel')}</Button>
          </Flex>
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('risk.history')}
      </Typography.Title>
      <Table
        rowKey="at"
        size="small"
        pagination={false}
        dataSource={d.history}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'at', title: t('risk.historyAt'), render: (_, h) => dayjs(h.at).format('YYYY-MM-DD HH:mm') },
          {
            key: 'from',
            title: t('risk.historyFrom'),
            render: (_, h) => (h.fromLevel ? <LevelTag level={h.fromLevel} /> : '—'),
          },
          { key: 'to', title: t('risk.historyTo'), render: (_, h) => <LevelTag level={h.toLevel} /> },
          { key: 'source', title: t('risk.historySource'), render: (_, h) => t(`risk.sources.${h.source}`) },
          {
            key: 'reason',
            title: t('risk.historyReason'),
            render: (_, h) => h.reason ?? (h.reasons.map((r) => r.text).join('；') || '—'),
          },
          { key: 'by', title: t('risk.historyBy'), render: (_, h) => h.byName ?? '—' },
        ]}
      />
    </Card>
  );
}

function LeadCard({ d, canAssign }: { d: RiskItem; canAssign: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const heads = useLeadCandidates(open);
  const assign = useAssignLead(d.id);
  const run = useRun();
  const deadline = d.leadDeadline;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.leadCard')}</h2>}
      extra={
        canAssign &&
        !open && <Button onClick={() => setOpen(true)}>{d.lead ? t('risk.changeLead') : t('risk.assignLead')}</Button>
      }
      data-testid="risk-lead"
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('risk.lead')}>
          {d.lead ? `${d.lead.name}（${d.lead.title ?? ''}）` : t('risk.noLead')}
        </Descriptions.Item>
        {deadline && (
          <Descriptions.Item label={t('risk.leadDue')}>
            {deadline.status === 'met'
              ? t('risk.leadDeadlineMet')
              : t('risk.leadDeadline', { date: deadline.dueDate ?? '—' })}
            {deadline.overdue && <OverdueTag />}
          </Descriptions.Item>
        )}
        {d.taskForce.length > 0 && (
          <Descriptions.Item label={t('risk.taskForce')}>
            {t('risk.taskForceCount', { n: d.taskForce.length })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {open && (
        <Form
          layout="vertical"
          style={{ maxWidth: 480 }}
          onFinish={(v: { headId: string; taskForce?: string[] }) =>
            run(
              () => assign.mutateAsync({ version: d.version, headId: v.headId, taskForce: v.taskForce ?? [] }),
              () => setOpen(false),
            )
          }
        >
          <Form.Item name="headId" label={t('risk.lead')} extra={t('risk.chooseHead')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={heads.isLoading}
              options={(heads.data ?? []).map((h) => ({
                value: h.id,
                label: `${h.name} · ${h.title} · ${h.agencyName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="taskForce" label={t('risk.taskForce')}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={(heads.data ?? []).map((h) => ({ value: h.userId!, label: `${h.name} · ${h.agencyName}` }))}
            />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={assign.isPending}>
              {t('risk.save')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('risk.cancel')}</Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}

function PlanCard({ d, canPlan, canProgress }: { d: RiskItem; canPlan: boolean; canProgress: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const save = useSavePlan(d.id);
  const addProgress = useAddProgress(d.id);
  const run = useRun();
  const [progressForm] = Form.useForm();
  const p = d.plan;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.planCard')}</h2>}
      extra={
        canPlan &&
        !open && <Button onClick={() => setOpen(true)}>{p ? t('risk.editPlan') : t('risk.writePlan')}</Button>
      }
      data-testid="risk-plan"
    >
      {p && !open && (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('risk.goal')}>{p.goal}</Descriptions.Item>
          <Descriptions.Item label={t('risk.measures')}>{p.measures}</Descriptions.Item>
          <Descriptions.Item label={t('risk.responsible')}>{p.responsible}</Descriptions.Item>
          <Descriptions.Item label={t('risk.dueDate')}>{`${p.startDate} — ${p.dueDate}`}</Descriptions.Item>
        </Descriptions>
      )}
      {!p && !open && <Typography.Text type="secondary">{t('risk.noPlan')}</Typography.Text>}
      {open && (
        <Form
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={p ? { ...p, startDate: dayjs(p.startDate), dueDate: dayjs(p.dueDate) } : undefined}
          onFinish={(v: {
            goal: string;
            measures: string;
            responsible: string;
            startDate: unknown;
            dueDate: unknown;
          }) =>
            run(
              () =>
                save.mutateAsync({
                  version: d.version,
                  planVersion: p?.version,
                  goal: v.goal,
                  measures: v.measures,
                  responsible: v.responsible,
                  startDate: day(v.startDate)!,
                  dueDate: day(v.dueDate)!,
                }),
              () => setOpen(false),
            )
          }
        >
          <Form.Item name="goal" label={t('risk.goal')} rules={[{ required: true }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="measures" label={t('risk.measures')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="responsible" label={t('risk.responsible')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="startDate" label={t('risk.startDate')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="dueDate" label={t('risk.dueDate')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Flex>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('risk.save')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('risk.cancel')}</Button>
          </Flex>
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('risk.progress')}
      </Typography.Title>
      <List
        size="small"
        dataSource={d.progress}
        locale={{ emptyText: t('risk.noProgress') }}
        renderItem={(e) => (
          <List.Item>
            {e.onDate} · {e.note} · {e.byName ?? ''}
          </List.Item>
        )}
      />
      {canProgress && (
        <Form
          form={progressForm}
          layout="inline"
          style={{ marginTop: 8 }}
          onFinish={(v: { onDate: unknown; note: string }) =>
            run(
              () => addProgress.mutateAsync({ version: d.version, onDate: day(v.onDate)!, note: v.note }),
              () => progressForm.resetFields(),
            )
          }
        >
          <Form.Item name="onDate" label={t('risk.progressDate')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={t('risk.progressNote')} rules={[{ required: true }]}>
            <Input style={{ width: 320 }} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={addProgress.isPending}>
            {t('risk.addProgress')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function CloseCard({ d, canClose, canReopen }: { d: RiskItem; canClose: boolean; canReopen: boolean }) {
  const { t } = useTranslation();
  const close = useCloseItem(d.id);
  const reopen = useReopenItem(d.id);
  const run = useRun();
  if (!canClose && !canReopen && !d.closedAt) return null;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.closeCard')}</h2>}
      data-testid="risk-close"
    >
      {d.closedAt && d.outcome && (
        <Typography.Paragraph>
          {t('risk.closedOn', {
            date: dayjs(d.closedAt).format('YYYY-MM-DD'),
            outcome: t(`risk.outcomes.${d.outcome}`),
          })}
          {d.closeSummary ? `（${d.closeSummary}）` : ''}
        </Typography.Paragraph>
      )}
      {canClose && (
        <Form
          layout="vertical"
          style={{ maxWidth: 480 }}
          onFinish={(v: { outcome: (typeof OUTCOMES)[number]; summary: string }) =>
            run(() => close.mutateAsync({ version: d.version, ...v }))
          }
        >
          <Form.Item name="outcome" label={t('risk.outcome')} rules={[{ required: true }]}>
            <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`risk.outcomes.${o}`) }))} />
          </Form.Item>
          <Form.Item name="summary" label={t('risk.closeSummary')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" danger htmlType="submit" loading={close.isPending}>
            {t('risk.close')}
          </Button>
        </Form>
      )}
      {canReopen && (
        <Form
          layout="inline"
          onFinish={(v: { reason: string }) => run(() => reopen.mutateAsync({ version: d.version, reason: v.reason }))}
        >
          <Form.Item name="reason" label={t('risk.reopenReason')} rules={[{ required: true }]}>
            <Input style={{ width: 320 }} maxLength={500} />
          </Form.Item>
          <Button htmlType="submit" loading={reopen.isPending}>
            {t('risk.reopen')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function RelatedCard({ d }: { d: RiskItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.related')}</h2>}>
      <List
        size="small"
        dataSource={d.related}
        locale={{ emptyText: t('risk.noRelated') }}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? t('risk.noCaseNumber')}</Link>
            {' · '}
            {r.relations
              .map(
                (x) => `${t(`risk.relations.${x.kind as 'same_party' | 'same_act' | 'same_plaintiffs'}`)}：${x.label}`,
              )
              .join('；')}
          </List.Item>
        )}
      />
    </Card>
  );
}
