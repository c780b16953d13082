/** The notification centre (/notifications) and the delivery table (/notifications/deliveries). Types from the server's OpenAPI. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

export type Inbox = ApiResponse<'/api/v1/notifications', 'get'>;
export type NotificationItem = Inbox['items'][number];
export type Deliveries = ApiResponse<'/api/v1/notifications/deliveries', 'get'>;
export type DeliveryItem = Deliveries['items'][number];
export type DeliveryStatus = DeliveryItem['status'];

/** How often the bell asks for news (a minute: reminders are daily, resends rare). */
const POLL_MS = 60_000;

export const useInbox = (page: number, pageSize: number, unreadOnly = false, poll = false) =>
  useQuery({
    queryKey: ['notifications', page, pageSize, unreadOnly],
    queryFn: () => api.get<Inbox>(`/notifications?page=${page}&pageSize=${pageSize}&unreadOnly=${unreadOnly}`),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? POLL_MS : false,
  });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ unread: number }>(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ unread: number; marked: number }>('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export const useDeliveries = (page: number, status: DeliveryStatus | undefined) =>
  useQuery({
    queryKey: ['notification-deliveries', page, status ?? ''],
    queryFn: () =>
      api.get<Deliveries>(`/notifications/deliveries?page=${page}&pageSize=20${status ? `&status=${status}` : ''}`),
    placeholderData: keepPreviousData,
  });

export function useResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ id: string }>(`/notifications/deliveries/${id}/resend`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notification-deliveries'] }),
  });
}
