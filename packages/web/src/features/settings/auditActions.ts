/**
 * The audit log's actions: the list and their Chinese names are the server's (GET /audit/meta, written once in
 * modules/audit/service.ts, which its export uses too); the English UI names the same codes here. A code the server
 * adds without an English name here fails the type check (the generated contract knows the server's list).
 */
import type { ApiResponse } from '../../app/api/contract.js';

export type AuditMeta = ApiResponse<'/api/v1/audit/meta', 'get'>;
export type AuditAction = AuditMeta['actions'][number]['value'];

export const AUDIT_ACTIONS_EN: Record<AuditAction, string> = {
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  restore: 'Restore',
  login: 'Sign in',
  login_failed: 'Failed sign-in',
  logout: 'Sign out',
  export: 'Export',
  unmask: 'View personal data',
  import: 'Import',
  password_change: 'Password change',
  password_reset: 'Password reset',
  lock: 'Account locked',
  unlock: 'Account unlocked',
  disable: 'Account disabled',
  enable: 'Account enabled',
  session_revoke: 'Session ended',
  login_throttled: 'Sign-ins slowed after repeated failures',
  jobs_run: 'Background jobs run',
  backup_run: 'Database backed up now',
};

/** The meta with its labels in the UI language (the server's Chinese, or the English above). */
export function auditMetaIn(meta: AuditMeta, english: boolean): AuditMeta {
  if (!english) return meta;
  return { actions: meta.actions.map((a) => ({ value: a.value, label: AUDIT_ACTIONS_EN[a.value] ?? a.label })) };
}

/** An action's name from the meta; the code itself while the meta is loading or for a code it does not list. */
export function actionLabelOf(meta: AuditMeta | undefined): (action: string) => string {
  const labels = new Map(meta?.actions.map((a) => [a.value as string, a.label]));
  return (action) => labels.get(action) ?? action;
}
