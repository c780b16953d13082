/**
 * Notifications in a real browser against the real server with the demo data: a clerk's case has its defence deadline
 * a few working days away; the administrator runs the jobs due tomorrow at 08:00 China time (the daily reminder
 * schedule); the clerk sees the reminder in the header's bell (badge and accessible name with the count), opens the
 * case from it, and the count goes down. The clerk's 我的通知 page lists it as read. Screenshot at 1366×768.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from './api.js';
import { DESKTOP, demoLogin, launchBrowser, screenshotPath, submitLogin } from './browser.js';

const baseUrl = inject('baseUrl');
const login = demoLogin;
const clerk = login('clerk1', 'Demo@2026clerk');
const admin = login('admin', 'Demo@2026admin');
// A case number of its own (other e2e files use 8801, 8857, 9001 and random 7000–9990 against an external server).
const SEQ = process.env.E2E_BASE_URL ? 6000 + Math.floor(Math.random() * 900) : 8611;
const NUMBER = `（2026）苏9902行初${SEQ}号`;

let browser: Browser;

/** A China date `days` from today (YYYY-MM-DD). */
function chinaDate(days: number): string {
  const d = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('notifications', () => {
  let caseId = '';

  it('a clerk sees a deadline reminder in the bell and opens the case from it', async () => {
    const api = await apiAs(baseUrl, clerk);
    const me = await api.get<{ user: { agencyId: string } }>('/auth/me');
    const created = await api.post<{ id: string; deadlines: { ruleId: string; dueDate: string }[] }>('/cases', {
      kind: 'litigation',
      caseNumber: NUMBER,
      filedDate: chinaDate(-12),
      complaintReceivedDate: chinaDate(-10),
      causeOfAction: '资源行政管理-土地行政管理',
      parties: [
        { side: 'plaintiff', partyType: 'person', name: '赵某华' },
        { side: 'defendant', partyType: 'agency', name: '被告', agencyId: me.user.agencyId, defendantRole: 'first' },
      ],
    });
    caseId = created.id;
    const due = created.deadlines.find((d) => d.ruleId === 'litigation.defense')?.dueDate;
    expect(due && due > chinaDate(1)).toBe(true);
    await api.ctx.dispose();

    // The daily reminder schedule alone, run for tomorrow 08:00 China time by the administrator (the rest of what
    // is due then — the month's risk screening of every demo case — is not this test's and waits).
    const adminApi = await apiAs(baseUrl, admin);
    const run = await adminApi.post<{ jobs: { name: string; status: string }[] }>('/admin/jobs/run', {
      now: `${chinaDate(1)}T08:00:00+08:00`,
      only: ['notifications.deadline-reminders'],
    });
    expect(run.jobs.find((j) => j.name === 'notifications.deadline-reminders')?.status).toBe('done');
    await adminApi.ctx.dispose();

    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, clerk.username, clerk.password);
    await page.waitForURL(`${baseUrl}/`);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(async () => bell.getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/^通知，\d+ 条未读$/);
    const before = Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(before).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('notifications-bell-badge.png') });

    await bell.click();
    const item = page.getByTestId('notification-panel').getByTestId('notification-item').filter({ hasText: NUMBER });
    await item.first().waitFor();
    expect(await item.first().textContent()).toMatch(/答辩期限还有 \d 个工作日/);
    await page.screenshot({ path: screenshotPath('notifications-bell-open.png') });
    await item.first().click();
    await page.waitForURL(`${baseUrl}/cases/${caseId}`);
    await page.getByText(NUMBER).first().waitFor();
    await expect
      .poll(async () => bell.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe(before - 1 > 0 ? `通知，${before - 1} 条未读` : '通知');

    await page.goto(`${baseUrl}/notifications`);
    const row = page.getByTestId('notifications-page').locator('.ant-list-item', { hasText: NUMBER }).first();
    await row.waitFor();
    expect(await row.textContent()).not.toContain('未读');
    await context.close();
  });
});
