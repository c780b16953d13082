/** The filter bar of the case list. Every control writes straight into the URL state (listParams.ts). */
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input, Select, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Region, useAdminDomains, useAgencies, useCaseMeta, useRegions } from './api.js';
import { todayInChina } from './format.js';
import { activeFilterCount, type FilterKey, type ListState, splitMulti } from './listParams.js';

interface RegionNode {
  value: string;
  title: string;
  children: RegionNode[];
}

/** Regions as a tree (city → county → town); the user sees only the part the server returned. */
export function regionTree(regions: Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>(
    regions.map((r) => [r.code, { value: r.code, title: r.name, children: [] }]),
  );
  const roots: RegionNode[] = [];
  for (const r of regions) {
    const node = nodes.get(r.code)!;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

const FIRST_YEAR = 2015;

export function CaseFilters({
  state,
  onChange,
  compact,
}: {
  state: ListState;
  onChange: (key: FilterKey, value: string | string[] | undefined | null) => void;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const meta = useCaseMeta().data;
  const regions = useRegions().data;
  const agencies = useAgencies().data;
  const domains = useAdminDomains().data;
  const f = state.filters;
  const [q, setQ] = useState(f.q ?? '');
  useEffect(() => setQ(f.q ?? ''), [f.q]);

  const tree = useMemo(() => regionTree(regions ?? []), [regions]);
  const thisYear = Number(todayInChina().slice(0, 4));
  const years = useMemo(
    () => Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i),
    [thisYear],
  );
  const width = compact ? '100%' : undefined;
  // On a phone the selects fold away behind a "筛选" button; the search box stays.
  const [open, setOpen] = useState(false);
  const selectCount = activeFilterCount(state) - (f.q ? 1 : 0);
  // Outcomes grouped by case kind (裁判结果, 复议结果, 化解结果); with a kind filter, that kind's outcomes only.
  const kinds = splitMulti(f.kind);
  const outcomeGroups = (meta?.kinds ?? [])
    .filter((k) => kinds.length === 0 || kinds.includes(k.value))
    .map((k) => ({
      label: k.label,
      title: k.label,
      options: (meta?.outcomes ?? [])
        .filter((o) => o.kind === k.value)
        .map((o) => ({ value: o.value, label: o.label })),
    }));
  const search = (
    <Input.Search
      allowClear
      aria-label={t('cases.searchPlaceholder')}
      placeholder={t('cases.searchPlaceholder')}
      value={q}
      onChange={(e) => setQ(e.target.value)}
      onSearch={(v) => onChange('q', v.trim())}
      style={{ width: compact ? undefined : 240, flex: compact ? 1 : undefined }}
      data-testid="filter-q"
    />
  );
  if (compact && !open) {
    return (
      <Flex gap={8} data-testid="case-filters">
        {search}
        <Badge count={selectCount} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} data-testid="filters-toggle">
            {t('cases.filters')}
          </Button>
        </Badge>
      </Flex>
    );
  }

  return (
    <Flex wrap gap={8} data-testid="case-filters">
      {compact ? (
        <Flex gap={8} style={{ width: '100%' }}>
          {search}
          <Button icon={<FilterOutlined />} type="primary" ghost onClick={() => setOpen(false)}>
            {t('cases.filters')}
          </Button>
        </Flex>
      ) : (
        search
      )}
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('cases.kind')}
        placeholder={t('cases.kind')}
        value={splitMulti(f.kind)}
        onChange={(v) => onChange('kind', v)}
        options={meta?.kinds}
        style={{ width: width ?? 150 }}
        data-testid="filter-kind"
      />
      <TreeSelect
        allowClear
        showSearch
        treeNodeFilterProp="title"
        aria-label={t('cases.region')}
        placeholder={t('cases.region')}
        value={f.regionCode}
        onChange={(v) => onChange('regionCode', v)}
        treeData={tree}
        treeDefaultExpandAll
        style={{ width: width ?? 150 }}
        data-testid="filter-region"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t('cases.agency')}
        placeholder={t('cases.agency')}
        value={f.agencyId}
        onChange={(v) => onChange('agencyId', v)}
        options={(agencies ?? []).filter((a) => a.kind !== 'court').map((a) => ({ value: a.id, label: a.name }))}
        style={{ width: width ?? 200 }}
        popupMatchSelectWidth={false}
        data-testid="filter-agency"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t('cases.domain')}
        placeholder={t('cases.domain')}
        value={f.domain}
        onChange={(v) => onChange('domain', v)}
        options={(domains ?? []).map((d) => ({ value: d.code, label: d.name }))}
        style={{ width: width ?? 140 }}
        popupMatchSelectWidth={false}
        data-testid="filter-domain"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('cases.status')}
        placeholder={t('cases.status')}
        value={splitMulti(f.status)}
        onChange={(v) => onChange('status', v)}
        options={meta?.statuses}
        style={{ width: width ?? 140 }}
        data-testid="filter-status"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('cases.outcome')}
        placeholder={t('cases.outcome')}
        value={splitMulti(f.outcome)}
        onChange={(v) => onChange('outcome', v)}
        options={outcomeGroups}
        style={{ width: width ?? 180 }}
        popupMatchSelectWidth={false}
        data-testid="filter-outcome"
      />
      <Select
        allowClear
        aria-label={t('cases.lost')}
        placeholder={t('cases.lost')}
        value={f.governmentLost}
        onChange={(v) => onChange('governmentLost', v)}
        options={[
          { value: 'true', label: t('cases.lostYes') },
          { value: 'false', label: t('cases.lostNo') },
        ]}
        style={{ width: width ?? 100 }}
        data-testid="filter-lost"
      />
      <Select
        allowClear
        aria-label={t('cases.year')}
        placeholder={t('cases.year')}
        value={f.year}
        onChange={(v) => onChange('year', v)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        style={{ width: width ?? 100 }}
        data-testid="filter-year"
      />
      <Select
        allowClear
        aria-label={t('caseHandler.label')}
        placeholder={t('caseHandler.label')}
        value={f.handler}
        onChange={(v) => onChange('handler', v)}
        options={[
          { value: 'me', label: t('caseHandler.filterMe') },
          { value: 'none', label: t('caseHandler.filterNone') },
          ...(f.handler && f.handler !== 'me' && f.handler !== 'none'
            ? [{ value: f.handler, label: t('caseHandler.someone') }]
            : []),
        ]}
        style={{ width: width ?? 120 }}
        popupMatchSelectWidth={false}
        data-testid="filter-handler"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('cases.risk')}
        placeholder={t('cases.risk')}
        value={splitMulti(f.riskLevel)}
        onChange={(v) => onChange('riskLevel', v)}
        options={meta?.riskLevels}
        style={{ width: width ?? 130 }}
        data-testid="filter-risk"
      />
    </Flex>
  );
}
