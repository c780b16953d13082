/**
 * 县区分布图 on the city's workbench (issue 14 §Dashboards): a chosen figure of a period (GET /indicators/figures with
 * `by=region`) on the map of the city's counties (ECharts map series over the city's GeoJSON file, tree-shaken: the map
 * chart, visual map, tooltip and the SVG renderer only), each county coloured by its value, its tooltip the figure's
 * display value; a county clicked opens the case list of exactly that county's cases of the figure (the URL its table
 * row links to). The same numbers as a table (the map is hidden from screen readers, the table is not), downloadable
 * as .xlsx. Only for a region that has a map file (the city): a county coordinator sees none.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Select, Skeleton, Table, Typography } from 'antd';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { todayInChina } from '../cases/format.js';
import {
  type CityMap,
  cityMapLoader,
  type Figure,
  type FigureUnit,
  type MapPeriod,
  mapPeriods,
  unitListUrl,
} from './countyMap.js';
import { ExportXlsxButton } from './ExportXlsxButton.js';
import { useHasWidth } from './useHasWidth.js';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

type Figures = ApiResponse<'/api/v1/indicators/figures', 'get'>;
const DEFAULT_FIGURE = 'new_cases';

/** Registers a city's outline with ECharts once (under its region code) and answers the file. */
function useCityMap(code: string | null | undefined) {
  const load = cityMapLoader(code);
  return useQuery({
    queryKey: ['dashboard', 'cityMap', code],
    queryFn: async () => {
      const map = await (load as () => Promise<CityMap>)();
      // biome-ignore lint/suspicious/noExplicitAny: ECharts types its GeoJSON input loosely (GeoJSONSourceInput).
      if (!echarts.getMap(map.properties.code)) echarts.registerMap(map.properties.code, map as any);
      return map;
    },
    enabled: !!load,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The map card, or nothing when the user's region has no map file. */
export function CountyMapCard() {
  const user = useCurrentUser();
  if (!cityMapLoader(user.regionCode)) return null;
  return <CountyMap cityCode={user.regionCode as string} />;
}

function CountyMap({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = useMemo(() => mapPeriods(todayInChina()), []);
  const [periodKey, setPeriodKey] = useState(periods[0]?.key);
  const [figureId, setFigureId] = useState(DEFAULT_FIGURE);
  const period = periods.find((p) => p.key === periodKey) ?? (periods[0] as MapPeriod);
  const map = useCityMap(cityCode);
  const [mapBox, drawable] = useHasWidth();
  const query = new URLSearchParams({ from: period.from, to: period.to, by: 'region' });
  const figures = useQuery({
    queryKey: ['indicators', 'figures', query.toString()],
    queryFn: ({ signal }) => api.get<Figures>(`/indicators/figures?${query}`, { signal }),
    staleTime: 5 * 60_000,
  });
  const data = figures.data;
  const figure: Figure | undefined = data?.figures.find((f) => f.id === figureId) ?? data?.figures[0];
  const counties = map.data?.features.map((f) => f.properties) ?? [];
  const unitOf = new Map((figure?.units ?? []).map((u) => [u.key, u]));
  // The table: the map's counties in the map file's order, then any other unit (市本级: the city's own cases).
  const rows: FigureUnit[] = [
    ...counties.map(
      (c) =>
        unitOf.get(c.code) ?? {
          key: c.code,
          label: c.name,
          numerator: 0,
          denominator: figure?.denominator === null ? null : 0,
          value: figure?.denominator === null ? 0 : null,
          display: figure?.denominator === null ? '0' : '—',
        },
    ),
    ...(figure?.units ?? []).filter((u) => !counties.some((c) => c.code === u.key)),
  ];
  const nameOf = (u: FigureUnit) => (u.key === cityCode ? t('workbench.mapCityOwn', { name: u.label }) : u.label);
  const isRate = figure ? figure.denominator !== null : false;
  const periodLabel = (p: MapPeriod) =>
    p.quarter
      ? t('workbench.mapQuarter', { year: p.year, quarter: p.quarter })
      : t('workbench.mapYear', { year: p.year });

  const values = counties.map((c) => unitOf.get(c.code)?.value ?? 0);
  const scaleText = (v: number) => (isRate ? `${(v * 100).toFixed(1)}%` : String(Math.round(v)));
  const option = {
    tooltip: {
      trigger: 'item' as const,
      formatter: (p: { data?: { label: string; display: string } }) =>
        p.data ? `${p.data.label}<br/>${figure?.label ?? ''}：${p.data.display}` : '',
    },
    visualMap: {
      type: 'continuous' as const,
      min: 0,
      max: Math.max(...values, isRate ? 0.01 : 1),
      left: 8,
      bottom: 8,
      calculable: false,
      itemHeight: 100,
      text: [scaleText(Math.max(...values, 0)), scaleText(0)],
      inRange: { color: ['#e6f4ff', '#91caff', '#4096ff', '#0958d9'] },
    },
    series: [
      {
        type: 'map' as const,
        map: cityCode,
        nameProperty: 'code',
        layoutCenter: ['50%', '50%'],
        layoutSize: '95%',
        selectedMode: false as const,
        label: {
          show: true,
          fontSize: 12,
          color: '#1f1f1f',
          textBorderColor: '#fff',
          textBorderWidth: 2,
          formatter: (p: { data?: { label: string; display: string } }) =>
            p.data ? `${p.data.label}\n${p.data.display}` : '',
        },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd666' } },
        data: counties.map((c) => {
          const u = unitOf.get(c.code);
          return { name: c.code, value: u?.value ?? 0, label: c.name, display: u?.display ?? '—' };
        }),
      },
    ],
  };

  return (
    <Card
      size="small"
      title={t('workbench.mapTitle')}
      data-testid="dashboard-map"
      extra={
        <Flex gap={8} wrap>
          <Select
            size="small"
            aria-label={t('workbench.period')}
            value={period.key}
            onChange={setPeriodKey}
            options={periods.map((p) => ({ value: p.key, label: periodLabel(p) }))}
            style={{ width: 130 }}
            data-testid="map-period"
          />
          <Select
            size="small"
            aria-label={t('workbench.figure')}
            value={figure?.id ?? figureId}
            onChange={setFigureId}
            options={(data?.figures ?? []).map((f) => ({ value: f.id, label: f.label }))}
            style={{ width: 200 }}
            data-testid="map-figure"
          />
          <ExportXlsxButton
            fileName={`${t('workbench.mapTitle')}-${figure?.label ?? ''}-${period.from}-${period.to}.xlsx`}
            testId="map-export"
            table={
              figure && data
                ? () => ({
                    title: `${figure.label}（${data.period.label}，${data.scope.regionName ?? ''}）`,
                    headers: [
                      t('workbench.mapCounty'),
                      t('workbench.value'),
                      t('workbench.numerator'),
                      t('workbench.denominator'),
                    ],
                    rows: rows.map((u) => [nameOf(u), u.display, u.numerator, u.denominator ?? '—']),
                  })
                : null
            }
          />
        </Flex>
      }
    >
      {figures.isError || map.isError ? (
        <Alert
          type="error"
          showIcon
          message={t('workbench.loadFailed')}
          description={errorMessage(figures.error ?? map.error, t)}
        />
      ) : !data || !map.data || !figure ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('workbench.mapHint', {
              figure: figure.label,
              period: data.period.label,
              version: data.definition.version ?? '—',
            })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <div aria-hidden="true" data-testid="county-map" ref={mapBox} style={{ minHeight: 360 }}>
                {drawable && (
                  <ReactEChartsCore
                    echarts={echarts}
                    option={option}
                    style={{ height: 360 }}
                    opts={{ renderer: 'svg' }}
                    notMerge
                    onEvents={{
                      click: (p: { data?: { name: string } }) => {
                        const unit = p.data && unitOf.get(p.data.name);
                        if (unit) navigate(unitListUrl(figure, unit, cityCode));
                      },
                    }}
                  />
                )}
              </div>
            </Col>
            <Col xs={24} lg={10}>
              <Table<FigureUnit>
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={rows}
                data-testid="map-table"
                title={() => (
                  <Typography.Text strong>
                    {t('workbench.mapTableTitle', { figure: figure.label, period: data.period.label })}
                  </Typography.Text>
                )}
                columns={[
                  {
                    key: 'name',
                    title: t('workbench.mapCounty'),
                    render: (_, u) => <span data-testid="map-row-name">{nameOf(u)}</span>,
                  },
                  {
                    key: 'value',
                    title: figure.label,
                    align: 'right',
                    render: (_, u) =>
                      u.numerator > 0 ? (
                        <Link
                          to={unitListUrl(figure, u, cityCode)}
                          data-testid="map-row-value"
                          data-region={u.key}
                          data-count={u.numerator}
                          aria-label={t('workbench.openFigureCasesOf', {
                            unit: nameOf(u),
                            figure: figure.label,
                            count: u.numerator,
                          })}
                        >
                          {u.display}
                        </Link>
                      ) : (
                        <span data-testid="map-row-value" data-region={u.key} data-count={0}>
                          {u.display}
                        </span>
                      ),
                  },
                  ...(isRate
                    ? [
                        {
                          key: 'ratio',
                          title: `${t('workbench.numerator')}/${t('workbench.denominator')}`,
                          align: 'right' as const,
                          render: (_: unknown, u: FigureUnit) => `${u.numerator}/${u.denominator ?? '—'}`,
                        },
                      ]
                    : []),
                ]}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
