/**
 * Versioned settings (docs/ARCHITECTURE.md#versioned-settings): read the value in force, read any old version, save a new version.
 * Other modules call `getSetting(db, kind)` and keep the returned `version` beside any figure or document made with it.
 */
import type { DefinitionSet, RiskRules } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { labelAt } from '../../platform/http/fieldLabels.js';
import type { AccountabilityListsSetting } from './kinds/accountabilityLists.js';
import type { AfterJudgmentSetting } from './kinds/afterJudgment.js';
import { type RemindersSetting, SETTING_KINDS, type SettingKind, settingKind } from './kinds/index.js';
import { insertVersion, latestVersion, latestVersions, versionOf, versionsOf } from './repository.js';
import type { SettingVersionRow } from './schema.js';

/** A setting as in force: the value, its version (0 = the built-in default) and who saved it, when and why. */
export interface SettingValue<T = unknown> {
  kind: string;
  version: number;
  value: T;
  reason: string | null;
  createdByName: string | null;
  createdAt: string | null;
}

/** The value types of the kinds other modules read, by key. */
export interface SettingTypes {
  reminders: RemindersSetting;
  indicatorDefinitions: DefinitionSet;
  riskRules: RiskRules;
  afterJudgment: AfterJudgmentSetting;
  accountabilityLists: AccountabilityListsSetting;
}

function kindOrThrow(kind: string): SettingKind {
  const k = settingKind(kind);
  if (!k) throw notFound('配置项');
  return k;
}

function present<T>(kind: SettingKind, row: SettingVersionRow | undefined): SettingValue<T> {
  if (!row)
    return {
      kind: kind.kind,
      version: 0,
      value: kind.defaults as T,
      reason: null,
      createdByName: null,
      createdAt: null,
    };
  // A stored value passed the schema when saved; parse again so the transform (e.g. sorted offsets) applies and an
  // older shape that a newer schema extends gets its defaults.
  const parsed = kind.schema.safeParse(row.value);
  return {
    kind: kind.kind,
    version: row.version,
    value: (parsed.success ? parsed.data : row.value) as T,
    reason: row.reason,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The value in force of a kind (its newest version, or the default). */
export async function getSetting<K extends keyof SettingTypes>(
  db: DbOrTx,
  kind: K,
): Promise<SettingValue<SettingTypes[K]>>;
export async function getSetting(db: DbOrTx, kind: string): Promise<SettingValue>;
export async function getSetting(db: DbOrTx, kind: string): Promise<SettingValue> {
  const k = kindOrThrow(kind);
  return present(k, await latestVersion(db, kind));
}

/** One version as it was saved (0 = the default), for reading an old figure's rules. */
export async function getSettingVersion(db: DbOrTx, kind: string, version: number): Promise<SettingValue> {
  const k = kindOrThrow(kind);
  if (version === 0) return present(k, undefined);
  const row = await versionOf(db, kind, version);
  if (!row) throw notFound('配置版本');
  return present(k, row);
}

/** Every kind with its value in force, for the administration list. */
export async function listSettings(
  db: DbOrTx,
): Promise<(SettingValue & { label: string; description: string; form: string; defaults: unknown })[]> {
  const latest = new Map((await latestVersions(db)).map((r) => [r.kind, r]));
  return SETTING_KINDS.map((k) => ({
    ...present(k, latest.get(k.kind)),
    label: k.label,
    description: k.description,
    form: k.form,
    defaults: k.defaults,
  }));
}

/** Every saved version of a kind, newest first, then the default (version 0). */
export async function listSettingVersions(db: DbOrTx, kind: string): Promise<SettingValue[]> {
  const k = kindOrThrow(kind);
  return [...(await versionsOf(db, kind)).map((r) => present(k, r)), present(k, undefined)];
}

export interface SaveSettingInput {
  value: unknown;
  reason: string;
  /** The version the editor started from; a newer one saved meanwhile → 409 with the current value. */
  baseVersion: number;
}

/** Saves a new version of a kind: validated against its schema, audited in the same transaction. */
export async function saveSetting(
  db: Db,
  actor: AuditActor,
  kind: string,
  input: SaveSettingInput,
): Promise<SettingValue> {
  const k = kindOrThrow(kind);
  const reason = input.reason.trim();
  if (!reason) throw validationFailed([{ field: 'reason', message: '请填写修改原因' }]);
  const parsed = k.schema.safeParse(input.value);
  if (!parsed.success) {
    throw validationFailed(
      parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
        const { label } = labelAt(k.schema, path);
        const name = label ?? '配置内容';
        // zod's own messages (Chinese through its locale, or English) do not name the field: prefix its label.
        const text = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '无效';
        const message = text.includes(name) ? text : `${name}：${text}`;
        return { field: ['value', ...path].join('.'), message };
      }),
      `${k.label}的配置有误`,
    );
  }
  return db.transaction(async (tx) => {
    const current = await latestVersion(tx, kind);
    const currentVersion = current?.version ?? 0;
    const conflict = () =>
      new AppError('VERSION_CONFLICT', `${k.label}已被他人修改（当前第${currentVersion}版），请刷新后重试`, {
        current: present(k, current),
      });
    if (input.baseVersion !== currentVersion) throw conflict();
    const row = await insertVersion(tx, {
      kind,
      version: currentVersion + 1,
      value: parsed.data,
      reason,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'setting',
      entityId: `${kind}@${row.version}`,
      before: { version: currentVersion, value: current?.value ?? k.defaults },
      after: { version: row.version, value: row.value, reason },
    });
    return present(k, row);
  });
}
