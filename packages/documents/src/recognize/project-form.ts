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
import { CLOSING_LABELS, lexiconKey } from './lexicon.ts';
import { amountUnitOfPair, captionOf } from './form-caption.ts';
import { headWritesMoneyUnit, readUnlabelledYuan } from './unlabelled-yuan.ts';
import { headGluedCostTotal } from './glued-cost-total.ts';
import {
  isYearHeadingCell,
  stackedTotalFigures,
  thisYearColumnOf,
  totalInYearColumn,
} from './year-columns.ts';
import { formTypeOf, standaloneYear, titledProjectName, titledUnit, titleKind, yearIn } from './titles.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { readIndicatorTable } from './indicator-table.ts';
import { readNameRuns } from './indicator-name-runs.ts';
import { joinLabelsOverLines } from './labels-over-lines.ts';
import { noteRunOnPairs } from './note-run-on-fields.ts';
import { withoutBlockHeading } from './block-heading.ts';
import { isSignatureRow, keepProjectContact } from './signature-blocks.ts';
import { namesFromLevel2 } from './level2-names.ts';
import {
  headedSourcesTotal,
  isHeadedSourceLine,
  splitPartsTotal,
  splitSpacedSource,
} from './source-headings.ts';
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
  termHeadingOf,
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
import { nameUnderSlippedLabel } from './slipped-label.ts';

export interface ProjectDefaults {
  year: number | null;
  unit: string | null;
}

type Mode = 'fields' | 'sources' | 'details' | 'goals' | 'opinion';
type AmountUnit = '万元' | '元';

/** What the reading carries from one row to the next. */
interface Reading {
  form: ProjectForm;
  /** The unit amounts are written in (金额单位), until a label says otherwise. */
  amountUnit: AmountUnit;
  /** What unlabelled rows continue: the fields, the 资金来源, the cost lines, the goals or the opinion. */
  mode: Mode;
  /** The term (长期 / 年度) of the indicator table to come, from a heading above it. */
  term: Term | null;
  /** A field whose label stood alone: its value is the next row of text. */
  pending: ProjectField | null;
  /** Lines of an unlabelled 项目绩效总目标, joined when it ends. */
  goalLines: string[];
  /** A row of goal headings (长期目标 | 年度目标) whose texts come in the next row, column by column. */
  goalColumns: GoalColumn[] | null;
  detailCols: DetailColumns;
  opinion: string[];
  indicators: Indicator[];
  empty: EmptyLevel2[];
  /** Amounts of the 资金来源 lines headed （一）（二）…: the total when the form prints none. */
  headedSources: Array<string | null>;
  /** The page's publisher (信息来源：某市卫生健康委): the unit of a form that names none of its own. */
  publisher: string | null;
  /** Under 上年度安排资金 | 本年度申请资金 headings: which of the two figures is this year's. */
  thisYearColumn: number | null;
  /** Year-column headings met one a row so far (上年度预算安排 / 上年度实际执行 / 本年度申请金额, a cell a line). */
  yearHeads: string[];
  /** The head writes a money unit somewhere (万元, 元): amounts printed bare are in it, not guessed by size. */
  unitWritten: boolean;
  /** The 合计 of a cost table run together into one text, cut by its lines' amounts (glued-cost-total.ts). */
  gluedTotal: string | null;
  /** The sum a notice's paragraph arranges for the project (安排…资金30万元): the total when the form prints none. */
  arranged: string | null;
}

/** One row as the steps look at it; `next` may be moved past rows a step read itself (a table). */
interface RowAt {
  rows: Row[];
  row: Row;
  /** The row's filled cells (filledCells), worked out once for every step. */
  filled: string[];
  first: string;
  firstKey: string;
  next: number;
}

/** A step of the reading: true when it took the row (the later steps do not see it). */
type Step = (r: Reading, at: RowAt) => boolean;

