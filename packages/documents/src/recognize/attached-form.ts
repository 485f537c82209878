// A notice that names a form as its attachment (附件:…绩效目标表, 附件 1.…分配表 / 2.…绩效目标表) or as what it
// publishes (现将…文件及绩效目标表进行公示, 公示《…绩效目标表》), copied without that attachment: the page holds the
// notice, the form is a file of its own. Nothing is read from it, but the reason given when nothing is found can
// say the form is an attachment the text does not hold, rather than that no form was recognised.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** A budget-performance form as a notice names it: 绩效目标(申报/审核/批复)表, 绩效自评表, 绩效(运行)监控表. */
const FORM_NAME = /绩效目标(?:申报|审核|批复|设定)?表|绩效(?:自评|运行监控|监控)表/;

/** Words that make a mention an attachment or a publication: 附件, 附表, 公示, 《…》 quoting a document's title. */
const ATTACHED = /附件|附表|公示/;

/** Rows before a mention that may hold its 附件 heading (附件 1.… on one line, 2.…绩效目标表 on the next). */
const LIST_REACH = 4;

/** Rows looked at: a mention far into a long document is no reason about its first page. */
const MAX_ROWS = 200;

/** The form a notice names as its attachment or publication (inside longer text), or null. */
export function attachedFormName(rows: readonly Row[]): string | null {
  const keys = rows.slice(0, MAX_ROWS).map((r) => r.cells.map(labelKey).join(' '));
  for (let i = 0; i < keys.length; i++) {
    for (const cell of rows[i]!.cells) {
      const text = cell.replace(/\s+/g, '');
      const m = FORM_NAME.exec(text);
      if (!m) continue;
      // Inside 《…》: the last 《 before the name is not closed before it, and a 》 follows (linear, whatever the cell).
      const open = text.lastIndexOf('《', m.index);
      const quoted = open >= 0 && text.lastIndexOf('》', m.index) < open && text.indexOf('》', m.index) > 0;
      // A line that ends in the form's name is its title (…项目支出绩效目标表): a form stands there, this is not
      // about it — unless it is an item of a list (附件 2. …, 2.…) or a quoted document's title.
      const listed = /^(?:附件|附表|\d{1,2}[.、．])/.test(text);
      if (text.endsWith(m[0]) && !listed && !quoted) continue;
      const near = keys.slice(Math.max(0, i - LIST_REACH), i + 1).some((k) => ATTACHED.test(k));
      if (quoted || near) return m[0];
    }
  }
  return null;
}
