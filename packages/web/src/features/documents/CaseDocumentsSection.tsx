/** 文书 on a case's page: generate the 应诉批办单, and every document generated for the case (Word download, PDF preview). */
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import {
  type DocumentItem,
  documentFileUrl,
  documentPdfUrl,
  useCaseDocuments,
  useGenerateAssignmentForm,
} from './api.js';

export function CaseDocumentsSection({ caseId, canGenerate }: { caseId: string; canGenerate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const docs = useCaseDocuments(caseId);
  const generate = useGenerateAssignmentForm(caseId);

  return (
    <Card
      title={t('documents.caseTitle')}
      extra={
        canGenerate && (
          <Button
            icon={<FileWordOutlined />}
            loading={generate.isPending}
            onClick={() =>
              generate.mutateAsync().then(
                (d) => message.success(t('documents.generated', { name: d.fileName })),
                (err) => message.error(errorMessage(err, t)),
              )
            }
          >
            {t('documents.generateAssignmentForm')}
          </Button>
        )
      }
    >
      {docs.error && <Typography.Text type="danger">{errorMessage(docs.error, t)}</Typography.Text>}
      <Table<DocumentItem>
        rowKey="id"
        size="small"
        loading={docs.isFetching}
        dataSource={docs.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('documents.none') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('documents.name'), dataIndex: 'fileName' },
          {
            title: t('documents.template'),
            dataIndex: 'templateVersion',
            render: (v: number, d) =>
              `${d.label} · ${v === 0 ? t('documents.builtinVersion') : t('documents.versionN', { version: v })}`,
          },
          { title: t('documents.by'), dataIndex: 'createdByName' },
          {
            title: t('documents.at'),
            dataIndex: 'createdAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          {
            key: 'open',
            render: (_, d) => (
              <Space>
                <a
                  href={documentFileUrl(d.id)}
                  download
                  aria-label={t('documents.downloadWordOf', { name: d.fileName })}
                >
                  <FileWordOutlined /> {t('documents.word')}
                </a>
                <a
                  href={documentPdfUrl(d.id)}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={t('documents.previewPdfOf', { name: d.fileName })}
                >
                  <FilePdfOutlined /> {t('documents.pdf')}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
