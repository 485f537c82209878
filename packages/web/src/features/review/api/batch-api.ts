// The batch workflow call: one action and one opinion for a selection, answered form by form.
import type { BatchRequest, BatchResponse } from '@jixiao/core/contracts';
import { http } from '../../../api/http.ts';

export type { BatchItem, BatchResponse as BatchResult } from '@jixiao/core/contracts';

export const batchApi = {
  run: (body: BatchRequest) => http.post<BatchResponse>('/workflow/batch', body),
};
