/** The filing's grid in the form's layout (merged headers), the adjusted cells marked with their reasons, and the adjustments listed. */
import { Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filing, FormLayout } from './api.js';
import { cellLabel, type HeaderNode, headerTree } from './grid.js';

type Row = { id: string; label: string };

function toColumns(nodes: HeaderNode[], render: (colId: string, row: Row) => React.ReactNode): ColumnsType<Row> {
  return nodes.map((n) =>
    n.column
      ? {
          key: n.key,
          title: n.title,
          align: 'center' as const,
          render: (_: unknown, row: Row) => render(n.column!.id, row),
        }
      : { key: n.key, title: n.title, align: 'center' as const, children: toColumns(n.children!, render) },
  );
}

export function FilingGrid({
  filing,
  layout,
  editable,
  onAdjust,
}: {
  filing: Filing;
  layout: FormLayout;
  editable: boolean;
  onAdjust: (cell: string) => void;
}) {
  const { t } = useTranslation();
  const cells = useMemo(() => new Map(filing.cells.map((c) => [c.key, c])), [filing.cells]);
  const adjusted = filing.cells.filter((c) => c.adjustment);

  const render = (colId: string, row: Row) => {
    const key = `${row.id}:${colId}`;
    const c = cells.get(key);
    if (!c) return null;
    const text = String(c.value);
    const marked = c.adjustment ? (
      <Tag color="gold" title={t('statistics.adjustedTip', { computed: c.computed, reason: c.adjustment.reason })}>
        {text}*
      </Tag>
    ) : (
      text
    );
    return editable ? (
      <Button
        type="link"
        size="small"
        aria-label={t('statistics.adjustCell', { cell: cellLabel(layout, key), value: text })}
        onClick={() => onAdjust(key)}
      >
        {marked}
      </Button>
    ) : (
      marked
    );
  };
  const columns: ColumnsType<Row> = [
    { key: 'row', title: t('statistics.item'), dataIndex: 'label', fixed: 'left', width: 140 },
    ...toColumns(headerTree(layout.columns), render),
  ];

  return (
    <>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        dataSource={layout.rows}
        columns={columns}
      />
      {adjusted.length > 0 && (
        <Card size="small" type="inner" title={t('statistics.adjustments')} style={{ marginTop: 12 }}>
          {adjusted.map((c) => (
            <div key={c.key}>
              {t('statistics.adjustmentLine', {
                cell: cellLabel(layout, c.key),
                computed: c.computed,
                value: c.value,
                reason: c.adjustment!.reason,
                name: c.adjustment!.byName,
              })}
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
