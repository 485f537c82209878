// /api/forms/:id/export/:format and the public downloads.
import { z } from 'zod';

export const formExportParams = z.object({
  id: z.uuid(),
  format: z.enum(['xlsx', 'docx', 'pdf'], { message: '下载格式须为 xlsx、docx 或 pdf' }),
});
export const publicExportParams = z.object({
  id: z.uuid(),
  format: z.enum(['xlsx', 'pdf', 'csv'], { message: '下载格式须为 xlsx、pdf 或 csv' }),
});
/** A self-evaluation's or monitoring table's download (xlsx when not said). */
export const evaluationFormats = ['xlsx', 'docx', 'pdf'] as const;
export type EvaluationFormat = (typeof evaluationFormats)[number];
export const evaluationExportQuery = z.object({ format: z.enum(evaluationFormats).default('xlsx') });
