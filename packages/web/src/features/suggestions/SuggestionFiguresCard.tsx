/**
 * 及时答复率 per agency for a year (GET /api/v1/suggestions/figures, docs/rules/suggestions.md): suggestions due, answered
 * on time, late, overdue and the rate, with the total — on 建议办理 and on the coordinators' 工作台.
 */
import { Card, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '../cases/format.js';
import { ExportXlsxButton } from '../dashboard/ExportXlsxButton.js';
import { useSuggestionFigures } from './api.js';
import { percent } from './SuggestionTags.js';

const chinaYear = () => Number(todayInChina().slice(0, 4));

export function SuggestionFiguresCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(chinaYear());
  const figures = useSuggestionFigures(year);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('suggestions.figures')}</h2>}
      extra={
        <Flex gap={8} align="center">
          <Select
            aria-label={t('suggestions.year')}
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((d) => ({
              value: chinaYear() - d,
              label: chinaYear() - d,
            }))}
          />
          <ExportXlsxButton
            fileName={`${t('suggestions.figures')}-${year}.xlsx`}
            testId="suggestion-figures-export"
            table={
              figures.data
                ? () => {
                    const d = figures.data;
                    const row = (name: string, r: (typeof d.byAgency)[number] | typeof d.total) => [
                      name,
                      r.denominator,
                      r.numerator,
                      r.late,
                      r.overdue,
                      percent(r.value),
                    ];
                    return {
                      title: `${t('suggestions.figures')}（${year}）`,
                      headers: [
                        t('suggestions.agency'),
                        t('suggestions.dueCount'),
                        t('suggestions.onTime'),
                        t('suggestions.late'),
                        t('suggestions.overdueCount'),
                        t('suggestions.rate'),
                      ],
                      rows: [...d.byAgency.map((r) => row(r.agencyName, r)), row(t('suggestions.total'), d.total)],
                    };
                  }
                : null
            }
          />
        </Flex>
      }
    >
      <Table
        rowKey="agencyId"
        size="small"
        data-testid="suggestion-figures"
        loading={figures.isFetching}
        pagination={false}
        dataSource={figures.data?.byAgency ?? []}
        locale={{ emptyText: t('suggestions.none') }}
        summary={() =>
          figures.data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('suggestions.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{figures.data.total.denominator}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{figures.data.total.numerator}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>{figures.data.total.late}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>{figures.data.total.overdue}</Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{percent(figures.data.total.value)}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
        columns={[
          { key: 'agency', title: t('suggestions.agency'), dataIndex: 'agencyName' },
          { key: 'due', title: t('suggestions.dueCount'), dataIndex: 'denominator' },
          { key: 'onTime', title: t('suggestions.onTime'), dataIndex: 'numerator' },
          { key: 'late', title: t('suggestions.late'), dataIndex: 'late' },
          { key: 'overdue', title: t('suggestions.overdueCount'), dataIndex: 'overdue' },
          { key: 'rate', title: t('suggestions.rate'), render: (_, r) => percent(r.value) },
        ]}
      />
    </Card>
  );
}
