/** The case detail's links to other cases (an appeal's first instance, a related 复议), and the dialog that adds one. */
import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { type CaseDetail, type CaseListResponse, type CaseMeta, useLinkCase } from './api.js';
import { labelOf } from './format.js';

const noLinks = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

export function LinksSection({ detail, meta, canEdit }: { detail: CaseDetail; meta?: CaseMeta; canEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('cases.detail.sectionLinks')}
      data-testid="section-links"
      extra={
        canEdit && (
          <Button size="small" icon={<LinkOutlined />} onClick={() => setOpen(true)}>
            {t('cases.detail.addLink')}
          </Button>
        )
      }
    >
      {detail.links.length === 0 ? (
        noLinks(t('cases.detail.noLinks'))
      ) : (
        <Flex vertical gap={8}>
          {detail.links.map((l) => (
            <Flex key={l.id} justify="space-between" wrap gap={4}>
              <Space size={4} wrap>
                <Tag bordered={false} color="blue">
                  {labelOf(meta?.linkTypes, l.linkType)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.direction === 'from' ? t('cases.detail.directionFrom') : t('cases.detail.directionTo')}
                </Typography.Text>
              </Space>
              <Link to={`/cases/${l.caseId}`}>
                {l.caseNumber ?? t('cases.noNumber')}{' '}
                <Typography.Text type="secondary">
                  {[labelOf(meta?.instances, l.instance), labelOf(meta?.statuses, l.status)]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Link>
            </Flex>
          ))}
        </Flex>
      )}
      {open && <LinkDialog detail={detail} meta={meta} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function LinkDialog({ detail, meta, onClose }: { detail: CaseDetail; meta?: CaseMeta; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = useLinkCase(detail.id);
  const [form] = Form.useForm<{ toCaseId: string; linkType: string }>();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [searching, setSearching] = useState(false);

  const search = async (q: string) => {
    if (!q.trim()) return setOptions([]);
    setSearching(true);
    try {
      const res = await api.get<CaseListResponse>(`/cases?${new URLSearchParams({ q: q.trim(), pageSize: '20' })}`);
      setOptions(
        res.items
          .filter((c) => c.id !== detail.id)
          .map((c) => ({
            value: c.id,
            label: `${c.caseNumber ?? t('cases.noNumber')}　${c.firstDefendantName ?? ''} ${c.plaintiffs.join('、')}`,
          })),
      );
    } catch {
      setOptions([]);
    } finally {
      setSearching(false);
    }
  };

  return (
    <Modal
      open
      title={t('cases.detail.linkTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
    >
      <Typography.Paragraph type="secondary">{t('cases.detail.linkHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          link.mutate(values, {
            onSuccess: () => {
              message.success(t('cases.detail.linked'));
              onClose();
            },
            onError: (err) => message.error(errorMessage(err, t)),
          })
        }
      >
        <Form.Item
          name="linkType"
          label={t('cases.detail.linkType')}
          rules={[{ required: true, message: t('cases.detail.linkTypeRequired') }]}
        >
          <Select options={meta?.linkTypes} />
        </Form.Item>
        <Form.Item
          name="toCaseId"
          label={t('cases.detail.linkTarget')}
          rules={[{ required: true, message: t('cases.detail.linkTargetRequired') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={(q) => void search(q)}
            options={options}
            loading={searching}
            placeholder={t('cases.detail.linkTargetPlaceholder')}
            notFoundContent={null}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
