// The audit log's table is the platform's (platform/auditLog.ts: every module writes it through writeAudit); exported
// here too so the schema registry and drizzle-kit see it, and the audit module's reads name it as before.
export { type AuditRow, auditLog } from '../../platform/auditLog.js';
