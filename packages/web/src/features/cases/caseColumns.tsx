/** The columns of the case table (desktop). Keys double as the column chooser's keys (stored in localStorage). */
import type { TableColumnType } from 'antd';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { AdminDomain, CaseListItem, CaseMeta } from './api.js';
import { CaseNumberText, DaysLeft, OutcomeTag, RiskTag } from './CaseTags.js';
import { labelOf } from './format.js';
import type { ListState, SortField } from './listParams.js';

export const COLUMN_KEYS = [
  'caseNumber',
  'kind',
  'instance',
  'court',
  'defendant',
  'plaintiff',
  'filedDate',
  'receivedDate',
  'cause',
  'domain',
  'region',
  'status',
  'outcome',
  'risk',
  'nextDue',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * Hidden until the user asks for them (keeps the table readable at 1366 px). The region column is shown by default
 * only to city-wide roles: a county's or an agency's users see one region anyway.
 */
export function defaultHidden(cityWide: boolean): ColumnKey[] {
  return cityWide ? ['instance', 'receivedDate', 'domain'] : ['instance', 'receivedDate', 'domain', 'region'];
}

/** Always shown: the link to the case. */
export const FIXED_COLUMNS: ReadonlySet<ColumnKey> = new Set(['caseNumber']);

export function plaintiffText(c: Pick<CaseListItem, 'plaintiffs' | 'plaintiffCount'>, t: TFunction): string {
  const names = c.plaintiffs.join('、');
  const more = c.plaintiffCount - c.plaintiffs.length;
  return more > 0 ? `${names}${t('cases.plaintiffMore', { count: c.plaintiffCount })}` : names;
}

export function caseColumns(
  t: TFunction,
  meta: CaseMeta | undefined,
  domains: AdminDomain[] | undefined,
  state: ListState,
): (TableColumnType<CaseListItem> & { key: ColumnKey })[] {
  const sortOrder = (field: SortField) =>
    state.sort === field ? (state.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const ellipsis = { showTitle: true };
  const domainName = (code: string | null) => (code ? (domains?.find((d) => d.code === code)?.name ?? code) : '');
  return [
    {
      key: 'caseNumber',
      title: t('cases.col.caseNumber'),
      width: 196,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('caseNumber'),
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} data-testid="case-link">
          <CaseNumberText caseNumber={c.caseNumber} status={c.caseNumberStatus} deleted={c.deleted} />
        </Link>
      ),
    },
    // Ellipsis (full text on hover) rather than a word broken over lines ("Litigatio / n") in the English UI.
    { key: 'kind', title: t('cases.col.kind'), width: 96, ellipsis, render: (_, c) => labelOf(meta?.kinds, c.kind) },
    {
      key: 'instance',
      title: t('cases.col.instance'),
      width: 64,
      render: (_, c) => labelOf(meta?.instances, c.instance) || '—',
    },
    { key: 'court', title: t('cases.col.court'), width: 124, ellipsis, render: (_, c) => c.courtName ?? '—' },
    {
      key: 'defendant',
      title: t('cases.col.defendant'),
      width: 140,
      ellipsis,
      render: (_, c) => c.firstDefendantName ?? '—',
    },
    {
      key: 'plaintiff',
      title: t('cases.col.plaintiff'),
      width: 80,
      ellipsis,
      render: (_, c) => plaintiffText(c, t) || '—',
    },
    {
      key: 'filedDate',
      title: t('cases.col.filedDate'),
      width: 98,
      sorter: true,
      sortOrder: sortOrder('filedDate'),
      render: (_, c) => c.filedDate ?? '—',
    },
    {
      key: 'receivedDate',
      title: t('cases.col.receivedDate'),
      width: 100,
      sorter: true,
      sortOrder: sortOrder('receivedDate'),
      render: (_, c) => c.receivedDate ?? '—',
    },
    { key: 'cause', title: t('cases.col.cause'), width: 120, ellipsis, render: (_, c) => c.causeOfAction ?? '—' },
    {
      key: 'domain',
      title: t('cases.col.domain'),
      width: 90,
      ellipsis,
      render: (_, c) => domainName(c.domain) || '—',
    },
    {
      key: 'region',
      title: t('cases.col.region'),
      width: 72,
      render: (_, c) => <span data-testid="case-region">{c.regionName ?? c.regionCode}</span>,
    },
    {
      key: 'status',
      title: t('cases.col.status'),
      width: 96,
      ellipsis,
      render: (_, c) => labelOf(meta?.statuses, c.status),
    },
    {
      key: 'outcome',
      title: t('cases.col.outcome'),
      width: 128,
      ellipsis,
      render: (_, c) => <OutcomeTag outcome={c.outcome} label={c.outcomeLabel} lost={c.governmentLost} />,
    },
    {
      key: 'risk',
      title: t('cases.col.risk'),
      width: 64,
      fixed: 'right',
      render: (_, c) => <RiskTag value={c.riskLevel} meta={meta} />,
    },
    {
      key: 'nextDue',
      title: t('cases.col.nextDue'),
      width: 104,
      fixed: 'right',
      render: (_, c) =>
        c.nextDueDate ? (
          <Typography.Text title={c.nextDueDate}>
            <DaysLeft date={c.nextDueDate} showDate={false} />
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
}
