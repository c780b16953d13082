/**
 * Create (/cases/new) and edit (/cases/:id/edit) a case. The 案号 parses as you type (CaseNumberField), the 裁判主文
 * is classified live (OutcomePreview), server field errors land on their fields, and a stale version (409
 * VERSION_CONFLICT) opens a dialog that never drops the user's edits silently.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import {
  type CaseDetail,
  type PartyOut,
  unmaskParties,
  useAdminDomains,
  useAgencies,
  useCaseDetail,
  useCaseMeta,
  useCreateCase,
  useRegions,
  useUpdateCase,
} from './api.js';
import { CaseNumberField } from './CaseNumberField.js';
import { type Conflict, ConflictDialog } from './ConflictDialog.js';
import { type OutcomeCaseKind, outcomeFitsKind, outcomeForKind } from './domain.js';
import {
  type CaseFormValues,
  changedFields,
  emptyFormValues,
  fieldPath,
  needsOriginals,
  rebase,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from './formValues.js';
import { HandlerField } from './HandlerField.js';
import { OutcomePreview } from './OutcomePreview.js';
import { PartiesEditor } from './PartiesEditor.js';

export function CaseFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const detail = useCaseDetail(id);
  if (id && detail.isError) {
    const notFound = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <Card data-testid={notFound ? 'case-not-found' : 'case-error'}>
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('cases.detail.notFound') : t('common.loadFailed')}
          subTitle={notFound ? t('cases.detail.notFoundSub') : errorMessage(detail.error, t)}
          extra={
            <Link to="/cases">
              <Button type="primary">{t('cases.detail.backToList')}</Button>
            </Link>
          }
        />
      </Card>
    );
  }
  if (id && !detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  return <CaseForm key={id ?? 'new'} record={id ? detail.data : undefined} />;
}

function CaseForm({ record }: { record: CaseDetail | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const meta = useCaseMeta().data;
  const agencies = useAgencies().data;
  const regions = useRegions().data;
  const domains = useAdminDomains().data;
  const [form] = Form.useForm<CaseFormValues>();
  const create = useCreateCase();
  const update = useUpdateCase(record?.id ?? '');
  const editing = !!record;

  // What the form was loaded from, and at which version: the base for "changed fields" and for conflicts.
  const initial = useRef<CaseFormValues>(record ? toFormValues(record) : emptyFormValues(user.agencyId));
  const version = useRef(record?.version ?? 0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const kind = Form.useWatch('kind', form) ?? initial.current.kind;
  const outcome = Form.useWatch('outcome', form);
  const outcomeText: string = Form.useWatch('outcomeText', form) ?? '';

  useEffect(() => {
    form.setFieldsValue(initial.current);
  }, [form]);

  // Each kind has its own outcomes (a 复议 case 维持 or 撤销, never 判决驳回诉讼请求): when the kind changes, an outcome
  // of the other kind becomes the same decision in this kind's terms, or is cleared when there is none.
  useEffect(() => {
    const current = form.getFieldValue('outcome') as string | null | undefined;
    if (current && !outcomeFitsKind(kind as OutcomeCaseKind, current)) {
      form.setFieldValue('outcome', outcomeForKind(kind as OutcomeCaseKind, current) ?? undefined);
    }
  }, [form, kind]);

  const showServerError = (err: unknown) => {
    if (!(err instanceof ApiError)) {
      setFormError(errorMessage(err, t));
      return;
    }
    if (err.code === 'VERSION_CONFLICT') {
      setConflict({ current: (err.data.current as CaseDetail | null | undefined) ?? null });
      return;
    }
    const known = new Set(Object.keys(form.getFieldsValue(true)));
    const fields = err.details
      .map((d) => ({ name: fieldPath(d.field), errors: [d.message] }))
      .filter((f) => known.has(String(f.name[0])));
    if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    const unplaced = err.details.filter((d) => !known.has(String(fieldPath(d.field)[0])));
    setFormError(
      fields.length && !unplaced.length
        ? t('common.labelled', { label: t('cases.form.fixErrors'), value: err.message })
        : [errorMessage(err, t), ...unplaced.map((d) => d.message)].join('；'),
    );
    if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  };

  const save = async (values: CaseFormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      if (!record) {
        const created = await create.mutateAsync(toCreateInput(values));
        message.success(t('cases.form.created'));
        navigate(`/cases/${created.id}`);
        return;
      }
      let originals: PartyOut[] = [];
      const all = form.getFieldsValue(true) as CaseFormValues;
      if (changedFields(all, initial.current).includes('parties') && needsOriginals(all.parties ?? [])) {
        // Keeping the stored ID numbers/phones of edited parties needs them in full: an audited read.
        originals = (await unmaskParties(record.id, '编辑当事人时保留原证件号码和联系电话')).parties;
      }
      await update.mutateAsync(toUpdateInput(all, initial.current, version.current, originals));
      message.success(t('cases.form.saved'));
      navigate(`/cases/${record.id}`);
    } catch (err) {
      showServerError(err);
    } finally {
      setSaving(false);
    }
  };

  const courtOptions = (agencies ?? [])
    .filter((a) => a.kind === 'court' || a.kind === 'reconsideration_body')
    .map((a) => ({ value: a.id, label: a.name }));
  const span = (n: number) => (compact ? 24 : n);
  const outcomeFieldLabel =
    kind === 'reconsideration'
      ? t('cases.form.outcomeReconsideration')
      : kind === 'dispute'
        ? t('cases.form.outcomeDispute')
        : t('cases.form.outcome');
  const outcomeOptions = (meta?.outcomes ?? [])
    .filter((o) => o.value !== 'UNKNOWN' && o.kind === kind)
    .map((o) => ({
      value: o.value,
      label: o.loss
        ? t('common.note', {
            text: o.label,
            note: o.kind === 'reconsideration' ? t('cases.form.outcomePreviewCorrected') : t('cases.lostYes'),
          })
        : o.label,
    }));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {editing ? t('cases.form.editTitle') : t('cases.form.newTitle')}
          {record?.caseNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 15, marginInlineStart: 8 }}>
              {record.caseNumber}
            </Typography.Text>
          )}
        </Typography.Title>
      </Flex>
      <Form<CaseFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        onFinishFailed={() => setFormError(t('cases.form.fixErrors'))}
        scrollToFirstError
        data-testid="case-form"
      >
        <Flex vertical gap={12}>
          <Card size="small" title={t('cases.form.sectionCase')}>
            <Row gutter={12}>
              <Col span={span(8)}>
                <Form.Item
                  name="kind"
                  label={t('cases.form.kind')}
                  rules={[{ required: true, message: t('cases.form.kindRequired') }]}
                >
                  <Select options={meta?.kinds} data-testid="kind-select" />
                </Form.Item>
              </Col>
              <Col span={span(16)}>
                <CaseNumberField
                  form={form}
                  agencies={agencies}
                  regions={regions}
                  meta={meta}
                  parse={kind === 'litigation'}
                />
              </Col>
              <Col span={span(8)}>
                <Form.Item name="instance" label={t('cases.form.instance')}>
                  <Select allowClear options={meta?.instances} data-testid="instance-select" />
                </Form.Item>
              </Col>
              <Col span={span(16)}>
                <Form.Item name="courtAgencyId" label={t('cases.form.court')}>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    placeholder={t('cases.form.courtPlaceholder')}
                    options={courtOptions}
                    data-testid="court-select"
                  />
                </Form.Item>
              </Col>
              <Col span={span(12)}>
                <Form.Item name="causeOfAction" label={t('cases.form.cause')}>
                  <Input maxLength={200} data-testid="cause-input" />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item name="actKind" label={t('cases.form.actKind')}>
                  <Select allowClear options={meta?.actKinds} />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item name="domain" label={t('cases.form.domain')}>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    options={(domains ?? []).map((d) => ({ value: d.code, label: d.name }))}
                  />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="contestedAct" label={t('cases.form.contestedAct')}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item name="status" label={t('cases.form.status')}>
                  <Select options={meta?.statuses} />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item name="riskLevel" label={t('cases.form.risk')}>
                  <Select options={meta?.riskLevels} />
                </Form.Item>
              </Col>
              <Col span={span(12)}>
                <HandlerField
                  form={form}
                  current={record ? { id: record.handlerUserId, name: record.handlerName } : undefined}
                />
              </Col>
              <Col span={span(12)}>
                <Form.Item label=" " colon={false}>
                  <Space wrap>
                    <Form.Item name="hearingHeld" valuePropName="checked" noStyle>
                      <Checkbox>{t('cases.form.hearingHeld')}</Checkbox>
                    </Form.Item>
                    <Form.Item name="normativeDocReview" valuePropName="checked" noStyle>
                      <Checkbox>{t('cases.form.normativeDocReview')}</Checkbox>
                    </Form.Item>
                  </Space>
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card size="small" title={t('cases.form.sectionDates')}>
            <Row gutter={12}>
              <Col span={span(8)}>
                <Form.Item name="receivedDate" label={t('cases.form.receivedDate')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={span(8)}>
                <Form.Item name="filedDate" label={t('cases.form.filedDate')}>
                  <DatePicker style={{ width: '100%' }} data-testid="filed-date" />
                </Form.Item>
              </Col>
              <Col span={span(8)}>
                <Form.Item
                  name="complaintReceivedDate"
                  label={t('cases.form.complaintReceivedDate')}
                  extra={kind === 'litigation' ? t('cases.form.complaintReceivedHelp') : undefined}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card size="small" title={t('cases.form.parties')}>
            <PartiesEditor form={form} meta={meta} agencies={agencies} compact={compact} />
          </Card>

          <Card size="small" title={t('cases.form.sectionOutcome')}>
            <Row gutter={12}>
              <Col span={span(12)}>
                <Form.Item name="outcome" label={outcomeFieldLabel}>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    options={outcomeOptions}
                    data-testid="outcome-select"
                  />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item name="outcomeDate" label={t('cases.form.outcomeDate')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={span(6)}>
                <Form.Item label=" " colon={false} name="appealed" valuePropName="checked">
                  <Checkbox>{t('cases.form.appealed')}</Checkbox>
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item
                  name="outcomeText"
                  label={
                    kind === 'reconsideration'
                      ? t('cases.form.outcomeTextReconsideration')
                      : t('cases.form.outcomeText')
                  }
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    maxLength={20000}
                    placeholder={
                      kind === 'reconsideration'
                        ? t('cases.form.outcomeTextPlaceholderReconsideration')
                        : t('cases.form.outcomeTextPlaceholder')
                    }
                    data-testid="outcome-text"
                  />
                </Form.Item>
                <OutcomePreview
                  kind={kind as OutcomeCaseKind}
                  text={outcomeText}
                  current={outcome}
                  onUse={(category) => form.setFieldValue('outcome', category)}
                />
              </Col>
              <Col span={24}>
                <Form.Item name="notes" label={t('cases.form.notes')}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          {formError && <Alert type="error" showIcon message={formError} data-testid="form-error" />}
          <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => navigate(record ? `/cases/${record.id}` : '/cases')}>
                {t('cases.form.cancel')}
              </Button>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="save-case">
                {saving ? t('cases.form.saving') : t('cases.form.save')}
              </Button>
            </Flex>
          </Card>
        </Flex>
      </Form>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          meta={meta}
          initial={initial.current}
          onReload={(keepMine) => {
            const latest = conflict.current;
            if (!latest) {
              // The server could not send the record: reload the page's data the plain way.
              navigate(0);
              return;
            }
            const latestValues = toFormValues(latest);
            const mine = form.getFieldsValue(true) as CaseFormValues;
            const next = keepMine ? rebase(latestValues, mine, initial.current) : latestValues;
            initial.current = latestValues;
            version.current = latest.version;
            form.resetFields();
            form.setFieldsValue(next);
            setConflict(null);
            setFormError(null);
          }}
          onCancel={() => setConflict(null)}
        />
      )}
    </Flex>
  );
}
