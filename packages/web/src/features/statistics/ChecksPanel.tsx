/** The checks: passed, or the failed ones with the cases behind each (each case linked). */
import { Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Filing } from './api.js';

export function ChecksPanel({ checks }: { checks: Filing['checks'] }) {
  const { t } = useTranslation();
  const failed = checks.filter((c) => !c.ok);
  return (
    <Card
      size="small"
      type="inner"
      style={{ marginTop: 12 }}
      title={
        failed.length === 0
          ? t('statistics.checksPassed', { count: checks.length })
          : t('statistics.checksFailed', { count: failed.length })
      }
    >
      {failed.length === 0 ? (
        <Typography.Text type="success">{t('statistics.checksOk')}</Typography.Text>
      ) : (
        <List
          data-testid="statistics-failed-checks"
          dataSource={failed}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  {c.label}（{c.detail}）
                </Typography.Text>
                <Typography.Text type="secondary">{t('statistics.checkCases', { count: c.caseCount })}</Typography.Text>
                <Flex gap={8} wrap>
                  {c.cases.map((k) => (
                    <Link key={k.id} to={`/cases/${k.id}`}>
                      {k.caseNumber ?? k.id.slice(0, 8)}
                    </Link>
                  ))}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
