// Rows of a target table run together, two of them judged alike (为生态环境保护提供支撑 | 正面支撑 … 为全市经济发展
// 保驾护航正面支撑): where one row's worded target was cut from its name, another row left without a target whose name
// closes on the same words holds that target too. A table's rows repeat their worded targets (正面支撑, 有效保障, 明显
// 提升), so words the table already holds as a target are the likeliest end of a name left whole.
import type { Row } from '../rows/row.ts';

/** A worded target another row may close on: words only, two to eight characters. */
const WORDED_TARGET = /^\p{Script=Han}{2,8}$/u;
/** Words enough to name an indicator: four characters at least, the last a Han character. */
const NAMES_ENOUGH = /^.{3,}\p{Script=Han}$/u;

/**
 * The rows (cells at `nameAt` and `valueAt`) with a target cut off the end of a name, where the row has no target
 * and its name closes on a worded target another row holds, words enough for a name before it (the longest such).
 */
export function cutRepeatedWordedTargets(rows: readonly Row[], h: { nameAt: number; valueAt: number }): void {
  const targets = [
    ...new Set(rows.map((r) => (r.cells[h.valueAt] ?? '').trim()).filter((v) => WORDED_TARGET.test(v))),
  ].sort((a, b) => b.length - a.length);
  if (targets.length === 0) return;
  for (const r of rows) {
    const name = r.cells[h.nameAt] ?? '';
    if ((r.cells[h.valueAt] ?? '').trim() !== '') continue;
    const target = targets.find((t) => name.endsWith(t) && NAMES_ENOUGH.test(name.slice(0, -t.length)));
    if (target === undefined) continue;
    r.cells[h.nameAt] = name.slice(0, -target.length);
    r.cells[h.valueAt] = target;
  }
}
