import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { formatWhen } from '../notifications/format.js';
import { type BackupFileItem, type BackupRun, useBackupNow, useBackupStatus } from './api.js';

const STATUS_COLOR: Record<BackupRun['status'], string> = { running: 'processing', ok: 'success', failed: 'error' };

/** Bytes as KB/MB/GB (binary units, one decimal). */
export function formatSize(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/**
 * 数据库备份 (backup.manage, the administrator): when the embedded database last backed itself up and whether it
 * succeeded, the files kept, and 立即备份. On PostgreSQL it says that backups are the DBA's pg_dump.
 */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const status = useBackupStatus();
  const backupNow = useBackupNow();
  const s = status.data;
  const when = (iso: string | null) => (iso ? formatWhen(iso, i18n.language) : '—');
  const runSummary = (run: BackupRun | null) =>
    run ? (
      <Space wrap>
        <span>{when(run.startedAt)}</span>
        <Tag color={STATUS_COLOR[run.status]}>{t(`backups.status.${run.status}`)}</Tag>
        {run.file && <Typography.Text code>{run.file}</Typography.Text>}
        {run.error && <Typography.Text type="danger">{run.error}</Typography.Text>}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('backups.never')}</Typography.Text>
    );

  const onBackupNow = () =>
    backupNow.mutate(undefined, {
      onSuccess: (run) =>
        run.status === 'ok'
          ? message.success(t('backups.done', { file: run.file }))
          : message.error(t('backups.failedNow', { error: run.error ?? '' })),
      onError: (err) => message.error(errorMessage(err, t)),
    });

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('backups.title')}</h1>}
      extra={
        s?.automatic ? (
          <Button type="primary" loading={backupNow.isPending} onClick={onBackupNow}>
            {t('backups.backupNow')}
          </Button>
        ) : null
      }
      loading={status.isLoading}
      data-testid="backups-page"
    >
      {status.isError && <Alert type="error" showIcon message={errorMessage(status.error, t)} />}
      {s && !s.automatic && <Alert type="info" showIcon message={t('backups.postgres')} />}
      {s?.automatic && (
        <>
          <Typography.Paragraph type="secondary">
            {t('backups.help', { time: s.dailyAt, keep: s.keep })}
          </Typography.Paragraph>
          {s.lastRun?.status === 'failed' && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} message={runSummary(s.lastRun)} />
          )}
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('backups.lastRun')}>{runSummary(s.lastRun)}</Descriptions.Item>
            <Descriptions.Item label={t('backups.lastSuccess')}>{runSummary(s.lastSuccess)}</Descriptions.Item>
            <Descriptions.Item label={t('backups.directory')}>
              <Typography.Text code>{s.directory}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.dailyAt')}>{s.dailyAt}</Descriptions.Item>
            <Descriptions.Item label={t('backups.keep')}>{s.keep}</Descriptions.Item>
          </Descriptions>
          <h2 style={{ fontSize: 16 }}>{t('backups.runs')}</h2>
          <Table<BackupRun>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.runs}
            scroll={{ x: 800 }}
            style={{ marginBottom: 24 }}
            columns={[
              { title: t('backups.startedAt'), dataIndex: 'startedAt', render: when },
              { title: t('backups.finishedAt'), dataIndex: 'finishedAt', render: when },
              {
                title: t('backups.reasonLabel'),
                dataIndex: 'reason',
                render: (r: BackupRun['reason']) => t(`backups.reason.${r}`),
              },
              {
                title: t('backups.statusLabel'),
                dataIndex: 'status',
                render: (v: BackupRun['status'], row) => (
                  <Tooltip title={row.error ?? undefined}>
                    <Tag color={STATUS_COLOR[v]}>{t(`backups.status.${v}`)}</Tag>
                  </Tooltip>
                ),
              },
              { title: t('backups.file'), dataIndex: 'file', render: (v: string | null) => v ?? '—' },
              { title: t('backups.size'), dataIndex: 'sizeBytes', render: formatSize },
              { title: t('backups.error'), dataIndex: 'error', ellipsis: true, render: (v: string | null) => v ?? '' },
            ]}
          />
          <h2 style={{ fontSize: 16 }}>{t('backups.files')}</h2>
          <Table<BackupFileItem>
            rowKey="name"
            size="small"
            pagination={false}
            dataSource={s.files}
            columns={[
              { title: t('backups.file'), dataIndex: 'name' },
              {
                title: t('backups.reasonLabel'),
                dataIndex: 'reason',
                render: (r: BackupFileItem['reason']) => t(`backups.reason.${r}`),
              },
              { title: t('backups.startedAt'), dataIndex: 'at', render: when },
              { title: t('backups.size'), dataIndex: 'sizeBytes', render: formatSize },
            ]}
          />
        </>
      )}
    </Card>
  );
}
