/**
 * The quarter-end card proposals and their decision on the demo city (PGlite, PostgreSQL): the schedule run with a
 * chosen `now` (the first working day after 2025 Q3) proposes the quarter's cards with the domain's rules — the
 * yellow card to the unit the rankings put first among those with enough cases — once (a second run and a rerun of
 * the quarter add nothing); the city coordinator confirms (audit row, the unit told) or rejects with a reason; a stale
 * version is 409, a decided one 422; county coordinators see their county's units only, leaders read, others 403;
 * the notice is a Word file whose text names the unit, the quarter and the figure; a confirmed card's notice keeps the
 * template version it was confirmed with after the city uploads a new one, a proposal's takes the new one.
 */
import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { JobRegistry } from '../../platform/jobs/registry.js';
import { runDueJobs } from '../../platform/jobs/runner.js';
import { auditLog } from '../audit/schema.js';
import { loadCalendar } from '../calendar/public.js';
import { DEMO_CITY } from '../demo/org.js';
import { demoContext, demoSteps } from '../demo/seed.js';
import type { RankingsOut } from '../indicators/dto.js';
import { notificationMessages } from '../notifications/schema.js';
import { QUARTER_JOB } from './constants.js';
import type { CardOut } from './dto.js';
import { cardJobs } from './jobs.js';
import { proposeQuarter, quarterOfKey } from './propose.js';
import { cardProposals } from './schema.js';

// 2025 Q3 ends on Tuesday 30 September; 1–8 October are the National Day holiday: the first working day is 9 October.
const AFTER_Q3 = new Date('2025-10-09T09:00:00+08:00');

