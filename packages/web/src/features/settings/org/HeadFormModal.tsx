import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client.js';
import { errorMessage } from '../../../app/api/errors.js';
import { HEAD_ROLES, type Head, type HeadRole } from './api.js';

export interface HeadFormValues {
  name: string;
  title: string;
  headRole: HeadRole;
  matters: string[];
  phone: string | null;
}

interface FormFields {
  name: string;
  title: string;
  headRole: HeadRole;
  matters?: string[];
  phone?: string;
}

/** Add or edit one head: name, 职务, 正职/副职/分管, 分管事项 (typed, Enter after each), phone. */
export function HeadFormModal({
  open,
  agencyName,
  head,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  agencyName: string;
  /** null: add a new head. */
  head: Head | null;
  pending: boolean;
  error: unknown;
  onSubmit: (values: HeadFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormFields>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (head) {
      form.setFieldsValue({
        name: head.name,
        title: head.title,
        headRole: head.headRole,
        matters: head.matters,
        // A masked phone is not offered for editing: the field stays empty and unchanged unless typed.
        phone: head.phoneMasked ? '' : (head.phone ?? ''),
      });
    }
  }, [open, head, form]);

  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const known = ['name', 'title', 'headRole', 'matters', 'phone'];
    form.setFields(
      error.details
        .filter((d) => known.includes(d.field))
        .map((d) => ({ name: d.field as keyof FormFields, errors: [d.message] })),
    );
  }, [error, form]);

  const otherError =
    error instanceof ApiError && !error.details.some((d) => d.field && d.field !== 'userId')
      ? errorMessage(error, t)
      : null;

  const submit = (v: FormFields) =>
    onSubmit({
      name: v.name.trim(),
      title: v.title.trim(),
      headRole: v.headRole,
      matters: (v.matters ?? []).map((m) => m.trim()).filter(Boolean),
      phone: v.phone?.trim() || null,
    });

  return (
    <Modal
      open={open}
      title={
        head ? t('settings.org.editTitle', { name: head.name }) : t('settings.org.addTitle', { agency: agencyName })
      }
      okText={t('settings.save')}
      cancelText={t('settings.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<FormFields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="name"
          label={t('settings.org.name')}
          rules={[{ required: true, whitespace: true, message: t('settings.org.nameRequired') }]}
        >
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('settings.org.jobTitle')}
          extra={t('settings.org.jobTitleHelp')}
          rules={[{ required: true, whitespace: true, message: t('settings.org.jobTitleRequired') }]}
        >
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="headRole"
          label={t('settings.org.headRole')}
          rules={[{ required: true, message: t('settings.org.headRoleRequired') }]}
        >
          <Select options={HEAD_ROLES.map((r) => ({ value: r, label: t(`settings.org.roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="matters" label={t('settings.org.matters')} extra={t('settings.org.mattersHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('settings.org.phone')}
          extra={head?.phoneMasked ? t('settings.org.phoneMaskedHelp') : t('settings.org.phoneHelp')}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        {otherError && (
          <p role="alert" style={{ color: '#cf1322' }}>
            {otherError}
          </p>
        )}
      </Form>
    </Modal>
  );
}
