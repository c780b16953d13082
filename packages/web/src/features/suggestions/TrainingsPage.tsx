/**
 * 培训与旁听 (/accountability/trainings): this year's coverage of 业务培训, 庭审观摩 and 主要负责人出庭 per agency of the user's region
 * (聊城's 3个全覆盖; the uncovered are listed and reminded each quarter by the server), the sessions recorded, and for
 * coordinators recording one with the agencies and people who attended.
 */
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { useAgencies } from '../cases/api.js';
import { todayInChina } from '../cases/format.js';
import { type Coverage, type Training, useCoverage, useCreateTraining, useTrainings } from './api.js';
import { percent } from './SuggestionTags.js';

/** The year in China (the server's periods are China's), not the browser's. */
const chinaYear = () => Number(todayInChina().slice(0, 4));

export function TrainingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('training.manage');
  const thisYear = chinaYear();
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState(false);
  const coverage = useCoverage(year);
  const list = useTrainings(year);
  const c = coverage.data;
  const kindCard = (label: string, k: Coverage['training'] | undefined) => (
    <Card size="small" style={{ minWidth: 240 }}>
      <Typography.Text strong>{t('trainings.coverageOf', { kind: label })}</Typography.Text>
      <div style={{ fontSize: 22 }}>
        {percent(k?.value)}{' '}
        <Typography.Text type="secondary">{k ? `${k.numerator}/${k.denominator}` : ''}</Typography.Text>
      </div>
      {k && <Tag color={k.full ? 'green' : 'orange'}>{k.full ? t('trainings.full') : t('trainings.notFull')}</Tag>}
    </Card>
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('trainings.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Select
            aria-label={t('suggestions.year')}
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((d) => ({ value: thisYear - d, label: thisYear - d }))}
          />
          {canManage && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('trainings.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {coverage.error && <Typography.Text type="danger">{errorMessage(coverage.error, t)}</Typography.Text>}
      <Flex gap={12} wrap>
        {kindCard(t('trainings.kinds.training'), c?.training)}
        {kindCard(t('trainings.kinds.trial_observation'), c?.trialObservation)}
        {kindCard(t('trainings.principal'), c?.principalAppearance)}
      </Flex>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('trainings.coverage')}</h2>}>
        <Table
          rowKey="agencyId"
          size="small"
          data-testid="coverage"
          loading={coverage.isFetching}
          dataSource={c?.rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'agency', title: t('trainings.agency'), dataIndex: 'agencyName' },
            { key: 'region', title: t('trainings.region'), dataIndex: 'regionName' },
            ...(['training', 'trialObservation'] as const).map((k) => ({
              key: k,
              title: t(`trainings.kinds.${k === 'training' ? 'training' : 'trial_observation'}`),
              render: (_: unknown, r: Coverage['rows'][number]) =>
                r[k] > 0 ? (
                  <Tag color="green">
                    {t('trainings.covered')} · {r[k]}
                  </Tag>
                ) : (
                  <Tag color="red">{t('trainings.uncovered')}</Tag>
                ),
            })),
            {
              key: 'principal',
              title: t('trainings.principal'),
              render: (_: unknown, r: Coverage['rows'][number]) =>
                r.principalAppeared === null ? (
                  <Typography.Text type="secondary">{t('trainings.noHearing')}</Typography.Text>
                ) : r.principalAppeared ? (
                  <Tag color="green">{t('trainings.covered')}</Tag>
                ) : (
                  <Tag color="red">{t('trainings.uncovered')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('trainings.list')}</h2>}>
        <Table<Training>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('trainings.none') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'date', title: t('trainings.heldOn'), dataIndex: 'heldOn' },
            { key: 'kind', title: t('trainings.kind'), render: (_, r) => t(`trainings.kinds.${r.kind}`) },
            { key: 'title', title: t('trainings.subject'), dataIndex: 'title' },
            {
              key: 'who',
              title: t('trainings.attendees'),
              render: (_, r) =>
                [...new Set(r.attendees.map((a) => a.agencyName))]
                  .map((n) => {
                    const people = r.attendees.filter((a) => a.agencyName === n && a.personName);
                    return people.length ? `${n}（${people.map((p) => p.personName).join('、')}）` : n;
                  })
                  .join('；'),
            },
          ]}
        />
      </Card>
      {open && <RecordModal onClose={() => setOpen(false)} />}
    </Flex>
  );
}

interface RecordForm {
  kind: Training['kind'];
  title: string;
  heldOn: Dayjs;
  note?: string;
  attendees: { agencyId: string; people?: string }[];
}

function RecordModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordForm>();
  const agencies = useAgencies();
  const create = useCreateTraining();
  const submit = async (v: RecordForm) => {
    const attendees = v.attendees.flatMap((a): { agencyId: string; personName: string | null }[] => {
      const people = (a.people ?? '').split(/[、,，\s]+/).filter(Boolean);
      return people.length
        ? people.map((p) => ({ agencyId: a.agencyId, personName: p }))
        : [{ agencyId: a.agencyId, personName: null }];
    });
    try {
      await create.mutateAsync({
        kind: v.kind,
        title: v.title,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        note: v.note || null,
        attendees,
      });
      message.success(t('trainings.created'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };
  const options = (agencies.data ?? [])
    .filter((a) => ['department', 'town', 'reconsideration_body'].includes(a.kind))
    .map((a) => ({ value: a.id, label: a.name }));
  return (
    <Modal
      open
      width={640}
      title={t('trainings.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'training', attendees: [{}] }}>
        <Form.Item name="kind" label={t('trainings.kind')} rules={[{ required: true }]}>
          <Select
            options={(['training', 'trial_observation', 'other'] as const).map((k) => ({
              value: k,
              label: t(`trainings.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('trainings.subject')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('trainings.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('trainings.note')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Typography.Text strong>{t('trainings.attendees')}</Typography.Text>
        <Form.List name="attendees">
          {(fields, { add }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'agencyId']} rules={[{ required: true }]} style={{ minWidth: 240 }}>
                    <Select showSearch optionFilterProp="label" placeholder={t('trainings.agency')} options={options} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'people']}>
                    <Input placeholder={t('trainings.people')} style={{ width: 260 }} />
                  </Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({})}>{t('trainings.addAttendee')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
