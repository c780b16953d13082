/**
 * 导入开庭排期表 (on /hearings, for hearing.manage): upload the court's list → the check (what each row will do: new,
 * 改期 with the old time, updated, unchanged; the errors by row and column, the footer rows skipped) → confirm, which
 * imports the same file in one transaction. A list with errors cannot be confirmed: fix the file and upload it again.
 */
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Modal, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import { type CourtListCheck, type CourtListError, type CourtListItem, uploadCourtList } from './courtListApi.js';

const ACTION_COLORS: Record<CourtListItem['action'], string> = {
  create: 'green',
  reschedule: 'orange',
  update: 'blue',
  unchanged: 'default',
};

export function CourtListImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="court-list-open">
        {t('hearingImport.open')}
      </Button>
      {open && <CourtListImportModal onClose={() => setOpen(false)} />}
    </>
  );
}

function CourtListImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<CourtListCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (f: File, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await uploadCourtList(f, dryRun);
      setCheck(result);
      if (!dryRun) {
        await qc.invalidateQueries({ queryKey: ['hearings'] });
        await qc.invalidateQueries({ queryKey: ['cases'] });
        message.success(t('hearingImport.done', { ...result.counts }));
      }
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  const restart = () => {
    setFile(null);
    setCheck(null);
    setError(null);
  };
  const done = check?.status === 'done';
  const canCommit = check?.status === 'checked' && check.items.some((i) => i.action !== 'unchanged');

  return (
    <Modal
      open
      width={960}
      title={t('hearingImport.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {check && !done && <Button onClick={restart}>{t('hearingImport.again')}</Button>}
          {done ? (
            <Button type="primary" onClick={onClose}>
              {t('hearingImport.close')}
            </Button>
          ) : (
            <Button
              type="primary"
              disabled={!canCommit || !file}
              loading={busy && !!check}
              onClick={() => file && void run(file, false)}
              data-testid="court-list-commit"
            >
              {t('hearingImport.commit')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('hearingImport.intro')}</Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="court-list-error" />
      )}
      {!check && (
        <Spin spinning={busy} tip={t('hearingImport.checking')}>
          <Upload.Dragger
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(f) => {
              setFile(f as unknown as File);
              void run(f as unknown as File, true);
              return false;
            }}
            data-testid="court-list-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('hearingImport.dropHere')}</p>
            <p className="ant-upload-hint">{t('hearingImport.dropHint')}</p>
          </Upload.Dragger>
        </Spin>
      )}
      {check && <CheckView check={check} />}
    </Modal>
  );
}

function CheckView({ check }: { check: CourtListCheck }) {
  const { t } = useTranslation();
  const { counts } = check;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="court-list-check">
      {check.status === 'done' && (
        <Alert type="success" showIcon message={t('hearingImport.doneTitle', { ...counts })} />
      )}
      {check.status === 'invalid' && (
        <Alert type="error" showIcon message={t('hearingImport.invalid', { count: check.errorCount })} />
      )}
      {check.status === 'checked' && <Alert type="info" showIcon message={t('hearingImport.ready')} />}
      <Descriptions size="small" column={5} bordered>
        <Descriptions.Item label={t('hearingImport.rows')}>{check.rows}</Descriptions.Item>
        <Descriptions.Item label={t('hearingImport.action.create')}>{counts.create}</Descriptions.Item>
        <Descriptions.Item label={t('hearingImport.action.reschedule')}>{counts.reschedule}</Descriptions.Item>
        <Descriptions.Item label={t('hearingImport.action.update')}>{counts.update}</Descriptions.Item>
        <Descriptions.Item label={t('hearingImport.action.unchanged')}>{counts.unchanged}</Descriptions.Item>
      </Descriptions>
      {check.errors.length > 0 && (
        <Table<CourtListError>
          size="small"
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
          title={() => t('hearingImport.errorsTitle', { count: check.errorCount })}
          dataSource={check.errors}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="court-list-errors"
          columns={[
            {
              key: 'row',
              title: t('hearingImport.row'),
              width: 80,
              render: (_, e) => t('hearingImport.rowN', { row: e.row }),
            },
            { key: 'column', title: t('hearingImport.column'), width: 120, dataIndex: 'column' },
            { key: 'message', title: t('hearingImport.message'), dataIndex: 'message' },
          ]}
        />
      )}
      {check.skippedRows.length > 0 && (
        <Typography.Text type="secondary">
          {t('hearingImport.skipped', {
            rows: check.skippedRows.map((s) => t('hearingImport.rowN', { row: s.row })).join('、'),
          })}
        </Typography.Text>
      )}
      <Table<CourtListItem>
        size="small"
        rowKey="row"
        title={() => t('hearingImport.itemsTitle')}
        dataSource={check.items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="court-list-items"
        columns={[
          { key: 'row', title: t('hearingImport.row'), render: (_, i) => t('hearingImport.rowN', { row: i.row }) },
          {
            key: 'action',
            title: t('hearingImport.actionTitle'),
            render: (_, i) => (
              <Tag color={ACTION_COLORS[i.action]} bordered={false}>
                {t(`hearingImport.action.${i.action}`)}
              </Tag>
            ),
          },
          {
            key: 'case',
            title: t('hearings.caseNumber'),
            render: (_, i) => <Link to={`/cases/${i.caseId}`}>{i.caseNumber}</Link>,
          },
          {
            key: 'at',
            title: t('hearings.scheduledAt'),
            render: (_, i) =>
              i.previousScheduledAt
                ? t('hearingImport.moved', {
                    from: chinaDateTime(i.previousScheduledAt),
                    to: chinaDateTime(i.scheduledAt),
                  })
                : chinaDateTime(i.scheduledAt),
          },
          { key: 'room', title: t('hearings.courtroom'), render: (_, i) => i.courtroom ?? '—' },
        ]}
      />
    </Space>
  );
}
