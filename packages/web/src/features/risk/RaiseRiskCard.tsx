/**
 * 提高风险等级 on a case's page: a coordinator (risk.manage) raises a case that has no risk item to yellow or red with a
 * reason (POST /risk-items; docs/rules/risk.md#screening); the risk item opens at once and the page links to it.
 * Shown only while the case has no item.
 */
import { App, Button, Card, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCaseSignals, useRaiseItem } from './api.js';

export function RaiseRiskCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const signals = useCaseSignals(caseId);
  const raise = useRaiseItem();
  const [level, setLevel] = useState<'yellow' | 'red'>('yellow');
  if (!signals.data || signals.data.riskItemId) return null;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risk.raise.title')}</h2>}
      data-testid="raise-risk"
    >
      <Form
        layout="vertical"
        style={{ maxWidth: 480 }}
        onFinish={(v: { reason: string }) =>
          raise.mutateAsync({ caseId, level, reason: v.reason }).then(
            (item) => navigate(`/risks/${item.id}`),
            (err: unknown) => message.error(errorMessage(err, t)),
          )
        }
      >
        <Form.Item label={t('risk.raise.level')}>
          <Segmented
            aria-label={t('risk.raise.level')}
            value={level}
            onChange={(v) => setLevel(v as 'yellow' | 'red')}
            options={[
              { value: 'yellow', label: t('risk.levels.yellow') },
              { value: 'red', label: t('risk.levels.red') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('risk.raise.reason')} rules={[{ required: true, min: 4 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={raise.isPending}>
          {t('risk.raise.submit')}
        </Button>
      </Form>
    </Card>
  );
}
