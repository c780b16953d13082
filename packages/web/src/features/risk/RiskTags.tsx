/** The risk level and state as tags, labelled through i18n. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LEVEL_COLORS: Record<string, string> = { red: 'error', yellow: 'warning', green: 'success' };

export function LevelTag({ level }: { level: 'green' | 'yellow' | 'red' }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} bordered={false} data-testid="risk-level">
      {t(`risk.levels.${level}`)}
    </Tag>
  );
}

export function StateTag({ state }: { state: 'warning' | 'lead_assigned' | 'planned' | 'supervised' | 'closed' }) {
  const { t } = useTranslation();
  return (
    <Tag bordered={false} data-testid="risk-state">
      {t(`risk.states.${state}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" data-testid="risk-overdue">
      {t('risk.overdue')}
    </Tag>
  );
}
