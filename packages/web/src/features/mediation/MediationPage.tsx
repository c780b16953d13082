/**
 * A mediation's page (/mediations/:id): the dispute, the applicants, the mediator, the sessions and the result, and
 * the forms of the steps the server lists as allowed now (docs/rules/mediation.md#workflow) — nothing else is offered.
 */

import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Radio,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import {
  agreementFileUrl,
  type Mediation,
  useAccept,
  useAddSession,
  useAssign,
  useBecameCase,
  useMediation,
  useRecordResult,
  useRefuse,
  useUploadAgreement,
} from './api.js';
import { StateTag } from './MediationListPage.js';
import { messageOf } from './messages.js';

const today = () => dayjs().format('YYYY-MM-DD');

export function MediationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useMediation(id);
  const user = useCurrentUser();
  const m = q.data;
  if (q.error) return <Typography.Text type="danger">{messageOf(q.error, t)}</Typography.Text>;
  if (!m) return null;
  const can = (a: Mediation['allowedActions'][number]) => m.allowedActions.includes(a);
  const canManage = (permissionList(user) ?? []).includes('mediation.manage');
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        <Link to="/mediations">{t('mediation.title')}</Link> / {m.subject} <StateTag state={m.state} />
      </Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('mediation.stage')}>{t(`mediation.stages.${m.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.receivedOn')}>{m.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.applicants')}>
            {m.applicants.map((a) => a.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.agency')}>{m.agencyName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.request')}>{m.request ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.linkedCase')}>{m.linkedCaseNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.mediator')}>{m.mediatorName ?? '—'}</Descriptions.Item>
          {m.refusalReason && (
            <Descriptions.Item label={t('mediation.refusalReason')}>{m.refusalReason}</Descriptions.Item>
          )}
          {m.resultOn && (
            <Descriptions.Item label={t('mediation.result')}>
              {m.resultOn} {m.resultSummary}
              {m.countsAsSettlement ? `（${t('mediation.countsAsSettlement')}）` : ''}
            </Descriptions.Item>
          )}
          {m.becameCaseNumber && (
            <Descriptions.Item label={t('mediation.becameCase')}>{m.becameCaseNumber}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mediation.sessions')}</h2>}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={m.sessions}
          locale={{ emptyText: t('mediation.noSessions') }}
          columns={[
            { key: 'heldOn', title: t('mediation.heldOn'), dataIndex: 'heldOn' },
            { key: 'participants', title: t('mediation.participants'), render: (_, s) => s.participants.join('、') },
            { key: 'notes', title: t('mediation.notes'), dataIndex: 'notes' },
          ]}
        />
      </Card>
      {can('accept') && <AcceptStep m={m} />}
      {can('assign') && <AssignStep m={m} />}
      {can('record_session') && <SessionStep m={m} />}
      {(can('agree') || can('withdraw') || can('fail')) && <ResultStep m={m} />}
      {can('record_case') && <BecameCaseStep m={m} />}
      {m.state === 'agreed' && <AgreementCard m={m} canUpload={canManage} />}
    </Flex>
  );
}

function StepCard({ title, children, error }: { title: string; children: ReactNode; error: unknown }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}>
      {children}
      {error ? <Typography.Text type="danger">{messageOf(error, t)}</Typography.Text> : null}
    </Card>
  );
}

function AcceptStep({ m }: { m: Mediation }) {
  const { t } = useTranslation();
  const accept = useAccept(m.id);
  const refuse = useRefuse(m.id);
  return (
    <StepCard title={t('mediation.acceptStep')} error={accept.error ?? refuse.error}>
      <Form
        layout="vertical"
        onFinish={(v: { reason?: string }) => refuse.mutate({ version: m.version, reason: v.reason ?? '' })}
      >
        <Flex gap={8} wrap>
          <Button type="primary" loading={accept.isPending} onClick={() => accept.mutate({ version: m.version })}>
            {t('mediation.accept')}
          </Button>
        </Flex>
        <Form.Item name="reason" label={t('mediation.refusalReason')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit" danger loading={refuse.isPending}>
          {t('mediation.refuse')}
        </Button>
      </Form>
    </StepCard>
  );
}

function AssignStep({ m }: { m: Mediation }) {
  const { t } = useTranslation();
  const assign = useAssign(m.id);
  return (
    <StepCard title={t('mediation.assignStep')} error={assign.error}>
      <Form
        layout="inline"
        initialValues={{ mediatorUserId: m.mediatorUserId ?? undefined }}
        onFinish={(v: { mediatorUserId: string }) => assign.mutate({ version: m.version, ...v })}
      >
        <Form.Item
          name="mediatorUserId"
          label={t('mediation.mediator')}
          rules={[{ required: true, message: t('mediation.required') }]}
        >
          <Select
            style={{ minWidth: 220 }}
            options={m.mediators.map((u) => ({ value: u.id, label: u.displayName }))}
            notFoundContent={t('mediation.noMediators')}
          />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={assign.isPending}>
          {t('mediation.assign')}
        </Button>
      </Form>
    </StepCard>
  );
}

function SessionStep({ m }: { m: Mediation }) {
  const { t } = useTranslation();
  const add = useAddSession(m.id);
  const [form] = Form.useForm();
  return (
    <StepCard title={t('mediation.sessionStep')} error={add.error}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: today() }}
        onFinish={(v: { heldOn: string; participants: string; notes: string }) =>
          add.mutate(
            {
              version: m.version,
              heldOn: v.heldOn,
              participants: v.participants
                .split(/[\n、，,]/)
                .map((s) => s.trim())
                .filter(Boolean),
              notes: v.notes,
            },
            { onSuccess: () => form.resetFields(['participants', 'notes']) },
          )
        }
      >
        <Form.Item name="heldOn" label={t('mediation.heldOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('mediation.participants')}
          extra={t('mediation.applicantsHint')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="notes"
          label={t('mediation.notes')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={add.isPending}>
          {t('mediation.recordSession')}
        </Button>
      </Form>
    </StepCard>
  );
}

function ResultStep({ m }: { m: Mediation }) {
  const { t } = useTranslation();
  const record = useRecordResult(m.id);
  const results = (['agree', 'withdraw', 'fail'] as const).filter((r) => m.allowedActions.includes(r));
  return (
    <StepCard title={t('mediation.resultStep')} error={record.error}>
      <Form
        layout="vertical"
        initialValues={{ resultOn: today(), result: results[0] }}
        onFinish={(v: { result: (typeof results)[number]; resultOn: string; summary: string }) =>
          record.mutate({ version: m.version, ...v })
        }
      >
        <Form.Item name="result" label={t('mediation.result')} rules={[{ required: true }]}>
          <Radio.Group options={results.map((r) => ({ value: r, label: t(`mediation.results.${r}`) }))} />
        </Form.Item>
        <Form.Item name="resultOn" label={t('mediation.resultOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('mediation.summary')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={record.isPending}>
          {t('mediation.recordResult')}
        </Button>
      </Form>
    </StepCard>
  );
}

function BecameCaseStep({ m }: { m: Mediation }) {
  const { t } = useTranslation();
  const record = useBecameCase(m.id);
  return (
    <StepCard title={t('mediation.becameCaseStep')} error={record.error}>
      <Form layout="inline" onFinish={(v: { caseNumber: string }) => record.mutate({ version: m.version, ...v })}>
        <Form.Item
          name="caseNumber"
          label={t('mediation.caseNumber')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input style={{ minWidth: 260 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={record.isPending}>
          {t('mediation.recordCase')}
        </Button>
      </Form>
    </StepCard>
  );
}

/** The signed 调解协议书 (docs/rules/mediation.md#agreement): the files kept, and an upload for those who manage it. */
function AgreementCard({ m, canUpload }: { m: Mediation; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAgreement(m.id);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mediation.agreementFiles')}</h2>}
      data-testid="mediation-agreement"
      extra={
        canUpload && (
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            beforeUpload={(file) => {
              upload.mutateAsync(file as File).then(
                () => message.success(t('mediation.agreementUploaded')),
                (err: unknown) => message.error(messageOf(err, t)),
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('mediation.uploadAgreement')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        dataSource={m.agreementFiles}
        locale={{ emptyText: t('mediation.noAgreementFile') }}
        renderItem={(f) => (
          <List.Item>
            <a href={agreementFileUrl(m.id, f.id)} download>
              <FileOutlined /> {f.fileName}
            </a>
            <Typography.Text type="secondary">
              {f.createdByName} {f.createdAt.slice(0, 10)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
