import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { litigationInput, seedOrgFixture } from './testing.js';

/**
 * The appeal period (行政诉讼法第85条) is the agency's right, not a duty: it closes as soon as the registry records
 * whether the agency appealed, yes or no. Until then it stays open (and reads overdue once past, as a prompt to record
 * the decision); it is never counted as a missed duty.
 */
describe(`appeal window on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let east: TestSession;
  let agencyId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await seedOrgFixture(database.db);
    agencyId = org.agency('county-0-dept-0');
    app = await buildTestApp(database);
    const user = await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329902' });
    east = await sessionAs(app, database.db, user);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const appealDeadline = (detail: { deadlines: { ruleId: string; status: string; dueDate: string | null }[] }) =>
    detail.deadlines.find((d) => d.ruleId === 'litigation.appeal.judgment');

  it.each([
    [false, 'met'],
    [true, 'met'],
  ] as const)('recording appealed=%s closes the window', async (appealed, expected) => {
    const created = await east.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(agencyId, {
        caseNumber: `（2024）苏9902行初${appealed ? 201 : 202}号`,
        outcome: 'REVOKED',
        outcomeDate: '2024-12-02',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const open = appealDeadline(created.json());
    // Judgment served 2024-12-02: 15 days from the next day → 2024-12-17 (a Tuesday, a working day).
    expect(open).toMatchObject({ status: 'open', dueDate: '2024-12-17' });

    const patched = await east.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${created.json().id}`,
      payload: { version: created.json().version, appealed },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(appealDeadline(patched.json())?.status).toBe(expected);
  });
});
