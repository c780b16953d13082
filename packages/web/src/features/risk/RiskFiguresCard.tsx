/**
 * 化解工作统计 on the risk board (docs/rules/risk.md#figures): for a period, by county or by first-defendant agency —
 * warnings, red, how many ended in a loss, 判前化解率, days to name a leader, overdue plans — as a table (readable by
 * screen readers, copyable); each unit's warning count opens the board filtered to exactly those items.
 */

import { todayInChina } from '@shuangjiang/domain';
import { Card, DatePicker, Flex, Segmented, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { type RiskFigureUnit, useRiskFigures } from './api.js';

const pct = (v: number | null) => (v === null ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);
const days = (v: number | null) => (v === null ? '—' : (Math.round(v * 10) / 10).toFixed(1));

/** The board's query string that shows exactly this unit's items of the period. */
export function unitLink(u: Pick<RiskFigureUnit, 'filter'>, from: string, to: string): string {
  const q = new URLSearchParams({ includeClosed: 'true', warnedFrom: from, warnedTo: to });
  if (u.filter.regionCode) q.set('regionCode', u.filter.regionCode);
  if (u.filter.regionExact) q.set('regionExact', 'true');
  if (u.filter.agencyId) q.set('agencyId', u.filter.agencyId);
  return `/risks?${q}`;
}

export function RiskFiguresCard() {
  const { t } = useTranslation();
  // This year so far, in China's calendar (the server's warning days are China dates).
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = dayjs(todayInChina());
    return [today.startOf('year'), today];
  });
  const [by, setBy] = useState<'county' | 'agency'>('county');
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const figures = useRiskFigures(from, to, by);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.figures.title')}</h2>}
      data-testid="risk-figures"
      extra={
        <Flex gap={12} align="center" wrap>
          <DatePicker.RangePicker
            aria-label={t('risk.figures.period')}
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
          <Segmented
            aria-label={t('risk.figures.by')}
            value={by}
            onChange={(v) => setBy(v as 'county' | 'agency')}
            options={[
              { value: 'county', label: t('risk.figures.byCounty') },
              { value: 'agency', label: t('risk.figures.byAgency') },
            ]}
          />
        </Flex>
      }
    >
      {figures.error && <Typography.Text type="danger">{errorMessage(figures.error, t)}</Typography.Text>}
      <Table<RiskFigureUnit>
        rowKey="key"
        size="small"
        loading={figures.isFetching}
        dataSource={figures.data?.units ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('risk.figures.none') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('risk.figures.unit'), dataIndex: 'name' },
          {
            key: 'warnings',
            title: t('risk.figures.warnings'),
            render: (_, u) => (
              <Link to={unitLink(u, from, to)} aria-label={t('risk.figures.openUnit', { name: u.name })}>
                {u.warnings}
              </Link>
            ),
          },
          { key: 'red', title: t('risk.figures.red'), dataIndex: 'red' },
          { key: 'lost', title: t('risk.figures.lost'), render: (_, u) => `${u.lost}（${pct(u.lostRate)}）` },
          {
            key: 'resolved',
            title: t('risk.figures.resolvedRate'),
            render: (_, u) => `${pct(u.resolvedRate)}（${u.resolvedBeforeJudgment}/${u.closed}）`,
          },
          { key: 'lead', title: t('risk.figures.avgDaysToLead'), render: (_, u) => days(u.avgDaysToLead) },
          { key: 'overdue', title: t('risk.figures.overduePlans'), dataIndex: 'overduePlans' },
        ]}
        summary={() =>
          figures.data && figures.data.units.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('risk.figures.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{figures.data.total.warnings}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{figures.data.total.red}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                {`${figures.data.total.lost}（${pct(figures.data.total.lostRate)}）`}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4}>
                {`${pct(figures.data.total.resolvedRate)}（${figures.data.total.resolvedBeforeJudgment}/${figures.data.total.closed}）`}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{days(figures.data.total.avgDaysToLead)}</Table.Summary.Cell>
              <Table.Summary.Cell index={6}>{figures.data.total.overduePlans}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
