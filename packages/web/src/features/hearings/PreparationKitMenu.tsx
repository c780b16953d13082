/**
 * 应诉材料包 as a menu: each of the five documents, or all of them as one .zip, for the case (its next hearing) or for
 * one hearing (from its row). Shown to users with hearing.manage; the generated files then appear under 文书.
 */
import { DownOutlined, FileZipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { downloadKitItem, downloadKitZip, KIT_ITEMS, type KitItem } from './kitApi.js';

export function PreparationKitMenu({
  caseId,
  hearingId,
  size,
  label,
}: {
  caseId: string;
  hearingId?: string;
  size?: 'small' | 'middle';
  /** Accessible name (the row's hearing time when on a row). */
  label?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);

  const run = async (what: KitItem | 'zip') => {
    setBusy(true);
    try {
      if (what === 'zip') await downloadKitZip(caseId, hearingId);
      else await downloadKitItem(caseId, what, hearingId);
      message.success(t('kit.generated'));
      await qc.invalidateQueries({ queryKey: ['cases', caseId, 'documents'] });
    } catch (err) {
      message.error(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...KIT_ITEMS.map((item) => ({ key: item, label: t(`kit.items.${item}`) })),
          { type: 'divider' as const },
          { key: 'zip', icon: <FileZipOutlined />, label: t('kit.all') },
        ],
        onClick: ({ key }) => void run(key as KitItem | 'zip'),
      }}
    >
      <Button size={size} loading={busy} aria-label={label ?? t('kit.button')}>
        {t('kit.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
