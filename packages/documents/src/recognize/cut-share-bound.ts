// A figure in per cent cut out of a run of digits (15100%15100% under 分值 | 完成值 | 得分 | 目标值): a target or an
// actual of more than a thousand per cent is no figure a form prints — rates run to 100%, a growth to a few
// hundred — so where the digits before it could be the row's points, the cut that gives them the digits wins
// (15 | 100%, not 1 | 5100%). Only cut pieces: a figure printed whole as 1200% is read as it stands.
import { partsOf } from './evaluation-atoms.ts';

/** Over this many per cent a cut piece is taken for a wrong cut. */
const MOST_PER_CENT = 1000;

/** What a cut piece costs as a target or an actual for its share: 1 over a thousand per cent, else 0. */
export function cutShareCost(text: string): number {
  const { number, unit } = partsOf(text);
  return /^[%％]$/.test(unit) && Number(number) > MOST_PER_CENT ? 1 : 0;
}
