// The batch workflow call: one action and one opinion for a selection, answered form by form.
import { http } from '../../../api/http.ts';
import type { WorkflowAction } from './review-api.ts';

export interface BatchItem {
  formId: string;
  name: string | null;
  outcome: 'done' | 'skipped';
  status: string | null;
  code?: string;
  message?: string;
}

export interface BatchResult {
  action: WorkflowAction;
  done: number;
  skipped: number;
  items: BatchItem[];
}

export const batchApi = {
  run: (body: { action: WorkflowAction; formIds: string[]; opinion?: string }) =>
    http.post<BatchResult>('/workflow/batch', body),
};
