/**
 * 行政争议化解中心 (/mediations): the mediations of the user's region by state, newest first, and 收案 (intake) for those
 * who manage them (docs/rules/mediation.md). Each row opens the mediation's page with the steps its state allows.
 */
import { Button, Card, Flex, Form, Input, Modal, Radio, Segmented, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth/AuthProvider.js';
import { type IntakeBody, type MediationListItem, useAgencies, useIntake, useMediations } from './api.js';
import { messageOf } from './messages.js';

export const MEDIATION_STATES = [
  'received',
  'accepted',
  'refused',
  'assigned',
  'mediating',
  'agreed',
  'withdrawn',
  'failed',
] as const;

export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  const color = state === 'agreed' ? 'green' : state === 'failed' || state === 'refused' ? 'red' : 'blue';
  return <Tag color={color}>{t(`mediation.states.${state}` as 'mediation.states.received')}</Tag>;
}

export function MediationListPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canManage = (user?.permissions ?? []).includes('mediation.manage');
  const [state, setState] = useState('all');
  const list = useMediations(state === 'all' ? undefined : state);
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('mediation.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('mediation.intake')}
          </Button>
        )}
      </Flex>
      {list.error && <Typography.Text type="danger">{messageOf(list.error, t)}</Typography.Text>}
      <Card size="small">
        <Segmented
          aria-label={t('mediation.state')}
          value={state}
          onChange={(v) => setState(String(v))}
          options={[
            { value: 'all', label: t('mediation.all') },
            ...MEDIATION_STATES.map((s) => ({ value: s, label: t(`mediation.states.${s}`) })),
          ]}
        />
        <Table<MediationListItem>
          rowKey="id"
          size="small"
          style={{ marginTop: 12 }}
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('mediation.none') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'receivedOn', title: t('mediation.receivedOn'), dataIndex: 'receivedOn' },
            {
              key: 'subject',
              title: t('mediation.subject'),
              render: (_, m) => <Link to={`/mediations/${m.id}`}>{m.subject}</Link>,
            },
            {
              key: 'applicants',
              title: t('mediation.applicants'),
              render: (_, m) => m.applicants.map((a) => a.name).join('、'),
            },
            { key: 'agency', title: t('mediation.agency'), dataIndex: 'agencyName' },
            { key: 'stage', title: t('mediation.stage'), render: (_, m) => t(`mediation.stages.${m.stage}`) },
            { key: 'state', title: t('mediation.state'), render: (_, m) => <StateTag state={m.state} /> },
            { key: 'mediator', title: t('mediation.mediator'), render: (_, m) => m.mediatorName ?? '—' },
          ]}
        />
      </Card>
      {open && <IntakeModal onClose={() => setOpen(false)} />}
    </Flex>
  );
}

interface IntakeForm {
  stage: IntakeBody['stage'];
  applicants: string;
  agencyId: string;
  subject: string;
  request?: string;
  receivedOn: string;
  linkedCaseNumber?: string;
}

function IntakeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const agencies = useAgencies();
  const intake = useIntake();
  const [form] = Form.useForm<IntakeForm>();
  const stage = Form.useWatch('stage', form);
  const submit = async (v: IntakeForm) => {
    const m = await intake.mutateAsync({
      stage: v.stage,
      // One applicant per line (or separated by 、); a name with 公司/局/委员会 … is an organisation.
      applicants: v.applicants
        .split(/[\n、，,]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((name) => ({
          name,
          partyType: /公司|企业|合作社|委员会|中心|厂|店/.test(name) ? 'organization' : 'person',
        })),
      agencyId: v.agencyId,
      subject: v.subject,
      request: v.request || null,
      receivedOn: v.receivedOn,
      linkedCaseNumber: v.stage === 'in_litigation' && v.linkedCaseNumber ? v.linkedCaseNumber : null,
    });
    onClose();
    navigate(`/mediations/${m.id}`);
  };
  return (
    <Modal
      open
      title={t('mediation.intake')}
      okText={t('mediation.save')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={intake.isPending}
      destroyOnHidden
    >
      <Form<IntakeForm>
        form={form}
        layout="vertical"
        initialValues={{ stage: 'pre_litigation', receivedOn: dayjs().format('YYYY-MM-DD') }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item name="stage" label={t('mediation.stage')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'pre_litigation', label: t('mediation.stages.pre_litigation') },
              { value: 'in_litigation', label: t('mediation.stages.in_litigation') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="applicants"
          label={t('mediation.applicants')}
          extra={t('mediation.applicantsHint')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('mediation.agency')}
          rules={[{ required: true, message: t('mediation.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={agencies.isLoading}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('mediation.subject')}
          rules={[{ required: true, whitespace: true, message: t('mediation.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="request" label={t('mediation.request')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('mediation.receivedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {stage === 'in_litigation' && (
          <Form.Item name="linkedCaseNumber" label={t('mediation.linkedCase')} extra={t('mediation.linkedCaseHint')}>
            <Input />
          </Form.Item>
        )}
        {intake.error && <Typography.Text type="danger">{messageOf(intake.error, t)}</Typography.Text>}
      </Form>
    </Modal>
  );
}
