import ExcelJS from 'exceljs';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import { generatePassword, hashPassword } from '../../platform/auth/password.js';
import { ROLE_NAMES_ZH, ROLES, type Role } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { normalizeUsername } from './repository.js';
import { users } from './schema.js';
import { existingUsernames, resolveScope, scopeOptions, USERNAME_PATTERN } from './service.js';

/** Columns of the import sheet, in order (the template writes them; the reader finds them by header text). */
export const IMPORT_COLUMNS = [
  { key: 'username', header: '用户名', width: 16 },
  { key: 'displayName', header: '姓名', width: 14 },
  { key: 'role', header: '角色', width: 16 },
  { key: 'region', header: '所属区划（代码或名称）', width: 22 },
  { key: 'agency', header: '所属单位（全称）', width: 34 },
  { key: 'phone', header: '联系电话', width: 16 },
] as const;
type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const MAX_IMPORT_ROWS = 500;

export interface ImportedUser {
  row: number;
  username: string;
  displayName: string;
  roleName: string;
  initialPassword: string;
}

/** The template: the header row, one example, and a sheet listing the roles. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('用户');
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    username: 'zhangsan',
    displayName: '张三',
    role: '机关应诉专员',
    region: '',
    agency: '某市某区自然资源局',
    phone: '',
  });
  const roles = wb.addWorksheet('角色说明');
  roles.columns = [
    { header: '角色', key: 'name', width: 18 },
    { header: '代码', key: 'code', width: 22 },
    { header: '需要填写', key: 'scope', width: 30 },
  ];
  for (const r of ROLES) {
    const scope =
      r === 'admin'
        ? '无'
        : r === 'agency_clerk' || r === 'agency_head' || r === 'court_liaison'
          ? '所属单位'
          : '所属区划';
    roles.addRow({ name: ROLE_NAMES_ZH[r], code: r, scope });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return String(v.result ?? '').trim();
    if (v instanceof Date) return v.toISOString();
  }
  return String(v).trim();
}

const roleByName = new Map<string, Role>([
  ...ROLES.map((r) => [r, r] as [string, Role]),
  ...ROLES.map((r) => [ROLE_NAMES_ZH[r], r] as [string, Role]),
]);

/**
 * Imports accounts from the first sheet of an .xlsx file. All rows are checked first; if any row is wrong nothing
 * is imported and every problem is reported as 第 N 行 with the column. Otherwise all accounts are created in one
 * transaction, each with a generated first password (returned once, to be changed at first sign-in).
 */
