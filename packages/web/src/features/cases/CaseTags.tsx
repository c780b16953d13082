/** Small display pieces shared by the list, the cards and the detail page. */
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMeta } from './api.js';
import { daysUntil, labelOf, outcomeLabel, RISK_COLORS } from './format.js';

export function RiskTag({ value, meta }: { value: string; meta: CaseMeta | undefined }) {
  return (
    <Tag color={RISK_COLORS[value]} bordered={false} data-testid="risk-tag">
      {labelOf(meta?.riskLevels, value)}
    </Tag>
  );
}

/**
 * The outcome's label in the UI language, by its code (the server's Chinese `label` only for a code this UI does not
 * know); red when the agency lost (败诉).
 */
export function OutcomeTag({
  outcome,
  label: serverLabel,
  lost,
}: {
  outcome: string | null;
  label: string | null;
  lost: boolean | null;
}) {
  const { t } = useTranslation();
  const label = outcomeLabel(t, outcome, serverLabel);
  if (!label) return <Typography.Text type="secondary">—</Typography.Text>;
  return lost ? (
    <Tooltip title={t('cases.lostYes')}>
      <Tag color="red" data-testid="outcome-tag">
        {label}
      </Tag>
    </Tooltip>
  ) : (
    <span data-testid="outcome-tag">{label}</span>
  );
}

/** Days left until a date: red when overdue, orange within a week. */
export function DaysLeft({ date, showDate = true }: { date: string | null; showDate?: boolean }) {
  const { t } = useTranslation();
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  const days = daysUntil(date);
  const text =
    days < 0
      ? t('cases.overdueDays', { count: -days })
      : days === 0
        ? t('cases.dueToday')
        : t('cases.daysLeft', { count: days });
  const type = days < 0 ? 'danger' : days <= 7 ? 'warning' : undefined;
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-overdue={days < 0 ? 'true' : undefined}>
      {showDate && <Typography.Text type="secondary">{date} </Typography.Text>}
      <Typography.Text type={type} strong={days <= 7}>
        {text}
      </Typography.Text>
    </span>
  );
}

/** 案号 with the 待核实 (unverified) and deleted markers. */
export function CaseNumberText({
  caseNumber,
  status,
  deleted,
}: {
  caseNumber: string | null;
  status: string | null;
  deleted?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span style={{ fontWeight: 500 }}>{caseNumber ?? t('cases.noNumber')}</span>
      {status === 'unverified' && (
        <Tag color="orange" bordered={false} style={{ marginInlineStart: 6 }}>
          {t('cases.unverified')}
        </Tag>
      )}
      {deleted && (
        <Tag bordered={false} style={{ marginInlineStart: 6 }}>
          {t('cases.deleted')}
        </Tag>
      )}
    </>
  );
}
