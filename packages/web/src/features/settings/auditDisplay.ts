/**
 * How an audit entry reads on the 操作记录 screen: its time in China (the case pages show China time whatever the
 * browser's zone), what happened in words, and the changed fields a person cares about — internal bookkeeping
 * (版本, search keys, who-updated columns) left out, and one name once even when two stored fields share a label
 * (案号 and the number as typed).
 */
import type { TFunction } from 'i18next';
import { deadlineRuleKey } from '../../app/i18n/codeKeys.js';
import type { AuditItem } from './api.js';
import { auditFieldLabel } from './auditFields.js';

/** A timestamp as China local time (UTC+8 all year), 'YYYY-MM-DD HH:mm:ss'. */
export function chinaDateTimeSeconds(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Stored fields that are bookkeeping, not information: never listed as changed (camelCase and snake_case). */
const INTERNAL = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deletedBy',
  'caseNumberTail',
  'caseNumberStatus',
  'caseYear',
  'caseSeq',
  'regionPath',
  'firstDefendantAgencyId',
  'courtAgencyId',
  'searchText',
];
const INTERNAL_FIELDS = new Set([
  ...INTERNAL,
  ...INTERNAL.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
]);

export const isInternalField = (field: string): boolean => INTERNAL_FIELDS.has(field);

/** The changed fields to show, by label in the UI language: no internal field, each label once, in stored order. */
export function shownFields(t: TFunction, entityType: string, fields: string[]): { field: string; label: string }[] {
  const seen = new Set<string>();
  const out: { field: string; label: string }[] = [];
  for (const field of fields) {
    if (isInternalField(field)) continue;
    const label = auditFieldLabel(t, entityType, field);
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ field, label });
  }
  return out;
}

/**
 * What happened, in words: 添加备注：原告来电, 上传文书：判决书.pdf, else the action by its name (修改, 登录 …:
 * `actionLabel`, from GET /audit/meta).
 */
export function whatHappened(
  t: TFunction,
  item: Pick<AuditItem, 'action' | 'what'>,
  actionLabel: (action: string) => string,
): string {
  const code = item.what?.code ?? item.action;
  const special = t(`settings.audit.whatCodes.${code}` as 'settings.audit.whatCodes.case_note', { defaultValue: '' });
  const base = special || actionLabel(item.action);
  let detail = item.what?.detail ?? null;
  if (detail && code === 'case_deadline')
    detail = t(`deadlineRules.${deadlineRuleKey(detail)}.name` as 'deadlineRules.x.name', { defaultValue: detail });
  return detail ? `${t('common.labelColon', { label: base })}${detail}` : base;
}
