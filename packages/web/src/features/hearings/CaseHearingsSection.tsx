/**
 * 庭审 on a case's page (issue 13): the case's hearings with their kind, mode, courtroom, status and must-appear
 * grounds, and the domain's judgement of the head's appearance with its reasons (per hearing and for the instance).
 * Users with hearing.manage enter hearings, change their status with a reason and record who appeared.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import { chinaDateTime } from '../cases/format.js';
import { AbsenceModal } from './AbsenceModal.js';
import { AppearancesModal } from './AppearancesModal.js';
import { type Hearing, type HearingMeta, useCaseHearings, useHearingMeta } from './api.js';
import { EvaluationModal } from './EvaluationModal.js';
import { NewHearingModal, StatusModal } from './HearingForms.js';
import { PreparationKitMenu } from './PreparationKitMenu.js';

export const labelIn = (list: { value: string; label: string }[] | undefined, value: string) =>
  list?.find((x) => x.value === value)?.label ?? value;

const STATUS_COLOURS: Record<string, string> = {
  scheduled: 'blue',
  postponed: 'orange',
  cancelled: 'default',
  held: 'green',
};

export function HearingStatusTag({ status, meta }: { status: string; meta: HearingMeta | undefined }) {
  return (
    <Tag color={STATUS_COLOURS[status]} bordered={false}>
      {labelIn(meta?.statuses, status)}
    </Tag>
  );
}

type Dialog =
  | { kind: 'new' }
  | { kind: 'status' | 'appearances' | 'absence'; hearing: Hearing }
  | { kind: 'evaluate'; hearing: Hearing; head: { headId: string; name: string } }
  | null;

/** Heads who appeared at a held hearing: those the court liaison may evaluate. */
const appearedHeads = (h: Hearing) =>
  h.status === 'held'
    ? h.appearances.flatMap((a) =>
        a.role === 'head' && a.appeared && a.headId ? [{ headId: a.headId, name: a.name }] : [],
      )
    : [];

