/**
 * 我的开庭 (/my-hearings): the head's phone view (issue 13), built for a 375 px screen first. The hearings from today
 * where the head is designated or their agency defends, each with a one-tap 确认出庭 and 我无法出庭 (the 不出庭说明
 * form); a hearing opens a one-screen summary of its case (number, court, cause, plaintiffs as the server masks them
 * for the head's role, what it is about, the defence) and what to prepare.
 */
import { LeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCaseDetail } from '../cases/api.js';
import { chinaDateTime } from '../cases/format.js';
import { documentFileUrl, useCaseDocuments } from '../documents/api.js';
import { AbsenceModal } from './AbsenceModal.js';
import { isVersionConflict, useHearingMeta } from './api.js';
import { HearingStatusTag, labelIn } from './CaseHearingsSection.js';
import { type MyHead, type MyHearing, useConfirmAttendance, useMyHearings } from './peopleApi.js';

/**
 * The preparation kit's documents (issue 13 §Before the hearing) → the documents module's template keys (the kit the
 * clerk generates is stored as the case's documents, readable with case.read).
 */
const KIT = {
  defenceStatement: 'case.defence-statement',
  evidenceList: 'case.evidence-list',
  powerOfAttorney: 'case.power-of-attorney',
  headIdentity: 'case.head-identity',
  approvalSheet: 'case.assignment-form',
} as const;
/** The deadline rules of the defence (答辩) and of a reconsideration's reply (答复). */
const DEFENCE_RULES = new Set(['litigation.defense', 'reconsideration.reply']);

export function MyHearingsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const mine = useMyHearings();
  const [absentFor, setAbsentFor] = useState<MyHearing | null>(null);
  const head = mine.data?.head ?? null;
  const items = mine.data?.items ?? [];
  const open = id ? items.find((h) => h.id === id) : undefined;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, width: '100%', margin: '0 auto' }} data-testid="my-hearings">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('myHearings.title')}
      </Typography.Title>
      {mine.error && <Alert type="error" showIcon message={errorMessage(mine.error, t)} />}
      {mine.isLoading && <Skeleton active />}
      {mine.data && !head && <Alert type="warning" showIcon message={t('myHearings.notLinked')} />}
      {head && !id && (
        <>
          <Typography.Text type="secondary">{t('myHearings.intro')}</Typography.Text>
          {items.length === 0 && <Alert type="info" showIcon message={t('myHearings.none')} />}
          {items.map((h) => (
            <HearingCard key={h.id} hearing={h} head={head} onCannotAttend={() => setAbsentFor(h)} />
          ))}
        </>
      )}
      {head && id && (
        <>
          <Link to="/my-hearings">
            <LeftOutlined /> {t('myHearings.back')}
          </Link>
          {open ? (
            <>
              <HearingCard hearing={open} head={head} onCannotAttend={() => setAbsentFor(open)} detail />
              <CaseSummary caseId={open.caseId} />
              <Preparation caseId={open.caseId} />
            </>
          ) : (
            !mine.isLoading && <Alert type="info" showIcon message={t('myHearings.none')} />
          )}
        </>
      )}
      {absentFor && head && (
        <AbsenceModal
          hearing={absentFor}
          agencyIds={[head.agencyId]}
          ownHeadId={head.id}
          onClose={() => setAbsentFor(null)}
        />
      )}
    </Flex>
  );
}

