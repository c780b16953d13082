/** The sections of the case detail page, each a Card: parties, deadlines, hearings, timeline, links, audit. */
import { EyeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { type CaseDetail, type CaseMeta, type PartyOut, unmaskParties } from './api.js';
import { caseFieldLabel } from './fieldLabels.js';
import { chinaDateTime, labelOf } from './format.js';

// The deadlines and the links are sections of their own files; the detail page takes every section from here.
export { DeadlinesSection } from './DeadlinesSection.js';
export { LinksSection } from './LinksSection.js';

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

export function PartiesSection({ detail, meta, phone }: { detail: CaseDetail; meta?: CaseMeta; phone: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unmasked, setUnmasked] = useState<PartyOut[] | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const parties = unmasked ?? detail.parties;
  const hasPersonal = detail.parties.some((p) => p.idNumber || p.phone);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      const res = await unmaskParties(detail.id, reason.trim());
      setUnmasked(res.parties);
      setAsking(false);
      message.success(t('cases.detail.unmasked'));
    } catch (err) {
      message.error(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('cases.detail.sectionParties')}
      data-testid="section-parties"
      extra={
        detail.canUnmask &&
        hasPersonal &&
        !unmasked && (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="unmask">
            {t('cases.detail.unmask')}
          </Button>
        )
      }
    >
      {unmasked && <Alert type="warning" showIcon message={t('cases.detail.unmasked')} style={{ marginBottom: 8 }} />}
      {parties.length === 0 ? (
        empty(t('cases.detail.noParties'))
      ) : (
        <Table<PartyOut>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={parties}
          // On a phone the columns share the screen's width and long names wrap; a sideways scroll there hid the
          // name column's end (and the ID number / phone go into the expanded row).
          scroll={phone ? undefined : { x: 'max-content' }}
          columns={[
            {
              key: 'side',
              title: t('cases.detail.partySide'),
              render: (_, p) => (
                <Space size={4} wrap>
                  {labelOf(meta?.partySides, p.side)}
                  {p.defendantRole && <Tag bordered={false}>{labelOf(meta?.defendantRoles, p.defendantRole)}</Tag>}
                </Space>
              ),
            },
            {
              key: 'type',
              title: t('cases.detail.partyType'),
              render: (_, p) => labelOf(meta?.partyTypes, p.partyType),
            },
            { key: 'name', title: t('cases.detail.partyName'), render: (_, p) => p.agencyName ?? p.name },
            ...(phone
              ? []
              : [
                  {
                    key: 'id',
                    title: t('cases.detail.idNumber'),
                    render: (_: unknown, p: PartyOut) => p.idNumber ?? '—',
                  },
                  { key: 'phone', title: t('cases.detail.phone'), render: (_: unknown, p: PartyOut) => p.phone ?? '—' },
                ]),
          ]}
          expandable={
            phone
              ? {
                  rowExpandable: (p) => !!(p.idNumber || p.phone),
                  expandedRowRender: (p) => (
                    <Typography.Text>
                      {t('common.labelled', { label: t('cases.detail.idNumber'), value: p.idNumber ?? '—' })}　
                      {t('common.labelled', { label: t('cases.detail.phone'), value: p.phone ?? '—' })}
                    </Typography.Text>
                  ),
                }
              : undefined
          }
        />
      )}
      <Modal
        open={asking}
        title={t('cases.detail.unmaskTitle')}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('cases.detail.unmaskHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reason"
            label={t('cases.detail.unmaskReason')}
            rules={[{ required: true, whitespace: true, message: t('cases.detail.unmaskReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

export function TimelineSection({ detail, meta }: { detail: CaseDetail; meta?: CaseMeta }) {
  const { t } = useTranslation();
  const events = [...detail.timeline].sort((a, b) =>
    a.at === b.at ? a.createdAt.localeCompare(b.createdAt) : a.at.localeCompare(b.at),
  );
  return (
    <Card size="small" title={t('cases.detail.sectionTimeline')} data-testid="section-timeline">
      {events.length === 0 ? (
        empty(t('cases.detail.noTimeline'))
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((e) => ({
            key: e.id,
            color: e.type === 'deleted' ? 'red' : e.type === 'outcome' ? 'green' : 'blue',
            children: (
              <Flex vertical>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.at} · {labelOf(meta?.eventTypes, e.type)}
                </Typography.Text>
                <Typography.Text>{e.title}</Typography.Text>
                {e.detail && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.detail}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function AuditSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('cases.detail.sectionAudit')} data-testid="section-audit">
      {detail.audit.length === 0 ? (
        empty(t('cases.detail.noAudit'))
      ) : (
        <Flex vertical gap={6}>
          {detail.audit.map((a) => (
            <Flex key={`${a.at}-${a.action}-${a.actorName}`} vertical style={{ fontSize: 13 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {chinaDateTime(a.at)} · {a.actorName}
              </Typography.Text>
              <Typography.Text>
                {t(`cases.detail.auditActions.${a.action}` as 'cases.detail.auditActions.update', {
                  defaultValue: a.action,
                })}
                {a.fields.length > 0 && (
                  <Typography.Text type="secondary" data-testid="case-audit-fields">
                    {' '}
                    {t('common.parenthesis', {
                      text: a.fields
                        .slice(0, 8)
                        .map((f) => caseFieldLabel(t, f))
                        .join(t('common.listSeparator')),
                    })}
                  </Typography.Text>
                )}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
