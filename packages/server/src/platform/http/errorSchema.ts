import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';

/**
 * The one error answer of every route (built by errorHandler.ts): a stable `code`, a Chinese message safe to show,
 * for refused input the fields (and rows) at fault, and the request id the log knows it by. Registered under the
 * id `ErrorBody`, so the OpenAPI document has it as a named component and the web's generated types
 * (packages/web/src/app/api/schema.gen.ts) read it from there.
 */
export const errorDetailSchema = z
  .object({
    field: z.string().optional().describe('the input field at fault, as its code path (e.g. parties.0.name)'),
    row: z.number().int().optional().describe('the row at fault (imports)'),
    message: z.string(),
  })
  .meta({ id: 'ErrorDetail' });

export const errorBodySchema = z
  .object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z
      .union([z.array(errorDetailSchema), z.record(z.string(), z.unknown())])
      .optional()
      .describe('the fields at fault, or facts about the refusal (e.g. {lockedUntil} with AUTH_LOCKED)'),
    requestId: z.string(),
  })
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.output<typeof errorBodySchema>;
