// 催报 (send) and 知道了 (mark read): both refresh 待我处理.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { workApi, type ReminderRequest } from '../../workbench/api/work-api.ts';

export function useSendReminders() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderRequest) => workApi.remind(body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['work-waiting'] }),
  });
}

export function useMarkReminderRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => workApi.markRead(id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['work-waiting'] }),
  });
}
