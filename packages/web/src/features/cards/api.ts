/** The rankings (GET /indicators/rankings) and the cards (GET /cards, confirm, reject) for the workbench (issue 14). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type Rankings = ApiResponse<'/api/v1/indicators/rankings', 'get'>;
export type RankedUnit = Rankings['units'][number];
export type CardList = ApiResponse<'/api/v1/cards', 'get'>;
export type CardItem = CardList['items'][number];
type RejectBody = ApiBody<'/api/v1/cards/{id}/reject', 'post'>;

export function useRankings(q: { from: string; to: string; level: 'county' | 'agency' }) {
  const query = new URLSearchParams({ ...q, indicator: 'loss_rate' });
  return useQuery({
    queryKey: ['indicators', 'rankings', query.toString()],
    queryFn: ({ signal }) => api.get<Rankings>(`/indicators/rankings?${query}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCards(unit?: string, enabled = true) {
  const q = unit ? `?unit=${encodeURIComponent(unit)}` : '';
  return useQuery({
    queryKey: ['cards', 'list', unit ?? ''],
    queryFn: ({ signal }) => api.get<CardList>(`/cards${q}`, { signal }),
    enabled,
    staleTime: 60_000,
  });
}

export function useDecideCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: { card: CardItem; action: 'confirm' | 'reject'; reason?: string }) =>
      api.post<CardItem>(
        `/cards/${d.card.id}/${d.action}`,
        d.action === 'reject'
          ? ({ version: d.card.version, reason: d.reason ?? '' } satisfies RejectBody)
          : { version: d.card.version },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cards'] }),
  });
}

/** The last quarter that has ended by `today` (China date) and the three before it, newest first. */
export function endedQuarters(today: string, n = 4): { from: string; to: string; label: string }[] {
  let y = Number(today.slice(0, 4));
  let q = Math.ceil(Number(today.slice(5, 7)) / 3) - 1;
  const out = [];
  for (let i = 0; i < n; i++) {
    if (q === 0) {
      y -= 1;
      q = 4;
    }
    const m = (q - 1) * 3 + 1;
    const end = new Date(Date.UTC(y, m + 2, 0)).toISOString().slice(0, 10);
    out.push({ from: `${y}-${String(m).padStart(2, '0')}-01`, to: end, label: `${y} Q${q}` });
    q -= 1;
  }
  return out;
}
