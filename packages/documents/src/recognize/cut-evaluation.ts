// Whether a document stops inside a 自评表's indicator table (the stored copy of a web page ends after its
// first thousand characters or so). What lies past the cut — the last rows, the 总分 row — is not there to
// be judged, so the rules that report something missing or a total over the rows must not judge it (the
// document is marked `cutOff`); the arithmetic of the rows that are there still runs.
// A table is closed by its 总分 / 合计 row, its grade, a signature block or a footer; a copy that runs from the
// indicator header to its end without any of them was cut inside the table.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { endsTableAsFooter } from './signature-blocks.ts';

/** The indicator table's header, in a cell or run together with the rest of the row (一级指标二级指标…). */
const HEADER = /(一级指标|二级指标|三级指标|指标名称)/;
/** What closes a 自评表 after its rows: the total, the grade, the signatures (run-together text included). */
const CLOSING =
  /(总分|合计|总得分|自评等级|绩效等级|评价等级|填报人|填表人|联系人|负责人|签字|盖章|注[:：]|备注)/;

/** True when the rows (the 自评表's, running to the end of the document) stop before its table does. */
export function endsInsideEvaluation(rows: readonly Row[]): boolean {
  const texts = rows.map((r) => labelKey(r.cells.join('')));
  let start = -1;
  let at = 0;
  for (let i = 0; i < texts.length && start < 0; i++) {
    const m = HEADER.exec(texts[i]!);
    if (m) [start, at] = [i, m.index];
  }
  // No indicator table at all: nothing was judged row by row, and the head alone is no sign of a cut.
  if (start < 0) return false;
  if (rows.slice(start).some((r) => endsTableAsFooter(r))) return false;
  const after = [texts[start]!.slice(at), ...texts.slice(start + 1)];
  return !after.some((t) => CLOSING.test(t));
}
