/**
 * A mediation's page as the server answers it: only the steps the server allows are offered; a failed result is sent
 * with the version read; a refused step shows the server's Chinese message (state and what is allowed).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { Mediation } from './api.js';
import { MediationPage } from './MediationPage.js';

const user = { ...testUser, permissions: ['mediation.read', 'mediation.manage'] };

const mediation = (over: Partial<Mediation> = {}): Mediation => ({
  id: 'm-1',
  stage: 'pre_litigation',
  state: 'mediating',
  applicants: [{ name: '王某明', partyType: 'person' }],
  agencyId: 'a-1',
  agencyName: '城东区自然资源局',
  subject: '房屋征收补偿争议',
  receivedOn: '2026-11-02',
  linkedCaseNumber: null,
  mediatorName: '调解员甲',
  resultOn: null,
  countsAsSettlement: false,
  becameCaseNumber: null,
  version: 4,
  request: null,
  refusalReason: null,
  mediatorUserId: 'u-1',
  assignedAt: '2026-11-03T00:00:00Z',
  resultSummary: null,
  sessions: [
    { id: 's-1', heldOn: '2026-11-05', participants: ['王某明'], notes: '交换意见', recordedByName: '调解员甲' },
  ],
  allowedActions: ['assign', 'record_session', 'agree', 'withdraw', 'fail'],
  mediators: [{ id: 'u-1', displayName: '调解员甲' }],
  agreementFiles: [],
  ...over,
});

const render = () => renderScreen(<MediationPage />, { route: '/mediations/m-1', path: '/mediations/:id', user });

describe('mediation page', () => {
  it('offers the allowed steps only and sends a failed result with the version read', async () => {
    let failed = false;
    const server = fakeServer((req) => {
      if (req.path === '/mediations/m-1' && req.method === 'GET')
        return {
          body: failed ? mediation({ state: 'failed', version: 5, allowedActions: ['record_case'] }) : mediation(),
        };
      if (req.path === '/mediations/m-1/result') {
        failed = true;
        return { body: mediation({ state: 'failed', version: 5, allowedActions: ['record_case'] }) };
      }
      return undefined;
    });
    render();
    await screen.findByText('交换意见');
    expect(screen.queryByRole('button', { name: zhCN.mediation.accept })).toBeNull();
    fireEvent.click(screen.getByLabelText(zhCN.mediation.results.fail));
    fireEvent.change(screen.getByLabelText(zhCN.mediation.summary), { target: { value: '申请人坚持起诉' } });
    fireEvent.click(screen.getByRole('button', { name: zhCN.mediation.recordResult }));
    await screen.findByText(zhCN.mediation.becameCaseStep);
    const write = server.writes().find((w) => w.path === '/mediations/m-1/result');
    expect(write?.body).toMatchObject({ version: 4, result: 'fail', summary: '申请人坚持起诉' });
    expect(screen.queryByRole('button', { name: zhCN.mediation.recordResult })).toBeNull();
  });

  it('shows the server’s refusal of a step', async () => {
    const message = '调解案件当前状态为“调解不成”，不能“登记转入复议或诉讼的案件”；当前没有可进行的操作';
    fakeServer((req) => {
      if (req.path === '/mediations/m-1' && req.method === 'GET')
        return { body: mediation({ state: 'failed', allowedActions: ['record_case'] }) };
      if (req.path === '/mediations/m-1/became-case')
        return { status: 422, body: { code: 'UNPROCESSABLE', message, requestId: 't' } };
      return undefined;
    });
    render();
    fireEvent.change(await screen.findByLabelText(zhCN.mediation.caseNumber), {
      target: { value: '（2026）苏0102行初1号' },
    });
    fireEvent.click(screen.getByRole('button', { name: /登\s*记/ }));
    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
  });

  it('an agreed mediation lists its signed agreement and offers the upload to those who manage it', async () => {
    fakeServer((req) =>
      req.path === '/mediations/m-1' && req.method === 'GET'
        ? {
            body: mediation({
              state: 'agreed',
              allowedActions: [],
              agreementFiles: [
                {
                  id: 'f-1',
                  fileName: '调解协议书.pdf',
                  size: 1200,
                  createdByName: '调解员甲',
                  createdAt: '2026-11-20T02:00:00Z',
                },
              ],
            }),
          }
        : undefined,
    );
    render();
    const link = await screen.findByRole('link', { name: /调解协议书\.pdf/ });
    expect(link.getAttribute('href')).toBe('/api/v1/mediations/m-1/agreement/f-1');
    expect(screen.getAllByRole('button', { name: new RegExp(zhCN.mediation.uploadAgreement) }).length).toBeGreaterThan(
      0,
    );
  });
});
