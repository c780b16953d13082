/**
 * The deadline buckets per unit as grouped bars (ECharts, tree-shaken: the bar chart, grid, tooltip, legend and the
 * canvas renderer only). A bar clicked opens the case list of that unit and bucket; the same numbers are in the table
 * beside it (the chart is hidden from screen readers, the table is not).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useHasWidth } from './useHasWidth.js';
import { BUCKETS, type Bucket, bucketListUrl, type Workload } from './workloadApi.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const COLOURS: Record<Bucket, string> = {
  overdue: '#c8102e',
  within10: '#d46b08',
  within20: '#d4b106',
  noHandler: '#595959',
};

export function BucketChart({ workload }: { workload: Workload }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Drawn once its box has a width (ECharts cannot lay out a chart in a hidden box or a DOM without layout).
  const [box, drawable] = useHasWidth();
  const units = workload.units.slice(0, 15);
  const option = {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category' as const, data: units.map((u) => u.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: BUCKETS.map((b) => ({
      name: t(`workbench.${b}`),
      type: 'bar' as const,
      data: units.map((u) => u[b]),
      itemStyle: { color: COLOURS[b] },
    })),
  };
  return (
    <div aria-hidden="true" data-testid="bucket-chart" ref={box} style={{ minHeight: 300 }}>
      {drawable && (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          style={{ height: 300 }}
          notMerge
          onEvents={{
            click: (p: { dataIndex: number; seriesIndex: number }) => {
              const unit = units[p.dataIndex];
              const bucket = BUCKETS[p.seriesIndex];
              if (unit && bucket) navigate(bucketListUrl(workload, unit.filter, bucket));
            },
          }}
        />
      )}
    </div>
  );
}
