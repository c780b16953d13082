/**
 * What an audit entry is about, for people: the object's name (a case by its 案号, a user by name, a file by its
 * name and case) instead of its database id, and what happened when the action alone says little — a case's
 * `update` is a note added, a hearing recorded, an expert assigned, a deadline adjusted or a field edited.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';

/** What happened, as a stable code (the web app labels it, `settings.audit.what.<code>`) and a detail to show. */
export interface AuditWhat {
  code: string;
  detail: string | null;
}

const rec = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The kind of change an entry records, read from the shape its writer gives it (cases/service.ts, assignments.ts …). */
export function describeEntry(e: { action: string; entityType: string; before: unknown; after: unknown }): AuditWhat {
  const after = rec(e.after);
  const before = rec(e.before);
  if (e.entityType === 'case' && e.action === 'update' && after) {
    const event = rec(after.event);
    if (event) return { code: event.type === 'note' ? 'case_note' : 'case_event', detail: str(event.title) };
    if ('link' in after) return { code: 'case_link', detail: str(rec(after.link)?.toCaseNumber) };
    if ('assignment' in after) {
      const a = rec(after.assignment) ?? rec(before?.assignment);
      return { code: after.assignment ? 'case_assign' : 'case_unassign', detail: str(a?.displayName) };
    }
    if ('deadline' in after || (before && 'deadline' in before)) {
      const d = rec(after.deadline) ?? rec(before?.deadline);
      return { code: 'case_deadline', detail: str(d?.ruleId) };
    }
  }
  if (e.entityType === 'case_file' && e.action === 'create')
    return { code: 'file_upload', detail: str(after?.fileName) };
  if (e.entityType === 'case_file' && e.action === 'export') return { code: 'file_download', detail: null };
  return { code: e.action, detail: null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names of the objects of a page of entries, keyed `type|id`. The audit log is the one reader of every module's
 * objects, by id only and for display only: it reads the name columns directly rather than make every module
 * publish a lookup for it. An object deleted since has no name (the screen shows its id).
 */
export async function entityNames(
  db: DbOrTx,
  entries: { entityType: string; entityId: string | null }[],
): Promise<Map<string, string>> {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.entityId) continue;
    const set = ids.get(e.entityType) ?? new Set<string>();
    set.add(e.entityId);
    ids.set(e.entityType, set);
  }
  const out = new Map<string, string>();
  const list = (type: string, uuidOnly = true) => {
    const v = [...(ids.get(type) ?? [])].filter((id) => !uuidOnly || UUID.test(id));
    return v.length > 0
      ? sql.join(
          v.map((id) => sql`${id}`),
          sql`, `,
        )
      : null;
  };
  const load = async (type: string, query: (inList: SQL) => SQL, uuidOnly = true) => {
    const inList = list(type, uuidOnly);
    if (!inList) return;
    const res = await db.execute(query(inList));
    for (const row of (res as { rows: { id: string; name: string | null }[] }).rows)
      if (row.name) out.set(`${type}|${row.id}`, row.name);
  };
  await load(
    'case',
    (l) =>
      sql`select id::text as id, coalesce(case_number, case_number_raw) as name from cases where id::text in (${l})`,
  );
  await load(
    'case_file',
    (l) => sql`select f.id::text as id, concat_ws(' ', c.case_number, f.file_name) as name
      from case_files f join cases c on c.id = f.case_id where f.id::text in (${l})`,
  );
  await load(
    'user',
    (l) =>
      sql`select id::text as id, display_name || '（' || username || '）' as name from users where id::text in (${l})`,
  );
  await load(
    'session',
    (l) => sql`select s.id::text as id, u.display_name || '（' || u.username || '）' as name
      from sessions s join users u on u.id = s.user_id where s.id::text in (${l})`,
  );
  await load(
    'case_import',
    (l) => sql`select id::text as id, file_name as name from import_jobs where id::text in (${l})`,
  );
  await load('region', (l) => sql`select code as id, name from regions where code in (${l})`, false);
  await load('agency', (l) => sql`select id::text as id, name from agencies where id::text in (${l})`);
  await load(
    'agency_head',
    (l) => sql`select h.id::text as id, h.name || '（' || a.name || '）' as name
      from agency_heads h join agencies a on a.id = h.agency_id where h.id::text in (${l})`,
  );
  return out;
}
