// A published list of target forms headed 单位代码 | 单位（专项）名称 | 资金总额 | 实施期 | 绩效目标 | 绩效指标 …, copied
// without cell borders: under the head a line of the unit's code, its name and its total (505006某学校30.00), then
// a line of each of its projects — the unit's code again, the project's name and amount (505006 学生伙食费30.00) —
// over the project's indicator rows. The column names the unit or the project by the row: the first coded line is
// the unit's, each later line repeating its code a project's. Written again as the label rows a form prints
// (单位名称 | …, 项目名称 | …, 资金总额 | …), in their place; nothing else changes.
import type { Row } from '../rows/row.ts';
import { lexiconKey } from './lexicon.ts';

/** The head of such a list: a unit code, a 名称 column and an amount column, run together in one line. */
const LIST_HEAD = /单位代码.{0,6}名称.{0,4}(资金总额|金额|预算数)/;
/** A coded line: the code, the name, the amount at the end. */
const CODED = /^[ \u3000\t]*(\d{3,12})[ \u3000\t]*([^\d\s][^\t]*?)[ \u3000\t]*(\d+(?:\.\d+)?)[ \u3000\t]*$/;
/** Lines after the head a coded line may stand at (the indicator table's own heading lines come between). */
const HEAD_REACH = 4;

const soleText = (r: Row): string | null => {
  const filled = r.cells.filter((c) => c.trim() !== '');
  return filled.length === 1 ? filled[0]! : null;
};

/** The rows with a coded list's unit and project lines written as label rows. */
export function readCodedListRows(rows: Row[]): Row[] {
  // Keying only drops characters, so a head (单位代码 …) keeps its 码: without one anywhere there is no list, and
  // the rows are not keyed one by one.
  if (!rows.some((r) => r.cells.some((c) => c.includes('码')))) return rows;
  const head = rows.findIndex((r) => {
    const t = soleText(r);
    return t !== null && LIST_HEAD.test(lexiconKey(t));
  });
  if (head < 0) return readCelledCodedList(rows);
  const first = rows.slice(head + 1, head + 1 + HEAD_REACH).findIndex((r) => CODED.test(soleText(r) ?? ''));
  if (first < 0) return rows;
  const unitAt = head + 1 + first;
  const [, code, unit] = CODED.exec(soleText(rows[unitAt]!)!)!;
  const label = (r: Row, cells: string[]): Row => ({ ...r, cells, table: true });
  const labelled = (r: Row, m: RegExpExecArray) => [
    label(r, ['项目名称', m[2]!.trim()]),
    label(r, ['资金总额', m[3]!]),
  ];
  // The unit and its first project head the form, above the list's head and the indicator table's (their rows
  // read as one run under it); a later project's lines stay where they stand, opening its own form.
  const lead: Row[] = [label(rows[unitAt]!, ['单位名称', unit!.trim()])];
  const out: Row[] = [];
  for (const [i, r] of rows.entries()) {
    if (i === unitAt) continue;
    const m = i > unitAt ? CODED.exec(soleText(r) ?? '') : null;
    if (!m || m[1] !== code) out.push(r);
    else if (lead.length === 1) lead.push(...labelled(r, m));
    else out.push(...labelled(r, m));
  }
  if (lead.length === 1) return rows;
  out.splice(head, 0, ...lead);
  return out;
}

/** A code, an amount as the list prints them in cells of their own. */
const CODE = /^\d{3,12}$/;
const AMOUNT = /^\d+(?:\.\d+)?$/;

/**
 * The same list as a table of cells (a saved page, a sheet, a document): the head a row whose cells name the code,
 * the 名称 and the amount columns; the unit's row and each project's row hold the three in those columns (a
 * project's row also holds its first indicator, the three merged down over the rest). Written again as the label
 * rows, the unit and its first project above the head, each later project's where it stands; the rows keep their
 * other cells.
 */
function readCelledCodedList(rows: Row[]): Row[] {
  const head = rows.findIndex((r) => r.table && LIST_HEAD.test(lexiconKey(r.cells.join(''))));
  if (head < 0) return rows;
  const keys = rows[head]!.cells.map((c) => lexiconKey(c.trim()));
  const codeCol = keys.findIndex((k) => k === '单位代码');
  const nameCol = keys.findIndex((k, j) => j > codeCol && k.includes('名称'));
  const amountCol = keys.findIndex((k, j) => j > nameCol && /^(资金总额|金额|预算数)/.test(k));
  if (codeCol < 0 || nameCol < 0 || amountCol < 0) return rows;
  const coded = (r: Row) =>
    r.table &&
    CODE.test(r.cells[codeCol]?.trim() ?? '') &&
    (r.cells[nameCol]?.trim() ?? '') !== '' &&
    AMOUNT.test(r.cells[amountCol]?.trim() ?? '');
  const unitAt = rows.findIndex((r, i) => i > head && coded(r));
  if (unitAt < 0) return rows;
  const code = rows[unitAt]!.cells[codeCol]!.trim();
  const label = (r: Row, cells: string[]): Row => ({ ...r, cells, table: true });
  // The row without the three cells, when it holds more (a project's first indicator); none otherwise.
  const rest = (r: Row): Row[] => {
    const cells = r.cells.map((c, j) => (j === codeCol || j === nameCol || j === amountCol ? '' : c));
    return cells.some((c) => c.trim() !== '') ? [{ ...r, cells }] : [];
  };
  const lead: Row[] = [label(rows[unitAt]!, ['单位名称', rows[unitAt]!.cells[nameCol]!.trim()])];
  const out: Row[] = [];
  for (const [i, r] of rows.entries()) {
    // The head's 单位代码 | 名称 | 资金总额 head the columns the label rows now hold: no labels of their own.
    if (i === unitAt || i === head) {
      out.push(...rest(r));
      continue;
    }
    if (i < unitAt || !coded(r) || r.cells[codeCol]!.trim() !== code) {
      out.push(r);
      continue;
    }
    const labels = [
      label(r, ['项目名称', r.cells[nameCol]!.trim()]),
      label(r, ['资金总额', r.cells[amountCol]!.trim()]),
    ];
    if (lead.length === 1) lead.push(...labels);
    else out.push(...labels);
    out.push(...rest(r));
  }
  if (lead.length === 1) return rows;
  out.splice(head, 0, ...lead);
  return out;
}
