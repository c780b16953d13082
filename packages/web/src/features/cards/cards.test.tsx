/**
 * 排名 and 红黄牌 as the server answers them: a unit below the minimum says it is not ranked and why, every rate has
 * its interval; the city coordinator rejects a proposal only with a reason, sent with the version shown, and others
 * see no decision buttons.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeServer, renderScreen, testUser } from '../../test/render.js';
import type { CardItem, Rankings } from './api.js';
import { CardsPanel } from './CardsPanel.js';
import { RankingCard } from './RankingCard.js';

const user = { ...testUser, role: 'city_coordinator' as const, permissions: ['card.read', 'card.decide'] };

const casesOf = (part: string, county: string) =>
  `/api/v1/cases?indicator=loss_rate&indicatorPart=${part}&indicatorFrom=2026-07-01&indicatorTo=2026-09-30&indicatorVersion=3&regionCode=${county}`;

const rankings: Rankings = {
  definition: { id: 'demo-city', name: '示范市指标口径', version: 3 },
  indicator: { id: 'loss_rate', label: '一审败诉率', kind: 'loss_rate' },
  period: { from: '2026-07-01', to: '2026-09-30', kind: 'quarter', label: '2026年第3季度' },
  level: 'county',
  minCases: 5,
  settingsVersion: 0,
  units: [
    {
      unitId: '329921',
      label: '湖滨县',
      numerator: 4,
      denominator: 22,
      value: 4 / 22,
      display: '18.18%',
      interval: { low: 0.0731, high: 0.3852, display: '7.31%–38.52%' },
      rank: 1,
      tiedWith: [],
      note: { code: 'RANKED', text: '第1名' },
      cases: {
        numerator: casesOf('numerator', '329921'),
        denominator: casesOf('denominator', '329921'),
      },
    },
    {
      unitId: '329922',
      label: '山南县',
      numerator: 1,
      denominator: 2,
      value: 0.5,
      display: '50.00%',
      interval: { low: 0.0945, high: 0.9055, display: '9.45%–90.55%' },
      rank: null,
      tiedWith: [],
      note: { code: 'BELOW_MINIMUM', text: '…' },
      cases: {
        numerator: casesOf('numerator', '329922'),
        denominator: casesOf('denominator', '329922'),
      },
    },
  ],
};

const card: CardItem = {
  id: 'card-1',
  period: { from: '2025-07-01', to: '2025-09-30', label: '2025年第3季度' },
  level: 'county',
  unit: { id: '329921', label: '湖滨县' },
  sanction: 'yellow_card',
  sanctionLabel: '黄牌',
  ruleId: 'yellow',
  reasons: [
    { code: 'HIGHEST_LOSS_RATE', text: '2025年第3季度败诉率 28.57%（4/14），在审结 5 件以上的 6 个单位中最高' },
  ],
  losses: 4,
  concluded: 14,
  rateDisplay: '28.57%',
  rulesVersion: 0,
  definitionVersion: 0,
  status: 'proposed',
  statusLabel: '待确认',
  decisionReason: null,
  decidedByName: null,
  decidedAt: null,
  version: 2,
  createdAt: '2025-10-09T01:00:00.000Z',
  notice: '/api/v1/cards/card-1/notice.docx',
};

describe('排名', () => {
  it('lists a unit below the minimum as not ranked, each rate with its interval', async () => {
    fakeServer((req) => (req.path.startsWith('/indicators/rankings?') ? { body: rankings } : undefined));
    renderScreen(<RankingCard />, { user });
    const table = await screen.findByTestId('ranking-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('湖滨县');
    expect(rows[0]!.textContent).toContain('7.31%–38.52%');
    expect(rows[1]!.textContent).toContain('不排名：案件少于 5 件');
    expect(rows[1]!.textContent).toContain('9.45%–90.55%');
  });

  it('the counts open the unit’s cases: numerator and denominator lists with an exact total', async () => {
    fakeServer((req) => (req.path.startsWith('/indicators/rankings?') ? { body: rankings } : undefined));
    renderScreen(<RankingCard />, { user });
    const table = await screen.findByTestId('ranking-table');
    const row = within(table).getAllByRole('row')[1]!;
    const href = (name: string) => new URL(within(row).getByRole('link', { name }).getAttribute('href')!, 'http://x');
    for (const [name, part] of [
      ['4', 'numerator'],
      ['22', 'denominator'],
    ] as const) {
      const url = href(name);
      expect(url.pathname).toBe('/cases');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        indicator: 'loss_rate',
        indicatorPart: part,
        indicatorFrom: '2026-07-01',
        indicatorTo: '2026-09-30',
        indicatorVersion: '3',
        regionCode: '329921',
        exactTotal: 'true',
      });
    }
  });
});

describe('排名 as .xlsx', () => {
  it('downloads the table as shown: rank, unit, rate, counts, interval and the not-ranked note', async () => {
    fakeServer((req) => (req.path.startsWith('/indicators/rankings?') ? { body: rankings } : undefined));
    // The browser's download: the file's bytes are caught where the page hands them to the browser.
    const files: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      files.push(b as Blob);
      return 'blob:x';
    };
    URL.revokeObjectURL = () => {};
    onTestFinished(() => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    });
    renderScreen(<RankingCard />, { user });
    await screen.findByTestId('ranking-table');
    fireEvent.click(screen.getByTestId('ranking-export'));
    await waitFor(() => expect(files).toHaveLength(1));
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(files[0]!);
    });
    await book.xlsx.load(bytes);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['排名（一审败诉率，2026年第3季度）']);
    expect(rows[1]).toEqual(['名次', '单位', '一审败诉率', '分子', '分母', '95% 区间', '说明']);
    expect(rows[2]).toEqual([1, '湖滨县', '18.18%', 4, 22, '7.31%–38.52%', '']);
    expect(rows[3]).toEqual(['—', '山南县', '50.00%', 1, 2, '9.45%–90.55%', '不排名：案件少于 5 件']);
  });
});

describe('红黄牌', () => {
  it('rejects only with a reason, sent with the version shown', async () => {
    const server = fakeServer((req) => {
      if (req.path === '/cards') return { body: { items: [card] } };
      if (req.method === 'POST') return { body: { ...card, status: 'rejected', statusLabel: '已驳回', version: 3 } };
      return undefined;
    });
    renderScreen(<CardsPanel canDecide />, { user });
    const item = await screen.findByTestId('card-item');
    fireEvent.click(within(item).getByRole('button', { name: /^驳\s*回$/ }));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog).getByRole('button', { name: /^驳\s*回$/ });
    expect(ok.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '系列案，另行处理' } });
    fireEvent.click(ok);
    await waitFor(() =>
      expect(server.writes()).toEqual([
        { method: 'POST', path: '/cards/card-1/reject', body: { version: 2, reason: '系列案，另行处理' } },
      ]),
    );
  });

  it('shows no decision buttons to a reader', async () => {
    fakeServer((req) => (req.path === '/cards' ? { body: { items: [card] } } : undefined));
    renderScreen(<CardsPanel canDecide={false} />, { user: { ...user, permissions: ['card.read'] } });
    const item = await screen.findByTestId('card-item');
    expect(within(item).queryByRole('button', { name: /^确\s*认$/ })).toBeNull();
    expect(within(item).getByTestId('card-notice').getAttribute('href')).toBe('/api/v1/cards/card-1/notice.docx');
  });
});
