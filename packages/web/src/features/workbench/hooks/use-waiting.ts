// 待我处理 of the signed-in role for the chosen year, or every year (every kind of waiting work, from the server).
import { useQuery } from '@tanstack/react-query';
import { workApi } from '../api/work-api.ts';

export function useWaiting(year: number | null, enabled = true) {
  return useQuery({ queryKey: ['work-waiting', year], queryFn: () => workApi.waiting(year), enabled });
}
