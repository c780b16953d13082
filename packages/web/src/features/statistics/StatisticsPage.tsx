/**
 * 统计报表 (/statistics, /statistics/:id): the statutory forms of the caller's region (docs/rules/statistics.md). The
 * list of filings; a form and period to open one's own unit's filing (pre-filled from the registry) or, for the city,
 * to sum the accepted ones; the selected filing's grid in the form's layout with the adjusted cells marked and their
 * reasons, the checks with the cases behind each failed one, the history (the return comments) and the steps the
 * caller may take: adjust, recount, submit; return with a comment, accept; export .xlsx.
 */
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useFiling, useFilings, useStatForms } from './api.js';
import { FilingView, STATUS_COLORS } from './FilingView.js';
import { OpenForm } from './OpenForm.js';

export function StatisticsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const forms = useStatForms();
  const list = useFilings();
  const filing = useFiling(id);
  const layout = forms.data?.forms.find((f) => f.kind === filing.data?.form);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('statistics.title')}
      </Typography.Title>
      {forms.data && <OpenForm forms={forms.data.forms} />}
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      <Table
        data-testid="statistics-filings"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('statistics.none') }}
        onRow={(r) => ({ onClick: () => navigate(`/statistics/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'period', title: t('statistics.period'), dataIndex: 'periodLabel' },
          {
            key: 'form',
            title: t('statistics.form'),
            render: (_, r) => <Link to={`/statistics/${r.id}`}>{t(`statistics.forms.${r.form}`)}</Link>,
          },
          {
            key: 'unit',
            title: t('statistics.unit'),
            render: (_, r) => `${r.region.name}（${t(`statistics.scopes.${r.scope}`)}）`,
          },
          {
            key: 'status',
            title: t('statistics.status'),
            render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`statistics.statuses.${r.status}`)}</Tag>,
          },
          { key: 'adjusted', title: t('statistics.adjustedCount'), dataIndex: 'adjustedCells' },
        ]}
      />
      {filing.error && <Typography.Text type="danger">{errorMessage(filing.error, t)}</Typography.Text>}
      {filing.data && layout && <FilingView filing={filing.data} layout={layout} />}
    </Flex>
  );
}
