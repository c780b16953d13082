/** The owner type of the deadlines a case's own fields give it (docs/rules/deadlines.md#owners). */
export const CASE_OWNER = 'case';
