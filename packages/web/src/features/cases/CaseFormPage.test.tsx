import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { caseScreenCache } from '../../test/fixtures.js';
import { fakeServer, renderScreen } from '../../test/render.js';
import { CaseFormPage } from './CaseFormPage.js';

const f = zhCN.cases.form;

function renderNewCase() {
  return renderScreen(<CaseFormPage />, { route: '/cases/new', path: '/cases/new', cache: caseScreenCache });
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
});
