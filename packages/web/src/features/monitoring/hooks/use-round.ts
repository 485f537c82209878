// One round (its progress and steps), and its entries the user may see, read page by page.
import { useQuery } from '@tanstack/react-query';
import type { RoundEntriesQuery } from '@jixiao/core/contracts';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { monitoringApi } from '../api/monitoring-api.ts';

export function useRound(id: string | null) {
  return useQuery({
    queryKey: ['monitoring-round', id],
    queryFn: () => monitoringApi.round(id!),
    enabled: id !== null,
  });
}

/** Under the round's key, so that whatever refreshes the round (a save, a close) refreshes its pages too. */
export function useRoundEntries(id: string | null, status?: RoundEntriesQuery['status'], enabled = true) {
  return useCursorList(
    ['monitoring-round', id, 'entries', status ?? 'all'],
    (cursor) => monitoringApi.roundEntries(id!, cursor, status),
    enabled && id !== null,
  );
}
