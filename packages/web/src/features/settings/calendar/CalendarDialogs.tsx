/**
 * The working-day calendar's two dialogs for calendar.manage: correct one day (OverrideModal) and import a year's
 * schedule as holiday-cn JSON, pasted or uploaded (ImportYearModal). Each reports how many open deadlines moved.
 */
import { ImportOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client.js';
import { errorMessage } from '../../../app/api/errors.js';
import { parseHolidayCn, useAddOverride, usePutYear } from './api.js';
export function OverrideModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (t: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddOverride();
  const [form] = Form.useForm<{ date: Dayjs; workday: boolean; name: string; reason: string }>();
  return (
    <Modal
      open={open}
      title={t('calendar.addOverride')}
      okText={t('settings.save')}
      cancelText={t('settings.cancel')}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('calendar.overrideHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ workday: false }}
        onFinish={(v) =>
          add.mutate(
            { date: v.date.format('YYYY-MM-DD'), workday: v.workday, name: v.name.trim(), reason: v.reason.trim() },
            {
              onSuccess: (r) => {
                const text =
                  r.covered === false
                    ? t('calendar.changedDormant', { year: v.date.year() })
                    : t('calendar.changed', { count: r.changedDeadlines });
                message.success(text);
                onDone(text);
                onClose();
              },
              onError: (err) => message.error(errorMessage(err, t)),
            },
          )
        }
      >
        <Form.Item
          name="date"
          label={t('calendar.date')}
          rules={[{ required: true, message: t('calendar.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="override-date" />
        </Form.Item>
        <Form.Item name="workday" label={t('calendar.dayType')}>
          <Radio.Group
            options={[
              { value: false, label: t('calendar.dayOff') },
              { value: true, label: t('calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
        >
          <Input maxLength={40} placeholder={t('calendar.namePlaceholder')} data-testid="override-name" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('calendar.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('calendar.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="override-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ImportYearModal({
  year,
  onClose,
  onDone,
}: {
  year: number | null;
  onClose: () => void;
  onDone: (year: number, text: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const put = usePutYear();
  const [target, setTarget] = useState<number | null>(year);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [shownFor, setShownFor] = useState<number | null>(null);
  // Reset when opened for another year.
  if (year !== shownFor) {
    setShownFor(year);
    setTarget(year);
    setText('');
    setProblems([]);
  }

  const submit = () => {
    if (!target) return setProblems([t('calendar.yearRequired')]);
    const parsed = parseHolidayCn(text);
    if (!parsed.ok) {
      const { problem } = parsed;
      return setProblems([
        problem.key === 'notJson' ? t('calendar.notJson', { message: problem.detail }) : t(`calendar.${problem.key}`),
      ]);
    }
    setProblems([]);
    put.mutate(
      { year: target, body: { papers: [], ...parsed.value } },
      {
        onSuccess: (r) => {
          const done = t('calendar.imported', { year: r.year, days: r.days, count: r.changedDeadlines });
          message.success(done);
          onDone(r.year, done);
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.details.length) setProblems(err.details.map((d) => d.message));
          else setProblems([errorMessage(err, t)]);
        },
      },
    );
  };

  return (
    <Modal
      open={year !== null}
      title={t('calendar.importYear')}
      okText={t('calendar.importOk')}
      cancelText={t('settings.cancel')}
      confirmLoading={put.isPending}
      onCancel={onClose}
      onOk={submit}
      width={720}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('calendar.importHelp')}</Typography.Text>
        <Space wrap>
          <Typography.Text>{t('calendar.year')}</Typography.Text>
          <InputNumber
            min={2000}
            max={2100}
            value={target ?? undefined}
            onChange={(v) => setTarget(typeof v === 'number' ? v : null)}
            data-testid="import-year"
          />
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={async (file) => {
              const content = await file.text();
              setText(content);
              const parsed = parseHolidayCn(content);
              if (parsed.ok && parsed.value.year) setTarget(parsed.value.year);
              return false;
            }}
          >
            <Button icon={<ImportOutlined />}>{t('calendar.chooseFile')}</Button>
          </Upload>
        </Space>
        <Input.TextArea
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            '{"year": 2027, "papers": ["https://www.gov.cn/..."], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}'
          }
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          data-testid="import-json"
        />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="import-problems"
            message={t('calendar.importProblems')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.slice(0, 20).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
