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

/** A cover line that can be a piece of a unit's name: words only, no figure, no punctuation of a sentence. */
const NAME_PIECE = /^[\p{Script=Han}（）()]{2,30}$/u;

/**
 * The department a cover prints on its own lines above a title that names only the year and the package
 * (上海市普陀区生态环境局 / 2025 年度部门决算; a long name wrapped over two lines, 上海市普陀区人民政府 /
 * 宜川路街道办事处): the lines right above the title, joined, when they end as a unit's name does (fresh/646).
 */
export function coverDepartment(
  rows: readonly Row[],
  title: string,
  isUnit: (name: string) => boolean,
): string | null {
  const at = rows.findIndex((r) => !r.table && r.cells.some((c) => oneLine(c).trim() === title.trim()));
  if (at <= 0) return null;
  const pieces: string[] = [];
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const r = rows[k]!;
    const text = r.cells.map((c) => oneLine(c).trim()).filter((c) => c !== '');
    if (r.table || text.length !== 1 || !NAME_PIECE.test(text[0]!)) break;
    pieces.unshift(text[0]!);
  }
  // The longest run of lines ending at the title that reads as a unit's name.
  for (let n = pieces.length; n >= 1; n--) {
    const name = pieces.slice(pieces.length - n).join('');
    if (name.length <= 40 && isUnit(name)) return name;
  }
  return null;
}
