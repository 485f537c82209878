// The monitoring rounds the user takes part in (finance: all).
import { useQuery } from '@tanstack/react-query';
import { monitoringApi } from '../api/monitoring-api.ts';

export function useRounds() {
  return useQuery({ queryKey: ['monitoring-rounds'], queryFn: monitoringApi.rounds });
}
