/**
 * 判决后 on a case's page (issue 13, docs/rules/after-judgment.md): the judgment's service date and the appeal window
 * counted from it; the decision to appeal or not, drafted by the clerk and approved or returned by the defendant's
 * head or a coordinator; the compliance (履行) task of a lost case with its deadline, evidence and completion.
 */
import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Radio,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { documentFileUrl } from '../documents/api.js';
import {
  type AfterJudgment,
  type Decision,
  useAfterJudgment,
  useComplete,
  useDecide,
  useDraftDecision,
  useRecordService,
  useReviseDecision,
  useUploadEvidence,
} from './api.js';

const DECISION_COLOURS: Record<string, string> = { drafted: 'blue', approved: 'green', rejected: 'default' };
const TASK_COLOURS: Record<string, string> = { open: 'orange', completed: 'green', cancelled: 'default' };
const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

export function AfterJudgmentSection({
  caseId,
  canRecordService,
  canUpdate,
}: {
  caseId: string;
  /** hearing.manage: the clerk, court liaison or coordinator records the service date. */
  canRecordService: boolean;
  /** case.update: the clerk or coordinator drafts the decision and handles the compliance task. */
  canUpdate: boolean;
}) {
  const { t } = useTranslation();
  const view = useAfterJudgment(caseId);
  const v = view.data;
  return (
    <Card size="small" title={t('afterJudgment.title')} data-testid="section-after-judgment">
      {view.error && <Typography.Text type="danger">{errorMessage(view.error, t)}</Typography.Text>}
      {v && !v.outcome && <Typography.Text type="secondary">{t('afterJudgment.noOutcome')}</Typography.Text>}
      {v?.outcome && (
        <Flex vertical gap={12}>
          <Service v={v} caseId={caseId} canRecord={canRecordService} />
          <Decisions v={v} caseId={caseId} canDraft={canUpdate} />
          <ComplianceTask v={v} caseId={caseId} canUpdate={canUpdate} />
        </Flex>
      )}
    </Card>
  );
}

