// A form's head whose labels a copy printed as a column, one a line (专项名称 / 部门名称 / 部门相应职能职 / 责概述 / …),
// and the values after the whole column, each value line running on into the label of the form's right-hand column
// (重大动物疫病防控专项属性延续专项√…, 县动物卫生监督所资金总额(万元)50): the text before such a glued label is the
// value of the column's next label still waiting, in order. Pairing goes on only while each value line ends at a
// glued label — a value without one (a paragraph of duties) has no end a reader can see, so the pairing stops there.
import type { Row } from '../rows/row.ts';
import { soleTrimmedCell } from './row-helpers.ts';
import { isKnownLabel } from './labels.ts';
import { departmentConcept, lexiconKey, projectConcept } from './lexicon.ts';

/** A field's label the lexicon knows (a project's or a department's). */
const isFieldLabel = (text: string) => {
  const key = lexiconKey(text);
  return projectConcept(key) !== null || departmentConcept(key) !== null;
};

/** The most characters a piece of a wrapped label holds, where it is no label of its own (责概述, 进度计划). */
const MOST_PIECE = 4;
/** The longest label looked for glued inside a value line. */
const MOST_LABEL = 12;

const soleText = (row: Row): string | null => soleTrimmedCell(row);

/**
 * A line of the label column: a field's label, a short piece of a wrapped one, or the first piece of one the next
 * line completes (部门相应职能职 / 责概述); no figure in it.
 */
function inColumn(text: string | null, next: string | null): boolean {
  if (text === null || /\d/.test(text)) return false;
  return (
    isFieldLabel(text) ||
    lexiconKey(text).length <= MOST_PIECE ||
    (next !== null && isFieldLabel(text + next))
  );
}

/** Fields whose value is a line of its own (a name, an office, a kind), not a paragraph (duties, basis, goals). */
const ONE_LINE = new Set([
  'name',
  'code',
  'category',
  'nature',
  'unit',
  'supervisor',
  'executor',
  'leader',
  'phone',
]);

const takesOneLine = (text: string) => {
  const key = lexiconKey(text);
  return ONE_LINE.has(projectConcept(key) ?? '') || departmentConcept(key) === 'department';
};

/** Where a field's label starts inside a value line, after some text of the value; -1 where none does. */
function gluedLabelAt(text: string): number {
  for (let i = 2; i < text.length - 1; i++)
    for (let n = Math.min(MOST_LABEL, text.length - i); n >= 4; n--)
      if (isFieldLabel(text.slice(i, i + n))) return i;
  return -1;
}

/** The rows with a label column's first labels given the values that ran into the next labels; others as they are. */
export function readLabelColumn(rows: Row[]): Row[] {
  // Each row's one text worked out once: the scan below asks of most rows two or three times.
  const sole = rows.map(soleText);
  for (let start = 0; start < rows.length; start++) {
    // A row without one text opens no column (no label is empty): no lookup asked for it.
    const opening = sole[start];
    if (opening === null || opening === undefined || !isFieldLabel(opening)) continue;
    let end = start;
    while (end < rows.length && inColumn(sole[end]!, end + 1 < rows.length ? sole[end + 1]! : null)) end++;
    const fields = sole.slice(start, end).filter((t) => isFieldLabel(t!)).length;
    const labels = sole.slice(start, end).flatMap((t, k) => (takesOneLine(t!) ? [start + k] : []));
    // A column: four lines or more, two of them fields' labels.
    if (end - start < 4 || fields < 2 || labels.length === 0) {
      const taken = pairedInTurn(rows, sole, start);
      if (taken !== null) return taken;
      start = end;
      continue;
    }
    const out = [...rows];
    let paired = 0;
    for (const at of labels) {
      const line = end + paired < rows.length ? sole[end + paired]! : null;
      const cut = line === null ? -1 : gluedLabelAt(line);
      if (cut < 0) break;
      out[at] = { ...rows[at]!, cells: [sole[at]!, line!.slice(0, cut).trim()] };
      out[end + paired] = { ...rows[end + paired]!, cells: [line!.slice(cut)] };
      paired++;
    }
    if (paired > 0) return out;
    const taken = pairedInTurn(rows, sole, start);
    if (taken !== null) return taken;
    start = end;
  }
  return rows;
}

/** A field whose value is one line of its own: a name, an office, or an amount (资金总额（万元） | 50). */
const oneValueLine = (text: string) => {
  const key = lexiconKey(text);
  return (
    takesOneLine(text) ||
    /^budget\.total$/.test(projectConcept(key) ?? '') ||
    departmentConcept(key) === 'total'
  );
};
const isAmountLabel = (text: string) => !takesOneLine(text) && oneValueLine(text);
const AMOUNT = /^[\d,.]+(万元|元)?$/;

/** Row k is written and holds no sole text (a table's row): a function, not a closure made per call. */
const isTableRowAt = (rows: Row[], sole: ReadonlyArray<string | null>, k: number): boolean =>
  k < rows.length && sole[k] === null && rows[k]!.cells.some((c) => c.trim() !== '');

/**
 * A head copied column by column with nothing run together (项目名称 / 主管部门 / 资金总额 / 某项目 / 某局 / 50): two or
 * more labels of one-line fields, one a line, then as many lines that are no labels, then a line that is no bare value
 * (a label, a table's row, or the end) — each label takes the value in its place, an amount's label a figure, the
 * others a text that is none: the rows with the pairs, or null where the lines are not such a head.
 */
function pairedInTurn(rows: Row[], sole: ReadonlyArray<string | null>, start: number): Row[] | null {
  if (start < 0) return null;
  let end = start;
  while (end < rows.length && sole[end] !== null && isFieldLabel(sole[end]!) && oneValueLine(sole[end]!))
    end++;
  const n = end - start;
  // One label and its value alone on their lines count only before a table's row (a head of one field over the
  // table): label and value lines in turn throughout are left to the readers of one cell a line.
  if (n < 1 || end + n > rows.length || (n === 1 && !isTableRowAt(rows, sole, end + 1))) return null;
  for (let k = 0; k < n; k++) {
    const value = sole[end + k];
    // A value is no label, nor the first piece of one the next line completes (部门相应职能职 / 责概述).
    if (value === null || value === undefined || isKnownLabel(value)) return null;
    if (isFieldLabel(value + (sole[end + k + 1] ?? ''))) return null;
    // Nor a line that opens with a field's label before its first gap (申报单位：（盖章） over 项目名称 某某经费): that
    // line is a label and its value, and the label above it was left blank.
    const lead = /^(\S+)\s/.exec(value.trim())?.[1];
    if (lead !== undefined && isFieldLabel(lead)) return null;
    if (AMOUNT.test(value.normalize('NFKC').replace(/\s/g, '')) !== isAmountLabel(sole[start + k]!))
      return null;
  }
  // What follows opens with a label: on a line of its own, or before a space-aligned line's first gap.
  const after = end + n < rows.length ? sole[end + n] : null;
  if (after !== null && after !== undefined && !isKnownLabel(after.trim().split(/\t|\s{2,}/)[0]!))
    return null;
  const out = [...rows];
  for (let k = 0; k < n; k++) {
    out[start + k] = { ...rows[start + k]!, cells: [sole[start + k]!, sole[end + k]!] };
    out[end + k] = { ...rows[end + k]!, cells: [] };
  }
  return out.filter((r, k) => k < end || k >= end + n);
}
