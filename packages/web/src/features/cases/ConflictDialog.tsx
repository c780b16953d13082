/**
 * The case form's version conflict (409 VERSION_CONFLICT): who saved the case meanwhile and which fields they changed;
 * the user reloads keeping their own edits on top, discards them, or goes back to the form. Never drops edits silently.
 */
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseMeta } from './api.js';
import { caseFieldLabel } from './fieldLabels.js';
import { type CaseFormValues, changedFields, toFormValues } from './formValues.js';

/** The conflict the server answered: the case as it is now (null when the server could not send it). */
export interface Conflict {
  current: CaseDetail | null;
}

export function ConflictDialog({
  conflict,
  initial,
  onReload,
  onCancel,
}: {
  conflict: Conflict;
  meta: CaseMeta | undefined;
  initial: CaseFormValues;
  onReload: (keepMine: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const latest = conflict.current;
  const theirs = latest ? changedFields(toFormValues(latest), initial) : [];
  const who = latest?.audit[0]?.actorName ?? t('cases.form.conflictSomeone');
  return (
    <Modal
      open
      title={t('cases.form.conflictTitle')}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('cases.form.conflictCancel')}
        </Button>,
        <Button key="discard" danger onClick={() => onReload(false)}>
          {t('cases.form.conflictDiscard')}
        </Button>,
        <Button key="reload" type="primary" onClick={() => onReload(true)} data-testid="conflict-reload">
          {t('cases.form.conflictReload')}
        </Button>,
      ]}
      width={560}
    >
      <Typography.Paragraph data-testid="conflict-dialog">
        {t('cases.form.conflictBody', { who, theirs: latest?.version ?? '?' })}
      </Typography.Paragraph>
      {theirs.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('cases.form.conflictFields', {
            fields: theirs.map((k) => caseFieldLabel(t, k)).join(t('common.listSeparator')),
          })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('cases.form.conflictReloadHelp')}</Typography.Paragraph>
    </Modal>
  );
}
