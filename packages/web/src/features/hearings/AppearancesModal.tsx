/**
 * 出庭记录 of one hearing: who was designated and who appeared for the defendant (a head from the heads list, 应诉
 * staff, a lawyer), whether the head spoke, whether the identity proof was filed. The list is replaced as a whole;
 * the domain then judges the appearance (shown in the section).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import {
  type AppearanceList,
  type Hearing,
  type HearingMeta,
  isVersionConflict,
  useDefendantHeads,
  useSaveAppearances,
} from './api.js';

type Item = AppearanceList['items'][number];
interface Values {
  items: Item[];
}

const FLAGS = ['designated', 'appeared', 'spoke', 'identityProofFiled'] as const;

const toItem = (a: Hearing['appearances'][number]): Item => ({
  role: a.role,
  ...(a.headId ? { headId: a.headId } : { name: a.name }),
  ...(a.title ? { title: a.title } : {}),
  designated: a.designated,
  appeared: a.appeared,
  spoke: a.spoke,
  identityProofFiled: a.identityProofFiled,
});

/** What the server takes: heads by id, staff and lawyers by name; empty texts left out. */
const toBody = (item: Item): Item => {
  const name = item.name?.trim();
  const title = item.title?.trim();
  return {
    role: item.role,
    ...(item.role === 'head' ? { headId: item.headId } : name ? { name } : {}),
    ...(title ? { title } : {}),
    designated: Boolean(item.designated),
    appeared: Boolean(item.appeared),
    spoke: Boolean(item.spoke),
    identityProofFiled: Boolean(item.identityProofFiled),
  };
};

export function AppearancesModal({
  caseId,
  hearing,
  meta,
  defendantAgencyIds,
  onClose,
}: {
  caseId: string;
  hearing: Hearing;
  meta: HearingMeta | undefined;
  defendantAgencyIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveAppearances(caseId);
  const { heads, loading } = useDefendantHeads(defendantAgencyIds);
  const headOptions = heads
    .filter((h) => h.active || hearing.appearances.some((a) => a.headId === h.id))
    .map((h) => ({ value: h.id, label: `${h.name}（${h.title}）` }));
  const roleOptions = (meta?.appearanceRoles ?? []).map((r) => ({ value: r.value, label: r.label }));

  const submit = (v: Values) =>
    save.mutate(
      { id: hearing.id, body: { version: hearing.version, items: (v.items ?? []).map(toBody) } },
      {
        onSuccess: () => {
          message.success(t('hearings.appearancesSaved'));
          onClose();
        },
        onError: (err) => {
          if (isVersionConflict(err)) {
            message.error(t('hearings.conflict'));
            onClose();
          } else message.error(errorMessage(err, t));
        },
      },
    );

  return (
    <Modal
      open
      width={720}
      title={t('hearings.appearancesTitle', { at: chinaDateTime(hearing.scheduledAt) })}
      okText={t('hearings.save')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('hearings.appearancesHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ items: hearing.appearances.map(toItem) }}
        onFinish={submit}
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('hearings.personN', { n: index + 1 })}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('hearings.removePerson', { n: index + 1 })}
                    />
                  }
                >
                  <Flex wrap gap={8}>
                    <Form.Item name={[field.name, 'role']} label={t('hearings.role')} style={{ minWidth: 140 }}>
                      <Select options={roleOptions} />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['items', field.name, 'role']]}>
                      {() =>
                        form.getFieldValue(['items', field.name, 'role']) === 'head' ? (
                          <Form.Item
                            name={[field.name, 'headId']}
                            label={t('hearings.head')}
                            style={{ minWidth: 240, flex: 1 }}
                            rules={[{ required: true, message: t('hearings.headRequired') }]}
                          >
                            <Select options={headOptions} loading={loading} showSearch optionFilterProp="label" />
                          </Form.Item>
                        ) : (
                          <Form.Item
                            name={[field.name, 'name']}
                            label={t('hearings.personName')}
                            style={{ minWidth: 160, flex: 1 }}
                            rules={[{ required: true, whitespace: true, message: t('hearings.personNameRequired') }]}
                          >
                            <Input maxLength={50} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} label={t('hearings.personTitle')} style={{ flex: 1 }}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Flex>
                  <Flex wrap gap={16}>
                    {FLAGS.map((flag) => (
                      <Form.Item key={flag} name={[field.name, flag]} valuePropName="checked" noStyle>
                        <Checkbox>{t(`hearings.flag.${flag}`)}</Checkbox>
                      </Form.Item>
                    ))}
                  </Flex>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ role: 'head', designated: true, appeared: false, spoke: false, identityProofFiled: false })
                }
              >
                {t('hearings.addPerson')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
