// Rows of one project form (项目绩效目标申报表 / 项目申报表 / 批复表) → ProjectForm.
import {
  emptyProjectForm,
  parseAmount,
  type Indicator,
  type EmptyLevel2,
  type ProjectForm,
  type Term,
} from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import {
  amountUnitOfLabel,
  isKnownLabel,
  projectLabel,
  splitInlineLabel,
  type ProjectField,
} from './labels.ts';
import { formTypeOf, standaloneYear, titleKind, yearIn } from './titles.ts';
import { isIndicatorHeader, readIndicatorTable } from './indicator-table.ts';
import { isSignatureRow, keepProjectContact } from './signature-blocks.ts';
import {
  isoDateOf,
  keepApprovalSignature,
  noteOf,
  settleApprovalNote,
  yearOfApprovalNote,
} from './approval-note.ts';
import {
  goalColumnsOf,
  goalHeading,
  goalLabelOf,
  goalsUnderColumns,
  termOfLabel,
  type GoalColumn,
} from './goals.ts';
import {
  cellText,
  filledCells,
  firstFilled,
  isAmount,
  keyOf,
  leadingAmount,
  soleText,
  stripNumbering,
  tickedOption,
} from './row-helpers.ts';

export interface ProjectDefaults {
  year: number | null;
  unit: string | null;
}

type Mode = 'fields' | 'sources' | 'details' | 'goals' | 'opinion';

