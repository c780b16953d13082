/** What every case write shares: the audit snapshot of a case, and a duplicate 案号 reported as such. */
import { type CaseInsert, type CaseRow, duplicateCaseNumber, isUniqueViolation } from '../repository.js';

/** What the audit log keeps of a case: the row and its parties (ID numbers and phones are masked by writeAudit). */
export function snapshot(
  row: CaseRow,
  parties: { side: string; name: string; idNumber?: string | null; phone?: string | null }[],
) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    parties: parties.map((p) => ({ side: p.side, name: p.name, idNumber: p.idNumber ?? null, phone: p.phone ?? null })),
  };
}

/** Runs a write; a unique violation (the live-number index) becomes DUPLICATE naming the number. */
export async function withUniqueNumber<T>(fn: () => Promise<T>, caseNumber: () => string | null): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateCaseNumber(caseNumber());
    throw err;
  }
}

/** The row a create or an update stores (the database sets id, timestamps and version). */
export type CaseValues = Omit<CaseInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