describe(`cards on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  const registry = new JobRegistry();
  cardJobs(registry);
  registry.useCalendar((db) => loadCalendar(db, { provisional: true }));
  const sessions = new Map<string, TestSession>();
  async function as(role: Role, extra: { regionCode?: string; agencyId?: string } = {}) {
    const name = `${role}:${extra.regionCode ?? ''}:${extra.agencyId ?? ''}`;
    if (!sessions.has(name))
      sessions.set(name, await sessionAs(app, database.db, await createTestUser(database.db, { role, ...extra })));
    return sessions.get(name)!;
  }
  const city = () => as('city_coordinator', { regionCode: DEMO_CITY.code });
  const list = async (s: TestSession, q = '') => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/cards${q}` });
    return { status: res.statusCode, items: (res.json() as { items: CardOut[] }).items };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const demo = demoContext(20261129);
    await database.db.transaction(async (tx) => {
      for (const step of demoSteps) await step(tx, demo);
    });
    app = await buildApp(
      { config: testConfig({ SESSION_SECRET: 'c'.repeat(40), LOG_LEVEL: 'silent' }), database },
      { logger: false },
    );
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('the schedule proposes the ended quarter’s cards once; the yellow card goes to the top of the ranking', async () => {
    const before = await runDueJobs(database.db, registry, { now: new Date('2025-10-08T09:00:00+08:00') });
    // Before the first working day the latest occurrence is Q2's (nothing of Q3 yet).
    expect(before.jobs.map((j) => j.key)).toEqual([`schedule:${QUARTER_JOB}:2025-Q2`]);
    const run = await runDueJobs(database.db, registry, { now: AFTER_Q3 });
    expect(run.jobs).toMatchObject([{ key: `schedule:${QUARTER_JOB}:2025-Q3`, status: 'done' }]);

    const { status, items } = await list(await city());
    expect(status).toBe(200);
    const q3 = items.filter((c) => c.period.from === '2025-07-01');
    expect(q3.length).toBeGreaterThan(0);
    expect(q3.every((c) => c.status === 'proposed' && c.rulesVersion === 0 && c.definitionVersion === 0)).toBe(true);

    // The county yellow card: the first-ranked county of the rankings API (same quarter, minimum 5 as the rules).
    const ranking = (
      await (
        await city()
      ).inject({
        method: 'GET',
        url: '/api/v1/indicators/rankings?from=2025-07-01&to=2025-09-30&level=county&minCases=5',
      })
    ).json() as RankingsOut;
    const firsts = ranking.units.filter((u) => u.rank === 1 && u.numerator > 0).map((u) => u.unitId);
    const yellows = q3.filter((c) => c.level === 'county' && c.sanction === 'yellow_card');
    expect(yellows.length).toBeGreaterThan(0);
    expect(yellows.map((c) => c.unit.id).sort()).toEqual(firsts.sort());
    for (const y of yellows) {
      const u = ranking.units.find((x) => x.unitId === y.unit.id)!;
      expect({ losses: y.losses, concluded: y.concluded, rate: y.rateDisplay }).toEqual({
        losses: u.numerator,
        concluded: u.denominator,
        rate: u.display,
      });
      expect(y.reasons[0]!.code).toMatch(/HIGHEST_LOSS_RATE/);
    }

    // Again: the schedule's period ran; a rerun of the quarter inserts nothing.
    const again = await runDueJobs(database.db, registry, { now: new Date(AFTER_Q3.getTime() + 3600_000) });
    expect(again.jobs).toEqual([]);
    const rerun = await database.db.transaction((tx) => proposeQuarter(tx, quarterOfKey('2025-Q3'), AFTER_Q3));
    expect(rerun.inserted).toEqual([]);
    expect(rerun.proposed).toBe(q3.length);
    expect((await list(await city())).items.length).toBe(items.length);
  });

  it('confirm: audited, the unit told, in its history; stale version 409; decided 422', async () => {
    const s = await city();
    const [card] = (await list(s, '?status=proposed')).items;
    expect(card).toBeDefined();
    const stale = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${card!.id}/confirm`,
      payload: { version: card!.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const ok = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${card!.id}/confirm`,
      payload: { version: card!.version },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'confirmed',
      version: card!.version + 1,
      decidedByName: expect.any(String),
    });
    const again = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${card!.id}/reject`,
      payload: { version: card!.version + 1, reason: '复核' },
    });
    expect(again.statusCode).toBe(422);

    const audit = await database.db.select().from(auditLog);
    expect(
      audit.filter((a) => a.entityType === 'card_proposal' && a.entityId === card!.id).map((a) => a.action),
    ).toEqual(expect.arrayContaining(['create', 'update']));
    const notices = await database.db.select().from(notificationMessages);
    expect(notices.some((n) => n.title.includes(card!.sanctionLabel) && n.body.includes(card!.unit.label))).toBe(true);

    const history = await list(s, `?unit=${card!.unit.id}`);
    expect(history.items.every((c) => c.unit.id === card!.unit.id)).toBe(true);
    expect(history.items.find((c) => c.id === card!.id)?.status).toBe('confirmed');
  });

  it('reject needs a reason; a rejected proposal has no notice', async () => {
    const s = await city();
    const [card] = (await list(s, '?status=proposed')).items;
    expect(card).toBeDefined();
    const none = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${card!.id}/reject`,
      payload: { version: card!.version },
    });
    expect(none.statusCode).toBe(400);
    const ok = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${card!.id}/reject`,
      payload: { version: card!.version, reason: '该单位败诉案件系同一批系列案，另行处理' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'rejected', decisionReason: '该单位败诉案件系同一批系列案，另行处理' });
    expect((await s.inject({ method: 'GET', url: `/api/v1/cards/${card!.id}/notice.docx` })).statusCode).toBe(422);
  });

  it('the notice is a Word file in 公文 form naming the unit, the quarter and the figure', async () => {
    const s = await city();
    const [card] = (await list(s, '?status=confirmed')).items;
    const res = await s.inject({ method: 'GET', url: `/api/v1/cards/${card!.id}/notice.docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('officedocument.wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain(`关于对${card!.unit.label}2025年第3季度行政诉讼案件败诉情况`);
    expect(value).toContain(`${card!.unit.label}：`);
    expect(value).toContain(`审结${card!.concluded}件，败诉${card!.losses}件，败诉率${card!.rateDisplay}`);
    expect(value).toContain(`经审核确认，决定对你单位予以${card!.sanctionLabel}`);
    expect(value).toContain('示例市全面依法治市委员会办公室');
  });

  it('a confirmed card’s notice keeps the template version it was confirmed with; a proposal takes the new one', async () => {
    const s = await city();
    const fixed =
      '请你单位认真分析败诉原因，查找行政执法和行政应诉工作中存在的问题，落实整改措施，切实降低行政诉讼案件败诉率。';
    const ours = '请你单位于收到本通报后十个工作日内书面报送整改情况。';
    const noticeText = async (id: string) => {
      const res = await s.inject({ method: 'GET', url: `/api/v1/cards/${id}/notice.docx` });
      expect(res.statusCode).toBe(200);
      return (await mammoth.extractRawText({ buffer: res.rawPayload })).value.replace(/\s+/g, '');
    };
    const [confirmed] = (await list(s, '?status=confirmed')).items;
    const [proposed] = (await list(s, '?status=proposed')).items;
    expect(proposed).toBeDefined();
    expect(await noticeText(confirmed!.id)).toContain(fixed);

    // The city rewrites the closing request (documents routes: a new version of `card.notice`).
    const builtin = (await s.inject({ method: 'GET', url: '/api/v1/document-templates/card.notice/file' })).rawPayload;
    const zip = new PizZip(builtin);
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toContain(fixed);
    zip.file('word/document.xml', xml.replace(fixed, ours));
    const boundary = `----sj${Date.now()}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="reason"\r\n\r\n限期报送整改情况\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="通报.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      zip.generate({ type: 'nodebuffer' }) as Buffer,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await s.inject({
      method: 'POST',
      url: '/api/v1/document-templates/card.notice',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(up.statusCode, up.body).toBe(200);

    const confirmedText = await noticeText(confirmed!.id);
    expect(confirmedText).toContain(fixed);
    expect(confirmedText).not.toContain(ours);
    expect(await noticeText(proposed!.id)).toContain(ours);
    const [row] = await database.db.select().from(cardProposals).where(eq(cardProposals.id, confirmed!.id));
    expect(row!.noticeTemplateVersion).toBe(0);
    // Confirmed now: the version in force (the city's 1), kept.
    const ok = await s.inject({
      method: 'POST',
      url: `/api/v1/cards/${proposed!.id}/confirm`,
      payload: { version: proposed!.version },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const [after] = await database.db.select().from(cardProposals).where(eq(cardProposals.id, proposed!.id));
    expect(after!.noticeTemplateVersion).toBe(1);
    expect(await noticeText(proposed!.id)).toContain(ours);
  });

  it('scope and permissions: a county coordinator sees its own units, a leader reads, others 403', async () => {
    const all = (await list(await city())).items;
    const county = all.find((c) => c.level === 'county');
    if (county) {
      const own = await list(await as('county_coordinator', { regionCode: county.unit.id }));
      expect(own.items.length).toBeGreaterThan(0);
      expect(own.items.every((c) => all.some((a) => a.id === c.id))).toBe(true);
      expect(own.items.some((c) => c.unit.id === county.unit.id)).toBe(true);
      const other = await as('county_coordinator', { regionCode: county.unit.id === '329902' ? '329903' : '329902' });
      expect((await other.inject({ method: 'GET', url: `/api/v1/cards/${county.id}` })).statusCode).toBe(404);
      const decide = await (await as('county_coordinator', { regionCode: county.unit.id })).inject({
        method: 'POST',
        url: `/api/v1/cards/${county.id}/confirm`,
        payload: { version: county.version },
      });
      expect(decide.statusCode).toBe(403);
    }
    expect((await list(await as('leader', { regionCode: DEMO_CITY.code }))).items.length).toBe(all.length);
    for (const role of ['agency_clerk', 'agency_head', 'expert', 'admin'] as const) {
      expect((await list(await as(role))).status).toBe(403);
    }
  });
});
