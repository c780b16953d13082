import { Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { roleLabel } from '../../app/auth/session.js';
import { type ScopeOptions, type UserInput, type UserItem, useScopeOptions } from './api.js';

/** How a role is scoped (server: modules/users/service.ts resolveScope). */
export function scopeKind(role: string | undefined): 'agency' | 'region' | 'none' {
  if (role === 'agency_clerk' || role === 'agency_head' || role === 'court_liaison') return 'agency';
  if (role === 'admin' || !role) return 'none';
  return 'region';
}

interface FormValues {
  username: string;
  displayName: string;
  role: UserInput['role'];
  regionCode?: string | null;
  agencyId?: string | null;
  phone?: string;
}

function regionTree(options: ScopeOptions['regions']) {
  type Node = { value: string; title: string; children: Node[] };
  const nodes = new Map<string, Node>(options.map((r) => [r.code, { value: r.code, title: r.name, children: [] }]));
  const roots: Node[] = [];
  for (const r of options) {
    const node = nodes.get(r.code)!;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Create or edit an account: name, role, and the scope the role needs (a region or an agency). */
export function UserFormModal({
  open,
  user,
  roles,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  /** null: create. */
  user: UserItem | null;
  roles: { code: string; name: string }[];
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const role = Form.useWatch('role', form);
  const scope = useScopeOptions();
  const kind = scopeKind(role);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        regionCode: user.regionCode,
        agencyId: user.agencyId,
        phone: user.phone ?? '',
      });
    }
  }, [open, user, form]);

  // Server field errors go under their inputs.
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const known = ['username', 'displayName', 'role', 'regionCode', 'agencyId', 'phone'];
    form.setFields(
      error.details
        .filter((d) => known.includes(d.field))
        .map((d) => ({ name: d.field as keyof FormValues, errors: [d.message] })),
    );
  }, [error, form]);

  const regionNames = useMemo(
    () => new Map((scope.data?.regions ?? []).map((r) => [r.code, r.name])),
    [scope.data?.regions],
  );
  const agencyOptions = useMemo(
    () =>
      (scope.data?.agencies ?? [])
        .filter((a) => (role === 'court_liaison' ? a.kind === 'court' : a.kind !== 'court'))
        .map((a) => ({ value: a.id, label: a.name, region: regionNames.get(a.regionCode) ?? '' })),
    [scope.data?.agencies, role, regionNames],
  );

  const submit = (v: FormValues) =>
    onSubmit({
      ...(user ? {} : { username: v.username.trim().toLowerCase() }),
      displayName: v.displayName.trim(),
      role: v.role,
      regionCode: kind === 'region' ? (v.regionCode ?? null) : null,
      agencyId: kind === 'agency' ? (v.agencyId ?? null) : null,
      phone: v.phone?.trim() || null,
    });

  const otherError = error instanceof ApiError && error.details.length === 0 ? errorMessage(error, t) : null;

  return (
    <Modal
      open={open}
      title={user ? t('settings.users.editTitle', { name: user.displayName }) : t('settings.users.createTitle')}
      okText={t('settings.save')}
      cancelText={t('settings.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('settings.users.username')}
          extra={user ? undefined : t('settings.users.usernameHelp')}
          rules={[
            { required: true, message: t('settings.users.usernameRequired') },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, message: t('settings.users.usernameHelp') },
          ]}
        >
          <Input disabled={!!user} autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('settings.users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('settings.users.displayNameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('settings.users.role')}
          rules={[{ required: true, message: t('settings.users.roleRequired') }]}
        >
          <Select
            options={roles.map((r) => ({ value: r.code, label: roleLabel({ role: r.code, roleName: r.name }, t) }))}
          />
        </Form.Item>
        {kind === 'region' && (
          <Form.Item
            name="regionCode"
            label={t('settings.users.region')}
            rules={[{ required: true, message: t('settings.users.regionRequired') }]}
          >
            <TreeSelect
              treeData={regionTree(scope.data?.regions ?? [])}
              loading={scope.isLoading}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
            />
          </Form.Item>
        )}
        {kind === 'agency' && (
          <Form.Item
            name="agencyId"
            label={t('settings.users.agency')}
            rules={[{ required: true, message: t('settings.users.agencyRequired') }]}
          >
            <Select
              showSearch
              loading={scope.isLoading}
              options={agencyOptions}
              optionFilterProp="label"
              optionRender={(o) => (
                <span>
                  {o.label} <span style={{ opacity: 0.5 }}>{(o.data as { region: string }).region}</span>
                </span>
              )}
            />
          </Form.Item>
        )}
        {kind === 'none' && role && <p style={{ opacity: 0.65 }}>{t('settings.users.scopeNone')}</p>}
        <Form.Item name="phone" label={t('settings.users.phone')}>
          <Input maxLength={20} inputMode="tel" />
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
