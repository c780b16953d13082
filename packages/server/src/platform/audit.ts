import type { FastifyRequest } from 'fastify';
import { auditLog } from './auditLog.js';
import { maskIdNumber, maskPhone } from './auth/masking.js';
import type { DbOrTx } from './db/client.js';

/** Actions the audit log knows; modules add theirs here (the column is text, no migration needed). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'login',
  'login_failed',
  'logout',
  'export',
  'unmask',
  'import',
  'password_change',
  'password_reset',
  'lock',
  'unlock',
  'disable',
  'enable',
  'session_revoke',
  'login_throttled',
  /** Background jobs run by hand (POST /api/v1/admin/jobs/run). */
  'jobs_run',
  /** A backup of the embedded database asked for by an administrator (POST /api/v1/admin/backups). */
  'backup_run',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted, from where, in which request. `userId` is null for the system or an unknown login name. */
export interface AuditActor {
  userId: string | null;
  name: string;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  /** e.g. 'user', 'case', 'session', 'audit_log' */
  entityType: string;
  entityId?: string | null;
  /** The record before and after the change (plain JSON); personal data and secrets are masked on the way in. */
  before?: unknown;
  after?: unknown;
}

/** The actor of an HTTP request: the signed-in principal (if any), the client address and the request id. */
export function auditActor(req: FastifyRequest, fallbackName = '匿名'): AuditActor {
  const p = req.principal;
  return {
    userId: p?.userId ?? null,
    name: p ? `${p.displayName}（${p.username}）` : fallbackName,
    ip: req.ip ?? null,
    requestId: req.id ?? null,
  };
}

/** For changes made by the system itself (seeding, scheduled jobs, CLI). */
export function systemActor(name = '系统'): AuditActor {
  return { userId: null, name, ip: null, requestId: null };
}

/**
 * Appends one audit row. Call it with the transaction that makes the change, so both commit or neither does
 * (a failing change leaves no audit row, and an audit failure rolls the change back).
 */
export async function writeAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  const before = entry.before === undefined ? null : redact(entry.before);
  const after = entry.after === undefined ? null : redact(entry.after);
  await tx.insert(auditLog).values({
    actorUserId: entry.actor.userId,
    actorName: entry.actor.name,
    ip: entry.actor.ip,
    requestId: entry.actor.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before,
    after,
    diff: before !== null && after !== null ? diffOf(before, after) : null,
  });
}

/** Keys whose values never enter the audit log. */
const SECRET_KEY = /^(password|currentPassword|newPassword)$|(hash|token|secret)$/i;
/** Keys holding personal data (docs/rules/personal-data.md#logs): kept masked. */
const ID_KEY = /idnumber|idcard|identity|证件/i;
const PHONE_KEY = /phone|mobile|tel$|telephone/i;

/** A JSON copy with secrets removed and ID numbers / phone numbers masked, at any depth. */
export function redact(value: unknown, key = ''): unknown {
  if (key && SECRET_KEY.test(key)) return value == null ? value : '[已隐藏]';
  if (typeof value === 'string') {
    if (key && ID_KEY.test(key)) return maskIdNumber(value);
    if (key && PHONE_KEY.test(key)) return maskPhone(value);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = redact(v, k);
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Field-level difference of two (redacted) records: `{field: {from, to}}` for each changed top-level field. */
export function diffOf(before: unknown, after: unknown): Record<string, { from: unknown; to: unknown }> | null {
  if (!isRecord(before) || !isRecord(after)) return null;
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = { from: a, to: b };
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
