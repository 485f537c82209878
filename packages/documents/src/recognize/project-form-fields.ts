// A project form's fields set from their labels: the value put where its label says, inline labels, and the
// signature kept.
import { parseAmount, type ProjectForm } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { amountUnitOfLabel, isKnownLabel, projectLabel, type ProjectField } from './labels.ts';
import { lexiconKey } from './lexicon.ts';
import { yearIn } from './titles.ts';
import { keepProjectContact } from './signature-blocks.ts';
import { splitSpacedSource } from './source-headings.ts';
import { isoDateOf, keepApprovalSignature, noteOf } from './approval-note.ts';
import {
  cellText,
  filledCells,
  isAmount,
  leadingAmount,
  stripNumbering,
  tickedOption,
} from './row-helpers.ts';
import type { AmountUnit } from './project-form-reading.ts';
import { keepExplainedParts } from './total-explained-parts.ts';
import { opensAnotherTable } from './another-table.ts';

/**
 * An office's name as a unit cell gives it: two to 40 characters and one code at most ([066]某局, 422001-某局).
 * A lone 及 between two labels (主管部门(单位)名称及部门预算编码, one label the tokenizer parted) is no name either.
 */
function namesAnOffice(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && (text.match(/\d+/g) ?? []).length <= 1;
}

/** The 主管部门 above the county a transfer form names, lowest level first (labels kept as extras). */
const UPPER_SUPERVISORS = ['省级业务主管部门', '省级主管部门', '中央主管部门'];

export function upperSupervisor(extra: ProjectForm['extra']): string | null {
  for (const label of UPPER_SUPERVISORS) {
    const v = extra?.[label]?.trim();
    if (v) return v;
  }
  return null;
}

/** A signature row: its phone is the form's 联系电话; under a 批复表, 经办人 / 负责人 / date are the 批复's. */
export function keepSignature(form: ProjectForm, row: Row): void {
  keepProjectContact(form, row);
  if (form.formType === '批复表') keepApprovalSignature(form, row);
}

/**
 * 项目名称 特殊人群病种筛查经费, 项目当年预算(万元) 25.00: a label of the form's head and its value in one cell,
 * parted by a space only (a copy with single spaces between cells, or the space a page's alignment left). The
 * label must be a field of the head whole, so a name or a sentence that opens with such a word stays as it is.
 */
export function spacedInlineLabel(text: string): { label: string; value: string } | null {
  const m = /^([^\s：:]{2,16})[ \u3000]+(\S.*)$/s.exec(text.trim());
  if (!m || !inlineField(m[1]!)) return null;
  return { label: m[1]!, value: m[2]!.trim() };
}

