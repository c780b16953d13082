/**
 * 工作日历 (/settings/calendar): the working-day calendar every working-day deadline is counted on (docs/rules/calendar.md).
 * Year tabs (bundled official schedule or entered by an administrator), each month's holidays, 调休上班 days and
 * corrections with their reasons. With calendar.manage: import a year's schedule (holiday-cn JSON, pasted or
 * uploaded), correct a day, remove a correction; each change shows how many open deadlines moved. Read-only for others.
 */
import { CalendarOutlined, ImportOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/errors.js';
import { useCurrentUser } from '../../../app/auth/AuthProvider.js';
import { permissionsOf } from '../api.js';
import { checkDate, useCalendarYears } from './api.js';
import { ImportYearModal, OverrideModal } from './CalendarDialogs.js';
import { YearView } from './CalendarYearView.js';
import { dayReason, weekdayLabel } from './dayText.js';
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
