/**
 * Chinese labels of request fields, read from the route's own zod schema: a field's schema carries its label as
 * `.meta({ title: '立案日期' })` (the case schemas' helpers do), and `labelAt` walks the schema along an error's path
 * to it. The error handler uses it so that a validation message always names the field by its label — never by the
 * code-side key (`filedDate`) — and so that zod's own English messages (e.g. "expected int") become Chinese.
 */
import { globalRegistry } from 'zod';
import type { ErrorDetail } from '../errors.js';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  options?: unknown[];
}

const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;
const titleOf = (s: unknown): string | undefined => {
  const meta = s ? (globalRegistry.get(s as never) as { title?: unknown } | undefined) : undefined;
  return typeof meta?.title === 'string' ? meta.title : undefined;
};

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** Unwraps optional/nullable/default/pipe layers, collecting the innermost title on the way. */
function unwrap(s: unknown): { schema: unknown; title: string | undefined } {
  let cur = s;
  let title = titleOf(cur);
  for (let i = 0; i < 20; i++) {
    const def = defOf(cur);
    if (!def) break;
    if (WRAPPERS.has(def.type)) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else break;
    title = titleOf(cur) ?? title;
  }
  return { schema: cur, title };
}

export interface FieldLabel {
  /** The field's label ('当事人名称'), if the schema has one. */
  label: string | null;
  /** Where in a list the field is, by label and position ('第2个当事人'), if it is inside one. */
  within: string | null;
}

/** The label of the field at `path` (object keys and array indexes) in a zod schema. */
export function labelAt(schema: unknown, path: readonly (string | number)[]): FieldLabel {
  let { schema: cur, title } = unwrap(schema);
  let within: string | null = null;
  for (const seg of path) {
    const def = defOf(cur);
    let next: unknown;
    if (def?.type === 'object' && def.shape) next = def.shape[String(seg)];
    else if (def?.type === 'array' && /^\d+$/.test(String(seg))) {
      within = `第${Number(seg) + 1}个${(title ?? '').replace(/列表$/, '') || '条目'}`;
      next = def.element;
    } else if (def?.type === 'union' && def.options) {
      next = def.options.map((o) => defOf(unwrap(o).schema)?.shape?.[String(seg)]).find(Boolean);
    }
    if (!next) return { label: null, within };
    ({ schema: cur, title } = unwrap(next));
  }
  return { label: title ?? null, within };
}

/** Whether a message is written for people (Chinese), not one of zod's English defaults. */
export const isChineseMessage = (message: string) => /[\u4e00-\u9fff]/.test(message);

/** One validation issue as fastify-type-provider-zod reports it. */
export interface ValidationIssue {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * The details of a refused request: `field` stays the code path (the web app puts the message on that form field);
 * the message names the field by its label only, and zod's English defaults become "<label>无效".
 */
export function validationDetails(
  schema: unknown,
  where: string | undefined,
  issues: readonly ValidationIssue[],
): ErrorDetail[] {
  return issues.map((v) => {
    const path = fieldPath(v.instancePath, v.params);
    const { label, within } = labelAt(schema, path ? path.split('.') : []);
    const raw = v.message ?? '';
    const text = isChineseMessage(raw) ? raw : `${label ?? (where === 'body' ? '提交的内容' : '请求参数')}无效`;
    return { field: path || where || '', message: within ? `${within}：${text}` : text };
  });
}

function fieldPath(instancePath: string, params: Record<string, unknown> | undefined): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = params && typeof params.missingProperty === 'string' ? params.missingProperty : '';
  return [path, missing].filter(Boolean).join('.');
}
