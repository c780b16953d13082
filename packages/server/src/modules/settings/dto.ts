import { z } from 'zod';

export const kindParams = z.object({ kind: z.string().min(1).max(64).meta({ title: '配置项' }) });
export const versionParams = kindParams.extend({
  version: z.coerce.number().int().min(0).meta({ title: '版本' }),
});

export const settingValue = z.object({
  kind: z.string(),
  version: z.number().int(),
  value: z.unknown(),
  reason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string().nullable(),
});

export const settingListResponse = z.object({
  items: z.array(
    settingValue.extend({
      label: z.string(),
      description: z.string(),
      form: z.enum(['reminders', 'json']),
      defaults: z.unknown(),
    }),
  ),
});

export const settingVersionsResponse = z.object({ items: z.array(settingValue) });

export const saveSettingBody = z.object({
  value: z.unknown().meta({ title: '配置内容' }),
  reason: z.string().trim().min(1, '请填写修改原因').max(500, '修改原因不能超过500字').meta({ title: '修改原因' }),
  baseVersion: z.number().int().min(0).meta({ title: '所依据的版本' }),
});
