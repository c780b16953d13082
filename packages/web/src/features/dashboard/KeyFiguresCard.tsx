/**
 * 关键指标 on the workbench (issue 14): the indicators of GET /indicators/figures for a year (this year to date or a past
 * one) in the caller's scope or one county of it, each with 同比 and 环比 and a link to the cases of its numerator; the
 * chosen figure's monthly trend as a line (a point clicked opens that month's cases); the figures also as a table,
 * downloadable as .xlsx.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Select, Skeleton, Table, Typography } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { todayInChina } from '../cases/format.js';
import { CountySelect } from './CountySelect.js';
import { ExportXlsxButton } from './ExportXlsxButton.js';
import { downloadXlsx } from './exportTable.js';
import { useHasWidth } from './useHasWidth.js';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Figures = ApiResponse<'/api/v1/indicators/figures', 'get'>;
type Figure = Figures['figures'][number];

/** A figure's case link (`/api/v1/cases?…`) as the web's case list with an exact total, optionally for other dates. */
export function figureListUrl(apiLink: string, range?: { from: string; to: string }): string {
  const q = new URLSearchParams(apiLink.slice(apiLink.indexOf('?') + 1));
  if (range) {
    q.set('indicatorFrom', range.from);
    q.set('indicatorTo', range.to);
  }
  q.set('exactTotal', 'true');
  return `/cases?${q}`;
}

const monthEnd = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export function KeyFiguresCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const today = todayInChina();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [region, setRegion] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string | undefined>();
  const [trendBox, drawable] = useHasWidth();
  const cityWide = user.role === 'city_coordinator' || user.role === 'leader';
  const from = `${year}-01-01`;
  const to = year === thisYear ? today : `${year}-12-31`;
  const query = new URLSearchParams({ from, to, by: 'month' });
  if (region) query.set('region', region);
  const figures = useQuery({
    queryKey: ['indicators', 'figures', query.toString()],
    queryFn: ({ signal }) => api.get<Figures>(`/indicators/figures?${query}`, { signal }),
    staleTime: 5 * 60_000,
  });
  const data = figures.data;
  const shown = data?.figures ?? [];
  const current: Figure | undefined = shown.find((f) => f.id === chosen) ?? shown[0];

  const exportXlsx = async () => {
    if (!data) return;
    try {
      await downloadXlsx(`${t('workbench.figuresTitle')}-${from}-${to}.xlsx`, {
        title: `${t('workbench.figuresTitle')}（${data.period.label}，${data.scope.regionName ?? ''}）`,
        headers: [
          t('workbench.figure'),
          t('workbench.value'),
          t('workbench.numerator'),
          t('workbench.denominator'),
          t('workbench.yearOnYear'),
          t('workbench.periodOnPeriod'),
        ],
        rows: shown.map((f) => [
          f.label,
          f.display,
          f.numerator,
          f.denominator ?? '—',
          f.yearOnYear.changeDisplay,
          f.periodOnPeriod.changeDisplay,
        ]),
      });
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };

  const months = (current?.units ?? [])
    .filter((u) => /^\d{4}-\d{2}$/.test(u.key))
    .sort((a, b) => a.key.localeCompare(b.key));
  const option = {
    tooltip: { trigger: 'axis' as const },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category' as const, data: months.map((m) => m.key) },
    yAxis: { type: 'value' as const },
    series: [{ type: 'line' as const, name: current?.label, data: months.map((m) => m.value ?? 0), smooth: false }],
  };

  return (
    <Card
      size="small"
      title={t('workbench.figuresTitle')}
      data-testid="dashboard-figures"
      extra={
        <Flex gap={8} wrap>
          <Select
            size="small"
            aria-label={t('workbench.period')}
            value={year}
            onChange={setYear}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 90 }}
          />
          {cityWide && <CountySelect value={region} onChange={setRegion} />}
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportXlsx()} disabled={!data}>
            {t('workbench.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      {figures.isError ? (
        <Alert type="error" showIcon message={t('workbench.loadFailed')} description={errorMessage(figures.error, t)} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('workbench.figuresHint', {
              period: data.period.label,
              scope: data.scope.regionName ?? t('workbench.scopeAll'),
              version: data.definition.version ?? '—',
            })}
          </Typography.Paragraph>
          <Table<Figure>
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={shown}
            locale={{ emptyText: t('workbench.figuresEmpty') }}
            rowClassName={(f) => (f.id === current?.id ? 'ant-table-row-selected' : '')}
            onRow={(f) => ({ onClick: () => setChosen(f.id) })}
            data-testid="figures-table"
            columns={[
              { key: 'label', title: t('workbench.figure'), render: (_, f) => f.label },
              {
                key: 'value',
                title: t('workbench.value'),
                align: 'right',
                render: (_, f) => (
                  <Link
                    to={figureListUrl(f.cases.numerator)}
                    aria-label={t('workbench.openFigureCases', { figure: f.label, count: f.numerator })}
                  >
                    {f.display}
                  </Link>
                ),
              },
              {
                key: 'ratio',
                title: `${t('workbench.numerator')}/${t('workbench.denominator')}`,
                align: 'right',
                render: (_, f) =>
                  f.denominator === null ? (
                    f.numerator
                  ) : (
                    <span>
                      <Link to={figureListUrl(f.cases.numerator)}>{f.numerator}</Link>/
                      {f.cases.denominator ? (
                        <Link to={figureListUrl(f.cases.denominator)}>{f.denominator}</Link>
                      ) : (
                        f.denominator
                      )}
                    </span>
                  ),
              },
              {
                key: 'yoy',
                title: t('workbench.yearOnYear'),
                align: 'right',
                render: (_, f) => f.yearOnYear.changeDisplay,
              },
              {
                key: 'pop',
                title: t('workbench.periodOnPeriod'),
                align: 'right',
                render: (_, f) => f.periodOnPeriod.changeDisplay,
              },
            ]}
          />
          {current && months.length > 1 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 12 }}>
                {t('workbench.trendTitle', { figure: current.label })}
              </Typography.Title>
              <TrendTable figure={current} months={months} />
              <div aria-hidden="true" data-testid="figure-trend" ref={trendBox} style={{ minHeight: 220 }}>
                {drawable && (
                  <ReactEChartsCore
                    echarts={echarts}
                    option={option}
                    style={{ height: 220 }}
                    notMerge
                    onEvents={{
                      click: (p: { dataIndex: number }) => {
                        const m = months[p.dataIndex];
                        if (m)
                          navigate(
                            figureListUrl(current.cases.numerator, { from: `${m.key}-01`, to: monthEnd(m.key) }),
                          );
                      },
                    }}
                  />
                )}
              </div>
            </>
          )}
        </>
      )}
    </Card>
  );
}

