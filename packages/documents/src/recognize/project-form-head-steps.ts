// The steps that read a project form's head rows: its indicator table, title and year, amounts and their unit,
// the publisher, and labels with their values in any layout.
import { parseAmount, type ProjectForm } from '@jixiao/core';
import { labelKey, oneLine } from '../rows/clean-cell.ts';
import { amountUnitOfLabel, projectLabel, splitInlineLabel } from './labels.ts';
import { amountUnitOfPair, captionOf } from './form-caption.ts';
import {
  isYearHeadingCell,
  stackedTotalFigures,
  thisYearColumnOf,
  totalInYearColumn,
} from './year-columns.ts';
import { standaloneYear, titleKind } from './titles.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { readIndicatorTable } from './indicator-table.ts';
import { readNameRuns } from './indicator-name-runs.ts';
import { noteRunOnPairs } from './note-run-on-fields.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { namesFromLevel2 } from './level2-names.ts';
import { termHeadingOf } from './goals.ts';
import { leadingAmount, soleText } from './row-helpers.ts';
import { type AmountUnit, flushGoalLines, type Step } from './project-form-reading.ts';
import { isStopRow } from './project-form-lines.ts';
import { inlineField, keepSignature, setField, spacedInlineLabel } from './project-form-fields.ts';

/** 一级指标 | 二级指标 | …: the whole indicator table, read at once. */
export const indicatorTable: Step = (r, at) => {
  if (!isIndicatorHeader(at.row)) return false;
  flushGoalLines(r);
  const t = readIndicatorTable(at.rows, at.next - 1, {
    term: r.term,
    goal: null,
    scope: 'project',
    isStop: isStopRow,
  });
  r.indicators.push(...namesFromLevel2(t.indicators));
  r.empty.push(...t.emptyLevel2);
  at.next = t.end;
  r.mode = 'fields';
  return true;
};

/** 三级指标 | names… / 年度目标值 / values…: the indicator table given column by column. */
export const indicatorNameRuns: Step = (r, at) => {
  const t = readNameRuns(at.rows, at.next - 1, r.term);
  if (!t) return false;
  flushGoalLines(r);
  r.indicators.push(...t.indicators);
  at.next = t.end;
  r.mode = 'fields';
  return true;
};

/** 年度绩效目标表 alone on its row (or 长期绩效指标 over its table, 佳县's 申报表): the term of what follows. */
export const termHeading: Step = (r, at) => {
  const term = at.filled.length === 1 ? termHeadingOf(at.firstKey) : null;
  if (term === null) return false;
  flushGoalLines(r);
  r.term = term;
  r.mode = 'fields';
  return true;
};

/** The form's title again (a repeated header). */
export const titleRow: Step = (_r, at) => titleKind(at.first) === 'project';

/** 2025年度 alone outside a table: the form's year. */
export const yearRow: Step = (r, at) => {
  const year = at.row.table ? null : standaloneYear(at.first);
  if (year === null) return false;
  r.form.year ??= year;
  return true;
};

/**
 * 项目资金申请（万元） 项目 上年度安排资金 本年度申请资金, then 合 计 213.4 259: this year's 合计 is the budget. The
 * heading line is remembered; the first 合计 line under it gives the total when no label gave one.
 */
export const yearColumnsRow: Step = (r, at) => {
  if (r.indicators.length > 0) return false;
  // The headings a row each (a copy one cell per line): the line they make together.
  const alone = at.filled.length === 1 && isYearHeadingCell(at.first);
  if (alone) r.yearHeads = [...r.yearHeads, at.first];
  else if (r.yearHeads.length > 0) r.yearHeads = [];
  const k = thisYearColumnOf((alone ? r.yearHeads : at.filled).join(' '));
  if (k !== null) {
    r.thisYearColumn = k;
    r.yearHeads = [];
    return false;
  }
  if (r.thisYearColumn === null) return false;
  // 合计 alone, its figures a row each after it.
  const stacked =
    at.filled.length === 1 && /^(合计|总计)$/.test(labelKey(at.first))
      ? stackedTotalFigures(at.rows, at.next)
      : null;
  const total = stacked
    ? (stacked.figures[r.thisYearColumn] ?? null)
    : totalInYearColumn(at.filled, r.thisYearColumn);
  if (total === null) return false;
  r.form.budget.total ??= parseAmount(total, r.amountUnit);
  r.thisYearColumn = null;
  if (stacked) at.next = stacked.end;
  return true;
};

/** Rows of the opinion: the stamp, date and signatures under it are not part of it; a phone is kept. */
export const opinionRow: Step = (r, at) => {
  // The finance bureau's opinion (批复意见, 文号, date) after the 主管部门's ends it.
  if (r.mode === 'opinion' && projectLabel(at.first)?.startsWith('approval.')) r.mode = 'fields';
  // 项目名称 | … after it: the text layer put the opinion, printed at the foot, before the form it closes.
  if (r.mode === 'opinion' && projectLabel(at.first) === 'name' && at.filled.length >= 2) r.mode = 'fields';
  if (r.mode !== 'opinion') return false;
  if (isSignatureRow(at.row)) keepSignature(r.form, at.row);
  else r.opinion.push(...at.filled);
  return true;
};

