// The steps that read a project form's body rows: its goals, labelled rows, signatures, 资金来源 and cost lines,
// extra fields and unlabelled goal text.
import { parseAmount, type ProjectForm } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { amountUnitOfLabel, isKnownLabel, projectLabel, splitInlineLabel } from './labels.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { isHeadedSourceLine } from './source-headings.ts';
import { goalColumnsOf, goalHeading, goalLabelOf, goalsUnderColumns, termOfLabel } from './goals.ts';
import { cellText, filledCells, isAmount, keyOf, soleText, stripNumbering } from './row-helpers.ts';
import { type AmountUnit, flushGoalLines, type Step } from './project-form-reading.ts';
import { handleLabelRow, keepSignature, sourceLine } from './project-form-fields.ts';
import { detailColumns, detailLine, isCostTableHeader } from './project-form-lines.ts';
import { totalLeadingCells } from './project-form-head-steps.ts';
import { addSideSource } from './period-paired-lines.ts';
import { numberedSourcesRunOn } from './numbered-source-run-on.ts';
import { refersForAmount, sourceReferredFor } from './amount-by-reference.ts';

/** The texts under a row of goal headings, or such a row of headings. */
export const goalColumnsRow: Step = (r, at) => {
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
export const goalRow: Step = (r, at) => {
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
export const goalHeadingRow: Step = (r, at) => {
  const heading = goalHeading(at.first);
  if (!heading) return false;
  r.form.goals.push(heading);
  return true;
};

/** A row led by a label of the form: its value, or the start of the part of the form it heads. */
export const labelledRow: Step = (r, at) => {
  const { row, first, firstKey } = at;
  const field = projectLabel(first);
  if (!field) return false;
  if (field === 'budget.part') {
    // 其中：财政拨款 | 6070.00 — a part of the total, listed under it (the year's, where two periods stand side by side).
    const sided = r.yearSide === null ? null : yearSideSource(filledCells(row), r.yearSide, r.amountUnit);
    const src = sided ?? sourceLine(row, r.amountUnit);
    if (src) addSideSource(r.form, r.periodLines, src);
    if (src && !sided)
      for (const next of numberedSourcesRunOn(row, r.amountUnit)) addSideSource(r.form, r.periodLines, next);
    r.mode = 'sources';
    return true;
  }
  flushGoalLines(r);
  // 项目资金申请（万元） over 资金总额：250 over 一、预算资金：250 …: the total is the 资金来源 block's first line, and
  // the lines under it are still its sources.
  const totalInSources = r.mode === 'sources' && field === 'budget.total';
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
  if (totalInSources) r.mode = 'sources';
  else if (field === 'budget.sources') {
    r.mode = 'sources';
    // 项目资金（万元） | 合计 | 250: the block's first line printed on its label's row (its total, or a source).
    const rest = filledCells(row).slice(1);
    const src = rest.length === 2 ? sourceLine({ ...row, cells: rest }, r.amountUnit) : null;
    if (src?.amount) r.form.budget.sources.push(src);
    else r.yearSide = readInlineFunds(r.form, rest, r.amountUnit);
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
function readInlineFunds(form: ProjectForm, cells: readonly string[], amountUnit: AmountUnit): number | null {
  const pairs = inlinePairs(cells) ?? alternatePairs(cells);
  if (!pairs) {
    // 资金情况（万元） | 年度资金总额：50万 | 中央衔接…资金50: the total in its label cell, the fund named beside it.
    form.budget.total ??= totalLeadingCells(cells, amountUnit);
    return null;
  }
  // 中期资金总额 | 68.50 | 年度资金总额 | 51.35: the totals of two periods side by side, each over its own sources
  // (其中：财政拨款 | 68.50 | 其中：财政拨款 | 51.35). The year's is the form's budget, as ever; the period's is no
  // source of it, and the rows under them give the year's side (yearSide).
  const year = yearSideOf(pairs.map((p) => p.label));
  if (year !== null) {
    form.budget.total ??= parseAmount(pairs[year]!.value, amountUnit);
    return year;
  }
  for (const { label, value } of pairs) {
    const amount = isAmount(value) ? parseAmount(value, amountUnit) : null;
    if (amount === null) continue;
    const field = projectLabel(label);
    if (field === 'budget.total' || /^(合计|总计)$/.test(labelKey(label))) form.budget.total ??= amount;
    else form.budget.sources.push({ name: labelKey(label), amount });
  }
  return null;
}

/** 中期资金总额 | 年度资金总额: two totals, a period's and the year's — the year's place; null for any other pairs. */
function yearSideOf(labels: readonly string[]): number | null {
  const keys = labels.map((l) => labelKey(l).replace(/[:：]$/, ''));
  if (keys.length !== 2 || !keys.every((k) => /总额$/.test(k))) return null;
  const year = keys.findIndex((k) => /^(年度|当年|本年)/.test(k));
  const period = keys.findIndex((k) => /^(中期|项目期|总)/.test(k));
  return year >= 0 && period >= 0 && year !== period ? year : null;
}

/**
 * A 资金来源 row printing both periods' lines side by side (其中：财政拨款 | 68.50 | 其中：财政拨款 | 51.35, or the
 * two names with no amounts): the year's line. Null for a row of another shape.
 */
function yearSideSource(cells: readonly string[], side: number, amountUnit: AmountUnit) {
  const pairs = alternatePairs(cells);
  if (pairs?.length === 2)
    return sourceLine({ cells: [pairs[side]!.label, pairs[side]!.value], table: true }, amountUnit);
  const names = cells.map((c) => labelKey(c));
  if (cells.length === 2 && names[0] === names[1] && !isAmount(cells[0]!))
    return sourceLine({ cells: [cells[side]!], table: true }, amountUnit);
  return null;
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
export const signatureRow: Step = (r, at) => {
  if (!isSignatureRow(at.row)) return false;
  keepSignature(r.form, at.row);
  return true;
};

/**
 * 项目预算（万元） | 资金总额 | 96 over | 其中:市财政资金 | 96: a line its 其中 marks a part of the total on the row
 * above, though the lexicon knows no such source — the 资金来源 lines start there.
 */
export const partUnderTotalRow: Step = (r, at) => {
  if (r.mode !== 'fields' || !/^其中\s*[:：]/.test(at.first)) return false;
  const above = at.rows[at.next - 2];
  if (!above || !filledCells(above).some((c) => projectLabel(c) === 'budget.total')) return false;
  const src = sourceLine(at.row, r.amountUnit);
  if (!src?.amount) return false;
  addSideSource(r.form, r.periodLines, src);
  r.mode = 'sources';
  return true;
};

/** A line of the 资金来源 under its label; any other row ends them. */
export const sourceRow: Step = (r, at) => {
  if (r.mode !== 'sources') return false;
  // 下达资金总额 | 其中：中央财政补助 over 参见附件1具体金额 (or 860): the amount cell, or the reference that stands for
  // it, of the part the row above ended on — never a source named 参见附件1具体金额 (amount-by-reference.ts).
  const reference = at.filled.length === 1 && refersForAmount(at.first);
  if (reference || (at.filled.length === 1 && isAmount(at.first))) {
    const above = at.rows[at.next - 2];
    const part = above ? sourceReferredFor(filledCells(above)) : null;
    const src = part && !reference ? { ...part, amount: parseAmount(at.first, r.amountUnit) } : part;
    if (src && !r.form.budget.sources.some((s) => s.name === src.name)) {
      addSideSource(r.form, r.periodLines, src);
      return true;
    }
    if (reference) return true;
  }
  const sided = r.yearSide === null ? null : yearSideSource(filledCells(at.row), r.yearSide, r.amountUnit);
  const src = sided ?? sourceLine(at.row, r.amountUnit);
  if (src) {
    addSideSource(r.form, r.periodLines, src);
    if (!sided)
      for (const next of numberedSourcesRunOn(at.row, r.amountUnit))
        addSideSource(r.form, r.periodLines, next);
    if (isHeadedSourceLine(at.first)) r.headedSources.push(src.amount);
    return true;
  }
  r.mode = 'fields';
  r.yearSide = null;
  return false;
};

/** A cost line (支出明细) or their header; any other row ends them. */
export const detailRow: Step = (r, at) => {
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
  r.yearSide = null;
  return false;
};

/**
 * A row led by a label the model keeps no field for, with pairs of its own after it (市级财政部门 | 某财政局 |
 * 市级主管部门 | 某教育局): the pairs the form has fields for are read, not lost with the first.
 */
export const knownLedRow: Step = (r, at) => {
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
export const extraField: Step = (r, at) => {
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
export const goalText: Step = (r, at) => {
  if (r.mode !== 'goals') return false;
  if (/^名称$/.test(at.firstKey) || at.firstKey === '') return true;
  const text = soleText(at.row);
  if (!text || at.row.table) return false;
  r.goalLines.push(text.replace(/^[-•·]\s*/, ''));
  return true;
};
