import { z } from 'zod';

export const templateKeyParams = z.object({ key: z.string().min(1).max(64).meta({ title: '模板' }) });
export const templateFileQuery = z.object({
  version: z.coerce.number().int().min(0).optional().meta({ title: '模板版本' }),
});
export const caseIdParams = z.object({ id: z.uuid().meta({ title: '案件' }) });
export const documentIdParams = z.object({ id: z.uuid().meta({ title: '文档' }) });

export const templateListResponse = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      fields: z.array(z.object({ name: z.string(), description: z.string() })),
      /** The version in force: 0 = the built-in template. */
      version: z.number().int(),
      updatedByName: z.string().nullable(),
      updatedAt: z.string().nullable(),
      versions: z.array(
        z.object({
          version: z.number().int(),
          fileName: z.string(),
          reason: z.string().nullable(),
          sha256: z.string(),
          createdByName: z.string(),
          createdAt: z.string(),
        }),
      ),
    }),
  ),
});

export const documentMeta = z.object({
  id: z.string(),
  templateKey: z.string(),
  label: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** The template version it was made from (0 = built-in). */
  templateVersion: z.number().int(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export const documentListResponse = z.object({ items: z.array(documentMeta) });

export const uploadedTemplate = z.object({
  key: z.string(),
  version: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
});
