import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NavLabelKey } from '../../app/navigation.js';

/** Honest stand-in for a module that is not built yet: no fake data. */
export function PlaceholderPage({ module }: { module: NavLabelKey }) {
  const { t } = useTranslation();
  const name = t(module);
  return (
    <Card data-testid="module-placeholder">
      <Result
        status="info"
        title={t('placeholder.title')}
        subTitle={t('placeholder.subTitle', { module: name })}
        extra={
          <Link to="/">
            <Button type="primary">{t('placeholder.backHome')}</Button>
          </Link>
        }
      />
    </Card>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        status="404"
        title={t('notFound.title')}
        subTitle={t('notFound.subTitle')}
        extra={
          <Link to="/">
            <Button type="primary">{t('placeholder.backHome')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
