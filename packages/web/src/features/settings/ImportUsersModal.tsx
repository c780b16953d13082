import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { type ImportedUser, useUserMutations } from './api.js';

/** Upload a filled-in template; show per-row problems, or the created accounts with their one-time passwords. */
export function ImportUsersModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { importFile } = useUserMutations();
  const [created, setCreated] = useState<ImportedUser[] | null>(null);

  const close = () => {
    setCreated(null);
    importFile.reset();
    onClose();
  };
  const err = importFile.error;
  const rowProblems = err instanceof ApiError ? err.details : [];

  return (
    <Modal
      open={open}
      title={t('settings.users.importTitle')}
      onCancel={close}
      maskClosable={false}
      width={760}
      footer={<Button onClick={close}>{t('settings.close')}</Button>}
      destroyOnHidden
    >
      {!created && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('settings.users.importHelp')}</Typography.Paragraph>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(file) => {
              importFile.mutate(file, { onSuccess: (r) => setCreated(r.created) });
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={importFile.isPending}>
              {importFile.isPending ? t('settings.users.importing') : t('settings.users.importChoose')}
            </Button>
          </Upload>
          {err && (
            <Alert
              type="error"
              showIcon
              message={rowProblems.length ? t('settings.users.importErrors') : errorMessage(err, t)}
              description={rowProblems.length ? errorMessage(err, t) : undefined}
            />
          )}
          {rowProblems.length > 0 && (
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              scroll={{ y: 320 }}
              dataSource={rowProblems}
              columns={[{ title: t('settings.users.importMessage'), dataIndex: 'message' }]}
              data-testid="import-errors"
            />
          )}
        </Space>
      )}
      {created && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="success" showIcon message={t('settings.users.importDone', { count: created.length })} />
          <Typography.Text
            copyable={{
              text: created.map((c) => `${c.username}\t${c.displayName}\t${c.initialPassword}`).join('\n'),
              tooltips: [t('settings.users.downloadPasswords'), t('settings.copied')],
            }}
          >
            {t('settings.users.downloadPasswords')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="username"
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={created}
            columns={[
              { title: t('settings.users.importRow'), dataIndex: 'row', width: 70 },
              { title: t('settings.users.username'), dataIndex: 'username' },
              { title: t('settings.users.displayName'), dataIndex: 'displayName' },
              { title: t('settings.users.role'), dataIndex: 'roleName' },
              {
                title: t('settings.users.passwordTitle'),
                dataIndex: 'initialPassword',
                render: (v: string) => (
                  <Typography.Text code copyable={{ text: v }}>
                    {v}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
