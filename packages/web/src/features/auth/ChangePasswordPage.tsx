import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { useAuth, useCurrentUser } from '../../app/auth/AuthProvider.js';
import { changePassword } from '../../app/auth/session.js';
import { AuthScreen } from './AuthScreen.js';
import { type PasswordRule, passwordProblems, passwordRuleChecks } from './passwordPolicy.js';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const RULE_LABELS: Record<PasswordRule, 'auth.policyLength' | 'auth.policyLettersDigits' | 'auth.policyNotUsername'> = {
  length: 'auth.policyLength',
  lettersDigits: 'auth.policyLettersDigits',
  notUsername: 'auth.policyNotUsername',
};

/** Change password; forced after first sign-in or a reset (user.mustChangePassword). */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { setUser, logout } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const checks = passwordRuleChecks(newPassword, user.username);

  const mutation = useMutation({
    mutationFn: (v: PasswordForm) => changePassword(v.currentPassword, v.newPassword),
    onSuccess: (updated) => {
      message.success(t('auth.passwordChanged'));
      setUser(updated);
      navigate('/', { replace: true });
    },
    onError: (err) => {
      // Put field-level problems from the server under the matching inputs.
      if (err instanceof ApiError && err.details.length > 0) {
        form.setFields(
          err.details
            .filter((d) => d.field === 'currentPassword' || d.field === 'newPassword')
            .map((d) => ({ name: d.field as 'currentPassword' | 'newPassword', errors: [d.message] })),
        );
      }
    },
  });

  return (
    <AuthScreen title={t('auth.changePasswordTitle')}>
      {user.mustChangePassword && (
        <Alert type="warning" showIcon message={t('auth.mustChangePassword')} style={{ marginBottom: 16 }} />
      )}
      {mutation.error && (
        <Alert
          type="error"
          showIcon
          message={errorMessage(mutation.error, t)}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => mutation.mutate(v)}
        disabled={mutation.isPending}
      >
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('auth.currentPassword')}
          rules={[{ required: true, message: t('auth.currentPasswordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.newPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const problems = passwordProblems(value, user.username);
                if (problems[0]) throw new Error(t(RULE_LABELS[problems[0]]));
                if (value === getFieldValue('currentPassword')) throw new Error(t('auth.policySameAsCurrent'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <div style={{ margin: '-8px 0 16px' }} aria-live="polite">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('auth.passwordPolicyTitle')}
          </Typography.Text>
          {(Object.keys(RULE_LABELS) as PasswordRule[]).map((rule) => (
            <Flex key={rule} gap={6} align="center" style={{ fontSize: 12 }}>
              {checks[rule] && newPassword ? (
                <CheckCircleFilled style={{ color: '#389e0d' }} />
              ) : (
                <CloseCircleOutlined style={{ color: newPassword ? '#cf1322' : '#8c8c8c' }} />
              )}
              <span>{t(RULE_LABELS[rule])}</span>
            </Flex>
          ))}
        </div>
        <Form.Item
          name="confirmPassword"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.confirmPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          {user.mustChangePassword ? (
            <Button onClick={() => void logout()} style={{ flex: 1 }}>
              {t('header.logout')}
            </Button>
          ) : (
            <Button onClick={() => navigate(-1)} style={{ flex: 1 }}>
              {t('auth.backToApp')}
            </Button>
          )}
          <Button type="primary" htmlType="submit" loading={mutation.isPending} style={{ flex: 2 }}>
            {t('auth.changePasswordSubmit')}
          </Button>
        </Flex>
      </Form>
    </AuthScreen>
  );
}
