import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown instead of a settings page the signed-in role may not use (the server would answer 403 anyway). */
export function NoPermission() {
  const { t } = useTranslation();
  return (
    <Card>
      <Result status="403" title={t('settings.noPermission')} subTitle={t('settings.noPermissionBody')} />
    </Card>
  );
}
