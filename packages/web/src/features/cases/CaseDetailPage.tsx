/**
 * One case (/cases/:id): header with 案号, kind, status and outcome; details, parties (masked, audited unmask),
 * deadlines with their explanation, hearings, timeline, links and the change log. Two columns from lg up, stacked
 * below. An id outside the user's scope is answered 404 by the server and shown as "not found".
 */
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import { CaseDocumentsSection } from '../documents/CaseDocumentsSection.js';
import { CaseHearingsSection } from '../hearings/CaseHearingsSection.js';
import { AfterJudgmentSection } from '../judgments/AfterJudgmentSection.js';
import { CaseSignalsSection } from '../risk/CaseSignalsSection.js';
import { RaiseRiskCard } from '../risk/RaiseRiskCard.js';
import {
  type CaseDetail,
  type CaseMeta,
  useAdminDomains,
  useCaseDetail,
  useCaseMeta,
  useDeleteCase,
  useRestoreCase,
} from './api.js';
import { CaseFilesSection } from './CaseFiles.js';
import { courtFromNumber } from './CaseNumberField.js';
import { CaseNumberText, OutcomeTag, RiskTag } from './CaseTags.js';
import { AssignmentsSection, DeadlineActions } from './CaseWork.js';
import { AuditSection, DeadlinesSection, LinksSection, PartiesSection, TimelineSection } from './detailSections.js';
import { casePermissions, chinaDateTime, labelOf } from './format.js';

export function CaseDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const detail = useCaseDetail(id);
  const meta = useCaseMeta().data;

  if (detail.isError) {
    const err = detail.error;
    const notFound = err instanceof ApiError && (err.status === 404 || err.code === 'NOT_FOUND');
    return (
      <Card data-testid={notFound ? 'case-not-found' : 'case-error'}>
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('cases.detail.notFound') : t('common.loadFailed')}
          subTitle={notFound ? t('cases.detail.notFoundSub') : errorMessage(err, t)}
          extra={
            <Space>
              {!notFound && <Button onClick={() => void detail.refetch()}>{t('common.retry')}</Button>}
              <Link to="/cases">
                <Button type="primary">{t('cases.detail.backToList')}</Button>
              </Link>
            </Space>
          }
        />
      </Card>
    );
  }
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  return <CaseDetailView detail={detail.data} meta={meta} />;
}