export function recognizeProjectForm(
  rows: Row[],
  title: string | null,
  defaults: ProjectDefaults,
): ProjectForm {
  const r: Reading = {
    form: emptyProjectForm({ formType: formTypeOf(title, 'project'), title, emptyLevel2: [] }),
    amountUnit: '万元',
    mode: 'fields',
    term: null,
    pending: null,
    goalLines: [],
    goalColumns: null,
    detailCols: { item: 0, amount: 1, basis: 2, note: 3 },
    opinion: [],
    indicators: [],
    headedSources: [],
    empty: [],
    publisher: null,
    arranged: null,
    thisYearColumn: null,
    yearHeads: [],
    unitWritten: true,
    gluedTotal: null,
  };
  rows = joinLabelsOverLines(rows.map(withoutBlockHeading));
  r.unitWritten = headWritesMoneyUnit(rows);
  r.gluedTotal = headGluedCostTotal(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = filledCells(row);
    const first = filled[0] ?? '';
    const at: RowAt = { rows, row, filled, first, firstKey: keyOf(first), next: i + 1 };
    for (const step of STEPS) if (step(r, at)) break;
    i = at.next - 1;
  }
  flushGoalLines(r);
  return finish(r, title, defaults);
}

/** The unlabelled 项目绩效总目标 gathered so far, as one goal. */
function flushGoalLines(r: Reading): void {
  if (r.goalLines.length > 0)
    r.form.goals.push({ term: 'long', label: '项目绩效总目标', text: r.goalLines.join('\n') });
  r.goalLines = [];
}

