/**
 * One year of the working-day calendar (工作日历): where the year's schedule came from, its counts and papers, and
 * each month's holidays, 调休上班 days and corrections; an administrator removes a correction from its row.
 */
import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/errors.js';
import { type CalendarDay, type CalendarYear, useCalendarDays, useDeleteOverride } from './api.js';
import { dayReason, weekdayLabel, yearNote } from './dayText.js';
export function YearView({
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