export function recognizeProjectForm(
  rows: Row[],
  title: string | null,
  defaults: ProjectDefaults,
): ProjectForm {
  const form: ProjectForm = emptyProjectForm({
    formType: formTypeOf(title, 'project'),
    title,
    emptyLevel2: [],
  });
  let amountUnit: '万元' | '元' = '万元';
  let mode: Mode = 'fields';
  let term: Term | null = null;
  let pending: ProjectField | null = null;
  let goalLines: string[] = [];
  // A row of goal headings (长期目标 | 年度目标) whose texts come in the next row, column by column.
  let goalColumns: GoalColumn[] | null = null;
  let detailCols: DetailColumns = { item: 0, amount: 1, basis: 2, note: 3 };
  const opinion: string[] = [];
  const indicators: Indicator[] = [];
  const empty: EmptyLevel2[] = [];

  const flushGoalLines = () => {
    if (goalLines.length > 0)
      form.goals.push({ term: 'long', label: '项目绩效总目标', text: goalLines.join('\n') });
    goalLines = [];
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = row.cells;
    const first = firstFilled(row);
    const firstKey = keyOf(first);

    if (isIndicatorHeader(row)) {
      flushGoalLines();
      const t = readIndicatorTable(rows, i, {
        term,
        goal: null,
        scope: 'project',
        isStop: (r) => isStopRow(r),
      });
      indicators.push(...t.indicators);
      empty.push(...t.emptyLevel2);
      i = t.end - 1;
      mode = 'fields';
      continue;
    }
    if (
      /^(长期|年度|总体)绩效目标表$|^(长期|年度)绩效指标表$/.test(firstKey) &&
      filledCells(row).length === 1
    ) {
      flushGoalLines();
      term = termOfLabel(firstKey);
      mode = 'fields';
      continue;
    }
    if (titleKind(first) === 'project') continue;
    const yearRow = row.table ? null : standaloneYear(first);
    if (yearRow !== null) {
      form.year ??= yearRow;
      continue;
    }
    // The finance bureau's opinion after the 主管部门's ends it.
    if (mode === 'opinion' && projectLabel(first)?.startsWith('approval.')) mode = 'fields';
    if (mode === 'opinion') {
      // The stamp, date and signatures under the opinion are not part of it; a phone goes to 联系电话.
      if (isSignatureRow(row)) keepSignature(form, row);
      else opinion.push(...filledCells(row));
      continue;
    }

    // Inline labels: 申报单位：鄂州市…, 金额单位：万元 — alone or side by side on one row.
    const inlineCells = filledCells(row).map((c) => ({ c, inline: splitInlineLabel(c) }));
    if (inlineCells.length > 0 && inlineCells.every((x) => x.inline && inlineField(x.inline.label))) {
      for (const { inline } of inlineCells) {
        const k = labelKey(inline!.label);
        if (/金额单位|^单位$/.test(k)) {
          if (/^(万元|元)$/.test(labelKey(inline!.value)))
            amountUnit = labelKey(inline!.value) as '万元' | '元';
          continue;
        }
        const f = projectLabel(inline!.label)!;
        if (inline!.value) setField(form, f, inline!.value, amountUnit);
        else pending = f;
      }
      continue;
    }
    if (pending && !row.table && soleText(row) && !projectLabel(first)) {
      setField(form, pending, soleText(row)!, amountUnit);
      pending = null;
      continue;
    }

    if (goalColumns) {
      const under = goalsUnderColumns(row, goalColumns);
      goalColumns = null;
      if (under.length > 0) {
        form.goals.push(...under);
        continue;
      }
    }
    const headings = goalColumnsOf(row);
    if (headings) {
      flushGoalLines();
      goalColumns = headings;
      mode = 'fields';
      continue;
    }

    // Goal rows: 长期绩效目标1 | text.
    const g = goalLabelOf(first, null);
    if (g && (filledCells(row).length >= 2 || mode === 'goals') && (mode === 'goals' || g.term)) {
      const text = cellText(
        cells
          .slice(cells.findIndex((c) => oneLine(c) === first) + 1)
          .filter((c) => !isBlankCell(c))
          .join('\n'),
      );
      form.goals.push({ term: g.term ?? 'long', label: g.label, text });
      continue;
    }
    const heading = goalHeading(first);
    if (heading) {
      form.goals.push(heading);
      continue;
    }

    const field = projectLabel(first);
    if (field === 'budget.part') {
      // 其中：财政拨款 | 6070.00 — a part of the total, listed under it.
      const src = sourceLine(row, amountUnit);
      if (src) form.budget.sources.push(src);
      mode = 'sources';
      continue;
    }
    if (field) {
      flushGoalLines();
      mode = 'fields';
      amountUnit = amountUnitOfLabel(first) ?? amountUnit;
      if (field === 'goals' && filledCells(row).length >= 2) {
        // 绩效目标 | the goal's text, on one row.
        const text = cellText(filledCells(row).slice(1).join('\n'));
        form.goals.push({
          term: /总目标/.test(firstKey) ? 'long' : (termOfLabel(firstKey) ?? 'annual'),
          label: firstKey,
          text,
        });
        continue;
      }
      if (field === 'budget.total' && isCostTableHeader(row)) {
        // 项目预算 | 成本构成 | 金额 | 测算依据 …: the budget is given as a cost table ending in 合计.
        mode = 'details';
        detailCols = detailColumns({ ...row, cells: row.cells.map((c) => (oneLine(c) === first ? '' : c)) });
        continue;
      }
      handleLabelRow(form, row, amountUnit);
      if (field === 'budget.sources') mode = 'sources';
      else if (field === 'details') mode = 'details';
      else if (field === 'goals') mode = 'goals';
      else if (field === 'opinion') {
        mode = 'opinion';
        opinion.push(...filledCells(row).slice(1));
      }
      // Other labels on the same row: 项目类别 | X | 项目性质 | Y.
      continue;
    }

    // 填表人 … 联系电话 …, （盖章） 年 月 日: no field of its own; the phone is kept as the form's 联系电话.
    if (isSignatureRow(row)) {
      keepSignature(form, row);
      continue;
    }
    if (mode === 'sources') {
      const src = sourceLine(row, amountUnit);
      if (src) {
        form.budget.sources.push(src);
        continue;
      }
      mode = 'fields';
    }
    if (mode === 'details') {
      if (/经济科目|支出明细|测算依据|支出项目|明细项目/.test(keyOf(row.cells.join('')))) {
        detailCols = detailColumns(row);
        continue;
      }
      const d = detailLine(row, amountUnit, detailCols);
      if (d) {
        form.details.push(d);
        continue;
      }
      mode = 'fields';
    }
    // A labelled field the model has no place for: keep it rather than lose what the document says.
    const filled = filledCells(row);
    if (
      mode === 'fields' &&
      row.table &&
      filled.length === 2 &&
      first.length <= 20 &&
      !/[。；，,;]/.test(first)
    ) {
      const labelAt = row.cells.findIndex((c) => oneLine(c) === first);
      const valueCell = row.cells.slice(labelAt + 1).find((c) => !isBlankCell(oneLine(c)));
      const text = cellText(valueCell ?? '');
      if (text) {
        form.extra = { ...form.extra, [firstKey]: text };
        continue;
      }
    }
    if (mode === 'goals') {
      if (/^名称$/.test(firstKey) || firstKey === '') continue;
      const text = soleText(row);
      if (text && !row.table) {
        goalLines.push(text.replace(/^[-•·]\s*/, ''));
        continue;
      }
    }
  }
  flushGoalLines();

  form.budget.total ??= form.details.find((d) => /^(合计|总计)$/.test(labelKey(d.item)))?.amount ?? null;
  // A form that states only this year's budget (当年预算 229.66): that is the project's budget.
  form.budget.total ??= form.budget.current;
  form.indicators = indicators;
  form.emptyLevel2 = empty;
  form.opinion = cleanOpinion(opinion);
  settleApprovalNote(form);
  // A 批复表 whose title and name give no year is for the year of its 文号 or 批复日期.
  form.year =
    form.year ?? yearIn(title) ?? yearIn(form.name) ?? yearOfApprovalNote(form.approval) ?? defaults.year;
  form.unit ??= defaults.unit;
  return form;
}

