/**
 * 风险预警与化解 (/risks): the risk items of the cases the user sees — a count by level and state, then the list with
 * overdue items first (the server's order: overdue, red, yellow, oldest warning), each linking to its page and case;
 * then the period's figures by county or agency (RiskFiguresCard), whose counts open this list filtered to the unit.
 */
import { Button, Card, Checkbox, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { type RiskListFilter, type RiskListItem, useRiskItems } from './api.js';
import { RiskFiguresCard } from './RiskFiguresCard.js';
import { LevelTag, OverdueTag, StateTag } from './RiskTags.js';

const LEVELS = ['red', 'yellow', 'green'] as const;
const STATES = ['warning', 'lead_assigned', 'planned', 'supervised', 'closed'] as const;

export function RiskBoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // A unit's items from the figures below (its filter and the period), closed ones included.
  const filter: RiskListFilter = {
    regionCode: params.get('regionCode') ?? undefined,
    regionExact: params.get('regionExact') === 'true' || undefined,
    agencyId: params.get('agencyId') ?? undefined,
    warnedFrom: params.get('warnedFrom') ?? undefined,
    warnedTo: params.get('warnedTo') ?? undefined,
  };
  const filtered = Object.values(filter).some((v) => v !== undefined);
  // In the address, so a unit's link from the figures (closed items included) and the checkbox agree.
  const includeClosed = params.get('includeClosed') === 'true';
  const setIncludeClosed = (on: boolean) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('includeClosed', 'true');
      else next.delete('includeClosed');
      return next;
    });
  const [level, setLevel] = useState<string>('all');
  const list = useRiskItems(includeClosed, filter);
  const items = list.data?.items ?? [];
  const shown = level === 'all' ? items : items.filter((i) => i.level === level);
  const count = (l: string, s: string) => items.filter((i) => i.level === l && i.state === s).length;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('risk.boardTitle')}
      </Typography.Title>
      {list.error && <Typography.Text type="danger">{errorMessage(list.error, t)}</Typography.Text>}
      {filtered && (
        <Flex gap={8} align="center" data-testid="risk-filter">
          <Tag color="blue">
            {t('risk.figures.filtered', {
              from: filter.warnedFrom ?? '…',
              to: filter.warnedTo ?? '…',
              n: items.length,
            })}
          </Tag>
          <Button size="small" onClick={() => setParams({})}>
            {t('risk.figures.clearFilter')}
          </Button>
        </Flex>
      )}
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.byLevelState')}</h2>}>
        <Table
          rowKey="level"
          size="small"
          pagination={false}
          data-testid="risk-summary"
          dataSource={LEVELS.filter((l) => items.some((i) => i.level === l)).map((l) => ({ level: l }))}
          locale={{ emptyText: t('risk.none') }}
          columns={[
            { key: 'level', title: t('risk.level'), render: (_, r) => <LevelTag level={r.level} /> },
            ...STATES.filter((s) => includeClosed || s !== 'closed').map((s) => ({
              key: s,
              title: t(`risk.states.${s}`),
              render: (_: unknown, r: { level: string }) => count(r.level, s) || '—',
            })),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.summary')}</h2>}
        extra={
          <Flex gap={12} align="center">
            <Segmented
              aria-label={t('risk.level')}
              value={level}
              onChange={(v) => setLevel(String(v))}
              options={[
                { value: 'all', label: t('risk.all') },
                ...LEVELS.map((l) => ({ value: l, label: t(`risk.levels.${l}`) })),
              ]}
            />
            <Checkbox checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)}>
              {t('risk.includeClosed')}
            </Checkbox>
          </Flex>
        }
      >
        <Table<RiskListItem>
          rowKey="id"
          size="small"
          data-testid="risk-items"
          loading={list.isFetching}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('risk.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'level',
              title: t('risk.level'),
              render: (_, i) => (
                <Flex gap={4}>
                  <LevelTag level={i.level} />
                  {i.overdue && <OverdueTag />}
                </Flex>
              ),
            },
            {
              key: 'case',
              title: t('risk.caseNumber'),
              render: (_, i) => <Link to={`/cases/${i.caseId}`}>{i.caseNumber ?? t('risk.noCaseNumber')}</Link>,
            },
            { key: 'cause', title: t('risk.cause'), render: (_, i) => i.causeOfAction ?? '—' },
            { key: 'state', title: t('risk.state'), render: (_, i) => <StateTag state={i.state} /> },
            { key: 'warned', title: t('risk.warnedOn'), dataIndex: 'warnedOn' },
            {
              key: 'leadDue',
              title: t('risk.leadDue'),
              render: (_, i) => (i.lead ? i.lead.name : (i.leadDeadline?.dueDate ?? '—')),
            },
            { key: 'planDue', title: t('risk.planDue'), render: (_, i) => i.planDueDate ?? '—' },
            {
              key: 'open',
              title: '',
              render: (_, i) => (
                <Link to={`/risks/${i.id}`} aria-label={`${t('risk.open')} ${i.caseNumber ?? ''}`}>
                  {t('risk.open')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      <RiskFiguresCard />
    </Flex>
  );
}
