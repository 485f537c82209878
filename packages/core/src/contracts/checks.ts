// /api/checks: run the rules over forms sent or stored.
import { z } from 'zod';
import { storableFormSchema } from './forms.ts';

export const checkBody = z.object({ forms: z.array(storableFormSchema).min(1).max(100) });
