/**
 * 建议办理 (/accountability/suggestions): the suggestions the user sees (their agency's, or their region's) with status
 * and due date, the 及时答复率 per agency for a year, and — for coordinators — registering one received.
 */
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Segmented, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { useAgencies } from '../cases/api.js';
import {
  type CreateSuggestionBody,
  type SuggestionListItem,
  useCreateSuggestion,
  useSuggestionKinds,
  useSuggestions,
} from './api.js';
import { SuggestionFiguresCard } from './SuggestionFiguresCard.js';
import { StatusTag } from './SuggestionTags.js';

/** The year in China (the server's periods are China's), not the browser's. */

const STATUSES = ['pending', 'due_soon', 'overdue', 'answered_on_time', 'answered_late'] as const;

export function SuggestionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('suggestion.manage');
  const [status, setStatus] = useState<string>('all');
  const [open, setOpen] = useState(false);
  const list = useSuggestions();
  const items = list.data?.items ?? [];
  const shown = status === 'all' ? items : items.filter((i) => i.status === status);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('suggestions.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('suggestions.register')}
          </Button>
        )}
      </Flex>
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('suggestions.title')}</h2>}
        extra={
          <Segmented
            aria-label={t('suggestions.status')}
            value={status}
            onChange={(v) => setStatus(String(v))}
            options={[
              { value: 'all', label: t('suggestions.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`suggestions.statuses.${s}`) })),
            ]}
          />
        }
      >
        <Table<SuggestionListItem>
          rowKey="id"
          size="small"
          data-testid="suggestions"
          loading={list.isFetching}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('suggestions.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'title',
              title: t('suggestions.subject'),
              render: (_, r) => <Link to={`/accountability/suggestions/${r.id}`}>{r.title}</Link>,
            },
            { key: 'kind', title: t('suggestions.kind'), render: (_, r) => t(`suggestions.kinds.${r.kind}`) },
            { key: 'issuer', title: t('suggestions.issuer'), dataIndex: 'issuer' },
            { key: 'agency', title: t('suggestions.agency'), dataIndex: 'agencyName' },
            { key: 'received', title: t('suggestions.receivedOn'), dataIndex: 'receivedOn' },
            { key: 'due', title: t('suggestions.due'), render: (_, r) => r.due ?? t('suggestions.noDue') },
            { key: 'status', title: t('suggestions.status'), render: (_, r) => <StatusTag status={r.status} /> },
          ]}
        />
      </Card>
      <SuggestionFiguresCard />
      {open && <RegisterModal onClose={() => setOpen(false)} />}
    </Flex>
  );
}

interface RegisterForm extends Omit<CreateSuggestionBody, 'receivedOn' | 'statedDue'> {
  receivedOn: Dayjs;
  statedDue?: Dayjs | null;
}

function RegisterModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterForm>();
  const kinds = useSuggestionKinds();
  const agencies = useAgencies();
  const create = useCreateSuggestion();
  const submit = async (v: RegisterForm) => {
    try {
      const s = await create.mutateAsync({
        ...v,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        statedDue: v.statedDue ? v.statedDue.format('YYYY-MM-DD') : null,
      });
      message.success(t('suggestions.created'));
      onClose();
      navigate(`/accountability/suggestions/${s.id}`);
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };
  return (
    <Modal
      open
      title={t('suggestions.register')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('suggestions.save')}
      cancelText={t('suggestions.cancel')}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('suggestions.kind')} rules={[{ required: true }]}>
          <Select
            options={(kinds.data?.items ?? []).map((k) => ({ value: k.kind, label: t(`suggestions.kinds.${k.kind}`) }))}
          />
        </Form.Item>
        <Form.Item name="issuer" label={t('suggestions.issuer')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="docNumber" label={t('suggestions.docNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('suggestions.subject')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="summary" label={t('suggestions.summary')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="agencyId" label={t('suggestions.agency')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(agencies.data ?? [])
              .filter((a) => a.kind !== 'court' && a.kind !== 'procuratorate')
              .map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('suggestions.receivedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="statedDue" label={t('suggestions.statedDue')} extra={t('suggestions.statedDueHelp')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
