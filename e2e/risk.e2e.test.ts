/**
 * Risk warning and resolution in a real browser (issue 16): a 征收拆迁 case registered by the county coordinator is
 * screened red (风险预警); on 风险预警与化解 (/risks) the coordinator opens it, names the 包案领导 (a head with a
 * login), writes the 一案一策 plan; the city coordinator puts it under supervision (挂牌督办) and lifts it while the county
 * coordinator reads who decides; the county closes it off (销号) with the outcome — each step shown on the item and on the
 * case's timeline; the year's figures by county open exactly the county's items.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLogin, launchBrowser, signedInPage } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('risk', () => {
  it('warning → assign a leader → plan → 挂牌督办 and lifted by the city → 销号', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('county1', 'Demo@2026county'));
    const cause = `征收补偿${Date.now() % 1_000_000}`;
    // A 征收拆迁 case of an agency whose head has a login: the screening makes it red.
    const made = await page.evaluate(async (causeOfAction) => {
      const heads = (await (await fetch('/api/v1/agency-heads')).json()) as {
        items: { agencyId: string; agencyName: string; name: string; userId: string | null; active: boolean }[];
      };
      const head = heads.items.find((h) => h.active && h.userId)!;
      const { token } = (await (await fetch('/api/v1/auth/csrf')).json()) as { token: string };
      const res = await fetch('/api/v1/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({
          kind: 'litigation',
          filedDate: '2026-11-20',
          causeOfAction,
          domain: 'expropriation',
          parties: [
            { side: 'plaintiff', partyType: 'person', name: '测试原告' },
            {
              side: 'defendant',
              partyType: 'agency',
              name: head.agencyName,
              agencyId: head.agencyId,
              defendantRole: 'first',
            },
          ],
        }),
      });
      return { status: res.status, id: ((await res.json()) as { id: string }).id, head: head.name };
    }, cause);
    expect(made.status).toBe(201);

    await page.goto(`${baseUrl}/risks`);
    const row = page.locator('[data-testid=risk-items] .ant-table-row', { hasText: cause });
    await row.waitFor();
    expect(await row.locator('[data-testid=risk-level]').textContent()).toBe('红色');
    expect(await row.locator('[data-testid=risk-state]').textContent()).toBe('预警');
    await row.getByRole('link', { name: /^处理/ }).click();

    await page.getByText('重点领域：征收拆迁').first().waitFor();
    // 包案领导
    const lead = page.locator('[data-testid=risk-lead]');
    await lead.getByRole('button', { name: '明确包案领导' }).click();
    await lead.getByLabel('包案领导').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: made.head }).first().click();
    await lead.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-message', { hasText: '已保存' }).waitFor();
    await lead.getByText('已按期明确').waitFor();
    await page.locator('[data-testid=risk-state]', { hasText: '已明确包案领导' }).first().waitFor();

    // 一案一策
    const plan = page.locator('[data-testid=risk-plan]');
    await plan.getByRole('button', { name: '制定一案一策' }).click();
    await plan.getByLabel('化解目标').fill('协调后撤诉');
    await plan.getByLabel('化解措施').fill('组织补偿协商，复核评估报告');
    await plan.getByLabel('责任人').fill('李科长');
    await plan.getByLabel('开始日期').fill('2026-12-01');
    await plan.getByLabel('开始日期').press('Tab');
    await plan.getByLabel('化解期限').fill('2027-01-31');
    await plan.getByLabel('化解期限').press('Tab');
    await plan.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('[data-testid=risk-state]', { hasText: '化解中（一案一策）' }).first().waitFor();
    await plan.getByText('组织补偿协商，复核评估报告').waitFor();

    // 挂牌督办: the city coordinator puts it under supervision and lifts it; the county sees it meanwhile.
    const city = await signedInPage(browser, baseUrl, demoLogin('city', 'Demo@2026city'));
    await city.goto(page.url());
    const sup = city.locator('[data-testid=risk-supervision]');
    await sup.getByLabel('督办期限').fill('2027-01-15');
    await sup.getByLabel('督办期限').press('Tab');
    await sup.getByLabel('督办理由').fill('群体性征收争议，市级挂牌督办');
    await sup.getByRole('button', { name: '挂牌督办' }).click();
    await sup.getByText(/督办中：期限 2027-01-15/).waitFor();
    await city.locator('[data-testid=risk-state]', { hasText: '挂牌督办' }).first().waitFor();
    await page.reload();
    await page.locator('[data-testid=risk-supervision]').getByText('由市级协调员决定').waitFor();
    await sup.getByLabel('解除督办说明').fill('已召开协调会，补偿方案达成一致');
    await sup.getByRole('button', { name: '解除督办' }).click();
    await sup.getByText(/解除：已召开协调会/).waitFor();
    await city.locator('[data-testid=risk-state]', { hasText: '化解中（一案一策）' }).first().waitFor();
    await city.context().close();
    await page.reload();

    // 销号
    const close = page.locator('[data-testid=risk-close]');
    await close.getByLabel('化解结果').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '协调后撤诉' }).click();
    await close.getByLabel('销号说明').fill('补偿到位，原告撤诉');
    await close.getByRole('button', { name: /销\s*号/ }).click();
    await close.getByText(/销号：协调后撤诉/).waitFor();
    await page.locator('[data-testid=risk-state]', { hasText: '已销号' }).first().waitFor();

    // The year's figures: 城东区's warning count opens exactly its items of the period, this one among them.
    await page.goto(`${baseUrl}/risks`);
    const unit = page.locator('[data-testid=risk-figures] .ant-table-row', { hasText: '城东区' });
    const count = unit.getByRole('link', { name: /查看城东区的风险事项/ });
    const n = Number(await count.textContent());
    expect(n).toBeGreaterThanOrEqual(1);
    await count.click();
    await page.waitForURL(/regionCode=\d{6}/);
    await page.locator('[data-testid=risk-filter]').waitFor();
    await page.locator('[data-testid=risk-items] .ant-table-row', { hasText: cause }).waitFor();
    expect(await page.locator('[data-testid=risk-items] .ant-table-row').count()).toBe(Math.min(n, 50));

    const timeline = await page.evaluate(async (id) => {
      const c = (await (await fetch(`/api/v1/cases/${id}`)).json()) as {
        timeline: { type: string }[];
        riskLevel: string;
      };
      return { types: c.timeline.map((e) => e.type), level: c.riskLevel };
    }, made.id);
    expect(timeline.types).toEqual(
      expect.arrayContaining([
        'risk_warning',
        'risk_lead',
        'risk_plan',
        'risk_supervised',
        'risk_supervision_lifted',
        'risk_closed',
      ]),
    );
    expect(timeline.level).toBe('red');
    await page.context().close();
  });

  it('the court liaison gives a red pre-hearing signal on a case of the court, which is then red; and withdraws it', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('court1', 'Demo@2026court'));
    // An open, green case of the liaison's court (the demo has many).
    const caseId = await page.evaluate(async () => {
      const res = (await (
        await fetch('/api/v1/cases?status=registered,in_progress&riskLevel=green&kind=litigation&pageSize=50')
      ).json()) as { items: { id: string; outcome: string | null }[] };
      return res.items.find((c) => c.outcome === null)!.id;
    });
    await page.goto(`${baseUrl}/cases/${caseId}`);
    const card = page.locator('[data-testid=case-signals]');
    await card.getByText('暂无庭前风险提示').waitFor();
    await card.locator('.ant-segmented-item', { hasText: '红色' }).click();
    await card.getByLabel(/提示内容/).fill('合议庭认为被诉行为未履行告知程序');
    await card.getByRole('button', { name: '提出风险提示' }).click();
    await card.getByText('合议庭认为被诉行为未履行告知程序').waitFor();
    await card.getByRole('link', { name: '查看风险事项' }).waitFor();
    // The signal is a reason of the case's risk item and its level is red (a demo case was never screened before: other
    // reasons may stand beside the signal).
    const reasonsNow = () =>
      page.evaluate(async (id) => {
        const sig = (await (await fetch(`/api/v1/risk-signals?caseId=${id}`)).json()) as {
          riskLevel: string;
          riskItemId: string;
        };
        const item = (await (await fetch(`/api/v1/risk-items/${sig.riskItemId}`)).json()) as {
          reasons: { code: string }[];
        };
        return { level: sig.riskLevel, codes: item.reasons.map((r) => r.code) };
      }, caseId);
    expect(await reasonsNow()).toMatchObject({ level: 'red', codes: expect.arrayContaining(['liaison_signal']) });

    await card.getByRole('button', { name: /^撤\s*回$/ }).click();
    await page.getByRole('textbox', { name: '撤回理由' }).fill('程序已补正');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await card.getByText('已撤回：程序已补正').waitFor();
    expect((await reasonsNow()).codes).not.toContain('liaison_signal');
    await page.context().close();
  });

  it('a county coordinator raises a green case by hand with a reason and lands on its risk item', async () => {
    const page = await signedInPage(browser, baseUrl, demoLogin('county1', 'Demo@2026county'));
    const caseId = await page.evaluate(async () => {
      const res = (await (
        await fetch('/api/v1/cases?status=registered,in_progress&riskLevel=green&kind=litigation&pageSize=50')
      ).json()) as { items: { id: string }[] };
      for (const c of res.items) {
        const s = (await (await fetch(`/api/v1/risk-signals?caseId=${c.id}`)).json()) as { riskItemId: string | null };
        if (!s.riskItemId) return c.id;
      }
      throw new Error('no green case without a risk item');
    });
    await page.goto(`${baseUrl}/cases/${caseId}`);
    const card = page.locator('[data-testid=raise-risk]');
    await card.locator('.ant-segmented-item', { hasText: '红色' }).click();
    await card.getByLabel(/理由/).fill('原告组织多人到市政府集体上访');
    await card.getByRole('button', { name: '提高等级并启动包案化解' }).click();
    await page.waitForURL(/\/risks\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=risk-level]', { hasText: '红色' }).first().waitFor();
    await page.getByText('原告组织多人到市政府集体上访').first().waitFor();
    await page.context().close();
  });
});
