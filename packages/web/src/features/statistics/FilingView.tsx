/**
 * The selected filing: its grid, the checks, the units summed, the history (the return comments) and the steps the
 * caller may take.
 */
import { Alert, Card, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdjustModal } from './AdjustModal.js';
import type { Filing, FormLayout } from './api.js';
import { ChecksPanel } from './ChecksPanel.js';
import { FilingActions } from './FilingActions.js';
import { FilingGrid } from './FilingGrid.js';
import { cellLabel } from './grid.js';

export const STATUS_COLORS = { draft: 'default', submitted: 'blue', returned: 'red', accepted: 'green' } as const;

export function FilingView({ filing, layout }: { filing: Filing; layout: FormLayout }) {
  const { t } = useTranslation();
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const editable = filing.can.fill && (filing.status === 'draft' || filing.status === 'returned');
  const lastReturn = [...filing.events].reverse().find((e) => e.kind === 'returned');

  return (
    <Card
      data-testid="statistics-filing"
      title={
        <Flex gap={8} wrap align="center">
          <span>{t(`statistics.forms.${filing.form}`)}</span>
          <Tag>{filing.formCode}</Tag>
          <Tag color={STATUS_COLORS[filing.status]}>{t(`statistics.statuses.${filing.status}`)}</Tag>
        </Flex>
      }
      extra={<FilingActions filing={filing} editable={editable} />}
    >
      <Typography.Paragraph type="secondary">
        {t('statistics.unitLine', {
          unit: filing.region.name,
          scope: t(`statistics.scopes.${filing.scope}`),
          period: filing.periodLabel,
          from: filing.periodFrom,
          to: filing.periodTo,
        })}
      </Typography.Paragraph>
      {filing.status === 'returned' && lastReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="statistics-return-comment"
          message={t('statistics.returnedBy', { name: lastReturn.byName, at: lastReturn.at.slice(0, 10) })}
          description={lastReturn.comment}
        />
      )}
      <FilingGrid filing={filing} layout={layout} editable={editable} onAdjust={setAdjusting} />
      <ChecksPanel checks={filing.checks} />
      {filing.units.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('statistics.units', { names: filing.units.map((u) => u.region.name).join('、') })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('statistics.history')}
      </Typography.Title>
      <Timeline
        items={filing.events.map((e) => ({
          key: `${e.at}-${e.kind}`,
          children: (
            <span>
              {e.at.slice(0, 16).replace('T', ' ')} {e.byName} {e.label}
              {e.cell ? ` ${cellLabel(layout, e.cell)} ${e.before ?? ''} → ${e.after ?? ''}` : ''}
              {e.comment ? `：${e.comment}` : ''}
            </span>
          ),
        }))}
      />
      <AdjustModal filing={filing} layout={layout} cell={adjusting} onClose={() => setAdjusting(null)} />
    </Card>
  );
}
