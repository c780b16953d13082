/**
 * The dry run's overview (e.g. of the court's monthly new-case list): per agency (first defendant) how many of the
 * file's cases are new and how many already registered, then the 案号 of each.
 */
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportOverview, OverviewCase } from './api.js';

function CaseNumbers({ cases }: { cases: OverviewCase[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <Typography.Text type="secondary">{t('importOverview.none')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {cases.map((c) => (
        <Tag key={c.row} bordered={false} title={c.agencyName ?? undefined}>
          {c.caseNumber}
          {c.changed ? `（${t('importOverview.changed')}）` : ''}
        </Tag>
      ))}
    </Space>
  );
}

export function ImportOverviewView({
  overview,
  created,
  known,
}: {
  overview: ImportOverview;
  created: number;
  known: number;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-overview">
      <Table
        size="small"
        rowKey={(a) => a.agencyId ?? ''}
        dataSource={overview.agencies}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('importOverview.agency'), dataIndex: 'name' },
          { title: t('importOverview.newCases'), dataIndex: 'newCases', width: 100 },
          { title: t('importOverview.knownCases'), dataIndex: 'knownCases', width: 100 },
        ]}
      />
      <Typography.Text strong>{t('importOverview.newList', { count: created })}</Typography.Text>
      <CaseNumbers cases={overview.newCases} />
      <Typography.Text strong>{t('importOverview.knownList', { count: known })}</Typography.Text>
      <CaseNumbers cases={overview.knownCases} />
    </Space>
  );
}
