// The count a 自评表 row's name closes on (配套电力设施…变压器3台, 培训农民50人次): the name states the target it
// sets, so the bare figure among the row's cells that repeats it is that target, not its points.
import { partsOf } from './evaluation-atoms.ts';
import { isUnitText } from './unit-gloss.ts';

/** A figure and a measure word closing a name (…3台), after words: not a figure the name opens with. */
const CLOSING_COUNT = /\p{Script=Han}[^\d]*?(\d+(?:\.\d+)?)(\p{Script=Han}{1,3})$/u;

/** The count a name closes on (its figure and measure word), or undefined where it closes on none. */
export function statedCount(name: string): { number: string; unit: string } | undefined {
  const m = CLOSING_COUNT.exec(name);
  if (!m || !isUnitText(m[2]!)) return undefined;
  return { number: m[1]!, unit: m[2]! };
}

/** Whether a target repeats the count its name states: the same figure, bare or with the same measure word. */
export function repeatsStatedCount(target: string, stated: { number: string; unit: string }): boolean {
  const t = partsOf(target);
  return (
    t.number !== '' && Number(t.number) === Number(stated.number) && (t.unit === '' || t.unit === stated.unit)
  );
}

/**
 * Whether a count (3台) is followed, glued, by a run of bare figures that opens or closes with its digits (9.33: 权重
 * 9.3 and the target 3 run together): the count closes a name that states it, the run printing it again.
 */
export function countRepeatedInRun(
  count: { kind: string; text: string },
  run: { kind: string; text: string; glued?: boolean } | undefined,
): boolean {
  if (count.kind !== 'value' || run?.kind !== 'value' || run.glued !== true) return false;
  const c = partsOf(count.text);
  const r = partsOf(run.text);
  if (c.op !== '' || !/^\d+$/.test(c.number) || !isUnitText(c.unit) || !/^\p{Script=Han}+$/u.test(c.unit))
    return false;
  if (r.op !== '' || r.unit !== '' || r.number.length <= c.number.length) return false;
  return r.number.endsWith(c.number) || r.number.startsWith(c.number);
}
