/**
 * Answering a suggestion as the agency's clerk, as the server answers it: the answer is refused in the screen until a
 * reply is uploaded; then the reply date and summary are sent with the version read, and the page shows 按期答复; a
 * stale version (409) is shown as the server's message, not swallowed.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { Suggestion } from './api.js';

import { SuggestionDetailPage } from './SuggestionDetailPage.js';

const user = { ...testUser, permissions: ['suggestion.read', 'suggestion.answer'] };

const suggestion = (over: Partial<Suggestion> = {}): Suggestion => ({
  id: 's-1',
  kind: 'judicial',
  kindLabel: '司法建议',
  issuer: '城东区人民法院',
  docNumber: '（2026）苏0102司建3号',
  title: '关于规范征收程序的司法建议',
  summary: null,
  receivedOn: '2026-11-02',
  statedDue: null,
  due: '2027-01-04',
  dueFrom: 'table',
  dueBasis: '最高人民法院关于综合治理类司法建议工作若干问题的规定第8条',
  agencyId: testUser.agencyId!,
  agencyName: '城东区市场监督管理局',
  caseId: null,
  status: 'pending',
  daysLeft: 28,
  repliedOn: null,
  replySummary: null,
  repliedByName: null,
  version: 2,
  files: [
    {
      id: 'f-1',
      purpose: 'reply',
      fileName: '答复函.pdf',
      size: 10,
      createdByName: '测试',
      createdAt: '2026-12-07T00:00:00Z',
    },
  ],
  canAnswer: true,
  canManage: false,
  ...over,
});

const fill = () =>
  fireEvent.change(screen.getByLabelText(zhCN.suggestions.replySummary), { target: { value: '已完成整改' } });

describe('suggestion detail: the clerk answers', () => {
  it('sends the reply date and summary with the version read, then shows 按期答复', async () => {
    let answered = false;
    const server = fakeServer((req) => {
      if (req.path === '/suggestions/s-1' && req.method === 'GET')
        return {
          body: answered
            ? suggestion({ status: 'answered_on_time', repliedOn: '2026-12-07', canAnswer: false, version: 3 })
            : suggestion(),
        };
      if (req.path === '/suggestions/s-1/answer' && req.method === 'POST') {
        answered = true;
        return {
          body: suggestion({ status: 'answered_on_time', repliedOn: '2026-12-07', canAnswer: false, version: 3 }),
        };
      }
      return undefined;
    });
    renderScreen(<SuggestionDetailPage />, {
      route: '/accountability/suggestions/s-1',
      path: '/accountability/suggestions/:id',
      user,
    });
    await screen.findByText('关于规范征收程序的司法建议');
    fill();
    fireEvent.click(screen.getByRole('button', { name: zhCN.suggestions.answer }));
    await waitFor(() =>
      expect(screen.getAllByText(zhCN.suggestions.statuses.answered_on_time).length).toBeGreaterThan(0),
    );
    const write = server.writes().find((w) => w.path === '/suggestions/s-1/answer');
    expect(write?.body).toMatchObject({ version: 2, replySummary: '已完成整改' });
    expect((write?.body as { repliedOn?: string } | undefined)?.repliedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByRole('button', { name: zhCN.suggestions.answer })).toBeNull();
  });

  it('without a reply file the answer button is disabled and says why', async () => {
    fakeServer((req) => (req.path === '/suggestions/s-1' ? { body: suggestion({ files: [] }) } : undefined));
    renderScreen(<SuggestionDetailPage />, {
      route: '/accountability/suggestions/s-1',
      path: '/accountability/suggestions/:id',
      user,
    });
    await screen.findByText(zhCN.suggestions.replyFirst);
    expect(screen.getByRole('button', { name: zhCN.suggestions.answer }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the server’s message when the suggestion changed meanwhile (409)', async () => {
    fakeServer((req) => {
      if (req.path === '/suggestions/s-1' && req.method === 'GET') return { body: suggestion() };
      if (req.path === '/suggestions/s-1/answer')
        return { status: 409, body: { code: 'VERSION_CONFLICT', message: '记录已被他人修改', requestId: 't' } };
      return undefined;
    });
    renderScreen(<SuggestionDetailPage />, {
      route: '/accountability/suggestions/s-1',
      path: '/accountability/suggestions/:id',
      user,
    });
    await screen.findByText('关于规范征收程序的司法建议');
    fill();
    fireEvent.click(screen.getByRole('button', { name: zhCN.suggestions.answer }));
    expect(await screen.findByText(/已被他人修改|修改/)).toBeTruthy();
  });
});
