/**
 * What a check found besides the rows' errors: the footer rows it skipped (制表人, 合计, 填表日期 — never read as cases),
 * the warnings that do not block the import (a 答辩截止日期 that disagrees with the computed deadline), and, when the
 * error list is capped, every error counted by column and kind.
 */
import { Alert, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorKind, ImportJob } from './api.js';

export function ImportNotes({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const skipped = job.skippedRows ?? [];
  const warnings = job.warnings ?? [];
  const kinds = job.errorKinds ?? [];
  const capped = job.errorCount > job.errors.length;
  if (!skipped.length && !warnings.length && !(capped && kinds.length)) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
      {skipped.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="import-skipped"
          message={t('imports.footerSkipped', { count: skipped.length })}
          description={skipped.map((s) => (
            <div key={s.row}>{t('imports.skippedRow', { row: s.row, text: s.text })}</div>
          ))}
        />
      )}
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-warnings"
          message={t('imports.warnings', { count: job.warningCount ?? warnings.length })}
          description={warnings
            .slice(0, 20)
            .map((w) => (
              <div key={`${w.row}-${w.column}`}>
                {t('imports.warningRow', { row: w.row, column: w.column, message: w.message })}
              </div>
            ))}
        />
      )}
      {capped && kinds.length > 0 && (
        <>
          <Typography.Text strong>{t('imports.errorKinds', { total: job.errorCount })}</Typography.Text>
          <Table<ErrorKind>
            size="small"
            rowKey={(k) => `${k.column}-${k.kind}`}
            dataSource={kinds}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('imports.column'), dataIndex: 'column', width: 240 },
              { title: t('imports.message'), dataIndex: 'kind' },
              { title: t('imports.count'), dataIndex: 'count', width: 100 },
            ]}
            data-testid="import-error-kinds"
          />
        </>
      )}
    </Space>
  );
}
