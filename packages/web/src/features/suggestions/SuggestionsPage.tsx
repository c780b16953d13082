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
import { todayInChina } from '../cases/format.js';
import {
  type CreateSuggestionBody,
  type SuggestionListItem,
  useCreateSuggestion,
  useSuggestionFigures,
  useSuggestionKinds,
  useSuggestions,
} from './api.js';
import { percent, StatusTag } from './SuggestionTags.js';

/** The year in China (the server's periods are China's), not the browser's. */
const chinaYear = () => Number(todayInChina().slice(0, 4));

const STATUSES = ['pending', 'due_soon', 'overdue', 'answered_on_time', 'answered_late'] as const;

export function SuggestionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('suggestion.manage');
  const [status, setStatus] = useState<string>('all');
  const [year, setYear] = useState(chinaYear());
  const [open, setOpen] = useState(false);
  const list = useSuggestions();
  const figures = useSuggestionFigures(year);
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
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('suggestions.figures')}</h2>}
        extra={
          <Select
            aria-label={t('suggestions.year')}
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((d) => ({
              value: chinaYear() - d,
              label: chinaYear() - d,
            }))}
          />
        }
      >
        <Table
          rowKey="agencyId"
          size="small"
          data-testid="suggestion-figures"
          loading={figures.isFetching}
          pagination={false}
          dataSource={figures.data?.byAgency ?? []}
          locale={{ emptyText: t('suggestions.none') }}
          summary={() =>
            figures.data ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('suggestions.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{figures.data.total.denominator}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{figures.data.total.numerator}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{figures.data.total.late}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{figures.data.total.overdue}</Table.Summary.Cell>
                <Table.Summary.Cell index={5}>{percent(figures.data.total.value)}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
          columns={[
            { key: 'agency', title: t('suggestions.agency'), dataIndex: 'agencyName' },
            { key: 'due', title: t('suggestions.dueCount'), dataIndex: 'denominator' },
            { key: 'onTime', title: t('suggestions.onTime'), dataIndex: 'numerator' },
            { key: 'late', title: t('suggestions.late'), dataIndex: 'late' },
            { key: 'overdue', title: t('suggestions.overdueCount'), dataIndex: 'overdue' },
            { key: 'rate', title: t('suggestions.rate'), render: (_, r) => percent(r.value) },
          ]}
        />
      </Card>
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
