// A name that closes on the figure it sets (…一户年最高5300元), its target after it stating the same figure with a sign
// and a fuller unit (≤5300元/户): the target restates the name's figure, so the figure ends the name — as where the
// target repeats it letter for letter (医疗收入达到5亿元 | 5亿元, evaluation-fused.ts).
import { type Atom, partsOf } from './evaluation-atoms.ts';

/** Whether `next` states the figure of `last` again: the same number, a sign before it or a unit that goes on. */
export function restatesFigure(last: Atom, next: Atom | undefined): boolean {
  if (last.kind !== 'value' || next?.kind !== 'value') return false;
  const a = partsOf(last.text);
  const b = partsOf(next.text);
  if (a.number === '' || a.op !== '' || a.unit === '' || Number(a.number) !== Number(b.number)) return false;
  // (A unit per a base, 元 → 元/户, goes on; another unit, 元 → 万元, is another figure.)
  const unitGoesOn =
    b.unit === a.unit || (b.unit.startsWith(a.unit) && /^[/·]/u.test(b.unit.slice(a.unit.length)));
  return unitGoesOn && (b.op !== '' || b.unit !== a.unit);
}
