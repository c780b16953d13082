/**
 * Live classification of the 裁判主文 (or 复议决定 主文) with the classifier of the case's kind (classifyOutcomeForKind,
 * docs/rules/outcomes-and-loss.md#败诉): the categories found, whether that is a loss (败诉; 复议纠错 for a
 * reconsideration), and the clauses that decided it. The server classifies the same way when no outcome is chosen.
 */
import { Alert, Button, Flex, Space, Tag, Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyOutcomeForKind, type OutcomeCaseKind } from './domain.js';
import { outcomeLabel } from './format.js';

export function OutcomePreview({
  kind,
  text,
  current,
  onUse,
}: {
  kind: OutcomeCaseKind;
  text: string;
  current: string | null | undefined;
  onUse: (category: string) => void;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(text);
  const result = useMemo(() => (deferred.trim() ? classifyOutcomeForKind(kind, deferred) : null), [kind, deferred]);
  const reconsideration = kind === 'reconsideration';
  if (!result) return null;
  if (result.primary === 'UNKNOWN') {
    const none = reconsideration
      ? t('cases.form.outcomePreviewNoneReconsideration')
      : t('cases.form.outcomePreviewNone');
    return <Alert type="warning" showIcon message={none} style={{ marginBottom: 16 }} />;
  }
  const verdict =
    result.governmentLost === true ? (
      <Tag color="red">
        {reconsideration ? t('cases.form.outcomePreviewCorrected') : t('cases.form.outcomePreviewLost')}
      </Tag>
    ) : result.governmentLost === false ? (
      <Tag color="green">{t('cases.form.outcomePreviewNotLost')}</Tag>
    ) : (
      <Tag>{t('cases.form.outcomePreviewUndecided')}</Tag>
    );
  return (
    <Alert
      type={result.governmentLost === true ? 'error' : result.governmentLost === false ? 'success' : 'warning'}
      style={{ marginBottom: 16 }}
      data-testid="outcome-preview"
      message={
        <Flex justify="space-between" wrap gap={8} align="center">
          <Space size={4} wrap>
            <Typography.Text strong>
              {t('common.labelColon', { label: t('cases.form.outcomePreview') })}
            </Typography.Text>
            {result.categories.map((c) => (
              <Tag key={c} bordered={false} color={c === result.primary ? 'blue' : undefined}>
                {outcomeLabel(t, c)}
              </Tag>
            ))}
            {verdict}
          </Space>
          {current !== result.primary && (
            <Button size="small" onClick={() => onUse(result.primary)}>
              {t('cases.form.outcomePreviewUse', { label: outcomeLabel(t, result.primary) })}
            </Button>
          )}
        </Flex>
      }
      description={
        result.evidence.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {result.evidence.map((e) => (
              <li key={e}>
                <Typography.Text type="secondary">“{e}”</Typography.Text>
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
