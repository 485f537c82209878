// /api/audit: the append-only log, newest first, paged by id.
import { z } from 'zod';

export const auditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  /** The `nextCursor` of the previous page: the entries before it (as `beforeId`, opaque to clients). */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
