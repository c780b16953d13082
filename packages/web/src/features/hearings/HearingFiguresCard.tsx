/**
 * 出庭应诉统计 on 庭审与出庭: 负责人出庭应诉率, 主要负责人出庭率, 出声率, approved and unapproved absences and the
 * average evaluation (GET /hearings/figures: the domain's rates over the caller's cases with a hearing in the period),
 * in total and per defendant agency or county. Every number opens the list of its cases (numerator and denominator),
 * each linking to the case.
 */
import { Button, Card, DatePicker, Drawer, Flex, List, Segmented, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { todayInChina } from '../cases/format.js';
import { ExportXlsxButton } from '../dashboard/ExportXlsxButton.js';
import { type FigureSet, type Figures, type Rate, useHearingFigures } from './peopleApi.js';

const RATES = ['appearance', 'principal', 'spoke', 'approvedAbsences', 'unapprovedAbsences', 'evaluation'] as const;
type RateKey = (typeof RATES)[number];
type Row = { key: string; name: string; figures: FigureSet };
type Opened = { figure: RateKey; name: string; rate: Rate } | null;

/** A rate as shown: a percentage, or the average score for the evaluation; the counts behind it beside. */
function shown(key: RateKey, r: Rate): string {
  if (r.value === null) return '—';
  if (key === 'evaluation') return `${r.value.toFixed(2)}（${r.denominator}）`;
  return `${(r.value * 100).toFixed(1)}%（${r.numerator}/${r.denominator}）`;
}

export function HearingFiguresCard() {
  const { t } = useTranslation();
  const today = todayInChina();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(`${today.slice(0, 4)}-01-01`), dayjs(today)]);
  const [by, setBy] = useState<'agency' | 'county'>('agency');
  const [opened, setOpened] = useState<Opened>(null);
  const figures = useHearingFigures({
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    by,
  });
  const data = figures.data;
  const rows: Row[] = data
    ? [{ key: '__total', name: t('hearingFigures.total'), figures: data.total }, ...data.groups]
    : [];
  const label = (k: RateKey) => t(`hearingFigures.${k}`);

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('hearingFigures.title')}</h2>}
      data-testid="hearing-figures"
    >
      <Flex vertical gap={8}>
        <Flex wrap gap={8} align="center">
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('hearingFigures.period')}
          />
          <Segmented
            aria-label={t('hearingFigures.by')}
            value={by}
            onChange={(v) => setBy(v as 'agency' | 'county')}
            options={[
              { value: 'agency', label: t('hearingFigures.byAgency') },
              { value: 'county', label: t('hearingFigures.byCounty') },
            ]}
          />
          <ExportXlsxButton
            fileName={`${t('hearingFigures.title')}-${range[0].format('YYYY-MM-DD')}-${range[1].format('YYYY-MM-DD')}.xlsx`}
            testId="hearing-figures-export"
            table={
              data && data.total.casesHeard > 0
                ? () => ({
                    title: `${t('hearingFigures.title')}（${range[0].format('YYYY-MM-DD')}—${range[1].format('YYYY-MM-DD')}）`,
                    headers: [t('hearingFigures.group'), t('hearingFigures.casesHeard'), ...RATES.map(label)],
                    rows: rows.map((r) => [r.name, r.figures.casesHeard, ...RATES.map((k) => shown(k, r.figures[k]))]),
                  })
                : null
            }
          />
        </Flex>
        {figures.error && <Typography.Text type="danger">{errorMessage(figures.error, t)}</Typography.Text>}
        <Table<Row>
          rowKey="key"
          size="small"
          loading={figures.isFetching}
          dataSource={data && data.total.casesHeard > 0 ? rows : []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('hearingFigures.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'name', title: t('hearingFigures.group'), render: (_, r) => r.name },
            { key: 'heard', title: t('hearingFigures.casesHeard'), render: (_, r) => r.figures.casesHeard },
            ...RATES.map((k) => ({
              key: k,
              title: label(k),
              render: (_: unknown, r: Row) => (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  data-testid={`figure-${r.key === '__total' ? 'total' : r.key}-${k}`}
                  aria-label={`${t('hearingFigures.openCases', { figure: label(k) })}：${r.name} ${shown(k, r.figures[k])}`}
                  onClick={() => setOpened({ figure: k, name: r.name, rate: r.figures[k] })}
                >
                  {shown(k, r.figures[k])}
                </Button>
              ),
            })),
          ]}
        />
      </Flex>
      {opened && data && <CasesDrawer opened={opened} cases={data.cases} onClose={() => setOpened(null)} />}
    </Card>
  );
}

/** The cases behind one number: those counted in its numerator, and all of its denominator. */
function CasesDrawer({
  opened,
  cases,
  onClose,
}: {
  opened: NonNullable<Opened>;
  cases: Figures['cases'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const byId = new Map(cases.map((c) => [c.id, c]));
  const list = (ids: string[]) => (
    <List
      size="small"
      dataSource={ids}
      locale={{ emptyText: t('hearingFigures.noCases') }}
      renderItem={(id) => {
        const c = byId.get(id);
        return (
          <List.Item>
            <Flex vertical>
              <Link to={`/cases/${id}`}>{c?.caseNumber ?? t('hearings.noCaseNumber')}</Link>
              {c?.causeOfAction && <Typography.Text type="secondary">{c.causeOfAction}</Typography.Text>}
            </Flex>
          </List.Item>
        );
      }}
    />
  );
  const { rate } = opened;
  return (
    <Drawer
      open
      width={420}
      title={t('hearingFigures.casesOf', { figure: t(`hearingFigures.${opened.figure}`), name: opened.name })}
      onClose={onClose}
      data-testid="figure-cases"
    >
      <Typography.Title level={5}>
        {t('hearingFigures.numeratorCases', { n: rate.numeratorCaseIds.length })}
      </Typography.Title>
      {list(rate.numeratorCaseIds)}
      <Typography.Title level={5}>
        {t('hearingFigures.denominatorCases', { n: rate.denominatorCaseIds.length })}
      </Typography.Title>
      {list(rate.denominatorCaseIds)}
    </Drawer>
  );
}