/**
 * 207101某区人民法院 | 单位:万元 over the form's first row: the budget unit that fills the form in, and the unit its
 * amounts are written in.
 */
export const captionRow: Step = (r, at) => {
  // A caption is two cells (captionOf): other rows are not looked at again.
  if (r.indicators.length > 0 || at.filled.length !== 2) return false;
  const caption = captionOf(at.row);
  if (!caption) return false;
  r.amountUnit = caption.amountUnit;
  r.form.unit ??= caption.office;
  return true;
};

/** 金额单位: | 元 in two cells (a copy one cell per line): the unit the amounts after it are written in. */
export const amountUnitRow: Step = (r, at) => {
  if (r.indicators.length > 0) return false;
  const unit = amountUnitOfPair(at.filled);
  if (unit === null) return false;
  r.amountUnit = unit;
  return true;
};

/**
 * 金额:100 万元 under the 填报单位 (湖南's 预算项目绩效目标申报表): the amount the form asks for. Only with its money
 * unit after the figure and alone on its line: 金额 alone heads many a column (明细, 资金来源).
 */
export const askedAmountRow: Step = (r, at) => {
  const text = at.row.table ? null : soleText(at.row);
  const inline = text ? splitInlineLabel(text) : null;
  if (!inline || labelKey(inline.label) !== '金额') return false;
  const m = /^(\d[\d,]*(?:\.\d+)?)\s*(万元|元)$/.exec(inline.value);
  if (!m) return false;
  r.form.budget.total ??= parseAmount(m[1]!, m[2] as AmountUnit);
  return true;
};

/** A seal's note alone where a value goes (申报单位：（盖章）): the place the office stamps, no value. */
const SEAL_ONLY = /^[（(]\s*(盖章|公章|印章|签章)\s*[)）]$/;

/** Inline labels: 申报单位：鄂州市…, 金额单位：万元 — alone or side by side on one row. */
export const inlineLabels: Step = (r, at) => {
  if (at.filled.length === 0) return false;
  // Every cell must be such a label: the first that is not ends the look (most rows' first cell).
  const inlineCells: Array<{ label: string; value: string }> = [];
  for (const c of at.filled) {
    const inline = splitInlineLabel(c) ?? spacedInlineLabel(c);
    if (!inline || !inlineField(inline.label)) return false;
    inlineCells.push(inline);
  }
  for (const inline of inlineCells) {
    const k = labelKey(inline.label);
    if (/金额单位|^单位$/.test(k)) {
      const unit = labelKey(inline.value);
      if (unit === '万元' || unit === '元') r.amountUnit = unit;
      continue;
    }
    const f = projectLabel(inline.label)!;
    // Neither read as the value nor waited for: the next line is a field of its own (项目名称 某某经费).
    if (SEAL_ONLY.test(inline.value)) continue;
    // 资金总额(元)：300,000.00 on a form counted in 万元: the label's own note names the money its figure is in.
    if (inline.value) setField(r.form, f, inline.value, amountUnitOfLabel(inline.label) ?? r.amountUnit);
    else r.pending = f;
  }
  return true;
};

/**
 * 年度资金总额：50万 | 中央衔接推进乡村振兴补助资金（少数民族发展任务）50: a row led by the total written in its label
 * cell, the fund it comes from named beside it. The total is the label cell's; the rest names where it comes from.
 */
export const totalLedFunds: Step = (r, at) => {
  if (at.filled.length < 2 || r.form.budget.total !== null) return false;
  const total = totalLeadingCells(at.filled, r.amountUnit);
  if (total === null) return false;
  r.form.budget.total = total;
  return true;
};

/** The total of cells led by 年度资金总额：50万 (the total's label cell with its amount), or null. */
export function totalLeadingCells(cells: readonly string[], amountUnit: AmountUnit): string | null {
  const inline = cells[0] ? splitInlineLabel(cells[0]) : null;
  if (!inline || projectLabel(inline.label) !== 'budget.total') return null;
  const lead = leadingAmount(inline.value, amountUnit);
  return lead && lead.parts.length === 0 ? lead.amount : null;
}

/** The label a page's index table gives its publisher. */
const PUBLISHER_LABEL = /^(发布机构|发布单位|信息来源)$/;
/** A sum in 万元 after the word for money (资金30万元, 经费12.5万元). */
const FUNDS_SUM = /(?:资金|经费)(\d+(?:\.\d+)?)万元/u;

