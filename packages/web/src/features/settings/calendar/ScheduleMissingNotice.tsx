/**
 * "尚未录入{{year}}年放假安排": told to administrators and coordinators (the server decides who and when: the current
 * year's schedule missing, or from November the next year's) on the 工作台 and the calendar page, with the number of
 * open deadlines whose date is 暂定 meanwhile. Computed on read (GET /calendar/notice), no job.
 */
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCalendarNotice } from './api.js';

export function ScheduleMissingNotice({ link = false, style }: { link?: boolean; style?: CSSProperties }) {
  const { t } = useTranslation();
  const notice = useCalendarNotice();
  const navigate = useNavigate();
  const n = notice.data;
  if (!n?.show || n.year === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={style}
      data-testid="calendar-schedule-notice"
      message={t('calendar.noticeTitle', { year: n.year })}
      description={t('calendar.noticeBody', { year: n.year, count: n.provisionalDeadlines })}
      action={
        // A button that navigates, not a button inside a link (nested interactive elements confuse screen readers).
        link ? (
          <Button size="small" onClick={() => navigate('/settings/calendar')}>
            {t('calendar.noticeAction')}
          </Button>
        ) : undefined
      }
    />
  );
}
