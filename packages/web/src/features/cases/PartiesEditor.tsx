/**
 * Parties editor (当事人): rows of side, type, name or agency, defendant role, ID number and phone. An agency party is
 * picked from the organisation (its name follows the agency). On an existing case the ID number and phone arrive
 * masked: the inputs start empty with the masked value as a hint, and an empty input keeps the stored value.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agency, CaseMeta, DefendantRole, PartySide, PartyType } from './api.js';

/** One row of the form; `id` and the masked values link a row to the party it was loaded from. */
export interface PartyRow {
  id?: string;
  side: PartySide;
  partyType: PartyType;
  name?: string;
  agencyId?: string | null;
  defendantRole?: DefendantRole | null;
  idNumber?: string;
  phone?: string;
  maskedIdNumber?: string | null;
  maskedPhone?: string | null;
}

export function PartiesEditor({
  form,
  meta,
  agencies,
  compact,
}: {
  form: FormInstance;
  meta: CaseMeta | undefined;
  agencies: Agency[] | undefined;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const agencyOptions = (agencies ?? []).filter((a) => a.kind !== 'court').map((a) => ({ value: a.id, label: a.name }));
  const span = (n: number) => (compact ? 24 : n);

  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <PartyRowFields
              key={field.key}
              form={form}
              name={field.name}
              index={index}
              meta={meta}
              agencies={agencies}
              agencyOptions={agencyOptions}
              span={span}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ side: 'plaintiff', partyType: 'person' } satisfies PartyRow)}
            data-testid="add-party"
          >
            {t('cases.form.addParty')}
          </Button>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginInlineStart: 8 }}
            onClick={() =>
              add({ side: 'defendant', partyType: 'agency', defendantRole: 'co_defendant' } satisfies PartyRow)
            }
          >
            {t('cases.form.addDefendant')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function PartyRowFields({
  form,
  name,
  index,
  meta,
  agencies,
  agencyOptions,
  span,
  onRemove,
}: {
  form: FormInstance;
  name: number;
  index: number;
  meta: CaseMeta | undefined;
  agencies: Agency[] | undefined;
  agencyOptions: { value: string; label: string }[];
  span: (n: number) => number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const row: PartyRow | undefined = Form.useWatch(['parties', name], form);
  const isAgency = row?.partyType === 'agency';
  const isDefendant = row?.side === 'defendant';
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      styles={{ body: { paddingBottom: 0 } }}
      data-testid={`party-${index}`}
      title={`#${index + 1}`}
      extra={
        <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove}>
          {t('cases.form.removeParty')}
        </Button>
      }
    >
      <Form.Item name={[name, 'id']} hidden>
        <Input />
      </Form.Item>
      <Row gutter={8}>
        <Col span={span(6)}>
          <Form.Item name={[name, 'side']} label={t('cases.form.partySide')} rules={[{ required: true }]}>
            <Select options={meta?.partySides} data-testid={`party-${index}-side`} />
          </Form.Item>
        </Col>
        <Col span={span(6)}>
          <Form.Item name={[name, 'partyType']} label={t('cases.form.partyType')} rules={[{ required: true }]}>
            <Select options={meta?.partyTypes} data-testid={`party-${index}-type`} />
          </Form.Item>
        </Col>
        {isAgency ? (
          <Col span={span(12)}>
            <Form.Item
              name={[name, 'agencyId']}
              label={t('cases.form.partyAgency')}
              rules={[{ required: true, message: t('cases.form.partyAgencyRequired') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={agencyOptions}
                data-testid={`party-${index}-agency`}
                onChange={(id: string) => {
                  const agency = agencies?.find((a) => a.id === id);
                  if (agency) form.setFieldValue(['parties', name, 'name'], agency.name);
                }}
              />
            </Form.Item>
            <Form.Item name={[name, 'name']} hidden>
              <Input />
            </Form.Item>
          </Col>
        ) : (
          <Col span={span(12)}>
            <Form.Item
              name={[name, 'name']}
              label={t('cases.form.partyName')}
              rules={[{ required: true, whitespace: true, message: t('cases.form.partyNameRequired') }]}
            >
              <Input maxLength={200} data-testid={`party-${index}-name`} />
            </Form.Item>
          </Col>
        )}
        {isDefendant && (
          <Col span={span(8)}>
            <Form.Item name={[name, 'defendantRole']} label={t('cases.form.defendantRole')}>
              <Select allowClear options={meta?.defendantRoles} />
            </Form.Item>
          </Col>
        )}
        {!isAgency && (
          <>
            <Col span={span(8)}>
              <Form.Item
                name={[name, 'idNumber']}
                label={t('cases.form.idNumber')}
                extra={
                  row?.maskedIdNumber
                    ? t('common.note', { text: row.maskedIdNumber, note: t('cases.form.maskedKeep') })
                    : undefined
                }
              >
                <Input maxLength={40} placeholder={row?.maskedIdNumber ?? undefined} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={span(8)}>
              <Form.Item
                name={[name, 'phone']}
                label={t('cases.form.phone')}
                extra={
                  row?.maskedPhone
                    ? t('common.note', { text: row.maskedPhone, note: t('cases.form.maskedKeep') })
                    : undefined
                }
              >
                <Input maxLength={40} placeholder={row?.maskedPhone ?? undefined} autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Form.Item name={[name, 'maskedIdNumber']} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={[name, 'maskedPhone']} hidden>
        <Input />
      </Form.Item>
    </Card>
  );
}
