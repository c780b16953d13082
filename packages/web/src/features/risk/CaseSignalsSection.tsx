/**
 * 庭前风险提示 on a case's page (docs/rules/risk.md#liaison-signals): the court liaison's signals on the case, standing
 * and withdrawn; the liaison (risk.signal) gives a yellow or red signal with a note, or withdraws one with a reason. The
 * case is screened again on the server, so its level and risk item follow at once. Hidden when there is nothing to
 * show and nothing the user may do.
 */
import { App, Button, Card, Form, Input, List, Popconfirm, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import { useCaseSignals, useRecordSignal, useWithdrawSignal } from './api.js';

export function CaseSignalsSection({ caseId, canSignal }: { caseId: string; canSignal: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signals = useCaseSignals(caseId);
  const record = useRecordSignal(caseId);
  const withdraw = useWithdrawSignal(caseId);
  const [level, setLevel] = useState<'yellow' | 'red'>('yellow');
  const [form] = Form.useForm<{ note: string }>();
  const [reason, setReason] = useState('');
  const d = signals.data;
  if (!d || (d.signals.length === 0 && !canSignal)) return null;
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('risk.saved'));
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.signals.title')}</h2>}
      data-testid="case-signals"
      extra={d.riskItemId ? <Link to={`/risks/${d.riskItemId}`}>{t('risk.signals.openItem')}</Link> : null}
    >
      <List
        size="small"
        dataSource={d.signals}
        locale={{ emptyText: t('risk.signals.none') }}
        renderItem={(s) => (
          <List.Item
            actions={
              canSignal && !s.withdrawnAt
                ? [
                    <Popconfirm
                      key="withdraw"
                      title={t('risk.signals.withdrawReason')}
                      description={
                        <Input
                          aria-label={t('risk.signals.withdrawReason')}
                          value={reason}
                          onChange={(e) => setReason(e.target.value)}
                          maxLength={500}
                        />
                      }
                      okButtonProps={{ disabled: reason.trim().length < 2 }}
                      onConfirm={() => run(() => withdraw.mutateAsync({ id: s.id, reason: reason.trim() }))}
                    >
                      <Button size="small">{t('risk.signals.withdraw')}</Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Typography.Text delete={!!s.withdrawnAt}>
              <Tag color={s.level === 'red' ? 'red' : 'gold'}>{t(`risk.levels.${s.level}`)}</Tag>
              {s.note}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {s.byName ?? ''} {chinaDateTime(s.at)}
              {s.withdrawnAt ? ` · ${t('risk.signals.withdrawn', { reason: s.withdrawReason ?? '' })}` : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
      {canSignal && (
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 480, marginTop: 8 }}
          onFinish={(v) =>
            run(async () => {
              await record.mutateAsync({ caseId, level, note: v.note });
              form.resetFields();
            })
          }
        >
          <Form.Item label={t('risk.signals.level')}>
            <Segmented
              aria-label={t('risk.signals.level')}
              value={level}
              onChange={(v) => setLevel(v as 'yellow' | 'red')}
              options={[
                { value: 'yellow', label: t('risk.levels.yellow') },
                { value: 'red', label: t('risk.levels.red') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t('risk.signals.note')} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('risk.signals.give')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
