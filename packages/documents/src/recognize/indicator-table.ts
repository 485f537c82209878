// Reads an indicator table (绩效指标表) of any layout: finds its columns from the header rows, puts each
// data row's cells back into their columns when the extraction shifted them, fills 一级/二级 down when they
// are left blank as repeats, merges rows broken over two lines, and drops template placeholder rows.
import { isPeriodValue } from './level2-worded-names.ts';
import {
  frameworks,
  parseIndicatorValue,
  type EmptyLevel2,
  type Framework,
  type Indicator,
  type Term,
} from '@jixiao/core';
import { isPageChrome } from './page-chrome.ts';
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { goalLabelOf, termOfLabel } from './goals.ts';
import { isTermHeadingRow } from './split-header.ts';
import { isLevel1Name, isLevel2Name, isLevelName } from './level-names.ts';
import { endsTableAsFooter } from './signature-blocks.ts';
import { splitNameFromDescription } from './name-description.ts';
import {
  DIRECTION_OPS,
  isIndicatorHeader,
  isSubHeader,
  namesValueColumns,
  parentLevel1,
  readColumns,
} from './indicator-table-columns.ts';
import {
  allIn,
  blankPlaceholder,
  clean,
  cleanIn,
  columnsByRole,
  comparatorOf,
  droppedTargetColumn,
  endsInUnitNote,
  firstIn,
  isContinuation,
  isRuleCell,
  isWrappedFragment,
  isWrappedName,
  isZeroPlaceholder,
  joinBracketTails,
  joinBroken,
  nameBeforeExplanation,
  normaliseLevel1,
  normaliseLevel2,
  offersOptions,
  type RawRow,
  rejoinCutUnits,
  secondBlockStart,
  splitBlocks,
  TEMPLATE_SLOT_NAME,
} from './indicator-row-cells.ts';
import { alignRow } from './indicator-row-placement.ts';

export interface IndicatorTableResult {
  indicators: Indicator[];
  emptyLevel2: EmptyLevel2[];
  /** Index of the first row after the table. */
  end: number;
}

export interface IndicatorTableContext {
  term: Term | null;
  goal: string | null;
  scope: 'project' | 'department';
  /** Decides where the table stops: a row that starts something else. */
  isStop: (row: Row) => boolean;
}

interface Draft {
  cells: string[];
  line: number | undefined;
  blankBefore: boolean;
  /** A short paragraph between table rows: the wrapped end of the row above's cell (PDF text). */
  fragment?: boolean;
}

/** The frameworks to name levels by, those of the form's own scope first. */
const FRAMEWORKS_FIRST: Readonly<Record<IndicatorTableContext['scope'], Framework[]>> = {
  project: frameworks
    .filter((f) => f.scope === 'project')
    .concat(frameworks.filter((f) => f.scope !== 'project')),
  department: frameworks
    .filter((f) => f.scope === 'department')
    .concat(frameworks.filter((f) => f.scope !== 'department')),
};

