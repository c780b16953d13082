/**
 * 承办人 in the case form: the accounts that may handle a case with the form's defendant agencies (the server's list,
 * docs/rules/cases.md#handler), the first defendant first. A handler already on the record stays shown by name even
 * when it is no longer among the choices (the server keeps it until someone changes it).
 */
import { Form, type FormInstance, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHandlerCandidates } from './api.js';
import type { CaseFormValues } from './formValues.js';
import type { PartyRow } from './PartiesEditor.js';

/** The defendant agencies of the form's parties, the first defendant first (it decides the case's region). */
export function defendantAgencyIds(parties: PartyRow[] | undefined): string[] {
  const defendants = (parties ?? []).filter((p) => p.side === 'defendant' && p.agencyId);
  defendants.sort((a, b) => Number(b.defendantRole === 'first') - Number(a.defendantRole === 'first'));
  return [...new Set(defendants.map((p) => p.agencyId as string))];
}

export function HandlerField({
  form,
  current,
}: {
  form: FormInstance<CaseFormValues>;
  /** The record's handler as loaded (id and name), shown while it is not among the choices. */
  current?: { id: string | null; name: string | null };
}) {
  const { t } = useTranslation();
  const parties = Form.useWatch('parties', form) as PartyRow[] | undefined;
  const agencyIds = defendantAgencyIds(parties);
  const candidates = useHandlerCandidates(agencyIds);
  const options = (candidates.data ?? []).map((c) => ({
    value: c.id,
    label: c.unitName ? t('caseHandler.unit', { name: c.displayName, unit: c.unitName }) : c.displayName,
  }));
  if (current?.id && !options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: current.name ?? current.id });
  }
  return (
    <Form.Item
      name="handlerUserId"
      label={t('caseHandler.label')}
      extra={agencyIds.length ? t('caseHandler.help') : t('caseHandler.needDefendant')}
    >
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('caseHandler.placeholder')}
        loading={candidates.isFetching}
        options={options}
        aria-label={t('caseHandler.label')}
        data-testid="handler-select"
      />
    </Form.Item>
  );
}
