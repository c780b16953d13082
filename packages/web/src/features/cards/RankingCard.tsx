/**
 * 排名 on the workbench (issue 14): the quarterly loss-rate ranking of the counties or the agencies in the caller's
 * scope (GET /indicators/rankings) — rank, unit, rate with its counts (each opening the unit's cases), the 95% Wilson
 * interval, and for a unit below
 * the minimum "not ranked: fewer than n cases" (docs/rules/indicators-and-sanctions.md#small-numbers).
 */
import { Alert, Card, Flex, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { todayInChina } from '../cases/format.js';
import { ExportXlsxButton } from '../dashboard/ExportXlsxButton.js';
import { figureListUrl } from '../dashboard/KeyFiguresCard.js';
import { endedQuarters, type RankedUnit, useRankings } from './api.js';

/** Links inside the rate's text: underlined, not told apart by colour alone (axe link-in-text-block). */
const UNDERLINED = { textDecoration: 'underline' } as const;

export function RankingCard() {
  const { t } = useTranslation();
  const quarters = endedQuarters(todayInChina());
  const [period, setPeriod] = useState(quarters[0]!.from);
  const [level, setLevel] = useState<'county' | 'agency'>('county');
  const chosen = quarters.find((q) => q.from === period) ?? quarters[0]!;
  const ranking = useRankings({ from: chosen.from, to: chosen.to, level });
  const data = ranking.data;
  return (
    <Card
      size="small"
      title={t('cards.rankingTitle')}
      data-testid="dashboard-ranking"
      extra={
        <Flex gap={8} wrap>
          <Segmented
            size="small"
            value={level}
            onChange={(v) => setLevel(v as 'county' | 'agency')}
            options={[
              { value: 'county', label: t('cards.levelCounty') },
              { value: 'agency', label: t('cards.levelAgency') },
            ]}
          />
          <Select
            size="small"
            aria-label={t('cards.quarter')}
            value={chosen.from}
            onChange={setPeriod}
            options={quarters.map((q) => ({ value: q.from, label: q.label }))}
            style={{ width: 100 }}
          />
          <ExportXlsxButton
            fileName={`${t('cards.rankingTitle')}-${chosen.from}-${chosen.to}.xlsx`}
            testId="ranking-export"
            table={
              data
                ? () => ({
                    title: `${t('cards.rankingTitle')}（${data.indicator.label}，${data.period.label}）`,
                    headers: [
                      t('cards.rank'),
                      t('cards.unit'),
                      data.indicator.label,
                      t('workbench.numerator'),
                      t('workbench.denominator'),
                      t('cards.interval'),
                      t('cards.note'),
                    ],
                    rows: data.units.map((u) => [
                      u.rank === null ? '—' : u.tiedWith.length > 0 ? `${u.rank}=` : u.rank,
                      u.label,
                      u.display,
                      u.numerator,
                      u.denominator,
                      u.interval?.display ?? '—',
                      u.rank === null
                        ? t('cards.notRanked', { n: data.minCases })
                        : u.tiedWith.length > 0
                          ? t('cards.tied')
                          : '',
                    ]),
                  })
                : null
            }
          />
        </Flex>
      }
    >
      {ranking.isError ? (
        <Alert type="error" showIcon message={t('workbench.loadFailed')} description={errorMessage(ranking.error, t)} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('cards.rankingHint', {
              indicator: data.indicator.label,
              period: data.period.label,
              n: data.minCases,
              version: data.definition.version ?? '—',
            })}
          </Typography.Paragraph>
          <Table<RankedUnit>
            size="small"
            rowKey="unitId"
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
            dataSource={data.units}
            locale={{ emptyText: t('cards.rankingEmpty') }}
            data-testid="ranking-table"
            columns={[
              {
                key: 'rank',
                title: t('cards.rank'),
                width: 64,
                render: (_, u) => (u.rank === null ? '—' : u.tiedWith.length > 0 ? `${u.rank}=` : u.rank),
              },
              { key: 'unit', title: t('cards.unit'), render: (_, u) => u.label },
              {
                key: 'rate',
                title: t('cards.rate'),
                align: 'right',
                // The counts open the unit's cases (the lists' exact totals are these counts).
                render: (_, u) => (
                  <span>
                    {u.display}（
                    <Link to={figureListUrl(u.cases.numerator)} style={UNDERLINED}>
                      {u.numerator}
                    </Link>
                    /
                    <Link to={figureListUrl(u.cases.denominator)} style={UNDERLINED}>
                      {u.denominator}
                    </Link>
                    ）
                  </span>
                ),
              },
              {
                key: 'interval',
                title: t('cards.interval'),
                align: 'right',
                render: (_, u) => u.interval?.display ?? '—',
              },
              {
                key: 'note',
                title: t('cards.note'),
                render: (_, u) =>
                  u.rank === null ? (
                    <Typography.Text type="secondary">{t('cards.notRanked', { n: data.minCases })}</Typography.Text>
                  ) : u.tiedWith.length > 0 ? (
                    t('cards.tied')
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