/** One hearing: when, where, whose, and the head's two buttons. */
function HearingCard({
  hearing: h,
  head,
  onCannotAttend,
  detail = false,
}: {
  hearing: MyHearing;
  head: MyHead;
  onCannotAttend: () => void;
  detail?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const meta = useHearingMeta().data;
  const confirm = useConfirmAttendance();
  const at = chinaDateTime(h.scheduledAt);
  const designated = h.appearances.some((a) => a.headId === head.id && a.designated);
  const confirmation = h.confirmations.find((c) => c.headId === head.id);
  const absence = h.absences.find((a) => a.headId === head.id && a.status !== 'rejected');
  const where = [labelIn(meta?.kinds, h.kind), labelIn(meta?.modes, h.mode), h.courtroom].filter(Boolean).join(' · ');

  const onConfirm = () =>
    confirm.mutate(
      { id: h.id, version: h.version },
      {
        onSuccess: () => message.success(t('myHearings.confirmedMsg')),
        onError: (err) => message.error(isVersionConflict(err) ? t('myHearings.conflict') : errorMessage(err, t)),
      },
    );

  return (
    <Card size="small" data-testid="my-hearing" data-hearing-id={h.id}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {at}
          </Typography.Text>
          <HearingStatusTag status={h.status} meta={meta} />
        </Flex>
        <Typography.Text>{where}</Typography.Text>
        {detail ? (
          <Typography.Text>{h.caseNumber ?? t('hearings.noCaseNumber')}</Typography.Text>
        ) : (
          <Link to={`/my-hearings/${h.id}`}>{h.caseNumber ?? t('hearings.noCaseNumber')}</Link>
        )}
        <Space size={4} wrap>
          <Tag bordered={false}>{designated ? t('myHearings.designated') : t('myHearings.agencyDefends')}</Tag>
          {h.mustAppear.required && (
            <Tag color="red" bordered={false}>
              {t('myHearings.mustAppear')}
            </Tag>
          )}
        </Space>
        {absence ? (
          <Alert
            type="info"
            showIcon
            message={t('myHearings.absenceFiled', { status: labelIn(meta?.absenceStatuses, absence.status) })}
          />
        ) : h.status === 'postponed' ? (
          <Alert type="warning" showIcon message={t('myHearings.postponedNote')} />
        ) : confirmation ? (
          <Alert
            type="success"
            showIcon
            message={t('myHearings.confirmedAt', { at: chinaDateTime(confirmation.confirmedAt) })}
          />
        ) : (
          <Flex vertical gap={8}>
            <Tag color="orange" bordered={false} style={{ alignSelf: 'flex-start' }}>
              {t('myHearings.notConfirmed')}
            </Tag>
            <Button
              type="primary"
              size="large"
              block
              loading={confirm.isPending}
              onClick={onConfirm}
              aria-label={t('myHearings.confirmOf', { at })}
            >
              {t('myHearings.confirm')}
            </Button>
          </Flex>
        )}
        {!absence && (
          <Button size="large" block onClick={onCannotAttend} aria-label={t('myHearings.cannotAttendOf', { at })}>
            {t('myHearings.cannotAttend')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** The case on one screen, as the server shows it to the head (plaintiffs masked for the role as it requires). */
function CaseSummary({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const detail = useCaseDetail(caseId);
  const c = detail.data;
  if (detail.error) return <Alert type="error" showIcon message={errorMessage(detail.error, t)} />;
  if (!c) return <Skeleton active title={{ width: '40%' }} aria-label={t('myHearings.loadingCase')} />;
  const plaintiffs = c.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name);
  const defence = c.deadlines.find((d) => DEFENCE_RULES.has(d.ruleId));
  const date = defence?.effectiveDueDate ?? '';
  const defenceText = !defence
    ? t('myHearings.defenceNone')
    : defence.status === 'met'
      ? t('myHearings.defenceMet')
      : defence.status === 'missed'
        ? t('myHearings.defenceMissed', { date })
        : t('myHearings.defenceOpen', { date });
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myHearings.summary')}</h2>}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'number', label: t('hearings.caseNumber'), children: c.caseNumber ?? t('hearings.noCaseNumber') },
          { key: 'court', label: t('myHearings.court'), children: c.courtName ?? '—' },
          { key: 'cause', label: t('myHearings.cause'), children: c.causeOfAction ?? '—' },
          { key: 'plaintiffs', label: t('myHearings.plaintiffs'), children: plaintiffs.join('、') || '—' },
          { key: 'act', label: t('myHearings.contestedAct'), children: c.contestedAct ?? '—' },
          { key: 'claims', label: t('myHearings.claims'), children: c.notes ?? '—' },
          {
            key: 'defence',
            label: t('myHearings.defence'),
            children: (
              <Typography.Text type={defence?.status === 'missed' ? 'danger' : undefined}>
                {defenceText}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Link to={`/cases/${c.id}`}>{t('myHearings.openCase')}</Link>
    </Card>
  );
}

/** What to prepare: the kit's documents (each the latest generated, to download, or not yet generated) and the proof. */
function Preparation({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const docs = useCaseDocuments(caseId).data?.items ?? [];
  const latest = (key: string) =>
    docs.filter((d) => d.templateKey === key).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myHearings.prepare')}</h2>}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('myHearings.prepareHelp')}</Typography.Paragraph>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {Object.entries(KIT).map(([k, key]) => {
          const doc = latest(key);
          const name = t(`myHearings.kit.${k as keyof typeof KIT}`);
          return (
            <li key={k}>
              {doc ? (
                <a href={documentFileUrl(doc.id)} download={doc.fileName}>
                  {name}
                </a>
              ) : (
                name
              )}{' '}
              <Typography.Text type="secondary">
                {doc ? t('myHearings.kitReady', { at: chinaDateTime(doc.createdAt) }) : t('myHearings.kitMissing')}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
      <Alert type="warning" showIcon message={t('myHearings.identityProof')} style={{ marginTop: 8 }} />
    </Card>
  );
}
