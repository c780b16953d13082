/** 近期开庭 on the workbench: the scheduled hearings of the caller's cases in the next days, each linking to its case. */
import { Alert, Card, Empty, Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chinaDateTime } from '../cases/format.js';
import { useUpcomingHearings } from '../hearings/api.js';

const DAYS = 14;

export function UpcomingHearingsCard() {
  const { t } = useTranslation();
  const hearings = useUpcomingHearings(DAYS);
  const items = hearings.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('workbench.hearingsTitle')}
      data-testid="dashboard-hearings"
      extra={t('workbench.hearingsHint', { days: DAYS })}
    >
      {hearings.isError ? (
        <Alert type="error" showIcon message={t('workbench.loadFailed')} />
      ) : hearings.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.hearingsEmpty')} />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={items.slice(0, 10)}
          columns={[
            { key: 'at', title: t('workbench.hearingTime'), render: (_, h) => chinaDateTime(h.scheduledAt) },
            {
              key: 'case',
              title: t('workbench.hearingCase'),
              render: (_, h) => <Link to={`/cases/${h.caseId}`}>{h.caseNumber ?? t('cases.noNumber')}</Link>,
            },
            { key: 'room', title: t('workbench.hearingCourtroom'), render: (_, h) => h.courtroom ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
