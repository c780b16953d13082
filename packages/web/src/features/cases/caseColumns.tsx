/** The columns of the case table (desktop). Keys double as the column chooser's keys (stored in localStorage). */
import type { TableColumnType } from 'antd';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
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
  'handler',
  'status',
  'outcome',
  'risk',
  'nextDue',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * Hidden until the user asks for them, so that the default columns fit a 1366 px screen without horizontal scrolling
 * (where the pinned columns would cover the middle ones). The region column is shown by default only to city-wide
 * roles, who see it instead of the court: a county's or an agency's users see one region anyway, and a city sees the
 * court in the case number and on the case.
 */
export function defaultHidden(cityWide: boolean): ColumnKey[] {
  return cityWide
    ? ['instance', 'receivedDate', 'domain', 'court', 'handler']
    : ['instance', 'receivedDate', 'domain', 'region', 'handler'];
}

/**
 * Column widths in px, Chinese and English: labels of closed lists (kind, status, days left) are wider in English.
 * Type, parties and cause wrap to two lines (then an ellipsis, the full text on hover and for screen readers): cut to
 * one line at 1366 px they showed three or four characters; other free text is cut to one line, full text on hover. The default columns of either scope add up to at
 * most LIST_WIDTH_AT_1366 (a unit test checks it).
 */
const WIDTHS: Record<ColumnKey, readonly [zh: number, en: number]> = {
  caseNumber: [192, 192],
  kind: [80, 84],
  instance: [64, 100],
  court: [104, 102],
  defendant: [120, 100],
  plaintiff: [72, 72],
  filedDate: [90, 90],
  receivedDate: [92, 100],
  cause: [96, 80],
  domain: [96, 96],
  region: [60, 64],
  status: [64, 92],
  outcome: [128, 96],
  risk: [60, 64],
  nextDue: [84, 124],
  handler: [80, 96],
};

/** The table's width at 1366 px: the window less the side menu (220), the page's padding and the card's border. */
export const LIST_WIDTH_AT_1366 = 1104;

/** Always shown: the link to the case. */
export const FIXED_COLUMNS: ReadonlySet<ColumnKey> = new Set(['caseNumber']);

const TWO_LINES: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
};

/** Text in at most two lines; the whole of it in the title (hover) and in the DOM (screen readers). */
export function TwoLines({ text }: { text: string }) {
  return (
    <span style={TWO_LINES} title={text} data-testid="two-lines">
      {text}
    </span>
  );
}

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
  english = false,
): (TableColumnType<CaseListItem> & { key: ColumnKey; width: number })[] {
  const width = (key: ColumnKey) => WIDTHS[key][english ? 1 : 0];
  const sortOrder = (field: SortField) =>
    state.sort === field ? (state.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const ellipsis = { showTitle: true };
  const domainName = (code: string | null) => (code ? (domains?.find((d) => d.code === code)?.name ?? code) : '');
  return [
    {
      key: 'caseNumber',
      title: t('cases.col.caseNumber'),
      width: width('caseNumber'),
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('caseNumber'),
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} data-testid="case-link">
          <CaseNumberText caseNumber={c.caseNumber} status={c.caseNumberStatus} deleted={c.deleted} />
        </Link>
      ),
    },
    // Two lines, then an ellipsis; words are not broken inside ("Litigatio / n") in the English UI.
    {
      key: 'kind',
      title: t('cases.col.kind'),
      width: width('kind'),
      render: (_, c) => <TwoLines text={labelOf(meta?.kinds, c.kind)} />,
    },
    {
      key: 'instance',
      title: t('cases.col.instance'),
      width: width('instance'),
      render: (_, c) => labelOf(meta?.instances, c.instance) || '—',
    },
    {
      key: 'court',
      title: t('cases.col.court'),
      width: width('court'),
      ellipsis,
      render: (_, c) => c.courtName ?? '—',
    },
    {
      key: 'defendant',
      title: t('cases.col.defendant'),
      width: width('defendant'),
      render: (_, c) => <TwoLines text={c.firstDefendantName ?? '—'} />,
    },
    {
      key: 'plaintiff',
      title: t('cases.col.plaintiff'),
      width: width('plaintiff'),
      render: (_, c) => <TwoLines text={plaintiffText(c, t) || '—'} />,
    },
    {
      key: 'filedDate',
      title: t('cases.col.filedDate'),
      width: width('filedDate'),
      sorter: true,
      sortOrder: sortOrder('filedDate'),
      render: (_, c) => c.filedDate ?? '—',
    },
    {
      key: 'receivedDate',
      title: t('cases.col.receivedDate'),
      width: width('receivedDate'),
      sorter: true,
      sortOrder: sortOrder('receivedDate'),
      render: (_, c) => c.receivedDate ?? '—',
    },
    {
      key: 'cause',
      title: t('cases.col.cause'),
      width: width('cause'),
      render: (_, c) => <TwoLines text={c.causeOfAction ?? '—'} />,
    },
    {
      key: 'domain',
      title: t('cases.col.domain'),
      width: width('domain'),
      ellipsis,
      render: (_, c) => domainName(c.domain) || '—',
    },
    {
      key: 'region',
      title: t('cases.col.region'),
      width: width('region'),
      render: (_, c) => <span data-testid="case-region">{c.regionName ?? c.regionCode}</span>,
    },
    {
      key: 'handler',
      title: t('caseHandler.label'),
      width: width('handler'),
      ellipsis,
      render: (_, c) => <span data-testid="case-handler">{c.handlerName ?? '—'}</span>,
    },
    {
      key: 'status',
      title: t('cases.col.status'),
      width: width('status'),
      ellipsis,
      render: (_, c) => labelOf(meta?.statuses, c.status),
    },
    {
      key: 'outcome',
      title: t('cases.col.outcome'),
      width: width('outcome'),
      ellipsis,
      render: (_, c) => <OutcomeTag outcome={c.outcome} label={c.outcomeLabel} lost={c.governmentLost} />,
    },
    {
      key: 'risk',
      title: t('cases.col.risk'),
      width: width('risk'),
      fixed: 'right',
      render: (_, c) => <RiskTag value={c.riskLevel} meta={meta} />,
    },
    {
      key: 'nextDue',
      title: t('cases.col.nextDue'),
      width: width('nextDue'),
      fixed: 'right',
      render: (_, c) =>
        c.nextDueDate ? (
          <Typography.Text title={c.nextDueDate}>
            <DaysLeft date={c.nextDueDate} showDate={false} provisional={c.nextDueProvisional} />
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
}
