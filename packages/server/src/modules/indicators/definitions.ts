/**
 * The definition set in force and its versions (settings kind `indicatorDefinitions`, default the domain's
 * `DEMO_CITY_DEFINITIONS`): every figure names `{id, version}` of the set it was computed with. A set from a JSON file
 * (the CLI's `--definition`, the import route) is checked by the domain's validator; its errors are Chinese and name
 * the field.
 */
import { type DefinitionSet, validateDefinitionSet } from '@shuangjiang/domain';
import type { AuditActor } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { cachedRead } from '../../platform/db/readCache.js';
import { validationFailed } from '../../platform/errors.js';
import { getSetting, getSettingVersion, saveSetting } from '../settings/service.js';

export const DEFINITIONS_KIND = 'indicatorDefinitions';

export interface VersionedDefinitions {
  set: DefinitionSet;
  /** The settings version (0 = the built-in default); a set read from a file has none (null). */
  version: number | null;
}

/** The set in force, or the version asked for. */
export async function definitionsOf(db: DbOrTx, version?: number): Promise<VersionedDefinitions> {
  // Read on every figure request: cached until any transaction ends (a new version is saved in one).
  return cachedRead(db, `indicator-definitions:${version ?? 'in-force'}`, async () => {
    const v =
      version === undefined
        ? await getSetting(db, DEFINITIONS_KIND)
        : await getSettingVersion(db, DEFINITIONS_KIND, version);
    return { set: v.value as DefinitionSet, version: v.version };
  });
}

/** A set from JSON (parsed), validated by the domain; 400 VALIDATION_FAILED naming each field otherwise. */
export function checkDefinitionSet(json: unknown): DefinitionSet {
  const errors = validateDefinitionSet(json);
  if (errors.length > 0) {
    throw validationFailed(
      errors.map((e) => ({ field: e.field, message: e.message })),
      `指标口径有误：${errors[0]!.message}${errors.length > 1 ? `（另有${errors.length - 1}处）` : ''}`,
    );
  }
  return json as DefinitionSet;
}

/** The export: the set in force with its version, as a file another installation can import. */
export async function exportDefinitions(db: DbOrTx): Promise<DefinitionSet & { version: number }> {
  const { set, version } = await definitionsOf(db);
  return { ...set, version: version ?? 0 };
}

/** Import: a new settings version (validated, audited, 409 when `baseVersion` is stale). */
export async function importDefinitions(
  db: Db,
  actor: AuditActor,
  input: { set: unknown; reason: string; baseVersion: number },
): Promise<VersionedDefinitions> {
  const raw = input.set as Record<string, unknown> | null;
  // An exported file carries its version: not part of the set.
  const { version: _v, ...set } = raw && typeof raw === 'object' ? raw : ({} as Record<string, unknown>);
  const checked = checkDefinitionSet(set);
  const saved = await saveSetting(db, actor, DEFINITIONS_KIND, {
    value: checked,
    reason: input.reason,
    baseVersion: input.baseVersion,
  });
  return { set: saved.value as DefinitionSet, version: saved.version };
}
