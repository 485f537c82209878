// A target form's title that stands inside running text (…上报时间:2013年4月25日10项目绩效目标表项目名称:…): a
// copy from a web page or a library's preview that ran the form into the words around it. No form is read from
// it, but the reason given when nothing is found can say which form the text holds.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** A target form's title as templates word it: 项目(支出)绩效目标(申报/审核/批复)表, 部门整体(支出)绩效目标表. */
const TARGET_TITLE = /(项目支出|项目|部门整体支出|部门整体|整体支出)绩效目标(申报|审核|批复)?表/;

/** Rows looked at: a mention far into a long document is no reason about its first form. */
const MAX_ROWS = 200;

/** The first target form's title that some row mentions inside longer text, or null. */
export function mentionedTargetTitle(rows: readonly Row[]): string | null {
  for (const r of rows.slice(0, MAX_ROWS))
    for (const cell of r.cells) {
      const key = labelKey(cell);
      const m = TARGET_TITLE.exec(key);
      // A cell that is the title and nothing more is a title row: the segmenter saw it, this is not about it.
      if (m && key.length > m[0].length) return m[0];
    }
  return null;
}