type Month = NonNullable<Figure['units']>[number];

/**
 * The trend's numbers as a table (the line above is hidden from screen readers): one column per month, its value
 * opening that month's cases of the numerator; downloadable as .xlsx.
 */
function TrendTable({ figure, months }: { figure: Figure; months: Month[] }) {
  const { t } = useTranslation();
  const rate = figure.denominator !== null;
  const monthRange = (m: Month) => ({ from: `${m.key}-01`, to: monthEnd(m.key) });
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 4 }}>
        <ExportXlsxButton
          fileName={`${t('workbench.trendTitle', { figure: figure.label })}.xlsx`}
          testId="trend-export"
          table={() => ({
            title: t('workbench.trendTitle', { figure: figure.label }),
            headers: [
              t('workbench.month'),
              t('workbench.value'),
              t('workbench.numerator'),
              ...(rate ? [t('workbench.denominator')] : []),
            ],
            rows: months.map((m) => [m.key, m.display, m.numerator, ...(rate ? [m.denominator ?? '—'] : [])]),
          })}
        />
      </Flex>
      <Table<{ key: string }>
        size="small"
        pagination={false}
        rowKey="key"
        scroll={{ x: 'max-content' }}
        data-testid="trend-table"
        dataSource={[{ key: 'value' }]}
        columns={[
          { key: 'label', title: t('workbench.month'), render: () => figure.label },
          ...months.map((m) => ({
            key: m.key,
            title: m.key,
            align: 'right' as const,
            render: () =>
              m.numerator > 0 ? (
                <Link
                  to={figureListUrl(figure.cases.numerator, monthRange(m))}
                  aria-label={t('workbench.openFigureCasesOf', {
                    unit: m.key,
                    figure: figure.label,
                    count: m.numerator,
                  })}
                >
                  {m.display}
                </Link>
              ) : (
                m.display
              ),
          })),
        ]}
      />
    </>
  );
}
