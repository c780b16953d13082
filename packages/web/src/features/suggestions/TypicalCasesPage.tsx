/**
 * 典型案例 (/accountability/typical-cases): the library of typical loss cases, anonymised by the server when saved,
 * filtered by year; coordinators write one (from a case: its parties come masked) and publish it; everyone with the
 * library exports the year's published cases as a Word compilation.
 */
import { App, Button, Card, Collapse, Flex, Form, Input, InputNumber, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { todayInChina } from '../cases/format.js';
import {
  compilationUrl,
  type TypicalCreateBody,
  useCreateTypicalCase,
  useTypicalCases,
  useUpdateTypicalCase,
} from './api.js';

/** The year in China (the server's periods are China's), not the browser's. */
const chinaYear = () => Number(todayInChina().slice(0, 4));

const REASONS = [
  '事实不清',
  '证据不足',
  '适用法律错误',
  '违反法定程序',
  '超越职权',
  '滥用职权',
  '明显不当',
  '不履行法定职责',
  '行政协议违约',
  '其他',
];

export function TypicalCasesPage() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = (user.permissions ?? []).includes('typical_case.manage');
  const thisYear = chinaYear();
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState(false);
  const list = useTypicalCases(year);
  const update = useUpdateTypicalCase();
  const items = list.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('typicalCases.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Select
            aria-label={t('typicalCases.year')}
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((d) => ({ value: thisYear - d, label: thisYear - d }))}
          />
          <Button href={compilationUrl(year)} download>
            {t('typicalCases.export')}
          </Button>
          {canManage && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('typicalCases.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      {items.length === 0 && !list.isFetching && (
        <Typography.Text type="secondary">{t('typicalCases.none')}</Typography.Text>
      )}
      <Collapse
        data-testid="typical-cases"
        items={items.map((c) => ({
          key: c.id,
          label: (
            <Flex gap={8} wrap>
              <span>{c.title}</span>
              <Tag color={c.status === 'published' ? 'green' : 'default'}>{t(`typicalCases.statuses.${c.status}`)}</Tag>
              {c.domain && <Tag>{c.domain}</Tag>}
              {[...c.reasons, ...c.tags].map((x) => (
                <Tag key={x} color="blue">
                  {x}
                </Tag>
              ))}
            </Flex>
          ),
          extra:
            c.canManage && c.status === 'draft' ? (
              <Button
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  update.mutateAsync({ id: c.id, version: c.version, status: 'published' }).then(
                    () => message.success(t('typicalCases.saved')),
                    (err: unknown) => message.error(errorMessage(err, t)),
                  );
                }}
              >
                {t('typicalCases.publish')}
              </Button>
            ) : null,
          children: (
            <Card size="small" bordered={false}>
              {c.parties.length > 0 && (
                <Typography.Paragraph>
                  <strong>{t('typicalCases.parties')}：</strong>
                  {c.parties.map((p) => p.name).join('、')}
                </Typography.Paragraph>
              )}
              <Typography.Paragraph>
                <strong>{t('typicalCases.summary')}：</strong>
                {c.summary}
              </Typography.Paragraph>
              <Typography.Paragraph>
                <strong>{t('typicalCases.lesson')}：</strong>
                {c.lesson}
              </Typography.Paragraph>
            </Card>
          ),
        }))}
      />
      {open && <WriteModal year={year} onClose={() => setOpen(false)} />}
    </Flex>
  );
}

function WriteModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [form] = Form.useForm<TypicalCreateBody>();
  const create = useCreateTypicalCase();
  const submit = async (v: TypicalCreateBody) => {
    try {
      await create.mutateAsync({ ...v, caseId: v.caseId || null });
      message.success(t('typicalCases.saved'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };
  return (
    <Modal
      open
      title={t('typicalCases.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Typography.Paragraph type="secondary">{t('typicalCases.anonymised')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year, reasons: [], tags: [] }}>
        <Form.Item name="caseId" label={t('typicalCases.caseId')} extra={t('typicalCases.caseIdHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('typicalCases.subject')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('typicalCases.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="domain" label={t('typicalCases.domain')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reasons" label={t('typicalCases.reasons')}>
          <Select mode="multiple" options={REASONS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item name="tags" label={t('typicalCases.tags')}>
          <Select mode="tags" />
        </Form.Item>
        <Form.Item name="summary" label={t('typicalCases.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={8000} />
        </Form.Item>
        <Form.Item name="lesson" label={t('typicalCases.lesson')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
