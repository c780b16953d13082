import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';
import { useAuth } from '../../app/auth/AuthProvider.js';
import { login } from '../../app/auth/session.js';
import { AuthScreen } from './AuthScreen.js';
import { safeReturnPath } from './returnPath.js';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user, setUser } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const [form] = Form.useForm<LoginForm>();

  const mutation = useMutation({
    mutationFn: (values: LoginForm) => login(values.username.trim(), values.password),
    onSuccess: (signedIn) => {
      setUser(signedIn);
      navigate(signedIn.mustChangePassword ? '/password' : next, { replace: true });
    },
    onError: () => form.setFieldValue('password', ''),
  });

  if (user && !mutation.isPending) return <Navigate to={user.mustChangePassword ? '/password' : next} replace />;

  const err = mutation.error;
  // A slow-down after repeated failures comes with the seconds to wait (details.retryAfterSeconds); an older
  // server's lock with the time it ends (details.lockedUntil). Either is shown below the headline.
  const lockedUntil = err instanceof ApiError && err.code === 'AUTH_LOCKED' ? err.data.lockedUntil : undefined;
  const retryAfter = err instanceof ApiError && err.code === 'AUTH_THROTTLED' ? err.data.retryAfterSeconds : undefined;
  const detail =
    typeof retryAfter === 'number'
      ? t('auth.retryAfter', { seconds: retryAfter })
      : typeof lockedUntil === 'string' && dayjs(lockedUntil).isValid()
        ? t('auth.lockedUntil', { time: dayjs(lockedUntil).format('YYYY-MM-DD HH:mm') })
        : undefined;

  return (
    <AuthScreen title={t('auth.loginTitle')} footer={t('auth.loginFooter')}>
      {err && (
        <Alert
          type="error"
          showIcon
          message={errorMessage(err, t)}
          description={detail}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
          role="alert"
        />
      )}
      <Form<LoginForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => mutation.mutate(values)}
        disabled={mutation.isPending}
      >
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
          {mutation.isPending ? t('auth.loggingIn') : t('auth.submit')}
        </Button>
      </Form>
    </AuthScreen>
  );
}
