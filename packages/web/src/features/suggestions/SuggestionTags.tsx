import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  pending: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  answered_on_time: 'green',
  answered_late: 'volcano',
};

type Status = 'pending' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late';

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`suggestions.statuses.${status}`)}</Tag>;
}

/** A rate as a percentage with its counts beside it (a rate over nothing is "—"). */
export const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
