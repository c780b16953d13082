// The city-wide cards' scope picker: the whole city (cleared) or one of its counties. Shared by 关键指标 and 期限分档 so
// both list the same counties the same way.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { useRegions } from '../cases/api.js';

export function CountySelect(props: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const counties = (useRegions().data ?? []).filter((r) => r.parentCode === user.regionCode);
  return (
    <Select
      size="small"
      allowClear
      aria-label={t('workbench.scope')}
      placeholder={t('workbench.scopeAll')}
      value={props.value}
      onChange={props.onChange}
      options={counties.map((c) => ({ value: c.code, label: c.name }))}
      style={{ width: 120 }}
      data-testid={props['data-testid']}
    />
  );
}
