// Rows of one department form (部门整体绩效目标表 / 部门整体支出绩效目标申报表) → DepartmentForm.
import {
  emptyDepartmentForm,
  parseAmount,
  type DepartmentForm,
  type FundLine,
  type Term,
} from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { amountUnitOfLabel, departmentLabel, splitInlineLabel } from './labels.ts';
import { taskTableTotal } from './task-table-total.ts';
import { FUNDS_HEADINGS } from './lexicon-department-fields.ts';
import { lexiconKey } from './lexicon.ts';
import { formTypeOf, standaloneYear, titleKind, yearIn } from './titles.ts';
import { readTaskRow, taskColumnsOf, type TaskColumns } from './task-table.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { readIndicatorTable } from './indicator-table.ts';
import { goalHeading, goalLabelOf } from './goals.ts';
import { isSignatureRow, keepDepartmentContact } from './signature-blocks.ts';
import { amountUnitOfPair, isOfficeName } from './form-caption.ts';
import {
  cellText,
  filledCells,
  firstFilled,
  isAmount,
  keyOf,
  leadingAmount,
  soleText,
  stripNumbering,
} from './row-helpers.ts';

type Mode = 'fields' | 'funds' | 'projects' | 'goals' | 'tasks';

export function recognizeDepartmentForm(
  rows: Row[],
  title: string | null,
  defaults: { year: number | null },
): DepartmentForm {
  const form = emptyDepartmentForm({ formType: formTypeOf(title, 'department'), title });
  let mode: Mode = 'fields';
  let amountUnit: '万元' | '元' = '万元';
  let fundYears: string[] = [];
  let fundSection: 'income' | 'expenditure' | null = null;
  let projectCols: Record<string, number> = {};
  let goalCols: Array<{ index: number; term: Term; label: string }> = [];
  let currentGoal: string | null = null;
  let currentTerm: Term | null = null;
  let yearText: string | null = null;
  let taskCols: TaskColumns | null = null;
  // The labels of a funds header read one cell a paragraph, until its first figure (null once it came).
  let fundLabels: string[] | null = null;
  const taskLines: string[] = [];

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const first = firstFilled(row);
    if (titleKind(first) === 'department') continue;
    if (!row.table && yearText === null && standaloneYear(first) !== null) {
      yearText = first;
      continue;
    }
    // 金额单位: | 元 parted into two cells (a copy one cell per line).
    const pair = amountUnitOfPair(row.cells.filter((c) => !isBlankCell(c)));
    if (pair !== null) {
      amountUnit = pair;
      continue;
    }
    const inline = soleText(row) !== null ? splitInlineLabel(first) : null;
    // 部门(单位)名称:某某局 | 单位负责人:林友: the department's label and name in the row's first cell, the next
    // cell another label's (a copy that kept the cells but no border between label and value).
    const inlineFirst = inline ?? (filledCells(row).length > 1 ? splitInlineLabel(first) : null);
    if (
      inline === null &&
      inlineFirst?.value &&
      form.department === null &&
      departmentLabel(inlineFirst.label) === 'department'
    ) {
      form.department = oneLine(inlineFirst.value);
      continue;
    }
    if (inline && /^(金额)?单位$/.test(labelKey(inline.label))) {
      if (/^元$/.test(labelKey(inline.value))) amountUnit = '元';
      continue;
    }
    if (inline && /填报日期/.test(inline.label)) continue;
    // 预算部门：某某局 in one cell (a copy that kept no border between label and value).
    if (
      inline &&
      inline.value &&
      form.department === null &&
      departmentLabel(inline.label) === 'department'
    ) {
      form.department = oneLine(inline.value);
      continue;
    }
    // 部门预算总额(元)：37,243,900.00 in one cell, as the department's name beside it: the label and its amount (in
    // the money its label's note names) with no border between them.
    const inlineTotal =
      inline?.value && (form.total ?? null) === null && departmentLabel(inline.label) === 'total'
        ? leadingAmount(oneLine(inline.value), amountUnitOfLabel(inline.label) ?? amountUnit)
        : null;
    if (inlineTotal) {
      form.total = inlineTotal.amount;
      continue;
    }

    if (isIndicatorHeader(row)) {
      const t = readIndicatorTable(rows, i, {
        term: currentTerm,
        goal: currentGoal,
        scope: 'department',
        isStop: (r) => isDeptStop(r),
      });
      form.indicators.push(...t.indicators);
      form.emptyLevel2!.push(...t.emptyLevel2);
      i = t.end - 1;
      mode = 'fields';
      continue;
    }
    const heading = goalHeading(first);
    if (heading && filledCells(row).length === 1) {
      form.goals.push(heading);
      currentGoal = heading.label;
      currentTerm = heading.term;
      continue;
    }
    // 长期目标：（截止 年） | text   /   年度目标： | text
    const g = goalLabelOf(first, null);
    if (g && g.term && filledCells(row).length <= 2 && mode !== 'goals') {
      const idx = row.cells.findIndex((c) => oneLine(c) === first);
      const text = cellText(
        row.cells
          .slice(idx + 1)
          .filter((c) => !isBlankCell(c))
          .join('\n'),
      );
      form.goals.push({ term: g.term, label: g.label, text });
      currentGoal = g.label;
      currentTerm = g.term;
      continue;
    }

    // 填报人 … 联系电话 …, （盖章） 年 月 日: into 填报人 / 联系电话 when the form has not given them.
    if (isSignatureRow(row)) {
      keepDepartmentContact(form, row);
      continue;
    }
    if (mode === 'projects') {
      const f = filledCells(row);
      // 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额（万元）: the columns' names (a 履职目标 table's header, which
      // names 部门职能 as a column, not as the form's field), no row of the list. Every word must name a column:
      // 部门职能概述 followed by its text is the form's next field, which ends the list.
      if (!f.some(isAmount) && isListHeader(f)) continue;
      // A row whose cells ran together, its amount last ("…人员工资待遇基本支出 171.41"): one item and its amount.
      const glued = f.length === 1 ? /^(.*\S)\s+(\d+(?:\.\d+)?)$/.exec(oneLine(f[0]!)) : null;
      if (glued) {
        form.projects.push({
          name: glued[1]!,
          category: null,
          total: null,
          current: parseAmount(glued[2]!, amountUnit),
          purpose: null,
        });
        continue;
      }
    }
    const field = departmentLabel(first) ?? (FUNDS_HEADING_KEYS.has(lexiconKey(first)) ? 'funds' : null);
    // 部门编码： | 316 | 部门名称： | 某某局 | 联系人： | …: a 基本信息 row led by a label the form does not read
    // still names the department further along; its label | value pairs are read as any such row's.
    const namesDepartmentLater =
      field === null && row.cells.slice(1).some((c) => departmentLabel(oneLine(c)) === 'department');
    // 年度预算安排 | 资金总额 171.41 | 项目支出 60.8 | 基本支出 110.61: the total opens the funds it heads.
    if (field === 'total' && mode === 'funds') {
      const amount = filledCells(row).slice(1).find(isAmount);
      const current = amount ? parseAmount(amount, amountUnit) : null;
      if (current !== null) {
        form.funds[fundSection ?? 'expenditure'].push({
          name: labelKey(first),
          current,
          share: null,
          history: {},
        });
        form.total ??= current;
        continue;
      }
    }
    if (field || namesDepartmentLater) {
      mode = 'fields';
      const cells = row.cells.map((c) => c.trim());
      if (field === 'funds') {
        mode = 'funds';
        // 年度预算安排（万元） | 资金总额 | 171.41: the block's first line, its total, printed on the heading's row
        // (the heading merged down beside 项目支出 / 基本支出): the department's total, not a header of labels.
        const line = totalBesideHeading(row, amountUnit);
        if (line) {
          form.funds[fundSection ?? 'expenditure'].push(line);
          form.total ??= line.current;
          fundLabels = null;
          continue;
        }
        fundLabels = filledCells(row)
          .slice(1)
          .filter((c) => !/\d/.test(c))
          .map(labelKey);
        fundYears = yearsIn(row);
        form.total ??= runTogetherTotal(row, amountUnit);
        continue;
      }
      if (field === 'projects') {
        mode = 'projects';
        projectCols = columnsOf(row, {
          name: /项目名称/,
          category: /项目类[型别]/,
          total: /总预算/,
          current: /本年|当年/,
          purpose: /用途|支出方向/,
        });
        continue;
      }
      taskCols = field === 'tasks' ? taskColumnsOf(row) : null;
      if (taskCols) {
        mode = 'tasks';
        continue;
      }
      if (field === 'goals') {
        mode = 'goals';
        goalCols = row.cells
          .map((c, index) => ({ index, g: goalLabelOf(oneLine(c), null) }))
          .filter((x) => x.g && x.g.term)
          .map((x) => ({ index: x.index, term: x.g!.term!, label: x.g!.label }));
        continue;
      }
      // label | value pairs on one row
      for (let k = 0; k < cells.length; k++) {
        const f = departmentLabel(oneLine(cells[k]!));
        if (!f) continue;
        let v = k + 1;
        while (v < cells.length && isBlankCell(cells[v]!)) v++;
        if (v < cells.length && f === 'department' && v === k + 1) {
          // 部门（单位）名称 | 填报人 | 某某市教育局: a text layer prints a row's labels before their values; the
          // office name after labels standing right after one another is the department's (no blank cell
          // between them, which in a table would be the department's own empty cell).
          const after = stackedLabelsValue(cells, v);
          if (after !== null) {
            form.department = oneLine(cells[after]!);
            k = after;
            // The labels stacked after it take the values that follow, in order (… | 某某市教育局 | 张三), as far
            // as the next label: the filler's and the phone's, read as the department's was.
            for (let l = v; l < after && k + 1 < cells.length; l++) {
              const next = cells[k + 1]!;
              if (isBlankCell(next) || departmentLabel(oneLine(next))) break;
              const g = departmentLabel(oneLine(cells[l]!));
              if (g === 'filler' || g === 'phone') form[g] = oneLine(next);
              k++;
            }
            continue;
          }
        }
        if (v >= cells.length || departmentLabel(oneLine(cells[v]!))) continue;
        const text = cellText(cells[v]!);
        if (f === 'department' || f === 'filler' || f === 'phone') form[f] = text ? oneLine(text) : null;
        else if (f === 'total' && text)
          // A label's own note (部门预算总额（元）) says what its amount is written in.
          form.total =
            leadingAmount(oneLine(text), amountUnitOfLabel(oneLine(cells[k]!)) ?? amountUnit)?.amount ??
            form.total;
        else if (f === 'functions' || f === 'tasks') {
          form[f] = text;
          // 部门职能概述 | 单位:万元 2021 年 … 合计 122641.5 100% … (一)贯彻执行…: a text layer printed the funds
          // grid (its unit note first) after the tall label cell beside it; its 合计 is the department's total.
          if (f === 'functions' && form.total === null && text) form.total = gridTotalOpening(oneLine(text));
        }
        k = v;
      }
      continue;
    }

    if (mode === 'funds' && fundLabels !== null) {
      // A funds header broken into cells of one word (预算支出 / 总额 / 基本支出 / 合计 …, as a copy one cell a
      // paragraph pairs them) and then its figures: the first figure stands under the first column, the
      // department's total when that column is one.
      let taken = false;
      for (const cell of filledCells(row)) {
        if (isAmount(cell)) {
          if (form.total === null && namesTotalFirst(fundLabels)) {
            form.total = parseAmount(cell, amountUnit);
            taken = true;
          }
          fundLabels = null;
          break;
        }
        if (!/\d/.test(cell)) fundLabels.push(labelKey(cell));
      }
      if (taken) continue;
    }
    if (mode === 'funds') {
      // 项目支出 60.8 / 基本支出 110.61 under 年度预算安排: a fund and its amount on one line of text; without a
      // 收入/支出 heading these are what the year's budget is spent on.
      const spaced = soleText(row) !== null ? spacedFundLine(first, amountUnit) : null;
      if (spaced) {
        form.funds[fundSection ?? 'expenditure'].push(spaced);
        continue;
      }
      if (filledCells(row).some((c) => /当年金额|占比/.test(c))) {
        fundYears = fundYears.length > 0 ? fundYears : yearsIn(row);
        continue;
      }
      if (fundYears.length === 0 && yearsIn(row).length > 0 && !filledCells(row).some(isAmount)) {
        fundYears = yearsIn(row);
        continue;
      }
      const line = fundLine(row, fundYears, amountUnit);
      if (line) {
        if (line.section) fundSection = line.section;
        if (fundSection) form.funds[fundSection].push(line.line);
        continue;
      }
      if (yearsIn(row).length > 0) {
        fundYears = yearsIn(row);
        continue;
      }
    }
    if (mode === 'tasks' && taskCols) {
      const task = readTaskRow(row, taskCols, amountUnit);
      if (task.kind === 'task') taskLines.push(task.line);
      if (task.kind !== 'end') continue;
      mode = 'fields';
      form.total ??= taskTableTotal(row, amountUnit);
      if (filledCells(row).some((c) => /合计|总计/.test(keyOf(c)))) continue;
    }
    if (mode === 'projects') {
      const f = filledCells(row);
      if (f.length >= 2) {
        const at = (k: string) =>
          projectCols[k] !== undefined ? oneLine(row.cells[projectCols[k]!] ?? '') : '';
        const name = at('name') || f[0]!;
        form.projects.push({
          name,
          category: at('category') || null,
          total: parseAmount(at('total'), amountUnit),
          current: parseAmount(at('current'), amountUnit),
          purpose: cellText(at('purpose')),
        });
        continue;
      }
      mode = 'fields';
    }
    if (mode === 'goals' && goalCols.length > 0) {
      for (const gc of goalCols) {
        const text = cellText(row.cells[gc.index] ?? '');
        form.goals.push({ term: gc.term, label: gc.label, text });
      }
      goalCols = [];
      mode = 'fields';
      continue;
    }
  }
  if (taskLines.length > 0) form.tasks = [form.tasks, ...taskLines].filter((t) => t).join('\n');
  // The year: written in the title or under it, else the year after the history columns.
  const lastHistory = Math.max(0, ...fundYears.map(Number).filter((n) => n > 1900));
  form.year = yearIn(title) ?? yearIn(yearText) ?? defaults.year ?? (lastHistory ? lastHistory + 1 : null);
  return form;
}

