// The department a package's own label names: a 部门预算's cover prints 预算主管部门：X under a title that names only
// the place (上海市普陀区2026年区级部门预算), and each table prints 编制部门：X (or 编制单位：X, 预算单位：X for a unit's
// own budget). The first such label names who publishes the package (fresh/641–643).
import type { Row } from '../rows/row.ts';
import { oneLine } from '../rows/clean-cell.ts';

/** 预算主管部门：X, 主管部门：X, 预算单位：X, 编制部门：X, 编制单位：X — the name up to the next space or tab. */
const LABEL = /^(?:预算主管部门|主管预算部门|预算单位|编制部门|编制单位)\s*[:：]\s*([^\s:：|]{4,40})/u;

/** 本级 / 汇总 after the name say which accounts the package covers, not who the department is. */
const SCOPE = /[（(](?:部门|单位)?(?:本级|汇总)[)）]$/u;

/** The name the first department label of the rows gives, or null. */
export function labelledDepartment(rows: readonly Row[]): string | null {
  for (const row of rows) {
    for (const cell of row.cells) {
      const m = LABEL.exec(oneLine(cell).trim());
      if (m) return m[1]!.replace(SCOPE, '');
    }
  }
  return null;
}
