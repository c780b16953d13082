/**
 * The step forms of an evaluation, each shown only when the server lists the step among the viewer's `actions`
 * (the state allows it and the role may take it). Vertical, full-width forms: the expert's review is written on a
 * phone (390 px). A stale version reloads the evaluation with a clear message.
 */
import { App, Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/errors.js';
import {
  type Evaluation,
  isVersionConflict,
  useAssignExperts,
  useConclude,
  useEvaluationMeta,
  useRecordInitial,
  useRecordOutcome,
  useRefer,
  useSubmitReview,
} from './api.js';

function useDone() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return {
    ok: () => message.success(t('evaluations.saved')),
    fail: (err: unknown) => message.error(isVersionConflict(err) ? t('evaluations.conflict') : errorMessage(err, t)),
  };
}

const yesNo = (t: (k: 'evaluations.yes' | 'evaluations.no') => string) => [
  { value: true, label: t('evaluations.yes') },
  { value: false, label: t('evaluations.no') },
];

export function InitialForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const meta = useEvaluationMeta();
  const save = useRecordInitial(e.id);
  const done = useDone();
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.initialForm')}
      initialValues={{
        reasons: e.initial?.reasons ?? [],
        faultAppears: e.initial?.faultAppears,
        opinion: e.initial?.opinion,
      }}
      onFinish={(v: { reasons: string[]; faultAppears: boolean; opinion?: string }) =>
        save.mutate({ ...v, version: e.version }, { onSuccess: done.ok, onError: done.fail })
      }
    >
      <Form.Item
        name="reasons"
        label={t('evaluations.reasons')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Checkbox.Group options={(meta.data?.reasons ?? []).map((r) => ({ value: r.code, label: r.label }))} />
      </Form.Item>
      <Form.Item
        name="faultAppears"
        label={t('evaluations.faultAppears')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Radio.Group options={yesNo(t)} />
      </Form.Item>
      <Form.Item name="opinion" label={t('evaluations.opinion')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('evaluations.saveInitial')}
      </Button>
    </Form>
  );
}

export function ExpertsForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const meta = useEvaluationMeta();
  const save = useAssignExperts(e.id);
  const done = useDone();
  const options = (meta.data?.experts ?? [])
    .filter((x) => !e.expertIds.includes(x.id))
    .map((x) => ({ value: x.id, label: x.displayName }));
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.expertsForm')}
      onFinish={(v: { expertIds: string[] }) =>
        save.mutate({ expertIds: v.expertIds, version: e.version }, { onSuccess: done.ok, onError: done.fail })
      }
    >
      <Form.Item
        name="expertIds"
        label={t('evaluations.experts')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Select mode="multiple" options={options} optionFilterProp="label" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('evaluations.assign')}
      </Button>
    </Form>
  );
}

export function ReviewForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const save = useSubmitReview(e.id);
  const done = useDone();
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.reviewForm')}
      data-testid="review-form"
      onFinish={(v: { faultFound: boolean; recommendReferral: boolean; opinion: string }) =>
        save.mutate({ ...v, version: e.version }, { onSuccess: done.ok, onError: done.fail })
      }
    >
      <Form.Item
        name="faultFound"
        label={t('evaluations.faultFound')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Radio.Group options={yesNo(t)} />
      </Form.Item>
      <Form.Item
        name="recommendReferral"
        label={t('evaluations.recommendReferral')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Radio.Group options={yesNo(t)} />
      </Form.Item>
      <Form.Item
        name="opinion"
        label={t('evaluations.reviewOpinion')}
        rules={[{ required: true, whitespace: true, message: t('evaluations.required') }]}
      >
        <Input.TextArea rows={5} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending}>
        {t('evaluations.submitReview')}
      </Button>
    </Form>
  );
}

export function ConclusionForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const save = useConclude(e.id);
  const done = useDone();
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.conclusionForm')}
      onFinish={(v: { conclusion: 'fault' | 'no_fault' | 'self_corrected'; note?: string }) =>
        save.mutate({ ...v, version: e.version }, { onSuccess: done.ok, onError: done.fail })
      }
    >
      <Form.Item
        name="conclusion"
        label={t('evaluations.conclusion')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Radio.Group
          options={(['fault', 'no_fault', 'self_corrected'] as const).map((c) => ({
            value: c,
            label: t(`evaluations.conclusions.${c}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('evaluations.note')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('evaluations.conclude')}
      </Button>
    </Form>
  );
}

export function ReferralForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const meta = useEvaluationMeta();
  const save = useRefer(e.id);
  const done = useDone();
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.referralForm')}
      onFinish={(v: { disciplineUserId: string }) =>
        save.mutate(
          { evaluationId: e.id, disciplineUserId: v.disciplineUserId, version: e.version },
          { onSuccess: done.ok, onError: done.fail },
        )
      }
    >
      <Form.Item
        name="disciplineUserId"
        label={t('evaluations.disciplineLiaison')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Select options={(meta.data?.disciplineLiaisons ?? []).map((x) => ({ value: x.id, label: x.displayName }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('evaluations.refer')}
      </Button>
    </Form>
  );
}

export function OutcomeForm({ e }: { e: Evaluation }) {
  const { t } = useTranslation();
  const meta = useEvaluationMeta();
  const ref = e.referral!;
  const save = useRecordOutcome(e.id, ref.id);
  const done = useDone();
  const checks = meta.data?.fourChecks ?? [];
  return (
    <Form
      layout="vertical"
      aria-label={t('evaluations.outcomeForm')}
      onFinish={(v: { code: string; note?: string; responsible?: string[] }) =>
        save.mutate(
          {
            code: v.code,
            note: v.note,
            checks: checks.map((c) => ({ code: c.code, responsible: (v.responsible ?? []).includes(c.code) })),
            version: ref.version,
          },
          { onSuccess: done.ok, onError: done.fail },
        )
      }
    >
      <Form.Item
        name="code"
        label={t('evaluations.outcome')}
        rules={[{ required: true, message: t('evaluations.required') }]}
      >
        <Select options={(meta.data?.outcomes ?? []).map((o) => ({ value: o.code, label: o.label }))} />
      </Form.Item>
      <Form.Item name="responsible" label={t('evaluations.fourChecks')}>
        <Checkbox.Group options={checks.map((c) => ({ value: c.code, label: c.label }))} />
      </Form.Item>
      <Form.Item name="note" label={t('evaluations.note')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('evaluations.recordOutcome')}
      </Button>
    </Form>
  );
}
