/**
 * 期限分档 (issue 14 §Dashboards): the caller's open deadlines in buckets — overdue, ≤ 10 and ≤ 20 days left (overdue
 * included), open cases without a 承办人 — per unit (chart and table) and per 承办人 (table). Every number links to
 * the case list holding exactly its cases; a table can be downloaded as .xlsx. A city coordinator or leader picks a
 * county to see it per agency, as its coordinator does.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { BucketChart } from './BucketChart.js';
import { CountySelect } from './CountySelect.js';
import { downloadXlsx } from './exportTable.js';
import { BUCKETS, type Bucket, bucketListUrl, useWorkload, type Workload, type WorkloadRow } from './workloadApi.js';

type View = 'units' | 'people';

export function WorkloadCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const cityWide = user.role === 'city_coordinator' || user.role === 'leader';
  const [region, setRegion] = useState<string | undefined>();
  const workload = useWorkload(true, region);
  const [view, setView] = useState<View>('units');
  const w = workload.data;

  const nameOf = (row: WorkloadRow) =>
    'key' in row ? row.name : row.userId ? (row.name ?? t('workbench.unknownPerson')) : t('workbench.nobody');
  const rows: WorkloadRow[] = w ? (view === 'units' ? w.units : w.people) : [];
  const firstHeader = view === 'units' ? t('workbench.unit') : t('workbench.person');

  const exportXlsx = async () => {
    if (!w) return;
    try {
      await downloadXlsx(`${t('workbench.bucketsTitle')}-${w.today}.xlsx`, {
        title: `${t('workbench.bucketsTitle')}（${view === 'units' ? t('workbench.byUnit') : t('workbench.byPerson')}，${w.today}）`,
        headers: [firstHeader, ...BUCKETS.map((b) => t(`workbench.${b}`))],
        rows: [
          ...rows.map((r) => [nameOf(r), ...BUCKETS.map((b) => r[b])]),
          [t('workbench.total'), ...BUCKETS.map((b) => w.totals[b])],
        ],
      });
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };

  const cell = (row: WorkloadRow, bucket: Bucket) => {
    if (!w) return null;
    // A person's row has no 无承办人 cases (only the row without a person has them).
    if (bucket === 'noHandler' && 'userId' in row && row.userId)
      return <Typography.Text type="secondary">—</Typography.Text>;
    const n = row[bucket];
    return (
      <Link
        to={bucketListUrl(w, row.filter, bucket)}
        aria-label={t('workbench.openCases', { unit: nameOf(row), bucket: t(`workbench.${bucket}`), count: n })}
        data-testid={`bucket-${bucket}`}
      >
        {n}
      </Link>
    );
  };

  return (
    <Card
      size="small"
      title={t('workbench.bucketsTitle')}
      data-testid="dashboard-workload"
      extra={
        <Flex gap={8} wrap>
          {cityWide && <CountySelect value={region} onChange={setRegion} data-testid="workload-region" />}
          <Segmented<View>
            size="small"
            value={view}
            onChange={setView}
            options={[
              { value: 'units', label: t('workbench.byUnit') },
              { value: 'people', label: t('workbench.byPerson') },
            ]}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() => void exportXlsx()}
            disabled={!w}
            data-testid="workload-export"
          >
            {t('workbench.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      {workload.isError ? (
        <Alert
          type="error"
          showIcon
          message={t('workbench.loadFailed')}
          description={errorMessage(workload.error, t)}
        />
      ) : !w ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('workbench.bucketsHint', { today: w.today })}
          </Typography.Paragraph>
          {view === 'units' && w.units.length > 1 && <BucketChart workload={w} />}
          <WorkloadTable w={w} region={region} rows={rows} firstHeader={firstHeader} nameOf={nameOf} cell={cell} />
        </>
      )}
    </Card>
  );
}

function WorkloadTable({
  w,
  region,
  rows,
  firstHeader,
  nameOf,
  cell,
}: {
  w: Workload;
  /** The county picked: the totals' list is its cases. */
  region: string | undefined;
  rows: WorkloadRow[];
  firstHeader: string;
  nameOf: (r: WorkloadRow) => string;
  cell: (r: WorkloadRow, b: Bucket) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const filter = region ? { regionCode: region } : {};
  const totalRow = { key: '__total', filter, name: t('workbench.total'), ...w.totals } as WorkloadRow;
  return (
    <Table<WorkloadRow>
      size="small"
      pagination={false}
      rowKey={(r) => ('key' in r ? r.key : (r.userId ?? '__none'))}
      dataSource={rows}
      locale={{ emptyText: t('workbench.empty') }}
      data-testid="workload-table"
      columns={[
        {
          key: 'name',
          title: firstHeader,
          render: (_, r) => <span data-testid="workload-row-name">{nameOf(r)}</span>,
        },
        ...BUCKETS.map((b) => ({
          key: b,
          title: t(`workbench.${b}`),
          align: 'right' as const,
          render: (_: unknown, r: WorkloadRow) => cell(r, b),
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('workbench.total')}</Table.Summary.Cell>
          {BUCKETS.map((b, i) => (
            <Table.Summary.Cell key={b} index={i + 1} align="right">
              {cell(totalRow, b)}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