export function CaseHearingsSection({
  caseId,
  canManage,
  defendantAgencyIds,
}: {
  caseId: string;
  canManage: boolean;
  /** The defendants' agencies: their heads are who may appear as 负责人. */
  defendantAgencyIds: readonly string[];
}) {
  const { t } = useTranslation();
  const hearings = useCaseHearings(caseId);
  const meta = useHearingMeta().data;
  const [dialog, setDialog] = useState<Dialog>(null);
  const canEvaluate = permissionList(useCurrentUser())?.includes('hearing.evaluate') ?? false;
  const instance = hearings.data?.instance;
  const items = hearings.data?.items ?? [];

  return (
    <Card
      size="small"
      title={t('hearings.sectionTitle')}
      data-testid="section-case-hearings"
      extra={
        canManage && (
          <Space>
            <PreparationKitMenu caseId={caseId} />
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'new' })}>
              {t('hearings.add')}
            </Button>
          </Space>
        )
      }
    >
      <Flex vertical gap={8}>
        {hearings.error && <Typography.Text type="danger">{errorMessage(hearings.error, t)}</Typography.Text>}
        {instance && items.length > 0 && (
          <Alert
            type={instance.pending ? 'info' : instance.valid ? 'success' : 'warning'}
            showIcon
            message={
              instance.pending
                ? t('hearings.instancePending')
                : instance.valid
                  ? t('hearings.instanceValid')
                  : t('hearings.instanceInvalid')
            }
            description={<Reasons reasons={instance.reasons} />}
          />
        )}
        {instance?.mustAppear.required && (
          <Alert
            type="warning"
            showIcon
            message={t('hearings.mustAppear')}
            description={<Reasons reasons={instance.mustAppear.reasons} />}
          />
        )}
        <Table<Hearing>
          rowKey="id"
          size="small"
          pagination={false}
          loading={hearings.isFetching}
          dataSource={items}
          locale={{ emptyText: t('hearings.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'at', title: t('hearings.scheduledAt'), render: (_, h) => chinaDateTime(h.scheduledAt) },
            { key: 'kind', title: t('hearings.kind'), render: (_, h) => labelIn(meta?.kinds, h.kind) },
            { key: 'mode', title: t('hearings.mode'), render: (_, h) => labelIn(meta?.modes, h.mode) },
            { key: 'room', title: t('hearings.courtroom'), render: (_, h) => h.courtroom ?? '—' },
            {
              key: 'status',
              title: t('hearings.status'),
              render: (_, h) => <HearingStatusTag status={h.status} meta={meta} />,
            },
            {
              key: 'must',
              title: t('hearings.mustAppearReasons'),
              render: (_, h) =>
                h.mustAppearReasons.length === 0
                  ? '—'
                  : h.mustAppearReasons.map((r) => (
                      <Tag key={r} color="red" bordered={false}>
                        {labelIn(meta?.mustAppearReasons, r)}
                      </Tag>
                    )),
            },
            {
              key: 'confirmation',
              title: t('confirmations.column'),
              render: (_, h) => <Confirmation hearing={h} />,
            },
            {
              key: 'assessment',
              title: t('hearings.assessment'),
              render: (_, h) => <Assessment hearing={h} />,
            },
            ...(canManage || canEvaluate
              ? [
                  {
                    key: 'actions',
                    title: t('hearings.actions'),
                    render: (_: unknown, h: Hearing) => (
                      <Space size={4} wrap>
                        {canEvaluate &&
                          appearedHeads(h).map((head) => (
                            <Button
                              key={head.headId}
                              size="small"
                              onClick={() => setDialog({ kind: 'evaluate', hearing: h, head })}
                              aria-label={t('evaluation.evaluateOf', {
                                name: head.name,
                                at: chinaDateTime(h.scheduledAt),
                              })}
                            >
                              {t('evaluation.evaluate')}
                            </Button>
                          ))}
                        {canManage && (h.status === 'scheduled' || h.status === 'postponed') && (
                          <Button
                            size="small"
                            onClick={() => setDialog({ kind: 'absence', hearing: h })}
                            aria-label={t('absenceForm.fileOf', { at: chinaDateTime(h.scheduledAt) })}
                          >
                            {t('absenceForm.file')}
                          </Button>
                        )}
                        {canManage && (meta?.transitions[h.status] ?? []).length > 0 && (
                          <Button
                            size="small"
                            onClick={() => setDialog({ kind: 'status', hearing: h })}
                            aria-label={t('hearings.changeStatusOf', { at: chinaDateTime(h.scheduledAt) })}
                          >
                            {t('hearings.changeStatus')}
                          </Button>
                        )}
                        {canManage && h.status !== 'cancelled' && (
                          <PreparationKitMenu
                            caseId={caseId}
                            hearingId={h.id}
                            size="small"
                            label={t('kit.ofHearing', { at: chinaDateTime(h.scheduledAt) })}
                          />
                        )}
                        {canManage && (
                          <Button
                            size="small"
                            onClick={() => setDialog({ kind: 'appearances', hearing: h })}
                            aria-label={t('hearings.appearancesOf', { at: chinaDateTime(h.scheduledAt) })}
                          >
                            {t('hearings.appearances')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
      {dialog?.kind === 'new' && <NewHearingModal caseId={caseId} meta={meta} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'status' && (
        <StatusModal caseId={caseId} hearing={dialog.hearing} meta={meta} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'absence' && (
        <AbsenceModal hearing={dialog.hearing} agencyIds={defendantAgencyIds} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'evaluate' && (
        <EvaluationModal hearing={dialog.hearing} head={dialog.head} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'appearances' && (
        <AppearancesModal
          caseId={caseId}
          hearing={dialog.hearing}
          meta={meta}
          defendantAgencyIds={defendantAgencyIds}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}

function Reasons({ reasons }: { reasons: { code: string; text: string; rule: string }[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {reasons.map((r) => (
        <li key={`${r.code}-${r.text}`}>{r.text}</li>
      ))}
    </ul>
  );
}

/** Who confirmed attendance (我的开庭) of a hearing ahead: the clerk and coordinator call those who have not. */
export function Confirmation({ hearing: h }: { hearing: Hearing }) {
  const { t } = useTranslation();
  const meta = useHearingMeta().data;
  if (h.status !== 'scheduled' && h.status !== 'postponed') return '—';
  const absences = h.absences.filter((a) => a.status !== 'rejected');
  return (
    <Space size={4} wrap>
      {h.confirmations.length === 0 && absences.length === 0 && (
        <Tag color="orange" bordered={false}>
          {t('confirmations.notConfirmed')}
        </Tag>
      )}
      {absences.map((a) => (
        <Tag key={a.id} color={a.status === 'approved' ? 'blue' : 'gold'} bordered={false}>
          {`${a.headName ?? ''} ${t('absenceForm.title')}（${labelIn(meta?.absenceStatuses, a.status)}）`}
        </Tag>
      ))}
      {h.confirmations.map((c) => (
        <Tag key={c.headId} color="green" bordered={false} title={chinaDateTime(c.confirmedAt)}>
          {t('confirmations.confirmed', { name: c.headName ?? '' })}
        </Tag>
      ))}
    </Space>
  );
}

/** The court's evaluations of a hearing's heads (shown to all who see the hearing: heads and coordinators their own). */
function Evaluations({ hearing: h }: { hearing: Hearing }) {
  const { t } = useTranslation();
  if (h.evaluations.length === 0) return null;
  const names = new Map(h.appearances.filter((a) => a.headId).map((a) => [a.headId, a.name]));
  return (
    <>
      {h.evaluations.map((e) => (
        <Typography.Text key={e.headId} style={{ fontSize: 12 }}>
          {names.get(e.headId) ?? ''}{' '}
          {t('evaluation.shown', { prepared: e.prepared, spoke: e.spokeOnMerits, respect: e.respectedCourt })}
          {e.comment ? `；${e.comment}` : ''}
        </Typography.Text>
      ))}
    </>
  );
}

/** The domain's judgement of one hearing: counts or not, who appeared, 出声, absence, with its reasons. */
function Assessment({ hearing: h }: { hearing: Hearing }) {
  const { t } = useTranslation();
  const a = h.assessment;
  if (h.status !== 'held') {
    return h.mustAppear.required ? (
      <Tag color="red" bordered={false}>
        {t('hearings.mustAppearShort')}
      </Tag>
    ) : (
      '—'
    );
  }
  return (
    <Flex vertical gap={2} style={{ maxWidth: 360 }}>
      <Space size={4} wrap>
        <Tag color={a.counts ? 'green' : 'red'} bordered={false}>
          {a.counts ? t('hearings.counts') : t('hearings.notCounts')}
        </Tag>
        {a.headSpoke && <Tag bordered={false}>{t('hearings.spoke')}</Tag>}
        {a.absence !== 'none' && (
          <Tag color={a.absence === 'approved' ? 'blue' : 'orange'} bordered={false}>
            {a.absence === 'approved' ? t('hearings.absenceApproved') : t('hearings.absenceUnapproved')}
          </Tag>
        )}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.reasons.map((r) => r.text).join('；')}
      </Typography.Text>
      <Evaluations hearing={h} />
    </Flex>
  );
}
