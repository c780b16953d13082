/**
 * The demo city's agency heads with what the maintenance screen holds (分管事项, phone): made from the agency's key and
 * the head's place, not from the demo's random source, so the rest of the demo data (cases, hearings) stays the same
 * when heads gain fields. Phones are fictional (a 1390000 prefix, never issued to a person in the demo).
 */
import type { DbOrTx } from '../../platform/db/client.js';
import { insertHeads } from './repository.js';
import type { HeadRole } from './schema.js';

const MATTERS: Record<HeadRole, string[][]> = {
  principal: [['全面工作']],
  deputy: [
    ['行政执法', '法制审核'],
    ['信访', '行政复议应诉'],
    ['财务', '安全生产'],
  ],
  in_charge: [['行政应诉'], ['法治建设', '行政应诉'], ['征收补偿']],
};

/** A stable small number from a text (FNV-1a), for demo values that must not consume the seeded random source. */
function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The demo heads of one agency with matters and a fictional mobile number each. */
export function demoHeadValues(agencyKey: string, heads: { name: string; title: string; headRole: HeadRole }[]) {
  return heads.map((h, i) => {
    const n = stableHash(`${agencyKey}#${i}`);
    const options = MATTERS[h.headRole];
    return {
      ...h,
      matters: options[n % options.length]!,
      phone: `1390000${String(n % 10000).padStart(4, '0')}`,
      userId: null,
    };
  });
}

/** Inserts the demo heads of one agency (the demo seed calls it once per agency). */
export async function insertDemoHeads(
  tx: DbOrTx,
  agencyId: string,
  agencyKey: string,
  heads: { name: string; title: string; headRole: HeadRole }[],
): Promise<void> {
  await insertHeads(
    tx,
    demoHeadValues(agencyKey, heads).map((h) => ({ ...h, agencyId })),
  );
}
