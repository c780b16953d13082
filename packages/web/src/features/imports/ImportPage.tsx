/**
 * 案件导入 (/cases/import): download the template, upload a ledger or the court's monthly list, read the check (per
 * row and column, in Chinese; what will be created, updated field by field, or left unchanged), then commit. The
 * commit button stays disabled while any row has an error; the commit's progress is polled.
 *
 * The checked job is in the address (?job=<id>): a reload (or a link) shows the stored job as the server kept it —
 * counts, errors, changes, the unmapped columns and the mapping applied, the overview — and goes on polling a job
 * still being read or applied. The file itself is not kept: mapping columns of a reloaded job asks for it again.
 */
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Tabs,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../app/a11y/LiveRegion.js';
import { errorMessage } from '../../app/api/errors.js';
import {
  type ColumnMapping,
  commitImport,
  downloadTemplate,
  getImport,
  type ImportChange,
  type ImportJob,
  type ImportRowError,
  uploadImport,
} from './api.js';
import { ColumnMappingCard } from './ColumnMappingCard.js';
import { ImportNotes } from './ImportNotes.js';
import { ImportOverviewView } from './ImportOverviewView.js';

type Stage = 'select' | 'checking' | 'checked' | 'committing' | 'done';

/** The stage in which a stored job is shown. */
const stageOf = (job: ImportJob): Stage =>
  job.status === 'done'
    ? 'done'
    : job.status === 'applying'
      ? 'committing'
      : job.status === 'reading'
        ? 'checking'
        : 'checked';

