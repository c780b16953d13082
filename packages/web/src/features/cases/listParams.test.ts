import { describe, expect, it } from 'vitest';
import { parseListState, serverQuery, toSearch, withFilter } from './listParams.js';

describe('case list URL state', () => {
  it('reads filters, sort and page from the URL and ignores junk', () => {
    const s = parseListState(new URLSearchParams('year=2025&status=registered,concluded&sort=bogus&page=-3&foo=1'));
    expect(s).toEqual({
      filters: { year: '2025', status: 'registered,concluded' },
      sort: 'filedDate',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
  });

  it('round-trips through the URL without default values', () => {
    const s = parseListState(new URLSearchParams('q=张&sort=caseNumber&order=asc&page=3&pageSize=50'));
    expect(toSearch(s).toString()).toBe('q=%E5%BC%A0&sort=caseNumber&order=asc&page=3&pageSize=50');
    expect(toSearch(parseListState(new URLSearchParams())).toString()).toBe('');
  });

  it('sends sort and paging explicitly to the server', () => {
    expect(serverQuery(parseListState(new URLSearchParams('year=2026')))).toBe(
      'year=2026&sort=filedDate&order=desc&page=1&pageSize=20',
    );
  });

  it('goes back to page 1 when a filter changes and drops empty filters', () => {
    const s = parseListState(new URLSearchParams('year=2026&page=4'));
    expect(withFilter(s, 'kind', ['litigation', 'dispute'])).toMatchObject({
      filters: { year: '2026', kind: 'litigation,dispute' },
      page: 1,
    });
    expect(withFilter(s, 'year', undefined).filters).toEqual({});
  });
});

describe('a figure clicked on the workbench', () => {
  it('keeps the indicator filter and the exact total, and sends them on to the server', () => {
    const link =
      'indicator=loss_rate&indicatorPart=numerator&indicatorFrom=2025-07-01&indicatorTo=2025-09-30&indicatorVersion=3&exactTotal=true';
    const s = parseListState(new URLSearchParams(link));
    expect(s.filters).toEqual({
      indicator: 'loss_rate',
      indicatorPart: 'numerator',
      indicatorFrom: '2025-07-01',
      indicatorTo: '2025-09-30',
      indicatorVersion: '3',
      exactTotal: 'true',
    });
    const sent = new URLSearchParams(serverQuery(s));
    for (const [k, v] of new URLSearchParams(link)) expect(sent.get(k)).toBe(v);
  });
});

describe('stale links', () => {
  it('drops values of multi-valued filters that the server does not know, keeps the rest', () => {
    const known = { status: ['registered', 'in_progress', 'concluded'], kind: ['litigation'] };
    const state = parseListState(new URLSearchParams('status=open,in_progress&kind=lawsuit&year=2025'), known);
    expect(state.filters).toEqual({ status: 'in_progress', year: '2025' });
  });

  it('without the enums, keeps the values as they are', () => {
    expect(parseListState(new URLSearchParams('status=open')).filters).toEqual({ status: 'open' });
  });
});