export async function importUsers(db: Db, actor: AuditActor, file: Buffer): Promise<ImportedUser[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_INVALID', '无法读取文件，请上传 Excel（.xlsx）文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_INVALID', '文件中没有工作表');
  const colOf = new Map<ColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    const c = IMPORT_COLUMNS.find((x) => x.header === text || (x.header.startsWith(text) && text.length >= 2));
    if (c && !colOf.has(c.key)) colOf.set(c.key, col);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.key !== 'phone' && !colOf.has(c.key)).map((c) => c.header);
  if (missing.length) throw new AppError('IMPORT_INVALID', `第 1 行缺少列：${missing.join('、')}（请使用导入模板）`);

  const { regions, agencies } = await scopeOptions(db);
  const problems: ErrorDetail[] = [];
  const rows: {
    row: number;
    username: string;
    displayName: string;
    role: Role;
    regionCode: string | null;
    agencyId: string | null;
    phone: string | null;
  }[] = [];
  const seen = new Map<string, number>();
  const lastRow = ws.actualRowCount > 0 ? ws.rowCount : 0;
  for (let r = 2; r <= lastRow; r++) {
    const get = (k: ColumnKey) => (colOf.has(k) ? cellText(ws.getRow(r).getCell(colOf.get(k)!).value) : '');
    const raw = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, get(c.key)])) as Record<ColumnKey, string>;
    if (Object.values(raw).every((v) => v === '')) continue;
    if (rows.length + 1 > MAX_IMPORT_ROWS) {
      problems.push({ row: r, message: `一次最多导入 ${MAX_IMPORT_ROWS} 个用户` });
      break;
    }
    const bad = (field: string, message: string) => problems.push({ row: r, field, message: `第 ${r} 行：${message}` });
    const username = normalizeUsername(raw.username);
    if (!username) bad('username', '用户名不能为空');
    else if (!USERNAME_PATTERN.test(username))
      bad('username', `用户名“${raw.username}”格式不正确（2–40 位字母、数字、点、下划线或连字符）`);
    else if (seen.has(username)) bad('username', `用户名“${username}”与第 ${seen.get(username)} 行重复`);
    else seen.set(username, r);
    if (!raw.displayName) bad('displayName', '姓名不能为空');
    else if ([...raw.displayName].length > 50) bad('displayName', '姓名过长（最多 50 个字）');
    const role = roleByName.get(raw.role);
    if (!role) bad('role', raw.role ? `角色“${raw.role}”不存在（见“角色说明”表）` : '角色不能为空');
    let regionCode: string | null = null;
    if (raw.region) {
      const byCode = regions.find((x) => x.code === raw.region);
      const byName = regions.filter((x) => x.name === raw.region);
      if (byCode) regionCode = byCode.code;
      else if (byName.length === 1) regionCode = byName[0]!.code;
      else if (byName.length > 1) bad('region', `区划名称“${raw.region}”不唯一，请填写区划代码`);
      else bad('region', `区划“${raw.region}”不存在`);
    }
    let agencyId: string | null = null;
    if (raw.agency) {
      const found = agencies.filter((a) => a.name === raw.agency);
      if (found.length === 1) agencyId = found[0]!.id;
      else if (found.length > 1) bad('agency', `单位名称“${raw.agency}”不唯一`);
      else bad('agency', `单位“${raw.agency}”不存在（请填写单位全称）`);
    }
    if (raw.phone && !/^[\d\s+()-]{5,20}$/.test(raw.phone)) bad('phone', `联系电话“${raw.phone}”格式不正确`);
    if (role) {
      const scope = await resolveScope(db, { role, regionCode, agencyId }, r);
      for (const p of scope.problems) bad(p.field ?? '', p.message);
      regionCode = scope.regionCode;
      agencyId = scope.agencyId;
    }
    if (role)
      rows.push({
        row: r,
        username,
        displayName: raw.displayName,
        role,
        regionCode,
        agencyId,
        phone: raw.phone || null,
      });
  }
  const taken = await existingUsernames(
    db,
    rows.map((x) => x.username).filter((u) => USERNAME_PATTERN.test(u)),
  );
  for (const x of rows) {
    if (taken.has(x.username))
      problems.push({ row: x.row, field: 'username', message: `第 ${x.row} 行：用户名“${x.username}”已存在` });
  }
  if (problems.length === 0 && rows.length === 0) throw new AppError('IMPORT_INVALID', '文件中没有用户数据');
  if (problems.length > 0) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new AppError('IMPORT_INVALID', `导入文件有 ${problems.length} 处错误，未导入任何用户`, problems);
  }
  const prepared = await Promise.all(
    rows.map(async (x) => {
      const initialPassword = generatePassword();
      return { ...x, initialPassword, passwordHash: await hashPassword(initialPassword) };
    }),
  );
  return db.transaction(async (tx) => {
    const out: ImportedUser[] = [];
    for (const x of prepared) {
      const [row] = await tx
        .insert(users)
        .values({
          username: x.username,
          displayName: x.displayName,
          passwordHash: x.passwordHash,
          role: x.role,
          regionCode: x.regionCode,
          agencyId: x.agencyId,
          phone: x.phone,
          mustChangePassword: true,
        })
        .returning({ id: users.id });
      await writeAudit(tx, {
        actor,
        action: 'create',
        entityType: 'user',
        entityId: row!.id,
        after: {
          username: x.username,
          displayName: x.displayName,
          role: x.role,
          regionCode: x.regionCode,
          agencyId: x.agencyId,
          phone: x.phone,
          source: 'import',
        },
      });
      out.push({
        row: x.row,
        username: x.username,
        displayName: x.displayName,
        roleName: ROLE_NAMES_ZH[x.role],
        initialPassword: x.initialPassword,
      });
    }
    await writeAudit(tx, {
      actor,
      action: 'import',
      entityType: 'user',
      after: { count: out.length, usernames: out.map((u) => u.username) },
    });
    return out;
  });
}
