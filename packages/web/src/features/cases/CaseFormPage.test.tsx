import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { pickOption, typeDate } from '../../test/antd.js';
import { agencies, caseDetail, caseScreenCache } from '../../test/fixtures.js';
import { fakeServer, type Recorded, renderScreen, testUser } from '../../test/render.js';
import { CaseFormPage } from './CaseFormPage.js';

const f = zhCN.cases.form;

function renderNewCase(user = testUser) {
  return renderScreen(<CaseFormPage />, { route: '/cases/new', path: '/cases/new', user, cache: caseScreenCache });
}

/** A server that registers every case posted to it. */
const registering = () =>
  fakeServer((req) =>
    req.method === 'POST' && req.path === '/cases' ? { status: 201, body: { id: 'c-1' } } : undefined,
  );

/** The one write the form sent, once it has been sent. */
async function sent(server: { writes: () => Recorded[] }): Promise<Recorded> {
  await waitFor(() => expect(server.writes()).toHaveLength(1));
  return server.writes()[0]!;
}

/** The input of the form field `id` (antd gives each field's control the field's name path as its id). */
function field(container: HTMLElement, id: string): HTMLElement {
  const input = container.querySelector<HTMLElement>(`#${id}`);
  if (!input) throw new Error(`no input #${id}`);
  return input;
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
/** The first party row's name (the plaintiff the empty form starts with). */
function plaintiffName(container: HTMLElement): HTMLElement {
  const input = container.querySelector<HTMLElement>('#parties_0_name');
  if (!input) throw new Error('no name input for the first party');
  return input;
}

describe('登记案件 (the case form)', () => {
  it('refuses to send a party without a name: the message is under the field and nothing is posted', async () => {
    const server = fakeServer();
    renderNewCase();
    fireEvent.click(screen.getByTestId('save-case'));
    expect(await screen.findByText(f.partyNameRequired)).toBeTruthy();
    expect(await screen.findByTestId('form-error')).toHaveProperty('textContent', f.fixErrors);
    expect(server.writes()).toEqual([]);
  });

  it('parses the 案号 as typed and sends the form as the API takes it: trimmed text, nulls for empty fields', async () => {
    const server = fakeServer((req) =>
      req.method === 'POST' && req.path === '/cases' ? { status: 201, body: { id: 'c-1' } } : undefined,
    );
    const { container } = renderNewCase();
    type(screen.getByTestId('case-number-input'), ' （2024）苏0102行初123号 ');
    expect((await screen.findByTestId('case-number-parsed')).textContent).toContain('（2024）苏0102行初123号');
    type(screen.getByTestId('cause-input'), '  行政处罚  ');
    type(plaintiffName(container), ' 张三 ');
    fireEvent.click(screen.getByTestId('save-case'));

    await waitFor(() => expect(server.writes()).toHaveLength(1));
    const post = server.writes()[0]!;
    expect(post.path).toBe('/cases');
    expect(post.body).toMatchObject({
      kind: 'litigation',
      caseNumber: '（2024）苏0102行初123号',
      causeOfAction: '行政处罚',
      contestedAct: null,
      filedDate: null,
      outcome: null,
      appealed: null,
      riskLevel: 'green',
      status: 'registered',
      normativeDocReview: false,
      hearingHeld: false,
      parties: [
        { side: 'plaintiff', partyType: 'person', name: '张三', agencyId: null, idNumber: null, phone: null },
        {
          side: 'defendant',
          partyType: 'agency',
          agencyId: '00000000-0000-4000-8000-0000000000a1',
          defendantRole: 'first',
        },
      ],
    });
    // Filled from the parsed number: 一审 and the court whose code it names.
    expect(post.body).toMatchObject({ instance: 'first', courtAgencyId: '00000000-0000-4000-8000-0000000000c1' });
    expect(await screen.findByTestId('navigated-away')).toBeTruthy();
  });

  it("puts the server's field errors on their fields (parties.0.name) and says what to fix", async () => {
    fakeServer((req) =>
      req.method === 'POST'
        ? {
            status: 400,
            body: {
              code: 'VALIDATION_FAILED',
              message: '输入有误：当事人名称过长',
              details: [{ field: 'parties.0.name', message: '当事人名称过长' }],
              requestId: 'r-1',
            },
          }
        : undefined,
    );
    const { container } = renderNewCase();
    type(plaintiffName(container), '某公司');
    fireEvent.click(screen.getByTestId('save-case'));
    expect(await screen.findByText('当事人名称过长')).toBeTruthy();
    expect((await screen.findByTestId('form-error')).textContent).toContain(f.fixErrors);
    expect(screen.queryByTestId('navigated-away')).toBeNull();
  });

  it('sends the dates picked as YYYY-MM-DD, empty ones as null, and 上诉 as false once there is an outcome', async () => {
    const server = registering();
    const { container } = renderNewCase();
    type(plaintiffName(container), '张三');
    typeDate(field(container, 'filedDate'), '2024-03-05');
    typeDate(field(container, 'complaintReceivedDate'), '2024-02-28');
    await pickOption(screen.getByTestId('outcome-select'), '判决驳回诉讼请求');
    typeDate(field(container, 'outcomeDate'), '2024-06-30');
    fireEvent.click(screen.getByTestId('save-case'));

    expect((await sent(server)).body).toMatchObject({
      filedDate: '2024-03-05',
      complaintReceivedDate: '2024-02-28',
      receivedDate: null,
      outcome: 'CLAIMS_REJECTED',
      outcomeDate: '2024-06-30',
      appealed: false,
    });
  });

  it('asks for the defendant agency when the user has none of their own, then sends the agency and its name', async () => {
    const server = registering();
    const coordinator = { ...testUser, role: 'county_coordinator' as const, agencyId: null, agencyName: null };
    const { container } = renderNewCase(coordinator);
    type(plaintiffName(container), '张三');
    fireEvent.click(screen.getByTestId('save-case'));
    expect(await screen.findByText(f.partyAgencyRequired)).toBeTruthy();
    expect(server.writes()).toEqual([]);

    await pickOption(screen.getByTestId('party-1-agency'), '城东区市场监督管理局');
    fireEvent.click(screen.getByTestId('save-case'));
    expect((await sent(server)).body).toMatchObject({
      parties: [
        { side: 'plaintiff', name: '张三' },
        { side: 'defendant', partyType: 'agency', agencyId: agencies[0]!.id, name: '城东区市场监督管理局' },
      ],
    });
  });

  it('keeps a 复议 number as typed (no parsing, no 审级) and turns the chosen outcome into the 复议 one', async () => {
    const server = registering();
    const { container } = renderNewCase();
    await pickOption(screen.getByTestId('outcome-select'), '判决驳回诉讼请求');
    await pickOption(screen.getByTestId('kind-select'), '行政复议');
    // The outcome is now the reconsideration body's wording of the same decision, under the 复议 label.
    await waitFor(() =>
      expect(screen.getByTestId('outcome-select').querySelector('.ant-select-selection-item')?.textContent).toBe(
        '决定维持',
      ),
    );
    expect(screen.getByText(f.outcomeReconsideration)).toBeTruthy();
    type(screen.getByTestId('case-number-input'), '苏府复〔2024〕12号');
    type(plaintiffName(container), '张三');
    expect(screen.queryByTestId('case-number-parsed')).toBeNull();
    expect(screen.queryByTestId('case-number-invalid')).toBeNull();
    fireEvent.click(screen.getByTestId('save-case'));

    expect((await sent(server)).body).toMatchObject({
      kind: 'reconsideration',
      caseNumber: '苏府复〔2024〕12号',
      instance: null,
      courtAgencyId: null,
      outcome: 'RECON_UPHELD',
    });
  });

  it('says why a 案号 does not parse and sends it 待核实 only when the user accepts that', async () => {
    const server = registering();
    const { container } = renderNewCase();
    type(screen.getByTestId('case-number-input'), '2024行初12号');
    const invalid = await screen.findByTestId('case-number-invalid');
    expect(invalid.textContent).toContain(f.unparsed.replace('{{reason}}', ''));
    type(plaintiffName(container), '张三');
    fireEvent.click(screen.getByTestId('accept-unverified'));
    fireEvent.click(screen.getByTestId('save-case'));
    expect((await sent(server)).body).toMatchObject({
      caseNumber: '2024行初12号',
      acceptUnverified: true,
      instance: null,
    });
  });

  it('refuses a civil 案号 as not administrative', async () => {
    renderNewCase();
    type(screen.getByTestId('case-number-input'), '（2024）苏0102民初5号');
    const parsed = await screen.findByTestId('case-number-parsed');
    expect(parsed.className).toContain('ant-alert-error');
    expect(parsed.textContent).toContain(f.notAdministrative.split('（')[0]!);
  });

  it('on edit sends only what changed, with the version the form was loaded at', async () => {
    const detail = caseDetail();
    const server = fakeServer((req) => {
      if (req.path !== `/cases/${detail.id}`) return undefined;
      return { body: req.method === 'GET' ? detail : { ...detail, version: 4 } };
    });
    const { container } = renderScreen(<CaseFormPage />, {
      route: `/cases/${detail.id}/edit`,
      path: '/cases/:id/edit',
      cache: caseScreenCache,
    });
    await waitFor(() => expect(screen.getByTestId('cause-input')).toHaveProperty('value', '行政处罚'));
    typeDate(field(container, 'filedDate'), '2024-03-06');
    type(screen.getByTestId('cause-input'), ' 行政许可 ');
    fireEvent.click(screen.getByTestId('save-case'));

    const patch = await sent(server);
    expect(patch.method).toBe('PATCH');
    expect(patch.body).toEqual({ version: 3, filedDate: '2024-03-06', causeOfAction: '行政许可' });
    expect(await screen.findByTestId('navigated-away')).toBeTruthy();
  });
  describe('承办人', () => {
    const candidates = [
      {
        id: 'u-clerk',
        displayName: '张承办',
        username: 'zhang',
        role: 'agency_clerk',
        unitName: '城东区市场监督管理局',
      },
      { id: 'u-county', displayName: '李协调', username: 'li', role: 'county_coordinator', unitName: '城东区' },
    ];
    const answering = (extra: (req: Recorded) => { status?: number; body: unknown } | undefined) =>
      fakeServer((req) =>
        req.path.startsWith('/cases/handler-candidates?')
          ? { body: { items: req.path.includes(agencies[0]!.id) ? candidates : [] } }
          : extra(req),
      );

    it("offers the accounts the server allows for the defendant agency and sends the chosen one's id", async () => {
      const server = answering((req) =>
        req.method === 'POST' && req.path === '/cases' ? { status: 201, body: { id: 'c-1' } } : undefined,
      );
      const { container } = renderNewCase();
      type(plaintiffName(container), '张三');
      await pickOption(screen.getByTestId('handler-select'), '张承办（城东区市场监督管理局）');
      fireEvent.click(screen.getByTestId('save-case'));
      expect((await sent(server)).body).toMatchObject({ handlerUserId: 'u-clerk' });
      expect(server.requests.some((r) => r.path === `/cases/handler-candidates?agencyIds=${agencies[0]!.id}`)).toBe(
        true,
      );
    });

    it('without a handler sends null; a refused handler shows the server’s message on the field', async () => {
      const server = answering((req) =>
        req.method === 'POST'
          ? {
              status: 400,
              body: {
                code: 'VALIDATION_FAILED',
                message: '承办人须为本案被告机关的应诉专员，或本案所属县区、市的协调员',
                details: [
                  { field: 'handlerUserId', message: '承办人须为本案被告机关的应诉专员，或本案所属县区、市的协调员' },
                ],
                requestId: 'r-2',
              },
            }
          : undefined,
      );
      const { container } = renderNewCase();
      type(plaintiffName(container), '张三');
      fireEvent.click(screen.getByTestId('save-case'));
      expect((await sent(server)).body).toMatchObject({ handlerUserId: null });
      const item = screen.getByTestId('handler-select').closest('.ant-form-item')!;
      await waitFor(() => expect(item.textContent).toContain('承办人须为本案被告机关的应诉专员'));
    });

    it('on edit shows the current handler by name and sends only the new handler with the version', async () => {
      const detail = caseDetail({ handlerUserId: 'u-gone', handlerName: '王前任' });
      const server = answering((req) => {
        if (req.path !== `/cases/${detail.id}`) return undefined;
        return { body: req.method === 'GET' ? detail : { ...detail, version: 4 } };
      });
      renderScreen(<CaseFormPage />, {
        route: `/cases/${detail.id}/edit`,
        path: '/cases/:id/edit',
        cache: caseScreenCache,
      });
      await waitFor(() =>
        expect(screen.getByTestId('handler-select').querySelector('.ant-select-selection-item')?.textContent).toBe(
          '王前任',
        ),
      );
      await pickOption(screen.getByTestId('handler-select'), '李协调（城东区）');
      fireEvent.click(screen.getByTestId('save-case'));
      const patch = await sent(server);
      expect(patch.body).toEqual({ version: 3, handlerUserId: 'u-county' });
    });
  });
});
