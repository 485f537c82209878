// 经济效益指标 项目区粮食亩均增产: in a row a copy cut at its wide gaps (Row.gapless, the text reader's and
// spaced-rows.ts's), a level's name too long for its column touches the indicator's name by one space, and the two
// came out as one cell. Parted here, before the cells are cleaned (which joins Han words across a space). Cells of
// tables read whole keep a level and a name together where a template writes them so.
import type { Row } from '../rows/row.ts';
import { isLevelName } from './level-names.ts';

/** A level name, one space, then words opening with a Han character: the two cells they were. */
const TOUCHING = /^(\S{4,}) (\p{Script=Han}\S*)$/u;

/** The rows with each gapless row's cells that hold a level name touching a name parted in two. */
export function partLevelsTouchingNames(rows: Row[]): Row[] {
  return rows.map((row) => {
    if (!row.gapless || !row.cells.some((c) => c.includes(' '))) return row;
    const cells = row.cells.flatMap(levelAndName);
    return cells.length === row.cells.length ? row : { ...row, cells };
  });
}

function levelAndName(cell: string): string[] {
  const m = TOUCHING.exec(cell.trim());
  // 社会效益 指标: one level name a copy spaced in two, not a level and a name.
  if (!m || isLevelName(m[1]!) === null || isLevelName(m[2]!) !== null || isLevelName(m[1]! + m[2]!) !== null)
    return [cell];
  return [m[1]!, m[2]!];
}
