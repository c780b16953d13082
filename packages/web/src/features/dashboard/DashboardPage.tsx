import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Empty,
  Grid,
  List,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../app/api/client.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { roleLabel } from '../../app/auth/session.js';
import { NAVIGATION, type NavItem, permissionList, visibleNavigation } from '../../app/navigation.js';
import { CardsPanel } from '../cards/CardsPanel.js';
import { RankingCard } from '../cards/RankingCard.js';
import { type CaseListResponse, type CaseStatus, useCaseMeta } from '../cases/api.js';
import { CaseNumberText, DaysLeft } from '../cases/CaseTags.js';
import { labelOf, todayInChina } from '../cases/format.js';
import { ScheduleMissingNotice } from '../settings/calendar/ScheduleMissingNotice.js';
import { SuggestionFiguresCard } from '../suggestions/SuggestionFiguresCard.js';
import { CountyMapCard } from './CountyMapCard.js';
import { KeyFiguresCard } from './KeyFiguresCard.js';
import { UpcomingHearingsCard } from './UpcomingHearingsCard.js';
import { WorkloadCard } from './WorkloadCard.js';

const STATUSES: CaseStatus[] = ['registered', 'in_progress', 'concluded', 'closed'];
const DEADLINE_ROWS = 10;
/** Archived (归档) cases are finished: a period still open there (e.g. an appeal window nobody closed) is not work. */
const LIVE = 'status=registered,in_progress,concluded';

/** A date (YYYY-MM-DD) plus some days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** GET /cases with a query; the dashboard only reads `total` and the first few items. */
function useCaseCount(query: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'list', `dashboard:${query}`],
    queryFn: ({ signal }) => api.get<CaseListResponse>(`/cases?${query}`, { signal }),
    enabled,
    staleTime: 60_000,
  });
}

const totalText = (r: CaseListResponse | undefined) =>
  r ? `${r.total.toLocaleString()}${r.totalIsEstimate ? '+' : ''}` : '…';

