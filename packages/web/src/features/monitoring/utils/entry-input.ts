// The editable state of a monitoring table: the stored entry as the strings a unit types, and back to the
// save body. Pure, so the page keeps no logic of its own.
import type { EntryInput, EntryRowInput } from '../api/monitoring-api.ts';

/** The stored entry as the strings a unit types (one function with the server's imports). */
export { monitoringInputOf as inputFromEntry } from '@jixiao/core/contracts';

/** One row changed; the others kept. */
export function withRow(input: EntryInput, index: number, change: Partial<EntryRowInput>): EntryInput {
  return { ...input, indicators: input.indicators.map((r, i) => (i === index ? { ...r, ...change } : r)) };
}
