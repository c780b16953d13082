/**
 * 案号 input that parses as you type with the domain library (the same parser the server uses), shows what it
 * recognised and fills 审级 and the court. An unparseable number shows the reason and the 按待核实保存 option.
 */
import { Alert, Checkbox, Descriptions, Form, type FormInstance, Input, Tag, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, CaseMeta } from './api.js';
import { type CaseNumberResult, parseCaseNumber } from './domain.js';
import { labelOf } from './format.js';

/** Courts the organisation knows, by court code, for the parser (demo and local courts are not in its table). */
export function knownCourts(agencies: Agency[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of agencies ?? []) if (a.courtCode) out[a.courtCode] = a.name;
  return out;
}

export function parseWithCourts(text: string, agencies: Agency[] | undefined): CaseNumberResult | null {
  if (!text.trim()) return null;
  return parseCaseNumber(text, { courts: knownCourts(agencies) });
}

export function CaseNumberField({
  form,
  agencies,
  meta,
  parse,
}: {
  form: FormInstance;
  agencies: Agency[] | undefined;
  meta: CaseMeta | undefined;
  /** False for 复议/争议: their numbers follow no national standard and are stored as typed. */
  parse: boolean;
}) {
  const { t } = useTranslation();
  const typed: string = Form.useWatch('caseNumber', form) ?? '';
  const text = useDeferredValue(typed);
  const result = useMemo(() => (parse ? parseWithCourts(text, agencies) : null), [parse, text, agencies]);
  const court = result?.valid ? agencies?.find((a) => a.courtCode && a.courtCode === result.court.code) : undefined;

  // Fill 审级 and the court when the recognised number changes (not on every render: the user may override them).
  const filledFor = useRef<string | null>(null);
  useEffect(() => {
    // Only after the user typed: a loaded record keeps its stored values.
    const key = result?.valid ? `${result.normalized}|${court?.id ?? ''}` : null;
    if (!result?.valid || !form.isFieldTouched('caseNumber') || filledFor.current === key) return;
    filledFor.current = key;
    form.setFieldsValue({
      instance: result.type.instance,
      ...(court ? { courtAgencyId: court.id } : {}),
      acceptUnverified: false,
    });
  }, [result, court, form]);

  return (
    <>
      <Form.Item
        name="caseNumber"
        label={t('cases.form.caseNumber')}
        extra={parse ? t('cases.form.caseNumberHelp') : undefined}
      >
        <Input
          placeholder={t('cases.form.caseNumberPlaceholder')}
          allowClear
          maxLength={100}
          data-testid="case-number-input"
        />
      </Form.Item>
      {result?.valid && (
        <Alert
          type={result.type.administrative ? 'success' : 'warning'}
          style={{ marginBottom: 16 }}
          data-testid="case-number-parsed"
          message={
            result.type.administrative
              ? `${t('cases.form.parsed')}：${result.normalized}`
              : t('cases.form.notAdministrative', { type: result.type.name })
          }
          description={
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, md: 3 }}
              items={[
                {
                  key: 'court',
                  label: t('cases.form.parsedCourt'),
                  children: (
                    <span data-testid="parsed-court">
                      {court?.name ?? result.court.name ?? t('cases.form.courtUnknown')}
                      {court && (
                        <Tag color="green" bordered={false} style={{ marginInlineStart: 6 }}>
                          ✓
                        </Tag>
                      )}
                    </span>
                  ),
                },
                {
                  key: 'level',
                  label: t('cases.form.parsedLevel'),
                  children: t(`cases.form.courtLevels.${result.court.level}`),
                },
                {
                  key: 'type',
                  label: t('cases.form.parsedType'),
                  children: <span data-testid="parsed-type">{`${result.type.code}（${result.type.name}）`}</span>,
                },
                {
                  key: 'instance',
                  label: t('cases.form.parsedInstance'),
                  children: labelOf(meta?.instances, result.type.instance),
                },
                { key: 'year', label: t('cases.form.parsedYear'), children: result.year },
              ]}
            />
          }
        />
      )}
      {result && !result.valid && (
        <Alert
          type="error"
          style={{ marginBottom: 16 }}
          data-testid="case-number-invalid"
          message={t('cases.form.unparsed', { reason: result.reason })}
          description={
            <>
              <Form.Item name="acceptUnverified" valuePropName="checked" noStyle>
                <Checkbox data-testid="accept-unverified">{t('cases.form.acceptUnverified')}</Checkbox>
              </Form.Item>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('cases.form.acceptUnverifiedHelp')}
                </Typography.Text>
              </div>
            </>
          }
        />
      )}
    </>
  );
}
