/** 建议、典型案例、培训与旁听 (issue 17): suggestions to answer, the typical-case library, trainings. Types from the server's OpenAPI. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../app/api/client.js';
import type { ApiBody, ApiResponse } from '../../app/api/contract.js';

export type SuggestionList = ApiResponse<'/api/v1/suggestions', 'get'>;
export type SuggestionListItem = SuggestionList['items'][number];
export type Suggestion = ApiResponse<'/api/v1/suggestions/{id}', 'get'>;
export type SuggestionKinds = ApiResponse<'/api/v1/suggestions/kinds', 'get'>;
export type SuggestionFigures = ApiResponse<'/api/v1/suggestions/figures', 'get'>;
export type CreateSuggestionBody = ApiBody<'/api/v1/suggestions', 'post'>;
export type AnswerBody = ApiBody<'/api/v1/suggestions/{id}/answer', 'post'>;
export type TypicalList = ApiResponse<'/api/v1/typical-cases', 'get'>;
export type TypicalCase = TypicalList['items'][number];
export type TypicalCreateBody = ApiBody<'/api/v1/typical-cases', 'post'>;
export type TypicalUpdateBody = ApiBody<'/api/v1/typical-cases/{id}', 'patch'>;
export type TrainingList = ApiResponse<'/api/v1/trainings', 'get'>;
export type Training = TrainingList['items'][number];
export type TrainingBody = ApiBody<'/api/v1/trainings', 'post'>;
export type Coverage = ApiResponse<'/api/v1/trainings/coverage', 'get'>;

const enc = encodeURIComponent;
const KEY = ['suggestions'] as const;
const TYPICAL = ['typical-cases'] as const;
const TRAININGS = ['trainings'] as const;

export const useSuggestions = () =>
  useQuery({ queryKey: [...KEY, 'list'], queryFn: () => api.get<SuggestionList>('/suggestions') });
export const useSuggestion = (id: string) =>
  useQuery({ queryKey: [...KEY, 'item', id], queryFn: () => api.get<Suggestion>(`/suggestions/${enc(id)}`) });
export const useSuggestionKinds = () =>
  useQuery({ queryKey: [...KEY, 'kinds'], queryFn: () => api.get<SuggestionKinds>('/suggestions/kinds') });
export const useSuggestionFigures = (year: number) =>
  useQuery({
    queryKey: [...KEY, 'figures', year],
    queryFn: () => api.get<SuggestionFigures>(`/suggestions/figures?year=${year}`),
  });

function useSuggestionChange<B>(send: (body: B) => Promise<Suggestion>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (s) => qc.setQueryData([...KEY, 'item', s.id], s),
    onSettled: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export const useCreateSuggestion = () =>
  useSuggestionChange((b: CreateSuggestionBody) => api.post<Suggestion>('/suggestions', b));
export const useAnswerSuggestion = (id: string) =>
  useSuggestionChange((b: AnswerBody) => api.post<Suggestion>(`/suggestions/${enc(id)}/answer`, b));

/** A file for a suggestion: the document (coordinators) or the reply (the agency). */
export const useUploadSuggestionFile = (id: string) =>
  useSuggestionChange(({ file, purpose }: { file: File; purpose: 'document' | 'reply' }) =>
    api.upload<Suggestion>(`/suggestions/${enc(id)}/files?purpose=${purpose}`, file, file.name),
  );

export const suggestionFileUrl = (id: string, fileId: string) =>
  `${API_BASE}/suggestions/${enc(id)}/files/${enc(fileId)}`;

export const useTypicalCases = (year?: number) =>
  useQuery({
    queryKey: [...TYPICAL, year ?? 'all'],
    queryFn: () => api.get<TypicalList>(year ? `/typical-cases?year=${year}` : '/typical-cases'),
  });
export const useCreateTypicalCase = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: TypicalCreateBody) => api.post<TypicalCase>('/typical-cases', b),
    onSettled: () => qc.invalidateQueries({ queryKey: TYPICAL }),
  });
};
export const useUpdateTypicalCase = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...b }: TypicalUpdateBody & { id: string }) =>
      api.patch<TypicalCase>(`/typical-cases/${enc(id)}`, b),
    onSettled: () => qc.invalidateQueries({ queryKey: TYPICAL }),
  });
};
export const compilationUrl = (year: number) => `${API_BASE}/typical-cases/compilation.docx?year=${year}`;

export const useTrainings = (year: number) =>
  useQuery({ queryKey: [...TRAININGS, 'list', year], queryFn: () => api.get<TrainingList>(`/trainings?year=${year}`) });
export const useCoverage = (year: number) =>
  useQuery({
    queryKey: [...TRAININGS, 'coverage', year],
    queryFn: () => api.get<Coverage>(`/trainings/coverage?year=${year}`),
  });
export const useCreateTraining = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: TrainingBody) => api.post<Training>('/trainings', b),
    onSettled: () => qc.invalidateQueries({ queryKey: TRAININGS }),
  });
};
