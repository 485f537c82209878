// /api/public: what anyone may read — published forms.
import { z } from 'zod';
import { formKinds } from './forms.ts';

export const publicListQuery = z.object({
  year: z.coerce.number().int().optional(),
  kind: z.enum(formKinds).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  /** The `nextCursor` of the previous page (keyset pagination, any depth; offset ignored). */
  cursor: z.string().max(200).optional(),
});
