import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The generated first password of a new or reset account, shown once with a copy button. */
export function OneTimePasswordModal({
  value,
  onClose,
}: {
  value: { name: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!value}
      title={t('settings.users.passwordTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('settings.close')}
        </Button>
      }
      destroyOnHidden
    >
      {value && (
        <>
          <Alert type="warning" showIcon message={t('settings.users.passwordHelp', { name: value.name })} />
          <Typography.Paragraph
            copyable={{ text: value.password, tooltips: [t('settings.copy'), t('settings.copied')] }}
            style={{ fontSize: 22, fontFamily: 'monospace', marginTop: 16, textAlign: 'center' }}
            data-testid="one-time-password"
          >
            {value.password}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