export function inlineField(label: string): boolean {
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
export function handleLabelRow(form: ProjectForm, row: Row, amountUnit: AmountUnit): void {
  const cells = row.cells.map((c) => c.trim());
  if (listHeader(cells)) return;
  for (let k = 0; k < cells.length; k++) {
    const f = projectLabel(oneLine(cells[k]!));
    // 转移支付名称 | … | 中央主管部门 | 教育部: a department above the county beside a field, kept as the row's extra
    // (as it is on a row of its own), so that a form naming no lower department still has one answerable for it.
    if (!f && UPPER_SUPERVISORS.includes(labelKey(cells[k]!))) {
      const value = cells.slice(k + 1).find((c) => !isBlankCell(c));
      if (value !== undefined && !isKnownLabel(oneLine(value)))
        form.extra = { ...form.extra, [labelKey(cells[k]!)]: cellText(value) ?? value };
      continue;
    }
    if (!f || f === 'goals' || f === 'details' || f === 'budget.sources' || f === 'opinion') continue;
    let v = k + 1;
    while (v < cells.length && isBlankCell(cells[v]!)) v++;
    // A label with no field of ours (省级主管部门) is no value either: the value cell was left empty.
    if (v >= cells.length || projectLabel(oneLine(cells[v]!)) || isKnownLabel(oneLine(cells[v]!))) continue;
    // A label's own note (年度资金总额（元）) says what its amount is written in, wherever it stands in the row.
    setField(form, f, cells[v]!, amountUnitOfLabel(oneLine(cells[k]!)) ?? amountUnit);
    k = v;
  }
}

/**
 * The header of a list printed before the form (a notice's 分配表: 序号 | 项目单位 | 补助项目 | 补助金额 | 备注,
 * fresh/658): its cells are all column names, so none is the value of the one before it — 项目单位 names a column,
 * and 补助项目 is no unit. A row holding a figure is no such header.
 */
function listHeader(cells: readonly string[]): boolean {
  // Nearly every head row opens with no 序号: one look at its first filled cell before the whole test.
  if (!(cells.find((c) => c !== '') ?? '').includes('序号')) return false;
  return opensAnotherTable(cells) && !cells.some((c) => /\d/.test(c));
}

// A level of government with the other levels it stands for in brackets: 县（市、区）…, 市（州）….
const GENERIC_OFFICE = /^[省市州县区][（][省市州县区旗、]+[）]/;

export function setField(form: ProjectForm, field: ProjectField, raw: string, amountUnit: AmountUnit): void {
  const text = cellText(raw);
  const line = text ? oneLine(text) : null;
  switch (field) {
    case 'budget.total': {
      form.budget.total = parseAmount(line, amountUnit);
      // 854万(高标准农田建设400万元,…): the total first, its parts after it as the sources.
      const lead = form.budget.total === null && line ? leadingAmount(line, amountUnit) : null;
      if (lead) {
        form.budget.total = lead.amount;
        keepExplainedParts(form, lead.parts);
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
    case 'unit':
    case 'supervisor':
    case 'executor':
      // A template's placeholder for whichever county fills it in (县（市、区）教育部门) names no one.
      if (line && GENERIC_OFFICE.test(lexiconKey(line))) break;
      // A run of a table's cells after a 单位 label (乡镇2130122-农业生产发展2130108-病虫害控制合计…, a 分配表's
      // head run together) names no one: an office's name is short and carries one code at most.
      if (line && !namesAnOffice(line)) break;
      // 填报单位(盖章): | 单位负责人: — the next label, its colon after it, where the unit was left for the stamp.
      if (line && /[:：]\s*$/.test(line)) break;
      form[field] = line;
      break;
    case 'name':
    case 'code':
    case 'leader':
    case 'phone':
      form[field] = line;
      break;
    default:
      break;
  }
}

export function sourceLine(row: Row, amountUnit: AmountUnit) {
  const f = filledCells(row).flatMap(splitSourceCell);
  if (f.length === 0 || f.length > 3) return null;
  const nameIdx = f.findIndex((c) => !isAmount(c));
  if (nameIdx < 0) return null;
  // 一般公共预算拨款 | 小计 | 250: the group's subtotal, its parts on the rows under it — its name says so, for
  // the sums (a source and its parts are never added together).
  const subtotal = labelKey(f[nameIdx + 1] ?? '') === '小计' ? '小计' : '';
  const name = stripNumbering(f[nameIdx]!.replace(/^其中\s*[：:]?\s*/, '')).replace(/[：:]$/, '') + subtotal;
  // 二、 alone (its label run onto the next line): a number with no source named is no line of its own.
  if (/^(资金来源|金额|)$/.test(labelKey(name))) return null;
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

/**
 * "财政拨款：6923.3552万元（其中：…）" → its name and amount as two cells; other cells unchanged. A figure
 * followed by 、 or . is the numbering of the part (其中:1.中央资金), not its amount.
 */
function splitSourceCell(cell: string): string[] {
  const m = /^(?:其中[：:])?([^：:\d]{2,20})[：:]\s*(-?[\d,]+(?:\.\d+)?(?![\d.、．])\s*(?:万元|元)?)/.exec(
    cell,
  );
  return m ? [m[1]!, m[2]!] : (splitSpacedSource(cell) ?? gluedPartSource(cell) ?? [cell]);
}

/**
 * 其中 :上级资金16: a source the lexicon knows (上级资金, 财政拨款) with its figure run onto its name. Only a known
 * part's name is cut so: a free name may end in a figure of its own (2024年资金, 一期工程2).
 */
function gluedPartSource(cell: string): [string, string] | null {
  const m = /^(?:其中\s*[：:]?\s*)?([^\d：:\s]{2,20})(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)?$/.exec(cell.trim());
  return m && projectLabel(m[1]!) === 'budget.part' ? [m[1]!, m[2]! + (m[3] ?? '')] : null;
}
