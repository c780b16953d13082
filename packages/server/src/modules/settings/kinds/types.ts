import type { z } from 'zod';

/**
 * A kind of setting: its key, its shape (a zod schema that every stored version must satisfy; fields carry `.meta({ title })`, the Chinese label a
 * validation error names) and the default that
 * applies until someone saves a version. `form` says whether the web shows a form made for it (`reminders`) or the
 * validated JSON editor (kinds whose shape is too open for a form).
 */
export interface SettingKind<T = unknown> {
  kind: string;
  /** Chinese name, shown in the audit log and the administration list. */
  label: string;
  /** What it governs, one sentence (Chinese). */
  description: string;
  schema: z.ZodType<T>;
  defaults: T;
  form: 'reminders' | 'json';
}