function CaseDetailView({ detail: d, meta }: { detail: CaseDetail; meta: CaseMeta | undefined }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const me = useCurrentUser();
  const can = casePermissions(me);
  const canAssign = permissionList(me)?.includes('case.assign') ?? false;
  const canManageHearings = permissionList(me)?.includes('hearing.manage') ?? false;
  const domains = useAdminDomains().data;
  const yesNo = (v: boolean | null) =>
    v === null ? t('cases.detail.unknown') : v ? t('cases.detail.yes') : t('cases.detail.no');
  const dash = (v: string | null | undefined) => v || '—';
  const domainName = d.domainName ?? domains?.find((x) => x.code === d.domain)?.name ?? d.domain;
  // A lawsuit before a court outside the city has no court of ours: name the one its number shows, or its code.
  const numbered = !d.courtName && d.kind === 'litigation' ? courtFromNumber(d.caseNumber) : null;
  const court = d.courtName
    ? d.courtName
    : numbered?.name
      ? t('cases.detail.courtFromNumber', { name: numbered.name })
      : numbered
        ? t('cases.detail.courtCodeUnknown', { code: numbered.code })
        : '—';

  const basic = (
    <Card size="small" title={t('cases.detail.sectionBasic')} data-testid="section-basic">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        items={[
          { key: 'court', label: t('cases.detail.court'), children: <span data-testid="detail-court">{court}</span> },
          { key: 'instance', label: t('cases.col.instance'), children: dash(labelOf(meta?.instances, d.instance)) },
          { key: 'region', label: t('cases.detail.region'), children: dash(d.regionName) },
          {
            key: 'handler',
            label: t('caseHandler.label'),
            children: <span data-testid="detail-handler">{d.handlerName ?? t('caseHandler.none')}</span>,
          },
          { key: 'filed', label: t('cases.detail.filedDate'), children: dash(d.filedDate) },
          { key: 'received', label: t('cases.detail.receivedDate'), children: dash(d.receivedDate) },
          {
            key: 'complaint',
            label: t('cases.detail.complaintReceivedDate'),
            children: dash(d.complaintReceivedDate),
          },
          { key: 'cause', label: t('cases.detail.cause'), children: dash(d.causeOfAction) },
          { key: 'actKind', label: t('cases.detail.actKind'), children: dash(labelOf(meta?.actKinds, d.actKind)) },
          { key: 'domain', label: t('cases.detail.domain'), children: dash(domainName) },
          { key: 'plaintiffs', label: t('cases.detail.plaintiffCount'), children: d.plaintiffCount },
          { key: 'hearing', label: t('cases.detail.hearingHeld'), children: yesNo(d.hearingHeld) },
          { key: 'review', label: t('cases.detail.normativeDocReview'), children: yesNo(d.normativeDocReview) },
          ...(d.amountClaimed
            ? [{ key: 'amount', label: t('cases.detail.amountClaimed'), children: d.amountClaimed }]
            : []),
          { key: 'outcomeDate', label: t('cases.detail.outcomeDate'), children: dash(d.outcomeDate) },
          { key: 'appealed', label: t('cases.detail.appealed'), children: yesNo(d.appealed) },
          ...(d.caseNumberRaw && d.caseNumberRaw !== d.caseNumber
            ? [{ key: 'raw', label: t('cases.detail.caseNumberRaw'), children: d.caseNumberRaw }]
            : []),
          {
            key: 'act',
            label: t('cases.detail.contestedAct'),
            span: 'filled' as const,
            children: dash(d.contestedAct),
          },
          ...(d.outcomeText
            ? [
                {
                  key: 'outcomeText',
                  label:
                    d.kind === 'reconsideration'
                      ? t('cases.detail.outcomeTextReconsideration')
                      : t('cases.detail.outcomeText'),
                  span: 'filled' as const,
                  children: (
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                      {d.outcomeText}
                    </Typography.Paragraph>
                  ),
                },
              ]
            : []),
          ...(d.notes
            ? [{ key: 'notes', label: t('cases.detail.notes'), span: 'filled' as const, children: d.notes }]
            : []),
        ]}
      />
    </Card>
  );

  return (
    <Flex vertical gap={12} data-testid="case-detail">
      <DetailHeader detail={d} meta={meta} can={can} phone={phone} />
      {d.deletedAt && (
        <Alert
          type="warning"
          showIcon
          message={t('cases.detail.deletedBanner', {
            at: chinaDateTime(d.deletedAt),
            reason: d.deleteReason ?? '',
          })}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={12}>
            {basic}
            <DeadlinesSection
              detail={d}
              meta={meta}
              phone={phone}
              actions={can.update && !d.deletedAt ? (x) => <DeadlineActions detail={d} deadline={x} /> : undefined}
            />
            <PartiesSection detail={d} meta={meta} phone={phone} />
            <CaseHearingsSection
              caseId={d.id}
              canManage={canManageHearings && !d.deletedAt}
              defendantAgencyIds={d.parties.flatMap((p) => (p.side === 'defendant' && p.agencyId ? [p.agencyId] : []))}
            />
            {(permissionList(me)?.includes('risk.manage') ?? false) && !d.deletedAt && <RaiseRiskCard caseId={d.id} />}
            <CaseSignalsSection
              caseId={d.id}
              canSignal={(permissionList(me)?.includes('risk.signal') ?? false) && !d.deletedAt}
            />
            {d.kind === 'litigation' && (
              <AfterJudgmentSection
                caseId={d.id}
                canRecordService={canManageHearings && !d.deletedAt}
                canUpdate={can.update && !d.deletedAt}
              />
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={12}>
            <TimelineSection detail={d} meta={meta} />
            {canAssign && <AssignmentsSection detail={d} />}
            <LinksSection detail={d} meta={meta} canEdit={can.update && !d.deletedAt} />
            <CaseFilesSection caseId={d.id} canUpload={can.update && !d.deletedAt} />
            <CaseDocumentsSection caseId={d.id} canGenerate={can.update && !d.deletedAt} />
            <AuditSection detail={d} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function DetailHeader({
  detail: d,
  meta,
  can,
  phone,
}: {
  detail: CaseDetail;
  meta: CaseMeta | undefined;
  can: ReturnType<typeof casePermissions>;
  phone: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remove = useDeleteCase(d.id);
  const restore = useRestoreCase(d.id);
  const [deleting, setDeleting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Card size="small">
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={6} style={{ minWidth: 0 }}>
          <Space size={8} wrap>
            <Button
              type="text"
              size="small"
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate(-1)}
              aria-label={t('cases.detail.backToList')}
            />
            <Typography.Title
              level={phone ? 5 : 4}
              style={{ margin: 0, wordBreak: 'break-all' }}
              data-testid="case-title"
            >
              <CaseNumberText caseNumber={d.caseNumber ?? d.caseNumberRaw} status={d.caseNumberStatus} />
            </Typography.Title>
          </Space>
          <Space size={[4, 4]} wrap>
            <Tag color="blue" bordered={false}>
              {labelOf(meta?.kinds, d.kind)}
            </Tag>
            {d.instance && <Tag bordered={false}>{labelOf(meta?.instances, d.instance)}</Tag>}
            <Tag bordered={false}>{labelOf(meta?.statuses, d.status)}</Tag>
            <RiskTag value={d.riskLevel} meta={meta} />
            {d.outcome && <OutcomeTag outcome={d.outcome} label={d.outcomeLabel} lost={d.governmentLost} />}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[d.firstDefendantName, d.plaintiffs.join('、'), d.causeOfAction].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
        <Space wrap>
          {can.update && !d.deletedAt && (
            <Link to={`/cases/${d.id}/edit`}>
              <Button type="primary" icon={<EditOutlined />} data-testid="edit-case">
                {t('cases.detail.edit')}
              </Button>
            </Link>
          )}
          {can.delete && !d.deletedAt && (
            <Button danger icon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
              {t('cases.detail.delete')}
            </Button>
          )}
          {can.restore && d.deletedAt && (
            <Button
              icon={<UndoOutlined />}
              loading={restore.isPending}
              onClick={() =>
                restore.mutate(undefined, {
                  onSuccess: () => message.success(t('cases.detail.restored')),
                  onError: (err) => message.error(errorMessage(err, t)),
                })
              }
            >
              {t('cases.detail.restore')}
            </Button>
          )}
        </Space>
      </Flex>
      <Modal
        open={deleting}
        title={t('cases.detail.deleteTitle')}
        okText={t('cases.detail.delete')}
        okButtonProps={{ danger: true }}
        confirmLoading={remove.isPending}
        onCancel={() => setDeleting(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('cases.detail.deleteHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) =>
            remove.mutate(
              { reason: reason.trim(), version: d.version },
              {
                onSuccess: () => {
                  setDeleting(false);
                  message.success(t('cases.detail.deleted'));
                },
                onError: (err) => message.error(errorMessage(err, t)),
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('cases.detail.deleteReason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('cases.detail.deleteReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
