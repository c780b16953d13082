import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../api/errors.js';
import { useAuth } from './AuthProvider.js';

/** Renders children only for a signed-in user; sends others to /login and forced password changes to /password. */
export function RequireAuth({
  children,
  allowPasswordChange = false,
}: {
  children: ReactNode;
  allowPasswordChange?: boolean;
}) {
  const { user, error, refresh } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();

  if (user === undefined && error) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={errorMessage(error, t)}
        extra={
          <Button type="primary" onClick={() => void refresh()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (user === undefined) return <FullPageSpin />;
  if (user === null) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (user.mustChangePassword && !allowPasswordChange) return <Navigate to="/password" replace />;
  return children;
}

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" tip={t('app.loading')}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
