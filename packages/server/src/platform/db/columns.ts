/** Column types the modules' schemas share. */
import { customType } from 'drizzle-orm/pg-core';

/** Binary content (uploaded files) as a Buffer on both databases (PGlite hands back a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
