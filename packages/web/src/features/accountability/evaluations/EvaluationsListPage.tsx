/**
 * 败诉评价 (/accountability/evaluations): the evaluations the user sees (experts: those assigned to them), filtered by
 * state, each linking to its page. The list never carries review content (blind review, server-side).
 */
import { Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../app/api/errors.js';
import { type EvaluationListItem, useEvaluations } from './api.js';

export const EVALUATION_STATES = [
  'opened',
  'initial_evaluated',
  'in_review',
  'concluded',
  'referred',
  'outcome_recorded',
] as const;

export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  const color = state === 'in_review' ? 'processing' : state === 'opened' ? 'warning' : 'default';
  return <Tag color={color}>{t(`evaluations.states.${state as 'opened'}`)}</Tag>;
}

export function EvaluationsListPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<string>('all');
  const [page, setPage] = useState(1);
  const list = useEvaluations(state === 'all' ? null : state, page);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('evaluations.title')}
      </Typography.Title>
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      <Card size="small">
        <div style={{ overflowX: 'auto', marginBottom: 8 }}>
          <Segmented
            aria-label={t('evaluations.state')}
            value={state}
            onChange={(v) => {
              setState(String(v));
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('evaluations.all') },
              ...EVALUATION_STATES.map((s) => ({ value: s, label: t(`evaluations.states.${s}`) })),
            ]}
          />
        </div>
        <Table<EvaluationListItem>
          rowKey="id"
          size="small"
          data-testid="evaluations-list"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('evaluations.none') }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            {
              key: 'case',
              title: t('evaluations.case'),
              render: (_, r) => (
                <Link to={`/accountability/evaluations/${r.id}`}>
                  {r.case?.caseNumber ?? t('evaluations.noCaseNumber')}
                </Link>
              ),
            },
            { key: 'state', title: t('evaluations.state'), render: (_, r) => <StateTag state={r.state} /> },
            {
              key: 'trigger',
              title: t('evaluations.trigger'),
              render: (_, r) => t(`evaluations.triggers.${r.trigger}`),
            },
            { key: 'defendant', title: t('evaluations.defendant'), render: (_, r) => r.case?.defendantName ?? '—' },
            { key: 'effectiveOn', title: t('evaluations.effectiveOn'), render: (_, r) => r.effectiveOn ?? '—' },
            {
              key: 'reviews',
              title: t('evaluations.reviews'),
              render: (_, r) =>
                r.reviewsAssigned
                  ? t('evaluations.reviewCount', { n: r.reviewsSubmitted, of: r.reviewsAssigned })
                  : '—',
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
