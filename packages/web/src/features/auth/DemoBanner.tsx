import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

/**
 * 演示数据: shown on every screen, signed in or not, while the server reports demo accounts whose passwords are in
 * the README (GET /auth/instance) — so nobody takes the demo for a real installation and types real cases into it.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const instance = useQuery({
    queryKey: ['auth', 'instance'],
    queryFn: ({ signal }) =>
      api.get<ApiResponse<'/api/v1/auth/instance', 'get'>>('/auth/instance', { redirectOn401: false, signal }),
    staleTime: 5 * 60_000,
  });
  if (!instance.data?.demo) return null;
  return (
    <Alert
      banner
      type="warning"
      showIcon
      data-testid="demo-banner"
      role="status"
      message={
        <span>
          <strong>{t('common.labelColon', { label: t('auth.demoBanner') })}</strong>
          {t('auth.demoBannerDetail')}
        </span>
      }
    />
  );
}
