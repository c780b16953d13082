import { InfoCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseMeta, DeadlineOut } from './api.js';
import { DaysLeft, ProvisionalTag } from './CaseTags.js';
import { deadlineRuleText, labelOf } from './format.js';

const noDeadlines = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

/**
 * The case's deadlines. The table fits its card without horizontal scrolling: the rule's name wraps and the other
 * columns have fixed widths; on a phone the days left go under the due date and the actions into the expanded row,
 * beside the explanation.
 */
export function DeadlinesSection({
  detail,
  meta,
  phone,
  actions,
}: {
  detail: CaseDetail;
  meta?: CaseMeta;
  phone: boolean;
  /** Per-row actions (adjust, mark done) for users who may change the case. */
  actions?: (d: DeadlineOut) => ReactNode;
}) {
  const { t } = useTranslation();
  // The explanation is the registry's computed Chinese text citing the statute: shown as it is, marked as Chinese.
  const explain = (d: DeadlineOut) => (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cases.detail.deadlineExplain')}
      </Typography.Text>
      <Typography.Text lang="zh-CN" style={{ whiteSpace: 'pre-wrap' }}>
        {d.explanation}
      </Typography.Text>
      {d.customDueDate && (
        <Typography.Text type="warning">
          {t('cases.detail.deadlineCustom', { reason: d.customReason ?? '' })}
        </Typography.Text>
      )}
      {phone && actions && <div data-testid="deadline-actions-expanded">{actions(d)}</div>}
    </Flex>
  );
  const due = (d: DeadlineOut) =>
    d.customDueDate ? (
      // The custom date in force, the statutory one beside it (docs/rules/deadlines.md#explanation-and-custom-dates).
      <Flex vertical data-testid={`deadline-custom-${d.ruleId}`}>
        <Tooltip title={d.customReason}>
          <Typography.Text type={d.overdue ? 'danger' : undefined}>
            {d.customDueDate} <Tag bordered={false}>{t('caseWork.customTag')}</Tag>
          </Typography.Text>
        </Tooltip>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('caseWork.statutory', { date: d.dueDate ?? '—' })}
          {d.dueDateProvisional && <ProvisionalTag />}
        </Typography.Text>
        <Typography.Text type="warning" style={{ fontSize: 12, maxWidth: '100%' }} ellipsis>
          {d.customReason}
        </Typography.Text>
      </Flex>
    ) : d.effectiveDueDate ? (
      <span data-testid={`deadline-due-${d.ruleId}`}>
        <Typography.Text type={d.overdue ? 'danger' : undefined}>{d.effectiveDueDate}</Typography.Text>
        {d.provisional && <ProvisionalTag />}
      </span>
    ) : (
      <Tooltip title={t('cases.detail.deadlineNoCalendar')}>
        <Typography.Text type="secondary">
          — <QuestionCircleOutlined aria-label={t('cases.detail.deadlineNoCalendar')} />
        </Typography.Text>
      </Tooltip>
    );
  const left = (d: DeadlineOut) =>
    d.status === 'open' ? (
      <DaysLeft date={d.effectiveDueDate} showDate={false} />
    ) : (
      <Tag color={d.status === 'missed' ? 'red' : 'green'} bordered={false}>
        {labelOf(meta?.deadlineStatuses, d.status)}
      </Tag>
    );
  return (
    <Card size="small" title={t('cases.detail.sectionDeadlines')} data-testid="section-deadlines">
      {detail.deadlines.length === 0 ? (
        noDeadlines(t('cases.detail.noDeadlines'))
      ) : (
        <Table<DeadlineOut>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.deadlines}
          tableLayout="fixed"
          onRow={(d) => (d.overdue ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } : {})}
          expandable={{ expandedRowRender: explain, columnWidth: phone ? 32 : 40 }}
          columns={[
            {
              key: 'name',
              title: t('cases.detail.deadlineName'),
              render: (_, d) => {
                const rule = deadlineRuleText(t, d);
                return (
                  <Flex vertical>
                    <span>
                      <Typography.Text strong={d.status === 'open'} data-testid={`deadline-name-${d.ruleId}`}>
                        {rule.name}
                      </Typography.Text>{' '}
                      <Tooltip title={<span lang="zh-CN">{d.explanation}</span>} styles={{ root: { maxWidth: 420 } }}>
                        <InfoCircleOutlined
                          aria-label={t('cases.detail.deadlineExplain')}
                          style={{ color: '#8c8c8c' }}
                        />
                      </Tooltip>
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {rule.basis}
                    </Typography.Text>
                  </Flex>
                );
              },
            },
            ...(phone
              ? [
                  {
                    key: 'due',
                    title: t('cases.detail.deadlineDue'),
                    width: 112,
                    render: (_: unknown, d: DeadlineOut) => (
                      <Flex vertical gap={2} align="start">
                        {due(d)}
                        {(d.status !== 'open' || d.effectiveDueDate) && left(d)}
                      </Flex>
                    ),
                  },
                ]
              : [
                  {
                    key: 'from',
                    title: t('cases.detail.deadlineFrom'),
                    width: 104,
                    render: (_: unknown, d: DeadlineOut) => d.fromDate,
                  },
                  {
                    key: 'due',
                    title: t('cases.detail.deadlineDue'),
                    width: 128,
                    render: (_: unknown, d: DeadlineOut) => due(d),
                  },
                  {
                    key: 'left',
                    title: t('cases.detail.deadlineLeft'),
                    width: 124,
                    render: (_: unknown, d: DeadlineOut) => left(d),
                  },
                ]),
            ...(actions && !phone
              ? [
                  {
                    key: 'actions',
                    title: t('caseWork.actions'),
                    width: 116,
                    render: (_: unknown, d: DeadlineOut) => actions(d),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