/** 一级指标 | 二级指标 | …: the whole indicator table, read at once. */
const indicatorTable: Step = (r, at) => {
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
const indicatorNameRuns: Step = (r, at) => {
  const t = readNameRuns(at.rows, at.next - 1, r.term);
  if (!t) return false;
  flushGoalLines(r);
  r.indicators.push(...t.indicators);
  at.next = t.end;
  r.mode = 'fields';
  return true;
};

/** 年度绩效目标表 alone on its row (or 长期绩效指标 over its table, 佳县's 申报表): the term of what follows. */
const termHeading: Step = (r, at) => {
  const term = at.filled.length === 1 ? termHeadingOf(at.firstKey) : null;
  if (term === null) return false;
  flushGoalLines(r);
  r.term = term;
  r.mode = 'fields';
  return true;
};

/** The form's title again (a repeated header). */
const titleRow: Step = (_r, at) => titleKind(at.first) === 'project';

/** 2025年度 alone outside a table: the form's year. */
const yearRow: Step = (r, at) => {
  const year = at.row.table ? null : standaloneYear(at.first);
  if (year === null) return false;
  r.form.year ??= year;
  return true;
};

/**
 * 项目资金申请（万元） 项目 上年度安排资金 本年度申请资金, then 合 计 213.4 259: this year's 合计 is the budget. The
 * heading line is remembered; the first 合计 line under it gives the total when no label gave one.
 */
const yearColumnsRow: Step = (r, at) => {
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
const opinionRow: Step = (r, at) => {
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
const captionRow: Step = (r, at) => {
  // A caption is two cells (captionOf): other rows are not looked at again.
  if (r.indicators.length > 0 || at.filled.length !== 2) return false;
  const caption = captionOf(at.row);
  if (!caption) return false;
  r.amountUnit = caption.amountUnit;
  r.form.unit ??= caption.office;
  return true;
};

/** 金额单位: | 元 in two cells (a copy one cell per line): the unit the amounts after it are written in. */
const amountUnitRow: Step = (r, at) => {
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
const askedAmountRow: Step = (r, at) => {
  const text = at.row.table ? null : soleText(at.row);
  const inline = text ? splitInlineLabel(text) : null;
  if (!inline || labelKey(inline.label) !== '金额') return false;
  const m = /^(\d[\d,]*(?:\.\d+)?)\s*(万元|元)$/.exec(inline.value);
  if (!m) return false;
  r.form.budget.total ??= parseAmount(m[1]!, m[2] as AmountUnit);
  return true;
};

/** Inline labels: 申报单位：鄂州市…, 金额单位：万元 — alone or side by side on one row. */
const inlineLabels: Step = (r, at) => {
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
    if (inline.value) setField(r.form, f, inline.value, r.amountUnit);
    else r.pending = f;
  }
  return true;
};

/**
 * 年度资金总额：50万 | 中央衔接推进乡村振兴补助资金（少数民族发展任务）50: a row led by the total written in its label
 * cell, the fund it comes from named beside it. The total is the label cell's; the rest names where it comes from.
 */
const totalLedFunds: Step = (r, at) => {
  if (at.filled.length < 2 || r.form.budget.total !== null) return false;
  const total = totalLeadingCells(at.filled, r.amountUnit);
  if (total === null) return false;
  r.form.budget.total = total;
  return true;
};

/** The total of cells led by 年度资金总额：50万 (the total's label cell with its amount), or null. */
function totalLeadingCells(cells: readonly string[], amountUnit: AmountUnit): string | null {
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
const arrangedFundsRow: Step = (r, at) => {
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
const publisherRow: Step = (r, at) => {
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

/**
 * An office's name as a unit cell gives it: two to 40 characters and one code at most ([066]某局, 422001-某局).
 * A lone 及 between two labels (主管部门(单位)名称及部门预算编码, one label the tokenizer parted) is no name either.
 */
function namesAnOffice(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && (text.match(/\d+/g) ?? []).length <= 1;
}

/** Fields of the head whose value is one cell: a label of one of these may stand fused to its value. */
const ONE_VALUE_FIELDS: ReadonlySet<string> = new Set(['name', 'unit', 'supervisor', 'executor', 'leader']);

/**
 * 项目名称特殊人群病种筛查经费: a line of the head outside any table that opens with a one-value field's label and
 * runs on into its value (a page's copy parted them by one space, which cleaning drops between two Chinese
 * characters). The longest label the line opens with is taken; a field already read is not written over, and
 * nothing after the indicator table is read so.
 */
const fusedLabelRow: Step = (r, at) => {
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
const noteRunOnFields: Step = (r, at) => {
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
const pendingValue: Step = (r, at) => {
  if (!r.pending || at.row.table) return false;
  const text = soleText(at.row);
  if (!text || projectLabel(at.first)) return false;
  setField(r.form, r.pending, text, r.amountUnit);
  r.pending = null;
  return true;
};

/** The texts under a row of goal headings, or such a row of headings. */
const goalColumnsRow: Step = (r, at) => {
  if (r.goalColumns) {
    const under = goalsUnderColumns(at.row, r.goalColumns);
    r.goalColumns = null;
    if (under.length > 0) {
      r.form.goals.push(...under);
      return true;
    }
  }
  // Goal headings are two cells at least (goalColumnsOf).
  const headings = at.filled.length >= 2 ? goalColumnsOf(at.row) : null;
  if (!headings) return false;
  flushGoalLines(r);
  r.goalColumns = headings;
  r.mode = 'fields';
  return true;
};

/** Goal rows: 长期绩效目标1 | text. */
const goalRow: Step = (r, at) => {
  const g = goalLabelOf(at.first, null);
  if (!g || !(at.filled.length >= 2 || r.mode === 'goals') || !(r.mode === 'goals' || g.term)) return false;
  const cells = at.row.cells;
  const text = cellText(
    cells
      .slice(cells.findIndex((c) => oneLine(c) === at.first) + 1)
      .filter((c) => !isBlankCell(c))
      .join('\n'),
  );
  r.form.goals.push({ term: g.term ?? 'long', label: g.label, text });
  return true;
};

/** A goal heading with its text in the same cell. */
const goalHeadingRow: Step = (r, at) => {
  const heading = goalHeading(at.first);
  if (!heading) return false;
  r.form.goals.push(heading);
  return true;
};

/** A row led by a label of the form: its value, or the start of the part of the form it heads. */
const labelledRow: Step = (r, at) => {
  const { row, first, firstKey } = at;
  const field = projectLabel(first);
  if (!field) return false;
  if (field === 'budget.part') {
    // 其中：财政拨款 | 6070.00 — a part of the total, listed under it.
    const src = sourceLine(row, r.amountUnit);
    if (src) r.form.budget.sources.push(src);
    r.mode = 'sources';
    return true;
  }
  flushGoalLines(r);
  r.mode = 'fields';
  r.amountUnit = amountUnitOfLabel(first) ?? r.amountUnit;
  if (field === 'goals' && at.filled.length >= 2) {
    // 绩效目标 | the goal's text, on one row.
    const text = cellText(at.filled.slice(1).join('\n'));
    r.form.goals.push({
      term: /总目标/.test(firstKey) ? 'long' : (termOfLabel(firstKey) ?? 'annual'),
      label: firstKey,
      text,
    });
    return true;
  }
  if (field === 'budget.total' && isCostTableHeader(row)) {
    // 项目预算 | 成本构成 | 金额 | 测算依据 …: the budget is given as a cost table ending in 合计.
    r.mode = 'details';
    r.detailCols = detailColumns({ ...row, cells: row.cells.map((c) => (oneLine(c) === first ? '' : c)) });
    return true;
  }
  // Other labels on the same row too: 项目类别 | X | 项目性质 | Y.
  handleLabelRow(r.form, row, r.amountUnit);
  if (field === 'budget.sources') {
    r.mode = 'sources';
    // 项目资金（万元） | 合计 | 250: the block's first line printed on its label's row (its total, or a source).
    const rest = filledCells(row).slice(1);
    const src = rest.length === 2 ? sourceLine({ ...row, cells: rest }, r.amountUnit) : null;
    if (src?.amount) r.form.budget.sources.push(src);
    else readInlineFunds(r.form, rest, r.amountUnit);
  } else if (field === 'details') r.mode = 'details';
  else if (field === 'goals') r.mode = 'goals';
  else if (field === 'opinion') {
    r.mode = 'opinion';
    r.opinion.push(...at.filled.slice(1));
  }
  return true;
};

/**
 * 项目资金申请（万元） | 资金总额：65 | 财政拨款：65 | 自有资金：: the block's lines printed beside its label, each
 * cell a label and its amount (江西's 申报表), or labels and amounts in turn (合计 | 186 | 1、市级财政拨款 | 186). The
 * total's label (or 合计) gives the budget; the others are its sources. A row that is no such run of pairs is left
 * as it was read.
 */
function readInlineFunds(form: ProjectForm, cells: readonly string[], amountUnit: AmountUnit): void {
  const pairs = inlinePairs(cells) ?? alternatePairs(cells);
  if (!pairs) {
    // 资金情况（万元） | 年度资金总额：50万 | 中央衔接…资金50: the total in its label cell, the fund named beside it.
    form.budget.total ??= totalLeadingCells(cells, amountUnit);
    return;
  }
  for (const { label, value } of pairs) {
    const amount = isAmount(value) ? parseAmount(value, amountUnit) : null;
    if (amount === null) continue;
    const field = projectLabel(label);
    if (field === 'budget.total' || /^(合计|总计)$/.test(labelKey(label))) form.budget.total ??= amount;
    else form.budget.sources.push({ name: labelKey(label), amount });
  }
}

/** 资金总额：65 | 财政拨款：65: every cell a label and its value; 年度资金总额：16 alone, the total's. */
function inlinePairs(cells: readonly string[]): Array<{ label: string; value: string }> | null {
  const pairs = cells.map(splitInlineLabel);
  const enough = pairs.length >= 2 || (pairs[0] && projectLabel(pairs[0].label) === 'budget.total');
  return enough && pairs.every((p) => p !== null) ? (pairs as Array<{ label: string; value: string }>) : null;
}

/** 合计 | 186 | 1、市级财政拨款 | 186 | 2、其他资金 | 0: labels and their amounts in turn, numbering taken off. */
function alternatePairs(cells: readonly string[]): Array<{ label: string; value: string }> | null {
  if (cells.length < 4 || cells.length % 2 !== 0) return null;
  const pairs: Array<{ label: string; value: string }> = [];
  for (let k = 0; k < cells.length; k += 2) {
    const label = stripNumbering(oneLine(cells[k]!));
    if (isAmount(label) || !isAmount(cells[k + 1]!)) return null;
    pairs.push({ label, value: cells[k + 1]! });
  }
  return pairs;
}

/** 填表人 … 联系电话 …, （盖章） 年 月 日: no field of its own; the phone is kept as the form's 联系电话. */
const signatureRow: Step = (r, at) => {
  if (!isSignatureRow(at.row)) return false;
  keepSignature(r.form, at.row);
  return true;
};

/** A line of the 资金来源 under its label; any other row ends them. */
const sourceRow: Step = (r, at) => {
  if (r.mode !== 'sources') return false;
  const src = sourceLine(at.row, r.amountUnit);
  if (src) {
    r.form.budget.sources.push(src);
    if (isHeadedSourceLine(at.first)) r.headedSources.push(src.amount);
    return true;
  }
  r.mode = 'fields';
  return false;
};

/** A cost line (支出明细) or their header; any other row ends them. */
const detailRow: Step = (r, at) => {
  if (r.mode !== 'details') return false;
  if (/经济科目|支出明细|测算依据|支出项目|明细项目/.test(keyOf(at.row.cells.join('')))) {
    r.detailCols = detailColumns(at.row);
    return true;
  }
  const d = detailLine(at.row, r.amountUnit, r.detailCols);
  if (d) {
    r.form.details.push(d);
    return true;
  }
  r.mode = 'fields';
  return false;
};

/**
 * A row led by a label the model keeps no field for, with pairs of its own after it (市级财政部门 | 某财政局 |
 * 市级主管部门 | 某教育局): the pairs the form has fields for are read, not lost with the first.
 */
const knownLedRow: Step = (r, at) => {
  const { row, first } = at;
  if (!row.table || at.filled.length < 4 || projectLabel(first)) return false;
  const known = isKnownLabel(first);
  // 填表人 | 李四 | 联系电话 | …: a signature line, read by its own step.
  if (!known && (!looksLikeLabel(first) || isSignatureRow(row))) return false;
  if (!row.cells.some((c) => c !== first && projectLabel(oneLine(c)) !== null)) return false;
  handleLabelRow(r.form, row, r.amountUnit);
  // A label the lexicon does not know (预算规模及资金用途 | 预算数 | 20.00 …) is kept and so reported, not dropped
  // with its row; what follows it is the known pair, so it keeps no value of its own.
  if (!known) r.form.extra = { ...r.form.extra, [at.firstKey]: '' };
  r.mode = 'fields';
  return true;
};

/** Short words with no figure or sentence mark, as a row's leading label is written (预算规模及资金用途). */
function looksLikeLabel(text: string): boolean {
  const t = oneLine(text);
  return t.length >= 2 && t.length <= 12 && /^[\p{Script=Han}（）()]+$/u.test(t);
}

/** A labelled field the model has no place for: kept rather than losing what the document says. */
const extraField: Step = (r, at) => {
  const { row, first, firstKey } = at;
  if (
    r.mode !== 'fields' ||
    !row.table ||
    at.filled.length !== 2 ||
    first.length > 20 ||
    /[。；，,;]/.test(first)
  )
    return false;
  const labelAt = row.cells.findIndex((c) => oneLine(c) === first);
  const valueCell = row.cells.slice(labelAt + 1).find((c) => !isBlankCell(oneLine(c)));
  const text = cellText(valueCell ?? '');
  if (!text) return false;
  r.form.extra = { ...r.form.extra, [firstKey]: text };
  return true;
};

/** A line of an unlabelled 项目绩效总目标 (a 名称 header or an empty lead is passed over). */
const goalText: Step = (r, at) => {
  if (r.mode !== 'goals') return false;
  if (/^名称$/.test(at.firstKey) || at.firstKey === '') return true;
  const text = soleText(at.row);
  if (!text || at.row.table) return false;
  r.goalLines.push(text.replace(/^[-•·]\s*/, ''));
  return true;
};

/** The steps in the order they look at a row. */
const STEPS: readonly Step[] = [
  noteRunOnFields,
  indicatorTable,
  indicatorNameRuns,
  termHeading,
  titleRow,
  yearRow,
  yearColumnsRow,
  opinionRow,
  publisherRow,
  arrangedFundsRow,
  captionRow,
  amountUnitRow,
  askedAmountRow,
  inlineLabels,
  totalLedFunds,
  fusedLabelRow,
  pendingValue,
  goalColumnsRow,
  goalRow,
  goalHeadingRow,
  labelledRow,
  knownLedRow,
  signatureRow,
  sourceRow,
  detailRow,
  extraField,
  goalText,
];

/** What the whole form settles once read: the total, the indicators, the opinion, the year and unit. */
function finish(r: Reading, title: string | null, defaults: ProjectDefaults): ProjectForm {
  const { form } = r;
  form.budget.total ??= form.details.find((d) => /^(合计|总计)$/.test(labelKey(d.item)))?.amount ?? null;
  // The 资金来源 list's own 合计 line, when no label gave the total.
  form.budget.total ??=
    form.budget.sources.find((s) => /^(合计|总计)$/.test(labelKey(s.name)))?.amount ?? null;
  // A form that states only this year's budget (当年预算 229.66): that is the project's budget.
  form.budget.total ??= form.budget.current;
  form.budget.total ??= headedSourcesTotal(r.headedSources);
  form.budget.total ??= splitPartsTotal(form.budget.sources);
  form.budget.total ??= r.gluedTotal === null ? null : parseAmount(r.gluedTotal, r.amountUnit);
  if (r.indicators.length > 0) form.budget.total ??= r.arranged;
  form.indicators = r.indicators;
  readUnlabelledYuan(form, r.unitWritten);
  form.emptyLevel2 = r.empty;
  form.opinion = cleanOpinion(r.opinion);
  settleApprovalNote(form);
  // A 批复表 whose title and name give no year is for the year of its 文号 or 批复日期.
  form.year =
    form.year ?? yearIn(title) ?? yearIn(form.name) ?? yearOfApprovalNote(form.approval) ?? defaults.year;
  form.unit ??= defaults.unit;
  if (!form.unit && !form.supervisor && !form.executor) form.unit = titledUnit(title) ?? r.publisher;
  // A transfer's 区域绩效目标表 naming only the levels above the spending county (中央主管部门, 省级主管部门): the
  // lowest of them is the department answerable for it.
  if (!form.unit && !form.supervisor && !form.executor) form.unit = upperSupervisor(form.extra);
  // No 项目名称 cell: the title names the project of the indicators under it (某县高中助学金项目绩效评价指标表).
  // A title over no table (a notice's attachment named in prose) makes no form.
  if (form.indicators.length > 0) form.name ??= titledProjectName(title);
  form.name ??= nameUnderSlippedLabel(form.extra);
  return form;
}

/** The 主管部门 above the county a transfer form names, lowest level first (labels kept as extras). */
const UPPER_SUPERVISORS = ['省级业务主管部门', '省级主管部门', '中央主管部门'];

function upperSupervisor(extra: ProjectForm['extra']): string | null {
  for (const label of UPPER_SUPERVISORS) {
    const v = extra?.[label]?.trim();
    if (v) return v;
  }
  return null;
}

/** A signature row: its phone is the form's 联系电话; under a 批复表, 经办人 / 负责人 / date are the 批复's. */
function keepSignature(form: ProjectForm, row: Row): void {
  keepProjectContact(form, row);
  if (form.formType === '批复表') keepApprovalSignature(form, row);
}

/**
 * 项目名称 特殊人群病种筛查经费, 项目当年预算(万元) 25.00: a label of the form's head and its value in one cell,
 * parted by a space only (a copy with single spaces between cells, or the space a page's alignment left). The
 * label must be a field of the head whole, so a name or a sentence that opens with such a word stays as it is.
 */
function spacedInlineLabel(text: string): { label: string; value: string } | null {
  const m = /^([^\s：:]{2,16})[ \u3000]+(\S.*)$/s.exec(text.trim());
  if (!m || !inlineField(m[1]!)) return null;
  return { label: m[1]!, value: m[2]!.trim() };
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
function handleLabelRow(form: ProjectForm, row: Row, amountUnit: AmountUnit): void {
  const cells = row.cells.map((c) => c.trim());
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

// A level of government with the other levels it stands for in brackets: 县（市、区）…, 市（州）….
const GENERIC_OFFICE = /^[省市州县区][（][省市州县区旗、]+[）]/;

function setField(form: ProjectForm, field: ProjectField, raw: string, amountUnit: AmountUnit): void {
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

function sourceLine(row: Row, amountUnit: AmountUnit) {
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

/**
 * "财政拨款：6923.3552万元（其中：…）" → its name and amount as two cells; other cells unchanged. A figure
 * followed by 、 or . is the numbering of the part (其中:1.中央资金), not its amount.
 */
function splitSourceCell(cell: string): string[] {
  const m = /^(?:其中[：:])?([^：:\d]{2,20})[：:]\s*(-?[\d,]+(?:\.\d+)?(?![\d.、．])\s*(?:万元|元)?)/.exec(
    cell,
  );
  return m ? [m[1]!, m[2]!] : (splitSpacedSource(cell) ?? [cell]);
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

function detailLine(row: Row, amountUnit: AmountUnit, cols: DetailColumns) {
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

/** What ends a run of indicator rows inside a project form (asked of every row of the table). */
function isStopRow(row: Row): boolean {
  const first = firstFilled(row);
  const key = keyOf(first);
  if (projectLabel(key) || CLOSING_LABELS.includes(lexiconKey(first))) return true;
  if (TERM_TABLE_HEADING.test(key)) return true;
  if (titleKind(first)) return true;
  return isPointsTotalRow(row, key);
}

const TERM_TABLE_HEADING = /^(长期|年度|总体)绩效目标表$/;
const POINTS_TOTAL = /^(总分|合计|总计)$/;
const POINTS = /^\d+(\.\d+)?分?$/;

/**
 * 总分 | 100 under the indicators (a 评价指标表 with a 分值 column): the points' total, at most one figure beside it.
 * `firstKey` is the key of the row's first filled cell (its first cell turns most rows away before the others
 * are gathered).
 */
function isPointsTotalRow(row: Row, firstKey: string): boolean {
  if (!POINTS_TOTAL.test(firstKey)) return false;
  const filled = filledCells(row);
  return filled.slice(1).every((c) => POINTS.test(c.trim())) && filled.length <= 2;
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