/**
 * A 履职目标 list's header row: every word names columns (a text layer may run two names together or split one,
 * "年度目标任务支出" | "项目名称"), none is a sentence. A field's label with its text ("部门职能概述" | "1、贯彻…；2、…")
 * is not one.
 */
function isListHeader(cells: readonly string[]): boolean {
  const words = cells.flatMap((c) => oneLine(c).split(/\s+/)).filter((w) => w.length > 0);
  return (
    words.length > 1 &&
    words.every(
      (w) => /项目名称|预算金额|部门职能|目标任务|^（?万元）?$/.test(labelKey(w)) && !/[，。；、,;]/.test(w),
    )
  );
}

const FUNDS_HEADING_KEYS: ReadonlySet<string> = new Set(FUNDS_HEADINGS.map(lexiconKey));

/**
 * A funds header whose first column is the total: its first label, or the first two joined when the cell broke
 * over two lines (预算支出 / 总额), names a total; parts (基本支出, 合计 of a part) come after it.
 */
function namesTotalFirst(labels: readonly string[]): boolean {
  const [a = '', b = ''] = labels;
  return (
    /(总额|总计|总量)$/.test(a) || (!/(合计|基本|项目|人员|公用)/.test(a) && /^(总额|总计|总量)$/.test(b))
  );
}

