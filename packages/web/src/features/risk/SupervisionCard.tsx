/**
 * 挂牌督办 on a risk item's page (docs/rules/risk.md#supervision): the open supervision (due date, reason, overdue) and
 * every earlier one; the city coordinator puts the item under supervision or lifts it when the item's state allows.
 * Others read it, with a line saying who decides.
 */
import { Button, Card, DatePicker, Form, Input, List, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type RiskItem, useLiftSupervision, useSupervise } from './api.js';

export function SupervisionCard({
  d,
  canSupervise,
  canLift,
  isCity,
  run,
}: {
  d: RiskItem;
  canSupervise: boolean;
  canLift: boolean;
  /** The caller is a city coordinator (the only one who decides). */
  isCity: boolean;
  run: (fn: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const supervise = useSupervise();
  const lift = useLiftSupervision(d.supervision?.id ?? '');
  const open = d.supervision;
  if (!open && d.supervisions.length === 0 && !(canSupervise && isCity)) return null;
  const earlier = d.supervisions.filter((s) => s.liftedAt);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.supervisionCard')}</h2>}
      data-testid="risk-supervision"
    >
      {open ? (
        <Typography.Paragraph>
          {t('risk.supervisionOpen', { date: open.dueDate, by: open.setByName ?? '' })}{' '}
          {open.overdue && <Tag color="red">{t('risk.supervisionOverdue')}</Tag>}
          <br />
          {t('risk.supervisionReason')}：{open.reason}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('risk.supervisionNone')}</Typography.Paragraph>
      )}
      {!isCity && (canSupervise || canLift) && (
        <Typography.Paragraph type="secondary">{t('risk.supervisionCityOnly')}</Typography.Paragraph>
      )}
      {isCity && canSupervise && !open && (
        <Form
          layout="vertical"
          style={{ maxWidth: 480 }}
          onFinish={(v: { dueDate: Dayjs; reason: string }) =>
            run(() =>
              supervise.mutateAsync({
                itemId: d.id,
                version: d.version,
                dueDate: v.dueDate.format('YYYY-MM-DD'),
                reason: v.reason,
              }),
            )
          }
        >
          <Form.Item name="dueDate" label={t('risk.supervisionDue')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => !day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label={t('risk.supervisionReason')} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={supervise.isPending}>
            {t('risk.supervise')}
          </Button>
        </Form>
      )}
      {isCity && canLift && open && (
        <Form
          layout="vertical"
          style={{ maxWidth: 480 }}
          onFinish={(v: { summary: string }) => run(() => lift.mutateAsync({ version: d.version, summary: v.summary }))}
        >
          <Form.Item name="summary" label={t('risk.liftSummary')} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button htmlType="submit" loading={lift.isPending}>
            {t('risk.lift')}
          </Button>
        </Form>
      )}
      {earlier.length > 0 && (
        <List
          size="small"
          header={t('risk.supervisionHistory')}
          dataSource={earlier}
          renderItem={(s) => (
            <List.Item>
              {s.dueDate} · {s.reason} ·{' '}
              {t('risk.supervisionLifted', {
                date: dayjs(s.liftedAt).format('YYYY-MM-DD'),
                summary: s.liftSummary ?? '',
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
