/**
 * 工作日历 (/settings/calendar): the working-day calendar every working-day deadline is counted on (docs/rules/calendar.md).
 * Year tabs (bundled official schedule or entered by an administrator), each month's holidays, 调休上班 days and
 * corrections with their reasons. With calendar.manage: import a year's schedule (holiday-cn JSON, pasted or
 * uploaded), correct a day, remove a correction; each change shows how many open deadlines moved. Read-only for others.
 */
import { CalendarOutlined, DeleteOutlined, ImportOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Result,
  Row,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client.js';
import { errorMessage } from '../../../app/api/errors.js';
import { useCurrentUser } from '../../../app/auth/AuthProvider.js';
import { permissionsOf } from '../api.js';
import {
  type CalendarDay,
  type CalendarYear,
  checkDate,
  parseHolidayCn,
  useAddOverride,
  useCalendarDays,
  useCalendarYears,
  useDeleteOverride,
  usePutYear,
} from './api.js';
import { dayReason, weekdayLabel, yearNote } from './dayText.js';
import { ScheduleMissingNotice } from './ScheduleMissingNotice.js';

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = permissionsOf(me).includes('calendar.manage');
  const years = useCalendarYears();
  const [selected, setSelected] = useState<number | null>(null);
  const [importing, setImporting] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [lastChange, setLastChange] = useState<string | null>(null);

  const tabs = useMemo(() => {
    const covered = years.data?.items ?? [];
    const extra = years.data?.uncoveredOverrideYears ?? [];
    const all = [...covered.map((y) => y.year), ...extra].sort((a, b) => a - b);
    return { covered, all };
  }, [years.data]);
  const thisYear = new Date().getFullYear();
  const active = selected ?? (tabs.all.includes(thisYear) ? thisYear : (tabs.all.at(-1) ?? null));
  const nextUncovered = (tabs.covered.at(-1)?.year ?? thisYear) + 1;

  const onChanged = (text: string) => setLastChange(text);

  if (years.isError) {
    return (
      <Card>
        <Result status="error" title={t('common.loadFailed')} subTitle={errorMessage(years.error, t)} />
      </Card>
    );
  }

  return (
    <Flex vertical gap={12} data-testid="calendar-page">
      <Card size="small">
        <Flex justify="space-between" align="start" wrap gap={8}>
          <Flex vertical gap={4} style={{ maxWidth: 760 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              <CalendarOutlined /> {t('calendar.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('calendar.intro')}</Typography.Text>
          </Flex>
          {canManage && (
            <Space wrap>
              <Button
                type="primary"
                icon={<ImportOutlined />}
                onClick={() => setImporting(nextUncovered)}
                data-testid="calendar-import"
              >
                {t('calendar.importYear')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="calendar-add-override">
                {t('calendar.addOverride')}
              </Button>
            </Space>
          )}
        </Flex>
        <DateCheck />
      </Card>
      {lastChange && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setLastChange(null)}
          message={lastChange}
          data-testid="calendar-change-result"
        />
      )}
      <ScheduleMissingNotice />
      {!canManage && <Alert type="info" showIcon message={t('calendar.readOnly')} />}
      <Card size="small">
        {!years.data ? (
          <Skeleton active />
        ) : (
          <Tabs
            activeKey={active === null ? undefined : String(active)}
            onChange={(k) => setSelected(Number(k))}
            items={tabs.all.map((y) => {
              const info = tabs.covered.find((c) => c.year === y);
              return {
                key: String(y),
                label: (
                  <Space size={4}>
                    {y}
                    {!info ? (
                      <Tag color="orange" bordered={false}>
                        {t('calendar.notCovered')}
                      </Tag>
                    ) : info.origin === 'stored' ? (
                      <Tag color="blue" bordered={false}>
                        {t('calendar.originStored')}
                      </Tag>
                    ) : null}
                  </Space>
                ),
              };
            })}
          />
        )}
        {active !== null && (
          <YearView
            year={active}
            info={tabs.covered.find((c) => c.year === active)}
            canManage={canManage}
            onImport={() => setImporting(active)}
            onChanged={onChanged}
          />
        )}
      </Card>
      {canManage && (
        <>
          <ImportYearModal
            year={importing}
            onClose={() => setImporting(null)}
            onDone={(year, text) => {
              setSelected(year);
              onChanged(text);
            }}
          />
          <OverrideModal open={adding} onClose={() => setAdding(false)} onDone={onChanged} />
        </>
      )}
    </Flex>
  );
}

function DateCheck() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  return (
    <Space wrap style={{ marginTop: 12 }}>
      <Typography.Text>{t('calendar.check')}</Typography.Text>
      <DatePicker
        aria-label={t('calendar.check')}
        onChange={async (d: Dayjs | null) => {
          if (!d) return setResult(null);
          const date = d.format('YYYY-MM-DD');
          try {
            const r = await checkDate(date);
            setResult({
              ok: true,
              text: t('calendar.checkResult', {
                date,
                weekday: weekdayLabel(t, date),
                type: r.workday ? t('calendar.workday') : t('calendar.dayOff'),
                reason: dayReason(t, r),
              }),
            });
          } catch (err) {
            setResult({ ok: false, text: errorMessage(err, t) });
          }
        }}
        suffixIcon={<SearchOutlined />}
      />
      {result && (
        <Typography.Text type={result.ok ? undefined : 'warning'} data-testid="calendar-check-result">
          {result.text}
        </Typography.Text>
      )}
    </Space>
  );
}

function YearView({
  year,
  info,
  canManage,
  onImport,
  onChanged,
}: {
  year: number;
  info: CalendarYear | undefined;
  canManage: boolean;
  onImport: () => void;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  const days = useCalendarDays(year);
  const byMonth = useMemo(() => {
    const m = new Map<number, CalendarDay[]>();
    for (const d of days.data?.days ?? []) {
      const month = Number(d.date.slice(5, 7));
      m.set(month, [...(m.get(month) ?? []), d]);
    }
    return m;
  }, [days.data]);

  if (days.isError) return <Alert type="error" message={errorMessage(days.error, t)} />;
  if (!days.data) return <Skeleton active />;
  return (
    <Flex vertical gap={12} data-testid={`calendar-year-${year}`}>
      {info ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'origin',
              label: t('calendar.origin'),
              children: info.origin === 'official' ? t('calendar.originOfficial') : t('calendar.originStored'),
            },
            {
              key: 'counts',
              label: t('calendar.counts'),
              children: t('calendar.countsValue', {
                holidays: info.holidayCount,
                makeup: info.makeupWorkdayCount,
                overrides: info.overrideCount,
              }),
            },
            ...(info.updatedAt
              ? [{ key: 'updated', label: t('calendar.updatedAt'), children: info.updatedAt.slice(0, 10) }]
              : []),
            {
              key: 'papers',
              label: t('calendar.papers'),
              span: 'filled' as const,
              children: info.papers.length ? (
                <Flex vertical>
                  {info.papers.map((p) => (
                    <Typography.Link
                      key={p}
                      href={p}
                      target="_blank"
                      rel="noreferrer"
                      style={{ wordBreak: 'break-all' }}
                    >
                      {p}
                    </Typography.Link>
                  ))}
                </Flex>
              ) : (
                '—'
              ),
            },
            ...(info.note
              ? [{ key: 'note', label: t('calendar.note'), span: 'filled' as const, children: yearNote(t, info) }]
              : []),
          ]}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          message={t('calendar.notCoveredTitle', { year })}
          description={t('calendar.notCoveredBody', { year })}
          action={
            canManage && (
              <Button size="small" type="primary" onClick={onImport}>
                {t('calendar.importThisYear', { year })}
              </Button>
            )
          }
        />
      )}
      {days.data.days.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noDays')} />
      ) : (
        <Row gutter={[12, 12]}>
          {Array.from({ length: 12 }, (_, i) => i + 1)
            .filter((m) => byMonth.has(m))
            .map((m) => (
              <Col key={m} xs={24} md={12} xl={8}>
                <Card size="small" title={t('calendar.month', { month: m })} data-testid={`calendar-month-${m}`}>
                  <Flex vertical gap={6}>
                    {byMonth.get(m)!.map((d) => (
                      <DayRow key={d.date} day={d} canManage={canManage} onChanged={onChanged} />
                    ))}
                  </Flex>
                </Card>
              </Col>
            ))}
        </Row>
      )}
    </Flex>
  );
}