/** Reads the table whose header row is rows[start]. */
export function readIndicatorTable(
  rows: Row[],
  start: number,
  ctx: IndicatorTableContext,
): IndicatorTableResult {
  const header = rows[start]!;
  let i = start + 1;
  const subs: Row[] = [];
  while (i < rows.length && isSubHeader(rows[i]!, header)) subs.push(rows[i++]!);
  const headerGoal = labelKey(header.cells[0] ?? '');
  let term: Term | null = termOfLabel(headerGoal) ?? ctx.term;

  const drafts: Draft[] = [];
  let prevLine = subs.at(-1)?.line ?? header.line;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    // A signature block or a note under the table (填表人 … 联系电话 …, （盖章） 年 月 日) ends it.
    if (ctx.isStop(row) || isIndicatorHeader(row) || endsTableAsFooter(row) || offersOptions(row)) break;
    // 年度绩效指标 alone over the next table (佳县's 申报表 prints 长期 and 年度 tables one after the other): that
    // table's term, for the form's reading to take up.
    if (isTermHeadingRow(row)) break;
    if (!row.table) {
      // A paragraph inside a table is the wrapped end of a cell when it is a short fragment and the table
      // goes on after it (or the document ends); anything else ends the table. A page's own controls under
      // the table (扫一扫在手机打开当前页) are no cell's end.
      const next = rows[i + 1];
      const text = row.cells.join(' ').trim();
      if (isPageChrome(text)) break;
      if (drafts.length > 0 && isWrappedFragment(text) && (!next || (next.table && !ctx.isStop(next)))) {
        drafts.push({ cells: [text], line: row.line, blankBefore: false, fragment: true });
        prevLine = row.line;
        continue;
      }
      break;
    }
    const cells = row.cells.map((c) => c.trim());
    if (cells.every(isRuleCell)) continue; // separator or empty row
    // 2021年实际实现值 | 预期2022年实现值 under a header it did not join: the value's columns named, no indicator.
    if (namesValueColumns(cells)) continue;
    const blankBefore = row.line !== undefined && prevLine !== undefined && row.line > prevLine + 1;
    prevLine = row.line;
    drafts.push({ cells, line: row.line, blankBefore });
  }
  const end = i;
  const cols = readColumns(
    header,
    subs,
    drafts.map((d) => d.cells),
  );

  // Rows broken over two lines: the second part carries only text in the goal or name column.
  const merged: string[][] = [];
  const rawAbove: RawRow[] = [];
  const nameCol = cols.roles.indexOf('name');
  for (const d of drafts) {
    const prev = merged.at(-1);
    if (d.fragment) {
      // 完工项目县畜禽粪污综合利用率 | ≥90% then 完工项目县规模养殖场…: a line that opens with the words the name above
      // opens with is the next indicator (a page cut off its value), not the name's wrapped end.
      const above = prev && nameCol >= 0 ? labelKey(prev[nameCol] ?? '') : '';
      const text = d.cells[0]!;
      const whole = prev !== undefined && nameCol >= 0 && endsInUnitNote(prev[nameCol] ?? '');
      if (
        whole ||
        (above.length >= 8 && labelKey(text).length >= 8 && labelKey(text).startsWith(above.slice(0, 4)))
      ) {
        const row = cols.roles.map(() => '');
        row[nameCol] = text;
        merged.push(row);
        continue;
      }
      if (prev && nameCol >= 0) prev[nameCol] = joinBroken(prev[nameCol] ?? '', text);
      continue;
    }
    const written = d.cells.map(blankPlaceholder);
    joinBracketTails(written, rawAbove);
    rejoinCutUnits(written);
    rawAbove.push({ cells: written, aligned: null });
    const aligned = alignRow(written, cols.roles);
    rawAbove.at(-1)!.aligned = aligned;
    if (
      prev &&
      (d.blankBefore || isWrappedName(aligned, prev, cols.roles)) &&
      isContinuation(aligned, cols.roles) &&
      !endsInUnitNote(prev[nameCol] ?? '')
    ) {
      aligned.forEach((c, k) => {
        if (c) prev[k] = joinBroken(prev[k] ?? '', c);
      });
      continue;
    }
    merged.push(aligned);
  }

  const fws = FRAMEWORKS_FIRST[ctx.scope];
  const indicators: Indicator[] = [];
  const slots: Array<EmptyLevel2 & { explicit: boolean }> = [];
  // Mid-term and annual indicators side by side (一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 计划指标值): each block
  // is read on its own, the first as 长期, the second as 年度.
  const blocks = splitBlocks(cols.roles);
  const secondAt = secondBlockStart(cols.roles);
  for (const [b, roles] of blocks.entries()) {
    if (blocks.length > 1) term = b === 0 ? 'long' : 'annual';
    let goal: string | null = ctx.goal;
    let level1: string | null = null;
    let level2: string | null = null;
    // 上年实现值 | 当年目标 of which no row fills the second, the first filled: a copy that dropped its empty cells
    // put each target into the first value column (a web copy's pipe row), so the filled column is the target.
    const shifted = droppedTargetColumn(merged, roles);
    const columns = columnsByRole(roles);
    const hasOther = roles.includes('other');
    for (const row of merged) {
      // The second group's cells placed by its own columns: under a 二级 merged from above its row lacks it, and
      // its name and value stand one column left of their headings while the first group's fit.
      const cells =
        b === 1 && secondAt > 0
          ? [...row.slice(0, secondAt), ...alignRow(row.slice(secondAt), roles.slice(secondAt))]
          : row;
      const goalCell = clean(firstIn(cells, columns, 'goal'));
      if (goalCell) {
        const t = termOfLabel(labelKey(goalCell));
        const label = goalLabelOf(goalCell, t ?? term);
        if (label) {
          if (label.term) term = label.term;
          if (label.label !== goal) level1 = level2 = null;
          goal = label.label;
        } else if (t && goalCell.includes('指标')) {
          term = t;
        }
      }
      const l1Cell = clean(firstIn(cells, columns, 'level1'));
      const l2Cell = clean(firstIn(cells, columns, 'level2'));
      let l1Written = l1Cell;
      let l2Written = l2Cell;
      // A 二级 name written in the 一级 column with the 二级 column empty.
      if (l1Written && !l2Written && !isLevel1Name(l1Written) && isLevel2Name(l1Written)) {
        l2Written = l1Written;
        l1Written = '';
      }
      if (l1Written) {
        const canon = normaliseLevel1(fws, l1Written);
        if (canon !== level1) level2 = null;
        level1 = canon;
      }
      if (l2Written) level2 = normaliseLevel2(fws, level1, l2Written);
      if (l2Written && !roles.includes('level1')) level1 = parentLevel1(fws, level2!) ?? level1;
      const written3 = clean(firstIn(cells, columns, 'name'));
      // 技术指导服务数量对生产种植企业技术指导服务数量 with the 指标解释 column empty: the explanation ran into the name.
      const explanationEmpty = hasOther && allIn(cells, columns, 'other').every((c) => clean(c) === '');
      // The 三级 cell blank and the 指标内容 beside it holding the name run into its description: the name is its start.
      const described = !written3 && cols.description !== null ? clean(cells[cols.description] ?? '') : '';
      const nameWritten = written3
        ? explanationEmpty
          ? (nameBeforeExplanation(written3) ?? written3)
          : written3
        : (splitNameFromDescription(described)?.name ?? described);
      const values = cleanIn(cells, columns, 'value');
      // 指标性质 | 指标方向 in either order (正向 | =): the written comparator wins over the direction word.
      const ops = cleanIn(cells, columns, 'op');
      // 正向 | 等于 (内蒙古's 指标性质 | 指标方向): the comparison in words says more than the direction.
      const op = ops.length === 0 ? '' : comparatorOf(ops);
      const unit = clean(firstIn(cells, columns, 'unit'));
      const written = (shifted ? values.findLast((v) => v !== '') : values.at(-1)) ?? '';
      const targetWritten = !nameWritten && isLevelName(written) ? '' : written;
      // 时效指标 | 全年 with the value cell empty (a copy that wrote the row from its first filled cell, a cell short):
      // a period names no indicator — the 二级 written on the row does, and the period is its target (as a stream
      // reads it: level2-worded-names.ts).
      const periodNamed = !targetWritten && !!l2Written && isPeriodValue(nameWritten);
      const name = periodNamed ? l2Written : nameWritten;
      const targetRaw = periodNamed ? nameWritten : targetWritten;
      const basis = clean(firstIn(cells, columns, 'basis'));
      const category = clean(firstIn(cells, columns, 'category'));
      const weightCell = clean(firstIn(cells, columns, 'weight'));
      // 权重 written as a share of the form's 100 points (30%) is those points (海南's 项目绩效目标表).
      const weight = WEIGHT_POINTS.test(weightCell) ? weightCell.replace(PERCENT_END, '') : null;
      // The value columns before the last: last year's and the year before's (none in most tables).
      let history: Record<string, string> | null = null;
      if (!shifted)
        for (let k = 0; k < values.length - 1; k++) {
          const v = values[k]!;
          if (v) (history ??= {})[cols.historyLabels[k] ?? `history${k + 1}`] = v;
        }
      const t: Term = term ?? 'annual';
      // One character and nothing else is not an indicator: a word cut off where a stored page ends ("截").
      if (!targetRaw && !basis && ONE_HAN.test(name)) continue;
      // 产出指标 | (40-50)分 broken over lines: the tail of a level's points note (")分") names no indicator.
      if (POINTS_NOTE_TAIL.test(name) && CLOSING_BRACKET.test(name)) continue;
      // A row holding only level names (效益指标 | 经济效益指标 with its cells shifted by a merge) names no indicator,
      // nor does one a budgeting system filled with zeros under a 二级 left empty (经济成本指标 | 0 | 0.00% | 0):
      // an indicator is named in words, and a target of nothing sets none.
      if (
        (!name && !targetRaw) ||
        isZeroPlaceholder(name, targetRaw, weightCell) ||
        (!targetRaw && TEMPLATE_SLOT_NAME.test(labelKey(name)))
      ) {
        if (level2 && l2Written) slots.push({ term: t, goal, level1, level2, explicit: true });
        continue;
      }
      // Templates that split 指标值 into 指标性质 (≥ ≤ ＝ 定性) and 计量单位 columns: put it back together.
      // 指标方向 written as a direction: 正向 (the more the better) is ≥, 反向 is ≤.
      const opWritten = KIND_WORD.test(op) ? '' : (DIRECTION_OPS.get(op) ?? op);
      const composed =
        targetRaw && (opWritten || unit) && HAS_FIGURE.test(targetRaw)
          ? `${SIGN_LED.test(targetRaw) ? '' : opWritten}${targetRaw}${unit && !targetRaw.endsWith(unit) ? unit : ''}`
          : targetRaw;
      indicators.push({
        term: t,
        goal,
        level1,
        level2,
        name: name || null,
        target: parseIndicatorValue(composed),
        history,
        basis: basis || null,
        category: category || null,
      });
      if (weight !== null) indicators[indicators.length - 1]!.weight = weight;
    }
  }
  const emptyLevel2 = slots
    .filter(
      (s) =>
        !indicators.some(
          (x) => x.term === s.term && x.goal === s.goal && x.level1 === s.level1 && x.level2 === s.level2,
        ),
    )
    .map(({ explicit: _explicit, ...s }) => s);
  return { indicators, emptyLevel2, end };
}

// Asked of every indicator row: the patterns compiled once, not made anew on each row.
const ONE_HAN = /^[\p{Script=Han}]$/u;
const POINTS_NOTE_TAIL = /^[（(]?[\d\-–—~～.]*[)）]?分[)）]?$/;
const CLOSING_BRACKET = /[)）]/;
/** 指标性质 words that name the kind of target, no comparison: 定性, 定量. */
const KIND_WORD = /^(定性|定量|定量（其他）|不适用)$/;
const HAS_FIGURE = /[\d０-９]/;
const SIGN_LED = /^[≥≤=<>＞＜＝]/;
const WEIGHT_POINTS = /^\d+(\.\d+)?[%％]?$/;
const PERCENT_END = /[%％]$/;
