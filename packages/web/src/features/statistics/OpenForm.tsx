/** The form and period to open one's own unit's filing (pre-filled from the registry) or, for the city, to sum the accepted ones. */
import { App, Button, Flex, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../app/api/errors.js';
import { useCurrentUser } from '../../app/auth/AuthProvider.js';
import { type Filing, type FormKind, type FormLayout, useCreateFiling, useSummarise } from './api.js';

function periodOptions(kinds: readonly string[], t: TFunction) {
  const year = new Date().getFullYear();
  const out: { value: string; label: string }[] = [];
  for (const y of [year, year - 1, year - 2]) {
    if (kinds.includes('year')) out.push({ value: String(y), label: t('statistics.periodYear', { year: y }) });
    if (kinds.includes('half'))
      for (const h of [1, 2] as const)
        out.push({ value: `${y}-H${h}`, label: t(`statistics.periodHalf${h}`, { year: y }) });
    if (kinds.includes('quarter'))
      for (const q of [1, 2, 3, 4])
        out.push({ value: `${y}-Q${q}`, label: t('statistics.periodQuarter', { year: y, quarter: q }) });
  }
  return out;
}

export function OpenForm({ forms }: { forms: FormLayout[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const perms = user.permissions ?? [];
  const create = useCreateFiling();
  const summarise = useSummarise();
  const [form, setForm] = useState<FormKind>('reconsideration');
  const layout = forms.find((f) => f.kind === form);
  const options = periodOptions(layout?.periods ?? ['year'], t);
  const [period, setPeriod] = useState<string>(String(new Date().getFullYear() - 1));
  const chosen = options.some((o) => o.value === period) ? period : (options[0]?.value ?? '');
  const onDone = {
    onSuccess: (f: Filing) => navigate(`/statistics/${f.id}`),
    onError: (e: Error) => message.error(errorMessage(e, t)),
  };
  return (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label={t('statistics.form')}
        style={{ minWidth: 260 }}
        value={form}
        onChange={setForm}
        options={forms.map((f) => ({ value: f.kind, label: t(`statistics.forms.${f.kind}`) }))}
      />
      <Select
        aria-label={t('statistics.period')}
        style={{ width: 170 }}
        value={chosen}
        onChange={setPeriod}
        options={options}
      />
      {perms.includes('statistics.fill') && (
        <Button
          type="primary"
          loading={create.isPending}
          onClick={() => create.mutate({ form, period: chosen }, onDone)}
        >
          {t('statistics.open')}
        </Button>
      )}
      {perms.includes('statistics.review') && (
        <Button loading={summarise.isPending} onClick={() => summarise.mutate({ form, period: chosen }, onDone)}>
          {t('statistics.summarise')}
        </Button>
      )}
    </Flex>
  );
}