/** Counts of the user's cases by status, each linking to the filtered ledger. Numbers come from GET /cases totals. */
function CaseCounts() {
  const { t } = useTranslation();
  const meta = useCaseMeta();
  const byStatus = [
    useCaseCount('status=registered&pageSize=1', true),
    useCaseCount('status=in_progress&pageSize=1', true),
    useCaseCount('status=concluded&pageSize=1', true),
    useCaseCount('status=closed&pageSize=1', true),
  ];
  const failed = byStatus.some((q) => q.isError);
  // Every live case has one of the four statuses, so the total is their sum (no extra request).
  const loaded = byStatus.every((q) => q.data);
  const allText = loaded
    ? `${byStatus.reduce((n, q) => n + (q.data?.total ?? 0), 0).toLocaleString()}${byStatus.some((q) => q.data?.totalIsEstimate) ? '+' : ''}`
    : '…';
  return (
    <Card title={t('dashboard.myCasesTitle')} size="small" style={{ height: '100%' }} data-testid="dashboard-counts">
      {failed ? (
        <Alert type="error" showIcon message={t('dashboard.loadFailed')} />
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={12} sm={8} md={24} lg={8} xl={24} xxl={8}>
            <Link to="/cases" data-testid="count-all">
              <Statistic title={t('dashboard.allCases')} value={allText} />
            </Link>
          </Col>
          {STATUSES.map((status, i) => (
            <Col key={status} xs={12} sm={8} md={12} lg={8} xl={12} xxl={8}>
              <Link to={`/cases?status=${status}`} data-testid={`count-${status}`}>
                <Statistic
                  title={labelOf(meta.data?.statuses, status)}
                  value={totalText(byStatus[i]?.data)}
                  valueStyle={{ fontSize: 20 }}
                />
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

/** Open deadlines due within 7 days (China time) and overdue ones, nearest first, from GET /cases?dueBy=. */
function DeadlineReminders() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().sm ?? true;
  const today = todayInChina();
  const soon = useCaseCount(
    `${LIVE}&dueBy=${addDays(today, 7)}&sort=nextDueDate&order=asc&pageSize=${DEADLINE_ROWS}`,
    true,
  );
  const overdue = useCaseCount(`${LIVE}&dueBy=${addDays(today, -1)}&pageSize=1`, true);
  const items = soon.data?.items ?? [];
  const total = soon.data?.total ?? 0;
  const overdueTotal = overdue.data?.total ?? 0;
  return (
    <Card
      title={t('dashboard.deadlinesTitle')}
      size="small"
      style={{ height: '100%' }}
      data-testid="dashboard-deadlines"
      extra={
        soon.data &&
        overdue.data && (
          <span>
            <Tag color={overdueTotal > 0 ? 'red' : undefined} bordered={false} data-testid="overdue-count">
              {t('dashboard.overdueCount')} {overdueTotal}
            </Tag>
            <Tag color={total - overdueTotal > 0 ? 'orange' : undefined} bordered={false} data-testid="due-soon-count">
              {t('dashboard.dueSoonCount')} {Math.max(0, total - overdueTotal)}
            </Tag>
          </span>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {t('dashboard.deadlinesHint')}
      </Typography.Paragraph>
      {soon.isError || overdue.isError ? (
        <Alert type="error" showIcon message={t('dashboard.loadFailed')} />
      ) : soon.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noDeadlines')} />
      ) : (
        <>
          <List
            size="small"
            dataSource={items}
            renderItem={(c) => (
              <List.Item
                key={c.id}
                data-testid="deadline-item"
                extra={
                  c.nextDueDate ? (
                    <DaysLeft date={c.nextDueDate} showDate={wide} provisional={c.nextDueProvisional} />
                  ) : null
                }
                style={{ paddingInline: 0, alignItems: 'flex-start' }}
              >
                <List.Item.Meta
                  title={
                    <Link to={`/cases/${c.id}`}>
                      <CaseNumberText caseNumber={c.caseNumber} status={c.caseNumberStatus} />
                    </Link>
                  }
                  description={
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                      {[c.firstDefendantName, c.causeOfAction].filter(Boolean).join(' · ') || '—'}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
          {total > items.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.showingFirst', { shown: items.length, total })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}

/** The module's card is "in development" only when neither it nor any of its (visible) children is built. */
const isAvailable = (item: NavItem): boolean => item.available || (item.children ?? []).some(isAvailable);

/**
 * 工作台: who you are, and for roles that read cases, real figures of their own scope (counts by status, deadlines
 * due within a week and overdue); then the modules this user may open.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { token } = theme.useToken();
  const permissions = permissionList(user);
  const readsCases = permissions ? permissions.includes('case.read') : user.role !== 'admin';
  // 工作台 figures (issue 14): coordinators, clerks, heads and leaders.
  const hasWorkbench = !!permissions?.includes('dashboard.read');
  const modules = visibleNavigation(NAVIGATION, permissions).filter((item) => item.description);

  return (
    <div style={{ maxWidth: 1200 }}>
      <Card
        style={{ marginBottom: 16, borderTop: `3px solid ${token.colorPrimary}` }}
        styles={{ body: { paddingBlock: 16 } }}
      >
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome-title">
          {t('dashboard.welcome', { name: user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('dashboard.intro')}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            { key: 'role', label: t('dashboard.yourRole'), children: <Tag color="blue">{roleLabel(user, t)}</Tag> },
            { key: 'scope', label: t('dashboard.yourScope'), children: user.regionName ?? t('dashboard.none') },
            { key: 'agency', label: t('dashboard.yourAgency'), children: user.agencyName ?? t('dashboard.none') },
          ]}
        />
      </Card>

      <ScheduleMissingNotice link style={{ marginBottom: 16 }} />

      {readsCases && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={10} xl={8}>
            <CaseCounts />
          </Col>
          <Col xs={24} md={14} xl={16}>
            <DeadlineReminders />
          </Col>
        </Row>
      )}

      {hasWorkbench && permissions?.includes('indicator.read') && (
        <div style={{ marginBottom: 16 }}>
          <KeyFiguresCard />
        </div>
      )}
      {hasWorkbench && permissions?.includes('indicator.read') && (
        <div style={{ marginBottom: 16 }}>
          <CountyMapCard />
        </div>
      )}
      {hasWorkbench && permissions?.includes('card.read') && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} xl={12}>
            <RankingCard />
          </Col>
          <Col xs={24} xl={12}>
            <CardsPanel canDecide={permissions.includes('card.decide')} />
          </Col>
        </Row>
      )}
      {hasWorkbench && permissions?.includes('suggestion.manage') && (
        <div style={{ marginBottom: 16 }}>
          <SuggestionFiguresCard />
        </div>
      )}
      {hasWorkbench && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} xl={16}>
            <WorkloadCard />
          </Col>
          <Col xs={24} xl={8}>
            <UpcomingHearingsCard />
          </Col>
        </Row>
      )}

      <Typography.Title level={5} style={{ margin: '4px 0 12px' }}>
        {t('dashboard.modulesTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {modules.map((item) => (
          <Col key={item.path} xs={24} sm={12} xl={8}>
            <Link to={item.children?.[0]?.path ?? item.path} data-testid={`module-${item.path}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 22, color: token.colorPrimary }}>{item.icon}</span>}
                  title={
                    <span>
                      {t(item.label)}
                      {!isAvailable(item) && (
                        <Tag bordered={false} style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
                          {t('dashboard.moduleNotReady')}
                        </Tag>
                      )}
                      <RightOutlined
                        style={{ float: 'right', fontSize: 12, marginTop: 6, color: token.colorTextTertiary }}
                      />
                    </span>
                  }
                  description={item.description ? t(item.description) : null}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
