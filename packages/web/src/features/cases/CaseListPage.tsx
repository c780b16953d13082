/**
 * 案件台账: the registry list. Filters, sort and page are in the URL (listParams.ts); the server pages, sorts and
 * scopes (a county coordinator sees only the county). A table from md up, cards on phones.
 */
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  List,
  Pagination,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { type CaseListItem, type CaseMeta, useAdminDomains, useCaseList, useCaseMeta } from './api.js';
import { CaseFilters } from './CaseFilters.js';
import { CaseNumberText, DaysLeft, OutcomeTag, RiskTag } from './CaseTags.js';
import { type ColumnKey, caseColumns, defaultHidden, plaintiffText } from './caseColumns.js';
import { downloadExport } from './exportCases.js';
import { casePermissions, labelOf } from './format.js';
import { ColumnChooser, SavedViewsMenu } from './ListToolbar.js';
import {
  activeFilterCount,
  type FilterKey,
  filterSearch,
  knownFilterValues,
  type ListState,
  PAGE_SIZES,
  parseListState,
  type SortField,
  serverQuery,
  toSearch,
  withFilter,
} from './listParams.js';
import { loadHiddenColumns, saveHiddenColumns } from './storage.js';

export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const can = casePermissions(user);
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [search, setSearch] = useSearchParams();
  const metaQuery = useCaseMeta();
  const meta = metaQuery.data;
  const known = useMemo(() => (meta ? knownFilterValues(meta) : undefined), [meta]);
  const state = useMemo(() => parseListState(search, known), [search, known]);
  const setState = (next: ListState) => setSearch(toSearch(next));
  const onFilter = (key: FilterKey, value: string | string[] | undefined | null) =>
    setState(withFilter(state, key, value));

  const domains = useAdminDomains().data;
  // Wait for the enums so that a stale link is cleaned before the first request.
  const list = useCaseList(serverQuery(state), !!meta || metaQuery.isError);
  const [hidden, setHidden] = useState<ColumnKey[]>(
    () =>
      (loadHiddenColumns() as ColumnKey[] | null) ??
      defaultHidden(user.role === 'city_coordinator' || user.role === 'leader'),
  );
  const [exporting, setExporting] = useState(false);

  const columns = caseColumns(t, meta, domains, state, i18n.language === 'en').filter((c) => !hidden.includes(c.key));
  const data = list.data;
  const totalText = data
    ? data.totalIsEstimate
      ? t('cases.totalEstimate', { count: data.total })
      : t('cases.total', { count: data.total })
    : '';

  const onExport = async () => {
    setExporting(true);
    try {
      await downloadExport(filterSearch(state.filters).toString());
    } catch (err) {
      const code = (err as { code?: string }).code;
      message.error(
        code === 'EXPORT_UNAVAILABLE'
          ? t('cases.exportMissing')
          : t('cases.exportFailed', { message: errorMessage(err, t) }),
      );
    } finally {
      setExporting(false);
    }
  };

  const pagination = {
    current: state.page,
    pageSize: state.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !isPhone,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: () => totalText,
    simple: isPhone,
    onChange: (page: number, pageSize: number) =>
      setState({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize }),
  };

  const header = (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Space align="baseline" size={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        {data && (
          <Typography.Text type="secondary" data-testid="case-total">
            {totalText}
          </Typography.Text>
        )}
      </Space>
      <Space wrap size={8}>
        {can.create && (
          <Link to="/cases/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-case">
              {t('cases.newCase')}
            </Button>
          </Link>
        )}
        {can.import && (
          <Link to="/cases/import">
            <Button icon={<ImportOutlined />}>{t('cases.importEntry')}</Button>
          </Link>
        )}
        {can.export && !isPhone && (
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()} data-testid="export">
            {exporting ? t('cases.exporting') : t('cases.export')}
          </Button>
        )}
        <SavedViewsMenu
          currentQuery={toSearch({ ...state, page: 1 }).toString()}
          onApply={(query) => setSearch(new URLSearchParams(query))}
        />
        {!isPhone && (
          <ColumnChooser
            hidden={hidden}
            label={(k) => t(`cases.col.${k}`)}
            onChange={(next) => {
              setHidden(next);
              saveHiddenColumns(next);
            }}
          />
        )}
      </Space>
    </Flex>
  );

  let body: React.ReactNode;
  if (list.isError && !data) {
    body = (
      <Result
        status="error"
        title={t('cases.loadFailed')}
        subTitle={errorMessage(list.error, t)}
        extra={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        data-testid="case-list-error"
      />
    );
  } else if (!data) {
    body = <Skeleton active paragraph={{ rows: 8 }} data-testid="case-list-loading" />;
  } else if (data.items.length === 0) {
    const filtered = activeFilterCount(state) > 0;
    body = (
      <Empty
        description={
          <>
            <div>{t('cases.emptyTitle')}</div>
            <Typography.Text type="secondary">
              {filtered ? t('cases.emptyFiltered') : t('cases.emptyAll')}
            </Typography.Text>
          </>
        }
        data-testid="case-list-empty"
      >
        {filtered && (
          <Button onClick={() => setState({ ...state, filters: {}, page: 1 })}>{t('cases.clearFilters')}</Button>
        )}
      </Empty>
    );
  } else if (isPhone) {
    body = (
      <>
        <List
          dataSource={data.items}
          loading={list.isFetching}
          rowKey="id"
          renderItem={(c) => <CaseCard item={c} meta={meta} />}
          data-testid="case-cards"
        />
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Pagination {...pagination} />
        </Flex>
      </>
    );
  } else {
    body = (
      <Table<CaseListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data.items}
        loading={list.isFetching}
        tableLayout="fixed"
        // Scrolls (with the case number and the next deadline pinned) only when the user adds columns beyond the width.
        scroll={{ x: columns.reduce((sum, c) => sum + c.width, 0) }}
        pagination={{ ...pagination, position: ['bottomRight'] }}
        onChange={(_p, _f, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const key = sorter.columnKey as string | undefined;
          const field: SortField =
            key === 'caseNumber' || key === 'receivedDate' || key === 'filedDate' ? key : 'filedDate';
          setState({
            ...state,
            sort: sorter.order ? field : 'filedDate',
            order: sorter.order === 'ascend' ? 'asc' : 'desc',
            page: 1,
          });
        }}
        data-testid="case-table"
      />
    );
  }

  return (
    <Flex vertical gap={12}>
      {header}
      <Card size="small" styles={{ body: { padding: isPhone ? 10 : 12 } }}>
        <Flex vertical gap={8}>
          <CaseFilters state={state} onChange={onFilter} compact={isPhone} />
          {activeFilterCount(state) > 0 && (
            <Flex wrap gap={4} align="center">
              <Typography.Text type="secondary">
                {t('common.labelColon', { label: t('cases.filters') })}
              </Typography.Text>
              <Tag>{activeFilterCount(state)}</Tag>
              {state.filters.indicator && (
                <Tag color="blue" data-testid="indicator-filter">
                  {t('cases.indicatorFilter', {
                    part: t(state.filters.indicatorPart === 'denominator' ? 'cases.denominator' : 'cases.numerator'),
                    from: state.filters.indicatorFrom ?? '…',
                    to: state.filters.indicatorTo ?? '…',
                  })}
                </Tag>
              )}
              <Button type="link" size="small" onClick={() => setState({ ...state, filters: {}, page: 1 })}>
                {t('cases.clearFilters')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
      <Card size="small" styles={{ body: { padding: isPhone ? 4 : 0 } }}>
        {body}
      </Card>
    </Flex>
  );
}

/** One case on a phone: number, parties, status and the next deadline. */
function CaseCard({ item: c, meta }: { item: CaseListItem; meta: CaseMeta | undefined }) {
  const { t } = useTranslation();
  return (
    <List.Item style={{ paddingInline: 8 }} data-testid="case-card">
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="start" gap={8}>
          <Link to={`/cases/${c.id}`} data-testid="case-link" style={{ minWidth: 0, wordBreak: 'break-all' }}>
            <CaseNumberText caseNumber={c.caseNumber} status={c.caseNumberStatus} deleted={c.deleted} />
          </Link>
          <RiskTag value={c.riskLevel} meta={meta} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {[labelOf(meta?.kinds, c.kind), labelOf(meta?.instances, c.instance), c.courtName]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        <Typography.Text ellipsis style={{ fontSize: 13 }}>
          {t('common.labelColon', { label: t('cases.col.defendant') })}
          {c.firstDefendantName ?? '—'}　{t('common.labelColon', { label: t('cases.col.plaintiff') })}
          {plaintiffText(c, t) || '—'}
        </Typography.Text>
        {c.causeOfAction && (
          <Typography.Text ellipsis style={{ fontSize: 13 }}>
            {t('common.labelled', { label: t('cases.col.cause'), value: c.causeOfAction })}
          </Typography.Text>
        )}
        <Flex justify="space-between" align="center" wrap gap={4}>
          <Space size={4} wrap>
            <Tag bordered={false}>{labelOf(meta?.statuses, c.status)}</Tag>
            <span data-testid="case-region">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.regionName}
              </Typography.Text>
            </span>
            {c.outcome && <OutcomeTag outcome={c.outcome} label={c.outcomeLabel} lost={c.governmentLost} />}
          </Space>
          {c.nextDueDate && <DaysLeft date={c.nextDueDate} showDate={false} provisional={c.nextDueProvisional} />}
        </Flex>
      </Flex>
    </List.Item>
  );
}