/** "项目支出 60.8": a fund's name (no digits) and one amount, single-spaced on a line. */
function spacedFundLine(text: string, amountUnit: '万元' | '元'): FundLine | null {
  const words = text.trim().split(/\s+/);
  if (words.length !== 2 || !isAmount(words[1]!) || /\d/.test(words[0]!)) return null;
  const current = parseAmount(words[1]!, amountUnit);
  return current === null ? null : { name: labelKey(words[0]!), current, share: null, history: {} };
}

function yearsIn(row: Row): string[] {
  return filledCells(row)
    .map((c) => /^((19|20)\d{2})\s*年?度?$/.exec(labelKey(c))?.[1] ?? null)
    .filter((y): y is string => y !== null);
}

function columnsOf(row: Row, wanted: Record<string, RegExp>): Record<string, number> {
  const out: Record<string, number> = {};
  row.cells.forEach((c, i) => {
    const k = keyOf(c);
    for (const [name, re] of Object.entries(wanted)) if (out[name] === undefined && re.test(k)) out[name] = i;
  });
  return out;
}

/** One line of the funds table: [section?] name current share history… */
function fundLine(
  row: Row,
  years: string[],
  amountUnit: '万元' | '元',
): { section: 'income' | 'expenditure' | null; line: FundLine } | null {
  const cells = row.cells.map((c) => keyOf(c));
  let section: 'income' | 'expenditure' | null = null;
  let nameIdx = -1;
  cells.forEach((c, i) => {
    if (/^收入(构成)?$/.test(c)) section = 'income';
    else if (/^支出(构成)?$/.test(c)) section = 'expenditure';
    else if (nameIdx < 0 && c && !isAmount(c) && !/%$/.test(c) && !isBlankCell(c)) nameIdx = i;
  });
  if (nameIdx < 0) return null;
  const name = stripNumbering(oneLine(row.cells[nameIdx]!)).replace(/\s+/g, '');
  const after = cells.slice(nameIdx + 1);
  const expected = 2 + years.length;
  const filled = after.filter((c) => c && !isBlankCell(c));
  // Cells in order when all are there; by position when some are blank.
  const values = filled.length === expected ? filled : after.slice(0, expected);
  const [current, share, ...hist] = values;
  const history: Record<string, string | null> = {};
  years.forEach((y, k) => (history[y] = parseAmount(hist[k] ?? '', amountUnit)));
  return {
    section,
    line: {
      name: labelKey(name),
      current: parseAmount(current ?? '', amountUnit),
      share: share && share.length > 0 ? share : null,
      history,
    },
  };
}

