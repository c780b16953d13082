import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { AUDIT_ACTIONS, type AuditAction, type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { type AuditWhat, describeEntry, entityNames } from './describe.js';
import { auditLog } from './schema.js';

export interface AuditFilter {
  /** Part of the actor's name (display name or username). */
  actor?: string;
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** Inclusive start and exclusive end (ISO instants). */
  from?: Date;
  to?: Date;
}

export interface AuditItem {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  diff: unknown;
  requestId: string | null;
  /** The object by its name (案号, a person's name …), null when it has none or no longer exists. */
  entityName: string | null;
  /** What happened, more precisely than the action (a case's update may be a note added, a file uploaded …). */
  what: AuditWhat;
}

export const MAX_EXPORT_ROWS = 50_000;

function conditions(f: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (f.actor) {
    const like = `%${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(ilike(auditLog.actorName, like));
  }
  if (f.actorUserId) where.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, f.to));
  return where.length ? and(...where) : undefined;
}

const present = (r: typeof auditLog.$inferSelect): AuditItem => ({
  id: r.id,
  at: r.at.toISOString(),
  actorUserId: r.actorUserId,
  actorName: r.actorName,
  ip: r.ip,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  before: r.before,
  after: r.after,
  diff: r.diff,
  requestId: r.requestId,
  entityName: null,
  what: describeEntry(r),
});

export async function listAudit(db: Db, f: AuditFilter & { page: number; pageSize: number }) {
  const cond = conditions(f);
  const [total] = await db.select({ n: count() }).from(auditLog).where(cond);
  const rows = await db
    .select()
    .from(auditLog)
    .where(cond)
    .orderBy(desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const names = await entityNames(db, rows);
  const items = rows.map((r) => ({ ...present(r), entityName: names.get(`${r.entityType}|${r.entityId}`) ?? null }));
  return { items, total: Number(total?.n ?? 0) };
}

/**
 * The Chinese names of the actions: the one place they are written. The export uses them and GET /audit/meta sends
 * them to the web app (whose English UI has its own names for the same codes).
 */
export const ACTION_NAMES_ZH: Record<AuditAction, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  export: '导出',
  unmask: '查看完整个人信息',
  import: '导入',
  password_change: '修改密码',
  password_reset: '重置密码',
  lock: '锁定账户',
  unlock: '解除锁定',
  disable: '停用账户',
  enable: '启用账户',
  session_revoke: '退出会话',
  login_throttled: '多次登录失败，已限速',
  jobs_run: '运行后台任务',
  backup_run: '立即备份数据库',
};

/** GET /audit/meta: every action the log knows (platform/audit.ts AUDIT_ACTIONS) with its Chinese name, in order. */
export function auditMeta(): { actions: { value: AuditAction; label: string }[] } {
  return { actions: AUDIT_ACTIONS.map((value) => ({ value, label: ACTION_NAMES_ZH[value] })) };
}

/**
 * The filtered audit log as an .xlsx workbook (at most 50,000 rows, newest first). The export itself is audited,
 * with the filter used, in the same transaction as the read.
 */
export async function exportAudit(db: Db, actor: AuditActor, f: AuditFilter): Promise<Buffer> {
  const cond = conditions(f);
  return db.transaction(async (tx) => {
    const [total] = await tx.select({ n: count() }).from(auditLog).where(cond);
    const n = Number(total?.n ?? 0);
    if (n > MAX_EXPORT_ROWS) {
      throw new AppError(
        'UNPROCESSABLE',
        `符合条件的记录有 ${n} 条，超过导出上限 ${MAX_EXPORT_ROWS} 条，请缩小时间范围`,
      );
    }
    const rows = await tx.select().from(auditLog).where(cond).orderBy(desc(auditLog.id));
    await writeAudit(tx, {
      actor,
      action: 'export',
      entityType: 'audit_log',
      after: {
        rows: rows.length,
        filter: { ...f, from: f.from?.toISOString(), to: f.to?.toISOString() },
      },
    });
    const wb = new ExcelJS.Workbook();
    wb.creator = '双降';
    const ws = wb.addWorksheet('审计日志');
    ws.columns = [
      { header: '编号', key: 'id', width: 10 },
      { header: '时间', key: 'at', width: 22 },
      { header: '操作人', key: 'actorName', width: 26 },
      { header: 'IP', key: 'ip', width: 16 },
      { header: '操作', key: 'action', width: 14 },
      { header: '对象类型', key: 'entityType', width: 12 },
      { header: '对象编号', key: 'entityId', width: 38 },
      { header: '变更内容', key: 'diff', width: 60 },
      { header: '请求编号', key: 'requestId', width: 38 },
    ];
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of rows) {
      ws.addRow({
        id: r.id,
        at: r.at.toISOString(),
        actorName: safeCell(r.actorName),
        ip: r.ip,
        action: ACTION_NAMES_ZH[r.action as AuditAction] ?? r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        diff: safeCell(JSON.stringify(r.diff ?? r.after ?? null)),
        requestId: r.requestId,
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  });
}

/** Cells starting with = + - @ are text, never formulas (CSV/Excel injection). */
function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
