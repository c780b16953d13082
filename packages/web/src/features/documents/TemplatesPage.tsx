/**
 * 文书模板: each document template with the version in force, its placeholders, the built-in and the city's versions
 * to download (to edit in Word or WPS), and uploading a new version with a reason.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { permissionList } from '../../app/navigation.js';
import { type TemplateItem, templateFileUrl, useTemplates, useUploadTemplate } from './api.js';

function UploadTemplate({ item }: { item: TemplateItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadTemplate(item.key);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const submit = () => {
    if (!file) return;
    setProblems([]);
    upload.mutateAsync({ file, reason }).then(
      (r) => {
        message.success(t('documents.uploaded', { version: r.version }));
        setFile(null);
        setReason('');
      },
      (err) => {
        setProblems(err instanceof ApiError ? err.details.map((d) => d.message) : []);
        message.error(errorMessage(err, t));
      },
    );
  };
  const reasonId = `template-reason-${item.key}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Upload
          accept=".docx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{file ? file.name : t('documents.chooseFile')}</Button>
        </Upload>
        <label htmlFor={reasonId}>{t('documents.reason')}</label>
        <Input
          id={reasonId}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ width: 260 }}
          maxLength={500}
        />
        <Button type="primary" disabled={!file || !reason.trim()} loading={upload.isPending} onClick={submit}>
          {t('documents.upload')}
        </Button>
      </Space>
      {problems.length > 0 && (
        <Alert type="error" role="alert" message={t('documents.uploadRefused')} description={problems.join('；')} />
      )}
    </Space>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const canManage = permissionList(useCurrentUser())?.includes('settings.manage') ?? false;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {templates.error && <Typography.Text type="danger">{errorMessage(templates.error, t)}</Typography.Text>}
      {(templates.data?.items ?? []).map((item) => (
        <Card
          key={item.key}
          title={
            <span>
              {item.label}{' '}
              <Tag>
                {item.version === 0
                  ? t('documents.builtinVersion')
                  : t('documents.versionN', { version: item.version })}
              </Tag>
            </span>
          }
          extra={
            <Space>
              <a href={templateFileUrl(item.key)} download>
                <DownloadOutlined /> {t('documents.downloadInForce')}
              </a>
              {item.version > 0 && (
                <a href={templateFileUrl(item.key, 0)} download>
                  {t('documents.downloadBuiltin')}
                </a>
              )}
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('documents.templateIntro')}</Typography.Paragraph>
          {canManage && <UploadTemplate item={item} />}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('documents.placeholders')}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            {item.fields.map((f) => (
              <Descriptions.Item key={f.name} label={`{${f.name}}`}>
                {f.description}
              </Descriptions.Item>
            ))}
          </Descriptions>
          {item.versions.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('documents.history')}
              </Typography.Title>
              <Table
                rowKey="version"
                size="small"
                pagination={false}
                dataSource={item.versions}
                columns={[
                  {
                    title: t('documents.version'),
                    dataIndex: 'version',
                    render: (v: number) => (
                      <a href={templateFileUrl(item.key, v)} download>
                        {t('documents.versionN', { version: v })}
                      </a>
                    ),
                  },
                  { title: t('documents.fileName'), dataIndex: 'fileName' },
                  { title: t('documents.reason'), dataIndex: 'reason' },
                  { title: t('documents.by'), dataIndex: 'createdByName' },
                  {
                    title: t('documents.at'),
                    dataIndex: 'createdAt',
                    render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
                  },
                ]}
              />
            </>
          )}
        </Card>
      ))}
    </Space>
  );
}