function isDeptStop(row: Row): boolean {
  const first = firstFilled(row);
  if (goalHeading(first) || goalLabelOf(first, null)?.term) return true;
  if (departmentLabel(first)) return true;
  return titleKind(first) !== null;
}

/**
 * 资金总额 | 171.41 after a funds heading on its row, or 资金总额:952.22 in one cell (the label and its figure
 * written together): the total's line, or null.
 */
function totalBesideHeading(row: Row, amountUnit: '万元' | '元') {
  const filled = filledCells(row).slice(1);
  const inline = filled.length === 1 ? splitInlineLabel(oneLine(filled[0]!)) : null;
  const cells = inline ? [inline.label, inline.value] : filled;
  if (cells.length !== 2 || departmentLabel(oneLine(cells[0]!)) !== 'total' || !isAmount(cells[1]!))
    return null;
  const current = parseAmount(cells[1]!, amountUnit);
  return current === null ? null : { name: labelKey(cells[0]!), current, share: null, history: {} };
}

/**
 * The total of a funds table whose cells ran together into the label's value (a PDF text layer in one
 * paragraph: 部门总体资金情况 | 单位:万元 当年金额 占比 … 合计 968.1918 100% …): the amount after its first 合计.
 * Its lines cannot be told apart (income and expenditure are interleaved), but 合计 is the department's total.
 */