function Service({ v, caseId, canRecord }: { v: AfterJudgment; caseId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordService(caseId);
  const [date, setDate] = useState<Dayjs | null>(v.servedDate ? dayjs(v.servedDate) : null);
  const w = v.appealWindow;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('afterJudgment.outcome')}>
        {v.outcomeLabel}
        {v.governmentLost && (
          <Tag color="red" bordered={false} style={{ marginInlineStart: 8 }}>
            {t('afterJudgment.lost')}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('afterJudgment.outcomeDate')}>{v.outcomeDate}</Descriptions.Item>
      <Descriptions.Item label={t('afterJudgment.servedDate')}>
        {canRecord ? (
          <Space wrap>
            <DatePicker
              value={date}
              onChange={setDate}
              aria-label={t('afterJudgment.servedDate')}
              disabledDate={(d) =>
                d.isAfter(dayjs(), 'day') || (!!v.outcomeDate && d.isBefore(dayjs(v.outcomeDate), 'day'))
              }
            />
            <Button
              loading={record.isPending}
              disabled={!date || date.format('YYYY-MM-DD') === v.servedDate}
              onClick={() =>
                record.mutateAsync({ servedDate: date!.format('YYYY-MM-DD'), version: v.caseVersion }).then(
                  () => message.success(t('afterJudgment.servedSaved')),
                  (err) => message.error(errorMessage(err, t)),
                )
              }
            >
              {t('afterJudgment.saveServed')}
            </Button>
          </Space>
        ) : (
          (v.servedDate ?? t('afterJudgment.servedNone'))
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('afterJudgment.appealWindow')}>
        {w ? (
          <Space direction="vertical" size={0}>
            <span data-testid="appeal-window-due">
              {t('afterJudgment.windowDue', { from: w.fromDate, due: w.dueDate ?? '—' })}
              {w.status === 'met' && (
                <Tag color="green" bordered={false} style={{ marginInlineStart: 8 }}>
                  {t('afterJudgment.windowMet')}
                </Tag>
              )}
              {w.overdue && (
                <Tag color="red" bordered={false} style={{ marginInlineStart: 8 }}>
                  {t('afterJudgment.overdue')}
                </Tag>
              )}
            </span>
            <Typography.Text type="secondary">{w.explanation}</Typography.Text>
          </Space>
        ) : (
          t('afterJudgment.windowNone')
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Decisions({ v, caseId, canDraft }: { v: AfterJudgment; caseId: string; canDraft: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draft = useDraftDecision(caseId);
  const live = v.decisions.find((d) => d.status !== 'rejected');
  const [form] = Form.useForm<{ appeal: boolean; reason: string }>();
  const done = (key: string) => () => message.success(t(key as 'afterJudgment.drafted'));
  const failed = (err: unknown) => message.error(errorMessage(err, t));
  return (
    <Card type="inner" size="small" title={t('afterJudgment.decisionTitle')}>
      <List
        size="small"
        dataSource={v.decisions}
        locale={{ emptyText: t('afterJudgment.noDecision') }}
        renderItem={(d) => <DecisionItem d={d} caseId={caseId} canDraft={canDraft} canApprove={v.canApprove} />}
      />
      {canDraft && !live && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 8, rowGap: 8 }}
          initialValues={{ appeal: false }}
          onFinish={(values) =>
            draft.mutateAsync(values).then(() => {
              form.resetFields();
              done('afterJudgment.drafted')();
            }, failed)
          }
        >
          <Form.Item name="appeal" label={t('afterJudgment.decisionTitle')}>
            <Radio.Group
              options={[
                { value: true, label: t('afterJudgment.appeal') },
                { value: false, label: t('afterJudgment.noAppeal') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('afterJudgment.reason')}
            rules={[{ required: true, whitespace: true, message: t('afterJudgment.reasonRequired') }]}
          >
            <Input.TextArea autoSize style={{ minWidth: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draft.isPending}>
            {t('afterJudgment.submitDraft')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function DecisionItem({
  d,
  caseId,
  canDraft,
  canApprove,
}: {
  d: Decision;
  caseId: string;
  canDraft: boolean;
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecide(caseId);
  const revise = useReviseDecision(caseId);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState(d.reason);
  const failed = (err: unknown) => message.error(errorMessage(err, t));
  const send = (decision: 'approved' | 'rejected') => {
    if (decision === 'rejected' && !note.trim()) {
      message.error(t('afterJudgment.rejectNoteRequired'));
      return;
    }
    decide
      .mutateAsync({ id: d.id, decision, note: note.trim() || null, version: d.version })
      .then(() => message.success(t(`afterJudgment.status.${decision}`)), failed);
  };
  return (
    <List.Item data-testid="appeal-decision">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={DECISION_COLOURS[d.status]} bordered={false}>
            {t(`afterJudgment.status.${d.status}`)}
          </Tag>
          <Typography.Text strong>{d.appeal ? t('afterJudgment.appeal') : t('afterJudgment.noAppeal')}</Typography.Text>
          {editing ? (
            <Input.TextArea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize
              style={{ minWidth: 280 }}
            />
          ) : (
            <span>{d.reason}</span>
          )}
        </Space>
        <Typography.Text type="secondary">
          {t('afterJudgment.draftedBy', { name: d.draftedByName, at: at(d.createdAt) })}
          {d.decidedAt &&
            `；${t('afterJudgment.decidedBy', {
              name: d.decidedByName,
              as: t(`afterJudgment.as.${d.decidedAs === 'head' ? 'head' : 'coordinator'}`),
              at: at(d.decidedAt),
              status: t(`afterJudgment.status.${d.status}`),
            })}${d.decisionNote ? `：${d.decisionNote}` : ''}`}
        </Typography.Text>
        {d.status === 'drafted' && (
          <Space wrap>
            {canApprove && (
              <>
                <Input
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder={t('afterJudgment.note')}
                  aria-label={t('afterJudgment.note')}
                  style={{ width: 240 }}
                />
                <Button type="primary" loading={decide.isPending} onClick={() => send('approved')}>
                  {t('afterJudgment.approve')}
                </Button>
                <Button loading={decide.isPending} onClick={() => send('rejected')}>
                  {t('afterJudgment.reject')}
                </Button>
              </>
            )}
            {canDraft &&
              (editing ? (
                <Button
                  loading={revise.isPending}
                  onClick={() =>
                    revise
                      .mutateAsync({ id: d.id, appeal: d.appeal, reason, version: d.version })
                      .then(() => setEditing(false), failed)
                  }
                >
                  {t('afterJudgment.saveRevision')}
                </Button>
              ) : (
                <Button onClick={() => setEditing(true)}>{t('afterJudgment.revise')}</Button>
              ))}
          </Space>
        )}
      </Flex>
    </List.Item>
  );
}

function ComplianceTask({ v, caseId, canUpdate }: { v: AfterJudgment; caseId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidence(caseId);
  const complete = useComplete(caseId);
  const [note, setNote] = useState('');
  const c = v.compliance;
  const failed = (err: unknown) => message.error(errorMessage(err, t));
  return (
    <Card type="inner" size="small" title={t('afterJudgment.complianceTitle')} data-testid="compliance-task">
      {!c && <Typography.Text type="secondary">{t('afterJudgment.complianceNone')}</Typography.Text>}
      {c && (
        <Flex vertical gap={8}>
          <Space wrap>
            <Tag color={TASK_COLOURS[c.status]} bordered={false}>
              {t(`afterJudgment.complianceStatus.${c.status}`)}
            </Tag>
            {c.deadline && (
              <span>
                {t('afterJudgment.complianceDue', { due: c.deadline.dueDate ?? '—', from: c.fromDate, days: c.days })}
                {c.deadline.overdue && (
                  <Tag color="red" bordered={false} style={{ marginInlineStart: 8 }}>
                    {t('afterJudgment.overdue')}
                  </Tag>
                )}
              </span>
            )}
            {c.status === 'cancelled' && <span>{t('afterJudgment.cancelled', { reason: c.cancelReason ?? '' })}</span>}
            {c.status === 'completed' && (
              <span>
                {t('afterJudgment.completedBy', { name: c.completedByName, at: at(c.completedAt) })}
                {c.completionNote ? `：${c.completionNote}` : ''}
              </span>
            )}
          </Space>
          <div>
            <Typography.Text strong>{t('afterJudgment.evidence')}</Typography.Text>
            {c.evidence.length === 0 && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('afterJudgment.noEvidence')}
              </Typography.Text>
            )}
            <List
              size="small"
              dataSource={c.evidence}
              renderItem={(e) => (
                <List.Item>
                  <a href={documentFileUrl(e.id)} download>
                    <FileOutlined /> {e.fileName}
                  </a>
                  <Typography.Text type="secondary">
                    {e.createdByName} {at(e.createdAt)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </div>
          {canUpdate && c.status === 'open' && (
            <Space wrap align="start">
              <Upload
                showUploadList={false}
                accept=".pdf,.jpg,.jpeg,.png,.docx"
                customRequest={({ file, onSuccess, onError }) =>
                  upload.mutateAsync({ id: c.id, file: file as File }).then(
                    (r) => {
                      onSuccess?.(r);
                      message.success(t('afterJudgment.uploaded'));
                    },
                    (err) => {
                      onError?.(err);
                      failed(err);
                    },
                  )
                }
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending}>
                  {t('afterJudgment.upload')}
                </Button>
              </Upload>
              <Input.TextArea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t('afterJudgment.completeNote')}
                aria-label={t('afterJudgment.completeNote')}
                autoSize
                style={{ width: 280 }}
              />
              <Button
                type="primary"
                disabled={!note.trim()}
                loading={complete.isPending}
                onClick={() =>
                  complete
                    .mutateAsync({ id: c.id, note, version: c.version })
                    .then(() => message.success(t('afterJudgment.completed')), failed)
                }
              >
                {t('afterJudgment.complete')}
              </Button>
            </Space>
          )}
          {c.status === 'open' && c.evidence.length === 0 && canUpdate && (
            <Alert type="info" showIcon message={t('afterJudgment.evidenceFirst')} />
          )}
        </Flex>
      )}
    </Card>
  );
}
