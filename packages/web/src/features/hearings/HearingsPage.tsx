/**
 * 庭审与出庭 (/hearings): the upcoming hearings of the cases the user sees, soonest first, each linking to its case;
 * for coordinators (absence.approve) the heads' 不出庭说明 awaiting 备案, approved or returned here; the appearance
 * figures of the user's cases (出庭应诉统计), each number opening its cases.
 */
import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import { chinaDateTime } from '../cases/format.js';
import {
  type AbsenceDecision,
  isVersionConflict,
  type PendingAbsence,
  type UpcomingHearing,
  useDecideAbsence,
  useHearingMeta,
  usePendingAbsences,
  useUpcomingHearings,
} from './api.js';
import { CalendarFeedCard } from './CalendarFeedCard.js';
import { Confirmation, HearingStatusTag, labelIn } from './CaseHearingsSection.js';
import { CourtListImportButton } from './CourtListImport.js';
import { HearingFiguresCard } from './HearingFiguresCard.js';

const RANGES = [7, 30, 90] as const;

export function HearingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canApprove = permissionList(me)?.includes('absence.approve') ?? false;
  const canManage = permissionList(me)?.includes('hearing.manage') ?? false;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.hearings')}
        </Typography.Title>
        {canManage && <CourtListImportButton />}
      </Flex>
      <UpcomingCard />
      {canApprove && <PendingAbsencesCard />}
      <HearingFiguresCard />
      <CalendarFeedCard />
    </Flex>
  );
}

function UpcomingCard() {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(30);
  const upcoming = useUpcomingHearings(days);
  const meta = useHearingMeta().data;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('hearings.upcomingTitle')}</h2>}
      extra={
        <Segmented
          aria-label={t('hearings.range')}
          value={days}
          onChange={(v) => setDays(Number(v))}
          options={RANGES.map((d) => ({ value: d, label: t('hearings.nextDays', { days: d }) }))}
        />
      }
      data-testid="upcoming-hearings"
    >
      {upcoming.error && <Typography.Text type="danger">{errorMessage(upcoming.error, t)}</Typography.Text>}
      <Table<UpcomingHearing>
        rowKey="id"
        size="small"
        loading={upcoming.isFetching}
        dataSource={upcoming.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('hearings.noneUpcoming') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'at', title: t('hearings.scheduledAt'), render: (_, h) => chinaDateTime(h.scheduledAt) },
          {
            key: 'case',
            title: t('hearings.caseNumber'),
            render: (_, h) => <Link to={`/cases/${h.caseId}`}>{h.caseNumber ?? t('hearings.noCaseNumber')}</Link>,
          },
          { key: 'kind', title: t('hearings.kind'), render: (_, h) => labelIn(meta?.kinds, h.kind) },
          { key: 'mode', title: t('hearings.mode'), render: (_, h) => labelIn(meta?.modes, h.mode) },
          { key: 'room', title: t('hearings.courtroom'), render: (_, h) => h.courtroom ?? '—' },
          {
            key: 'status',
            title: t('hearings.status'),
            render: (_, h) => <HearingStatusTag status={h.status} meta={meta} />,
          },
          // Who confirmed attendance (我的开庭): the coordinator calls the heads who have not.
          { key: 'confirmation', title: t('confirmations.column'), render: (_, h) => <Confirmation hearing={h} /> },
          {
            key: 'must',
            title: t('hearings.mustAppearShort'),
            render: (_, h) =>
              h.mustAppear.required ? (
                <Tag color="red" bordered={false}>
                  {t('hearings.yes')}
                </Tag>
              ) : (
                t('hearings.no')
              ),
          },
        ]}
      />
    </Card>
  );
}

function PendingAbsencesCard() {
  const { t } = useTranslation();
  const pending = usePendingAbsences(true);
  const meta = useHearingMeta().data;
  const [deciding, setDeciding] = useState<{ absence: PendingAbsence; decision: AbsenceDecision['decision'] } | null>(
    null,
  );
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('hearings.pendingTitle')}</h2>}
      data-testid="pending-absences"
    >
      {pending.error && <Typography.Text type="danger">{errorMessage(pending.error, t)}</Typography.Text>}
      <Table<PendingAbsence>
        rowKey="id"
        size="small"
        loading={pending.isFetching}
        dataSource={pending.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('hearings.noPending') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'at',
            title: t('hearings.scheduledAt'),
            render: (_, a) => (
              <Space size={4}>
                {chinaDateTime(a.hearingScheduledAt)}
                {a.late && (
                  <Tag color="red" bordered={false}>
                    {t('hearings.late')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            key: 'case',
            title: t('hearings.caseNumber'),
            render: (_, a) => <Link to={`/cases/${a.caseId}`}>{a.caseNumber ?? t('hearings.noCaseNumber')}</Link>,
          },
          { key: 'head', title: t('hearings.head'), render: (_, a) => a.headName ?? '—' },
          {
            key: 'reason',
            title: t('hearings.absenceReason'),
            render: (_, a) => [labelIn(meta?.absenceReasons, a.reasonCode), a.reasonText].filter(Boolean).join('：'),
          },
          {
            key: 'deputy',
            title: t('hearings.deputy'),
            render: (_, a) => [a.deputyName, a.deputyTitle].filter(Boolean).join('，'),
          },
          {
            key: 'actions',
            title: t('hearings.actions'),
            render: (_, a) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setDeciding({ absence: a, decision: 'approved' })}
                  aria-label={t('hearings.approveOf', { name: a.headName ?? '' })}
                >
                  {t('hearings.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => setDeciding({ absence: a, decision: 'rejected' })}
                  aria-label={t('hearings.rejectOf', { name: a.headName ?? '' })}
                >
                  {t('hearings.reject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {deciding && <DecisionModal {...deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

function DecisionModal({
  absence,
  decision,
  onClose,
}: {
  absence: PendingAbsence;
  decision: AbsenceDecision['decision'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const decide = useDecideAbsence();
  const rejecting = decision === 'rejected';
  const submit = ({ note }: { note?: string }) =>
    decide.mutate(
      { id: absence.id, body: { version: absence.version, decision, ...(note?.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: () => {
          message.success(rejecting ? t('hearings.rejected') : t('hearings.approved'));
          onClose();
        },
        onError: (err) => {
          message.error(isVersionConflict(err) ? t('hearings.absenceConflict') : errorMessage(err, t));
          if (isVersionConflict(err)) onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={rejecting ? t('hearings.rejectTitle') : t('hearings.approveTitle')}
      okText={rejecting ? t('hearings.reject') : t('hearings.approve')}
      okButtonProps={{ danger: rejecting }}
      confirmLoading={decide.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('hearings.decisionSummary', {
          name: absence.headName ?? '',
          at: chinaDateTime(absence.hearingScheduledAt),
          deputy: absence.deputyName,
        })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="note"
          label={t('hearings.decisionNote')}
          rules={rejecting ? [{ required: true, whitespace: true, message: t('hearings.decisionNoteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