/** A signature row: its phone is the form's 联系电话; under a 批复表, 经办人 / 负责人 / date are the 批复's. */
function keepSignature(form: ProjectForm, row: Row): void {
  keepProjectContact(form, row);
  if (form.formType === '批复表') keepApprovalSignature(form, row);
}

function inlineField(label: string): boolean {
  const k = labelKey(label);
  if (/金额单位|^单位$/.test(k)) return true;
  const f = projectLabel(k);
  return (
    f !== null &&
    f !== 'goals' &&
    f !== 'opinion' &&
    f !== 'details' &&
    f !== 'budget.sources' &&
    f !== 'budget.part'
  );
}

/** A label row may carry several label–value pairs. */
function handleLabelRow(form: ProjectForm, row: Row, amountUnit: '万元' | '元'): void {
  const cells = row.cells.map((c) => c.trim());
  for (let k = 0; k < cells.length; k++) {
    const f = projectLabel(oneLine(cells[k]!));
    if (!f || f === 'goals' || f === 'details' || f === 'budget.sources' || f === 'opinion') continue;
    let v = k + 1;
    while (v < cells.length && isBlankCell(cells[v]!)) v++;
    if (v >= cells.length || projectLabel(oneLine(cells[v]!))) continue;
    setField(form, f, cells[v]!, amountUnit);
    k = v;
  }
}

function setField(form: ProjectForm, field: ProjectField, raw: string, amountUnit: '万元' | '元'): void {
  const text = cellText(raw);
  const line = text ? oneLine(text) : null;
  switch (field) {
    case 'budget.total': {
      form.budget.total = parseAmount(line, amountUnit);
      // 854万(高标准农田建设400万元,…): the total first, its parts after it as the sources.
      const lead = form.budget.total === null && line ? leadingAmount(line, amountUnit) : null;
      if (lead) {
        form.budget.total = lead.amount;
        if (form.budget.sources.length === 0) form.budget.sources.push(...lead.parts);
      }
      break;
    }
    case 'budget.current':
      form.budget.current =
        parseAmount(line, amountUnit) ?? (line ? (leadingAmount(line, amountUnit)?.amount ?? null) : null);
      break;
    case 'budget.history':
      form.budget.history = text;
      break;
    case 'year':
      form.year = line ? yearIn(line.endsWith('年') ? line : `${line}年`) : null;
      break;
    case 'basis':
    case 'content':
      form[field] = text;
      break;
    case 'approval.number':
      noteOf(form).number = line;
      break;
    case 'approval.date':
      noteOf(form).date = isoDateOf(line);
      break;
    case 'approval.opinion':
      noteOf(form).opinion = text;
      break;
    case 'leader+phone': {
      // 项目负责人及电话 | 王五 010-12345678
      const phone = line ? /[+＋]?[\d－-]{7,}(转\d+)?/.exec(line) : null;
      form.phone = phone ? phone[0] : form.phone;
      const leader = line ? line.replace(phone?.[0] ?? '', '').replace(/[，,、/\s]+$|^[，,、/\s]+/g, '') : '';
      form.leader = leader || form.leader;
      break;
    }
    case 'category':
    case 'nature':
      // Tick boxes: 新增项目□ 延续项目√ → 延续项目. The first of 项目类型 | 项目分类 is the category.
      form[field] ??= line ? (tickedOption(line) ?? line) : null;
      break;
    case 'name':
    case 'code':
    case 'unit':
    case 'supervisor':
    case 'executor':
    case 'leader':
    case 'phone':
      form[field] = line;
      break;
    default:
      break;
  }
}