/**
 * 安排同心县2025年设施农业技术培训资金30万元: a notice that sets one project's targets states in its opening
 * paragraph the money it arranges. Where the paragraph names one sum in 万元 and no other, after the word for
 * money, that sum is the project's — kept for a form that prints no amount, the paragraph left to the other steps.
 */
export const arrangedFundsRow: Step = (r, at) => {
  if (at.row.table || at.filled.length !== 1 || r.indicators.length > 0 || r.arranged !== null) return false;
  const text = oneLine(at.first);
  const sum = FUNDS_SUM.exec(text);
  if (sum && (text.match(/\d+(?:\.\d+)?万元/gu) ?? []).length === 1) r.arranged = sum[1]!;
  return false;
};

/** Words of a page's header line that follow its 来源 (阅读次数, 发布时间 …): the publisher's name ends there. */
const PAGE_CHROME = /阅读|浏览|点击|发布|作者|字体|字号|日期|时间|打印|分享|[\s|【[]/;
/** An organisation's name ends in what it is: 局, 委员会, 中心, 人民政府, 学校 … */
const ORGANISATION =
  /^\p{Script=Han}[\p{Script=Han}（）()]{1,28}(局|委|委员会|中心|政府|办公室|院|校|学校|学|园|所|站|社|会|厅|部|处|队|馆|镇|乡|街道|公司)$/u;

/**
 * 发布时间:2019-09-30 08:47信息来源: 某市卫生健康委阅读次数: …: the page line naming who published the form. A
 * form that names no unit of its own (its 申报单位 left to the stamp) is that publisher's; the line is kept for
 * that and is no field of the form.
 */
export const publisherRow: Step = (r, at) => {
  if (r.indicators.length > 0) return false;
  // 发布机构 | 某县农业农村局 | 文 号 | 无: the page's index table names its publisher in a pair of cells.
  if (at.row.table) {
    const name = at.filled[1]?.trim() ?? '';
    if (!PUBLISHER_LABEL.test(at.firstKey) || !ORGANISATION.test(name)) return false;
    r.publisher ??= name;
    return true;
  }
  if (at.filled.length !== 1) return false;
  const m = /(?:信息)?来源[:：]\s*(\S.*)$/u.exec(oneLine(at.first));
  if (!m) return false;
  const name = m[1]!.split(PAGE_CHROME)[0]!.trim();
  if (!ORGANISATION.test(name)) return false;
  r.publisher ??= name;
  return true;
};

/** Fields of the head whose value is one cell: a label of one of these may stand fused to its value. */
const ONE_VALUE_FIELDS: ReadonlySet<string> = new Set(['name', 'unit', 'supervisor', 'executor', 'leader']);

/**
 * 项目名称特殊人群病种筛查经费: a line of the head outside any table that opens with a one-value field's label and
 * runs on into its value (a page's copy parted them by one space, which cleaning drops between two Chinese
 * characters). The longest label the line opens with is taken; a field already read is not written over, and
 * nothing after the indicator table is read so.
 */
export const fusedLabelRow: Step = (r, at) => {
  if (at.row.table || at.filled.length !== 1 || r.mode !== 'fields' || r.indicators.length > 0) return false;
  const text = oneLine(at.first);
  // A colon further on ends a longer label (申报单位名称:(盖章)): that line is no label fused to its value.
  if (/[:：]/.test(text)) return false;
  for (let len = Math.min(12, text.length - 2); len >= 4; len--) {
    const field = projectLabel(text.slice(0, len));
    if (field === null) continue;
    if (!ONE_VALUE_FIELDS.has(field) || fieldOf(r.form, field)) return false;
    setField(r.form, field, text.slice(len), r.amountUnit);
    return true;
  }
  return false;
};

/**
 * 注:…项目实施单位海南省人民政府研究室…计划投资额(万元)144: a note a run-together copy ran on into the next table's
 * labelled head (note-run-on-fields.ts). Its pairs fill the one-value fields and the budget still unread; the row is
 * taken, so that no goal or indicator reads the note.
 */
export const noteRunOnFields: Step = (r, at) => {
  const pairs = at.filled.length === 1 ? noteRunOnPairs(at.first) : null;
  if (!pairs) return false;
  for (const { label, value } of pairs) {
    const field = projectLabel(label);
    const unread =
      field === 'budget.total'
        ? r.form.budget.total === null
        : field !== null && ONE_VALUE_FIELDS.has(field) && fieldOf(r.form, field) === null;
    if (unread) setField(r.form, field!, value, amountUnitOfLabel(label) ?? r.amountUnit);
  }
  return true;
};

function fieldOf(form: ProjectForm, field: string): string | null {
  const v = (form as unknown as Record<string, unknown>)[field];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The value of a label that stood alone on the row before. */
export const pendingValue: Step = (r, at) => {
  if (!r.pending || at.row.table) return false;
  const text = soleText(at.row);
  if (!text || projectLabel(at.first)) return false;
  setField(r.form, r.pending, text, r.amountUnit);
  r.pending = null;
  return true;
};