export function ImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [stage, setStage] = useState<Stage>('select');
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const poll = useRef<number | null>(null);
  // The file last uploaded: checked again with a column mapping without choosing it anew (gone after a reload).
  const lastFile = useRef<File | null>(null);
  const [search, setSearch] = useSearchParams();
  const jobParam = search.get('job');

  const stopPolling = () => {
    if (poll.current !== null) window.clearInterval(poll.current);
    poll.current = null;
  };
  // Stop polling when the page is left.
  useEffect(
    () => () => {
      if (poll.current !== null) window.clearInterval(poll.current);
    },
    [],
  );

  const reset = () => {
    stopPolling();
    setStage('select');
    setJob(null);
    setError(null);
    setSearch({}, { replace: true });
  };

  // A job named in the address that this page does not hold (a reload, a link): shown as stored, polled while the
  // server is still reading or applying it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the address names another job
  useEffect(() => {
    if (!jobParam || job?.id === jobParam) return;
    let cancelled = false;
    const show = (j: ImportJob) => {
      if (cancelled) return;
      setJob(j);
      setStage(stageOf(j));
      setError(j.status === 'failed' ? j.message : null);
    };
    setStage('checking');
    getImport(jobParam)
      .then((j) => {
        show(j);
        if (j.status !== 'reading' && j.status !== 'applying') return;
        stopPolling();
        poll.current = window.setInterval(() => {
          getImport(jobParam)
            .then((next) => {
              if (next.status === 'reading' || next.status === 'applying') {
                if (!cancelled) setJob(next);
                return;
              }
              stopPolling();
              show(next);
            })
            .catch(() => {});
        }, 1000);
      })
      .catch((err) => {
        if (cancelled) return;
        setError(errorMessage(err, t));
        setStage('select');
        setSearch({}, { replace: true });
      });
    return () => {
      cancelled = true;
    };
  }, [jobParam]);

  const onTemplate = async () => {
    try {
      await downloadTemplate();
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };

  const onUpload = async (file: File, mapping?: ColumnMapping) => {
    lastFile.current = file;
    setError(null);
    setStage('checking');
    try {
      const checked = await uploadImport(file, mapping);
      setJob(checked);
      setStage('checked');
      setSearch({ job: checked.id }, { replace: true });
    } catch (err) {
      setError(errorMessage(err, t));
      setStage('select');
    }
  };

  const onCommit = async () => {
    if (!job) return;
    setStage('committing');
    setError(null);
    poll.current = window.setInterval(() => {
      getImport(job.id)
        .then((j) => setJob((prev) => (prev && prev.status !== 'done' ? { ...prev, ...j } : prev)))
        .catch(() => {});
    }, 500);
    try {
      const done = await commitImport(job.id);
      setJob(done);
      setStage('done');
    } catch (err) {
      setError(errorMessage(err, t));
      setStage('checked');
      getImport(job.id)
        .then(setJob)
        .catch(() => {});
    } finally {
      stopPolling();
    }
  };

  const hasErrors = !!job && job.errorCount > 0;
  const writable = job ? job.created + job.updated : 0;
  const progressPercent = job?.progress.rowsTotal
    ? Math.round((100 * job.progress.rowsWritten) / job.progress.rowsTotal)
    : 0;
  // Screen readers hear the import's progress (in quarter steps) and its end without leaving their place.
  useAnnounce(
    stage === 'checking'
      ? t('imports.checking')
      : stage === 'committing'
        ? t('a11y.importProgress', { percent: Math.floor(progressPercent / 25) * 25 })
        : stage === 'done' && job
          ? `${t('imports.doneTitle')}: ${t('imports.doneSummary', { created: job.created, updated: job.updated, unchanged: job.unchanged })}`
          : '',
  );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('imports.title')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={onTemplate} data-testid="import-template">
            {t('imports.downloadTemplate')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('imports.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        {(stage === 'select' || stage === 'checking') && (
          <Spin spinning={stage === 'checking'} tip={t('imports.checking')}>
            <Upload.Dragger
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              multiple={false}
              showUploadList={false}
              disabled={stage === 'checking'}
              beforeUpload={(file) => {
                void onUpload(file as unknown as File);
                return false;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.dropHere')}</p>
              <p className="ant-upload-hint">{t('imports.dropHint')}</p>
            </Upload.Dragger>
          </Spin>
        )}
        {stage === 'done' && job && (
          <Result
            status="success"
            icon={<CheckCircleOutlined />}
            title={t('imports.doneTitle')}
            subTitle={t('imports.doneSummary', {
              created: job.created,
              updated: job.updated,
              unchanged: job.unchanged,
            })}
            extra={[
              <Link key="list" to="/cases">
                <Button type="primary">{t('imports.viewCases')}</Button>
              </Link>,
              <Button key="again" onClick={reset}>
                {t('imports.importAnother')}
              </Button>,
            ]}
          />
        )}
      </Card>

      {job && stage === 'checked' && (
        <ColumnMappingCard
          job={job}
          busy={false}
          needsFile={!lastFile.current}
          onApply={(mapping, file) => {
            const source = file ?? lastFile.current;
            if (source) void onUpload(source, mapping);
          }}
        />
      )}

      {job && (stage === 'checked' || stage === 'committing') && (
        <Card
          title={t('imports.checkTitle', { file: job.fileName })}
          extra={
            <Space>
              <Button onClick={reset} disabled={stage === 'committing'}>
                {t('imports.chooseAnother')}
              </Button>
              <Button
                type="primary"
                onClick={onCommit}
                disabled={hasErrors || job.status !== 'validated' || writable === 0 || stage === 'committing'}
                loading={stage === 'committing'}
                data-testid="import-commit"
              >
                {t('imports.commit', { count: writable })}
              </Button>
            </Space>
          }
        >
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={4}>
              <Statistic title={t('imports.rows')} value={job.rows} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('imports.toCreate')} value={job.created} valueStyle={{ color: '#389e0d' }} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('imports.toUpdate')} value={job.updated} valueStyle={{ color: '#1677ff' }} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('imports.unchanged')} value={job.unchanged} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic
                title={t('imports.errors')}
                value={job.errorCount}
                valueStyle={{ color: job.errorCount ? '#cf1322' : undefined }}
              />
            </Col>
          </Row>
          {stage === 'committing' && (
            <Progress
              percent={progressPercent}
              status="active"
              style={{ marginBottom: 16 }}
              data-testid="import-progress"
            />
          )}
          {hasErrors ? (
            <Alert
              type="error"
              showIcon
              message={t('imports.hasErrors', { count: job.errorCount })}
              style={{ marginBottom: 16 }}
            />
          ) : writable === 0 ? (
            <Alert type="info" showIcon message={t('imports.nothingToDo')} style={{ marginBottom: 16 }} />
          ) : (
            <Alert type="success" showIcon message={t('imports.ready')} style={{ marginBottom: 16 }} />
          )}
          <ImportNotes job={job} />
          <Tabs
            items={[
              {
                key: 'errors',
                label: `${t('imports.errorsTab')} (${job.errorCount})`,
                children: <ErrorTable errors={job.errors} total={job.errorCount} />,
              },
              {
                key: 'changes',
                label: `${t('imports.changesTab')} (${job.updated})`,
                children: <ChangeTable changes={job.changes} />,
              },
              ...(job.overview
                ? [
                    {
                      key: 'overview',
                      label: t('importOverview.tab'),
                      children: (
                        <ImportOverviewView
                          overview={job.overview}
                          created={job.created}
                          known={job.updated + job.unchanged}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function ErrorTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      {total > errors.length && (
        <Typography.Paragraph type="secondary">
          {t('imports.errorsCapped', { shown: errors.length, total })}
        </Typography.Paragraph>
      )}
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
        dataSource={errors}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('imports.noErrors') }}
        columns={[
          { title: t('imports.row'), dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : '—') },
          { title: t('imports.column'), dataIndex: 'column', width: 180 },
          { title: t('imports.message'), dataIndex: 'message' },
        ]}
        data-testid="import-errors"
      />
    </>
  );
}

function ChangeTable({ changes }: { changes: ImportChange[] }) {
  const { t } = useTranslation();
  const empty = t('imports.empty');
  return (
    <Table<ImportChange>
      size="small"
      rowKey="row"
      dataSource={changes}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('imports.noChanges') }}
      columns={[
        { title: t('imports.row'), dataIndex: 'row', width: 80 },
        { title: t('imports.caseNumber'), dataIndex: 'caseNumber', width: 240 },
        {
          title: t('imports.fields'),
          dataIndex: 'fields',
          render: (fields: ImportChange['fields']) => (
            <Space direction="vertical" size={0}>
              {fields.map((f) => (
                <span key={f.column}>
                  <Typography.Text strong>{f.column}</Typography.Text>：{f.from ?? empty} → {f.to ?? empty}
                </span>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
