/**
 * 案号 input that parses as you type with the domain library (the same parser the server uses), shows what it
 * recognised and fills 审级 and the court. An unparseable number shows the reason and the 按待核实保存 option.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Checkbox, Descriptions, Form, type FormInstance, Input, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, CaseMeta, Region } from './api.js';
import { type CourtLevel, type ParseCaseNumberOptions, parseCaseNumber } from './domain.js';
import { labelOf } from './format.js';

type Courts = NonNullable<ParseCaseNumberOptions['courts']>;
const LEVEL_BY_REGION: Record<string, CourtLevel> = { province: 'high', city: 'intermediate', county: 'basic' };

/**
 * Courts the organisation knows, by court code, for the parser (local and demo courts need not be in its table);
 * the level follows the court's region (a county's court is a basic court, a city's an intermediate one).
 */
export function knownCourts(agencies: Agency[] | undefined, regions: Region[] | undefined): Courts {
  const levels = new Map((regions ?? []).map((r) => [r.code, LEVEL_BY_REGION[r.level]]));
  const out: Record<string, { name: string; level?: CourtLevel }> = {};
  for (const a of agencies ?? []) {
    if (a.courtCode) out[a.courtCode] = { name: a.name, level: levels.get(a.regionCode) };
  }
  return out;
}

/**
 * The court a stored lawsuit number names when the case has no court of ours (a court outside the city): the
 * national court-code table's name, or its unrecognised code; null when the number does not parse.
 */
export function courtFromNumber(caseNumber: string | null): { name: string | null; code: string } | null {
  if (!caseNumber) return null;
  const parsed = parseCaseNumber(caseNumber);
  return parsed.valid ? { name: parsed.court.name, code: parsed.court.code } : null;
}

export function CaseNumberField({
  form,
  agencies,
  regions,
  meta,
  parse,
}: {
  form: FormInstance;
  agencies: Agency[] | undefined;
  regions: Region[] | undefined;
  meta: CaseMeta | undefined;
  /** False for 复议/争议: their numbers follow no national standard and are stored as typed. */
  parse: boolean;
}) {
  const { t } = useTranslation();
  const typed: string = Form.useWatch('caseNumber', form) ?? '';
  const text = useDeferredValue(typed);
  const courts = useMemo(() => knownCourts(agencies, regions), [agencies, regions]);
  const result = useMemo(
    () => (parse && text.trim() ? parseCaseNumber(text, { courts }) : null),
    [parse, text, courts],
  );
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
          type={result.type.administrative ? 'success' : 'error'}
          style={{ marginBottom: 16 }}
          data-testid="case-number-parsed"
          message={
            result.type.administrative
              ? t('common.labelled', { label: t('cases.form.parsed'), value: result.normalized })
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
                      {court ? (
                        <>
                          {court.name}
                          <CheckCircleFilled style={{ color: '#52c41a', marginInlineStart: 6 }} />
                        </>
                      ) : result.court.name ? (
                        <>
                          {result.court.name}
                          <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                            {t('cases.form.courtNotLocal')}
                          </Typography.Text>
                        </>
                      ) : (
                        <Typography.Text type="warning">
                          {t('cases.form.courtCodeUnknown', { code: result.court.code })}
                        </Typography.Text>
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
                  children: (
                    <span data-testid="parsed-type">
                      {t('common.note', { text: result.type.code, note: result.type.name })}
                    </span>
                  ),
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