function runTogetherTotal(row: Row, amountUnit: '万元' | '元'): string | null {
  const value = filledCells(row).slice(1).join(' ');
  const m = /合\s*计[\s:：]*(\d[\d,]*(?:\.\d+)?)(?=\s|$)/.exec(oneLine(value));
  return m ? parseAmount(m[1]!, amountUnit) : null;
}

/**
 * The index of the office name that follows a run of labels standing right after one another from `from` (no
 * blank cell among them), or null: 部门（单位）名称 | 填报人 | 某某市教育局 → the 教育局's cell.
 */
function stackedLabelsValue(cells: readonly string[], from: number): number | null {
  let v = from;
  while (v < cells.length && !isBlankCell(cells[v]!) && departmentLabel(oneLine(cells[v]!))) v++;
  if (v === from || v >= cells.length || isBlankCell(cells[v]!)) return null;
  return isOfficeName(oneLine(cells[v]!)) ? v : null;
}

/**
 * The 合计 of a funds grid that opens a text (its amount-unit note first: 单位:万元 … 合计 122641.5 100% …), in
 * 万元, or null when the text does not open with such a grid.
 */
function gridTotalOpening(text: string): string | null {
  const note = /^单位\s*[:：]\s*(万元|元)/.exec(text);
  if (!note) return null;
  const m = /合\s*计[\s:：]*(\d[\d,]*(?:\.\d+)?)(?=\s|$)/.exec(text);
  return m ? parseAmount(m[1]!, note[1] as '万元' | '元') : null;
}
