/**
 * One suggestion (/accountability/suggestions/:id): what it is, its due date with the basis, its files, and — for the
 * agency's clerk (or a coordinator) while open — the answer: upload the reply, then the reply date and a summary.
 */
import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, List, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { todayInChina } from '../cases/format.js';
import {
  type Suggestion,
  suggestionFileUrl,
  useAnswerSuggestion,
  useSuggestion,
  useUploadSuggestionFile,
} from './api.js';
import { StatusTag } from './SuggestionTags.js';

export function SuggestionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useSuggestion(id);
  const s = q.data;
  return (
    <Flex vertical gap={12}>
      <Link to="/accountability/suggestions">{t('suggestions.back')}</Link>
      {q.error && <Typography.Text type="danger">{errorMessage(q.error, t)}</Typography.Text>}
      {s && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {s.title} <StatusTag status={s.status} />
          </Typography.Title>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('suggestions.kind')}>{t(`suggestions.kinds.${s.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('suggestions.issuer')}>{s.issuer}</Descriptions.Item>
              <Descriptions.Item label={t('suggestions.docNumber')}>{s.docNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('suggestions.agency')}>{s.agencyName}</Descriptions.Item>
              <Descriptions.Item label={t('suggestions.receivedOn')}>{s.receivedOn}</Descriptions.Item>
              <Descriptions.Item label={t('suggestions.due')}>
                <span data-testid="suggestion-due">{s.due ?? t('suggestions.noDue')}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('suggestions.dueBasis')} span={2}>
                {s.dueBasis}
              </Descriptions.Item>
              {s.summary && (
                <Descriptions.Item label={t('suggestions.summary')} span={2}>
                  {s.summary}
                </Descriptions.Item>
              )}
              {s.repliedOn && (
                <>
                  <Descriptions.Item label={t('suggestions.repliedOn')}>{s.repliedOn}</Descriptions.Item>
                  <Descriptions.Item label={t('suggestions.answeredBy')}>{s.repliedByName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('suggestions.replySummary')} span={2}>
                    {s.replySummary}
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
          <FilesCard s={s} />
          {s.canAnswer && <AnswerCard s={s} />}
        </>
      )}
    </Flex>
  );
}

function FilesCard({ s }: { s: Suggestion }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const upload = useUploadSuggestionFile(s.id);
  const send = (file: File, purpose: 'document' | 'reply') =>
    upload.mutateAsync({ file, purpose }).then(
      () => message.success(t('suggestions.uploaded')),
      (err: unknown) => message.error(errorMessage(err, t)),
    );
  const button = (purpose: 'document' | 'reply', label: string) => (
    <Upload
      showUploadList={false}
      accept=".pdf,.docx,.jpg,.jpeg,.png"
      beforeUpload={(file) => {
        void send(file as File, purpose);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={upload.isPending}>
        {label}
      </Button>
    </Upload>
  );
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('suggestions.files')}</h2>}
      extra={
        <Flex gap={8}>
          {s.canManage && button('document', t('suggestions.uploadDocument'))}
          {s.canAnswer && button('reply', t('suggestions.uploadReply'))}
        </Flex>
      }
    >
      <List
        size="small"
        data-testid="suggestion-files"
        dataSource={s.files}
        locale={{ emptyText: '—' }}
        renderItem={(f) => (
          <List.Item>
            <a href={suggestionFileUrl(s.id, f.id)} download>
              <FileOutlined /> {t(`suggestions.${f.purpose}`)}：{f.fileName}
            </a>
            <Typography.Text type="secondary">{f.createdByName}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

interface AnswerForm {
  repliedOn: Dayjs;
  replySummary: string;
}

function AnswerCard({ s }: { s: Suggestion }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [form] = Form.useForm<AnswerForm>();
  const answer = useAnswerSuggestion(s.id);
  const hasReply = s.files.some((f) => f.purpose === 'reply');
  // Dates are China's (the server's rule): a browser elsewhere would otherwise offer yesterday or tomorrow.
  const today = dayjs(todayInChina());
  const submit = async (v: AnswerForm) => {
    try {
      await answer.mutateAsync({
        version: s.version,
        repliedOn: v.repliedOn.format('YYYY-MM-DD'),
        replySummary: v.replySummary,
      });
      message.success(t('suggestions.answered'));
    } catch (err) {
      message.error(errorMessage(err, t));
    }
  };
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('suggestions.answer')}</h2>}>
      {!hasReply && <Typography.Paragraph type="warning">{t('suggestions.replyFirst')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ repliedOn: today }}>
        <Form.Item name="repliedOn" label={t('suggestions.repliedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(today, 'day') || d.isBefore(dayjs(s.receivedOn), 'day')} />
        </Form.Item>
        <Form.Item name="replySummary" label={t('suggestions.replySummary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={answer.isPending} disabled={!hasReply}>
          {t('suggestions.answer')}
        </Button>
      </Form>
    </Card>
  );
}
