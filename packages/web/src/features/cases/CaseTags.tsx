/** Small display pieces shared by the list, the cards and the detail page. */
import { WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VISUALLY_HIDDEN } from '../../app/a11y/LiveRegion.js';
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
 * know); red with a warning sign when the agency lost (败诉), the word 败诉 for screen readers.
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
      {/* Not by colour alone: a warning sign for the eye, the word for screen readers. */}
      <span>
        <Tag color="red" icon={<WarningOutlined aria-hidden />} data-testid="outcome-tag">
          {label}
        </Tag>
        <span style={VISUALLY_HIDDEN}>{t('common.parenthesis', { text: t('cases.lostYes') })}</span>
      </span>
    </Tooltip>
  ) : (
    <span data-testid="outcome-tag">{label}</span>
  );
}

/**
 * 暂定: the date was computed while its year's holiday schedule was not entered (weekends and statutory holidays
 * only); the tooltip says why. The server marks it (deadline `provisional`, list `nextDueProvisional`).
 */
export function ProvisionalTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('cases.provisionalHint')}>
      <Tag color="gold" bordered={false} style={{ marginInline: 4 }} data-testid="provisional-tag">
        {t('cases.provisional')}
      </Tag>
    </Tooltip>
  );
}

/** Days left until a date: red when overdue, orange within a week; 暂定 marked when `provisional`. */
export function DaysLeft({
  date,
  showDate = true,
  provisional = false,
}: {
  date: string | null;
  showDate?: boolean;
  provisional?: boolean;
}) {
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
  const left = (
    <span style={{ whiteSpace: 'nowrap' }} data-overdue={days < 0 ? 'true' : undefined}>
      {showDate && <Typography.Text type="secondary">{date} </Typography.Text>}
      <Typography.Text type={type} strong={days <= 7}>
        {text}
      </Typography.Text>
    </span>
  );
  // The tag may wrap under the days in a narrow column (the list's next deadline).
  return provisional ? (
    <span>
      {left}
      <ProvisionalTag />
    </span>
  ) : (
    left
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