function DayRow({
  day: d,
  canManage,
  onChanged,
}: {
  day: CalendarDay;
  canManage: boolean;
  onChanged: (t: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteOverride();
  const color = d.kind === 'override' ? 'purple' : d.workday ? 'gold' : 'red';
  const label =
    d.kind === 'override'
      ? t('calendar.kindOverride')
      : d.kind === 'makeup-workday'
        ? t('calendar.kindMakeup')
        : d.workday
          ? t('calendar.workday')
          : t('calendar.kindHoliday');
  return (
    <Flex justify="space-between" align="start" gap={8} data-testid={`calendar-day-${d.date}`}>
      <Space size={6} align="start" wrap>
        <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('calendar.dayLabel', { date: d.date.slice(5), weekday: weekdayLabel(t, d.date) })}
        </Typography.Text>
        <Tag color={color} bordered={false}>
          {label}
        </Tag>
        <Typography.Text type="secondary">{dayReason(t, d)}</Typography.Text>
      </Space>
      {canManage && d.override && (
        <Popconfirm
          title={t('calendar.removeOverrideConfirm', { date: d.date })}
          onConfirm={() =>
            remove.mutate(
              { date: d.date },
              {
                onSuccess: (r) => {
                  const text = t('calendar.changed', { count: r.changedDeadlines });
                  message.success(text);
                  onChanged(text);
                },
                onError: (err) => message.error(errorMessage(err, t)),
              },
            )
          }
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('calendar.removeOverride')}
            loading={remove.isPending}
          />
        </Popconfirm>
      )}
    </Flex>
  );
}

function OverrideModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (t: string) => void }) {
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

function ImportYearModal({
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