function sourceLine(row: Row, amountUnit: '万元' | '元') {
  const f = filledCells(row).flatMap(splitSourceCell);
  if (f.length === 0 || f.length > 3) return null;
  const nameIdx = f.findIndex((c) => !isAmount(c));
  if (nameIdx < 0) return null;
  const name = stripNumbering(f[nameIdx]!.replace(/^其中[：:]?/, '')).replace(/[：:]$/, '');
  if (/^(资金来源|金额)$/.test(labelKey(name))) return null;
  // Another field's label (总体目标, 项目概况) ends the list of sources.
  if (isKnownLabel(name) && projectLabel(name) !== 'budget.part') return null;
  const amountCell = f.slice(nameIdx + 1).find(isAmount) ?? null;
  // 854万854万(…): an amount written first in a longer cell.
  const lead = amountCell
    ? null
    : f
        .slice(nameIdx + 1)
        .map((c) => leadingAmount(c, amountUnit))
        .find((l) => l);
  if (f.length > 1 && !amountCell && !lead) return null;
  return { name, amount: amountCell ? parseAmount(amountCell, amountUnit) : (lead?.amount ?? null) };
}

/** "财政拨款：6923.3552万元（其中：…）" → its name and amount as two cells; other cells unchanged. */
function splitSourceCell(cell: string): string[] {
  const m = /^(?:其中[：:])?([^：:\d]{2,20})[：:]\s*(-?[\d,]+(?:\.\d+)?\s*(?:万元|元)?)/.exec(cell);
  return m ? [m[1]!, m[2]!] : [cell];
}

interface DetailColumns {
  item: number;
  amount: number;
  basis: number;
  note: number;
}

/** Columns of the 项目支出明细测算 table from its header (merged cells may move them). */
function detailColumns(header: Row): DetailColumns {
  const keys = header.cells.map((c) => keyOf(c));
  const at = (re: RegExp, fallback: number) => {
    const k = keys.findIndex((x) => re.test(x));
    return k >= 0 ? k : fallback;
  };
  return {
    item: at(/科目|项目|名称|内容|构成/, 0),
    amount: at(/金额|预算|数额/, 1),
    basis: at(/测算|依据|说明/, 2),
    note: at(/备注/, 3),
  };
}

function detailLine(row: Row, amountUnit: '万元' | '元', cols: DetailColumns) {
  if (!row.table) return null;
  const cells = row.cells.map((c) => oneLine(c));
  const item = cells[cols.item] ?? '';
  if (isBlankCell(item)) return null;
  const amount = cells[cols.amount] ?? '';
  return {
    item: stripNumbering(item),
    amount: isAmount(amount) ? parseAmount(amount, amountUnit) : null,
    basis: cellText(cells[cols.basis] ?? ''),
    note: cols.note !== cols.basis ? cellText(cells[cols.note] ?? '') : null,
  };
}

/** A 项目预算 row that heads a cost table instead of giving the amount: 项目预算 | 成本构成 | 金额 | … */
function isCostTableHeader(row: Row): boolean {
  const rest = filledCells(row).slice(1);
  return rest.length >= 2 && !rest.some(isAmount) && rest.some((c) => /金额|数额/.test(keyOf(c)));
}

/** What ends a run of indicator rows inside a project form. */
function isStopRow(row: Row): boolean {
  const key = keyOf(firstFilled(row));
  if (projectLabel(key)) return true;
  if (/^(长期|年度|总体)绩效目标表$/.test(key)) return true;
  if (titleKind(firstFilled(row))) return true;
  return false;
}

function cleanOpinion(parts: string[]): string | null {
  const text = parts
    .join('\n')
    .replace(/审核意见[:：]?/g, '')
    .replace(/(单位)?(公章|盖章)[:：]?/g, '')
    .replace(/年\s*月\s*日/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  return text.length > 0 ? text : null;
}
