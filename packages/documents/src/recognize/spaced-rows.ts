// Tables copied with one space between cells (a web page or a PDF viewer's copy): each row arrives as one
// line of text, its empty cells gone without a trace. Under a header whose words are all column headings
// of a 自评表's indicator table or budget block, such lines are cut at their spaces into cells, so that the
// row readers place them by what they hold (numbers read against the header's right end); letter-spaced
// words (服 务 对 象 满 意 度) and an operator written apart from its number (≥ 90%) stay one cell.
import type { Row } from '../rows/row.ts';
import { stripPinyin, toSimplified } from '../rows/normalize-rows.ts';
import { isLexiconKey, lexiconKey } from './lexicon.ts';
import { halfWidthFigures, isBlankCell } from '../rows/clean-cell.ts';
import { levelLabel } from './evaluation-cells.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';

/** A word that is one comparator sign (any printed form): it takes the number after it. */
const LONE_COMPARATOR = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)$`);
import { isValueShaped } from './tokenize.ts';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { markedPage } from './broken-lines.ts';
import {
  budgetLabelLine,
  budgetPairCells,
  isHeadLabel,
  isKnownHeadExtra,
  labelPairCells,
  loneLabelPair,
} from './label-pairs-line.ts';
import { twoRowHeadings } from './header-lines.ts';
import { isUnitText } from './unit-gloss.ts';
import { titleKind } from './titles.ts';

/** Columns only a 自评表 or 监控表 prints: a header naming one is not a project form's. */
const EVALUATION_ONLY = new Set(['actual', 'actualToDate', 'expectedFullYear', 'score']);

const AMOUNTS = new Set(['initial', 'annual', 'executed', 'rate']);

/** The columns of a bare target table: its block heading, the three levels and the value. */
const TARGET_TABLE_COLUMNS: ReadonlySet<IndicatorColumn> = new Set<IndicatorColumn>([
  'section',
  'level1',
  'level2',
  'name',
  'target',
  'targetValue',
]);

const isHeading = (part: string) => indicatorColumnOf(part) !== null || budgetColumnOf(part) !== null;

/** A figure without its unit, its comparator before it allowed (≥20000, 5000). */
const BARE_FIGURE = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)?\\d[\\d.,]*$`);

/**
 * The words of a line cut at single spaces, letter-spaced words and split values put back together. With
 * `level2Points`, the table's header prints a points column right after its 二级指标 (二级指标 分值 三级指标).
 */
export function spacedParts(text: string, level2Points = false): string[] {
  const out: string[] = [];
  let letters = false;
  for (const word of text.trim().split(/[ \u3000]+/)) {
    const last = out.at(-1);
    const letter = /^\p{Script=Han}$/u.test(word);
    // 服 务 对 象: characters standing apart one by one run on into one word.
    // 指标1:服 务 对 象: the first character may stand after the row's numbering.
    // 是 是: the same character twice is two cells (a target and an actual of one word), no word spaced out.
    if (
      last !== undefined &&
      letter &&
      !(!letters && last === word) &&
      (letters || /^\p{Script=Han}$/u.test(last) || /[:：]\p{Script=Han}$/u.test(last))
    ) {
      out[out.length - 1] = last + word;
      letters = true;
      continue;
    }
    letters = false;
    // ≥ 90%: an operator takes its number; 100 %: a number its sign.
    if (last !== undefined && LONE_COMPARATOR.test(last)) out[out.length - 1] = last + word;
    else if (last !== undefined && /^[%％]$/.test(word) && /\d$/.test(last))
      out[out.length - 1] = last + word;
    else out.push(word);
  }
  return joinNameFigure(joinHeadingWords(out), level2Points);
}

/**
 * 7 岁以下儿童健康管理率: a name that opens with a figure, written apart from it. Where a row's name stands —
 * first on the line, or after its levels — a bare whole number is no cell of its own (a name is no figure,
 * and a value comes after the name): it opens the Han word after it.
 */
function joinNameFigure(parts: string[], level2Points: boolean): string[] {
  // A row's levels end at its 二级: a word after it is the name, worded as a level or not (效益指标 社会效益指标
  // 社会效益 2 提升: 社会效益 is the indicator, 2 its points).
  let k = 0;
  let level2 = false;
  for (let level = levelLabel(parts[0] ?? ''); level !== null && k < 2; level = levelLabel(parts[k] ?? '')) {
    k++;
    if (level.level === 2) {
      level2 = true;
      break;
    }
  }
  const next = parts[k + 1];
  if (next === undefined || !/^\d{1,3}$/.test(parts[k]!) || !/^\p{Script=Han}{2}/u.test(next)) return parts;
  // 财务管理 25 用款计划差错率 under 二级指标 分值 三级指标: the figure after the 二级 is its points, in the column the
  // header prints there. 50 预算管理 75 …: a figure before a level (its 一级's points, the 一级 printed on lines
  // above) opens no name — a name does not go on as a level's name.
  if ((level2 && level2Points) || levelLabel(next) !== null) return parts;
  return [...parts.slice(0, k), `${parts[k]} ${next}`, ...parts.slice(k + 2)];
}

/** The header prints a points column (分值, 权重) right after its 二级指标. */
function pointsAfterLevel2(headings: readonly string[]): boolean {
  return headings.some(
    (h, k) => indicatorColumnOf(h) === 'level2' && indicatorColumnOf(headings[k + 1] ?? '') === 'weight',
  );
}

/**
 * ≥ 20000 亩 under a header without a 度量单位 column: a unit word alone after a bare figure is the figure's (a
 * template's spaced value, copied with single spaces); no name or text is a unit word alone.
 */
export function withUnitsJoined(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && BARE_FIGURE.test(last) && isUnitText(part)) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/** 一级 指标 → 一级指标, 资金情况 (万元) → 资金情况(万元): a heading written in two words is one cell. */
function joinHeadingWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    // 社会效益 指标: a level written in two words, likewise.
    const level = last !== undefined && levelLabel(word) === null && levelLabel(last + word) !== null;
    if (
      last !== undefined &&
      (level || /^[（(][^（()）]*[)）]$/.test(word) || (!isHeading(last) && isHeading(last + word)))
    )
      out[out.length - 1] = last + word;
    else out.push(word);
  }
  return out;
}

/**
 * A header line: three or more words, every one a column heading, one of them a 自评表's own or a budget's
 * (or any, under such a header).
 */
function isSpacedHeader(parts: readonly string[], inTable: boolean): boolean {
  if (parts.length < 3) return false;
  const headings = parts.filter(isHeading).length;
  const first = parts[0]!;
  // 项目资金（万元） | 年初预算数 …: the block's label may open the budget header.
  if (headings < parts.length - (isHeading(first) ? 0 : 1) || headings < 3) return false;
  // The second band of a two-band header (一级指标 二级指标 三级指标 指标性质 指标值 度量单位).
  if (inTable) return true;
  // 分值 heads a project form's column too: a budget block shows itself by its amounts (预算数, 执行数 …).
  const amounts = parts.filter((p) => AMOUNTS.has(budgetColumnOf(p) ?? '')).length;
  return (
    amounts >= 2 ||
    parts.some((p) => EVALUATION_ONLY.has(indicatorColumnOf(p) ?? '')) ||
    namesEveryLevel(parts)
  );
}

/**
 * 一级指标 二级指标 三级指标 指标值: a target form's header naming the three levels and the value column, and
 * nothing else, is an indicator table's header as surely as a 自评表's own columns are: each row's value is
 * its last word. A header with more columns (分值, 指标解释 …) is left to the project reader, which places
 * them by their spacing.
 */
function namesEveryLevel(parts: readonly string[]): boolean {
  const columns = new Set(parts.map(indicatorColumnOf));
  if ([...columns].some((c) => c === null || !TARGET_TABLE_COLUMNS.has(c))) return false;
  const has = (c: IndicatorColumn) => columns.has(c);
  return has('level1') && has('level2') && has('name') && (has('target') || has('targetValue'));
}

/**
 * The template's number of an indicator row (指标2:村卫生室…, 任务1、…): a row opens with it as surely as with a
 * level, whatever its target and actual hold (sentences without a figure of their own).
 */
const NUMBERED_ROW = /^(指标|任务)\d{1,2}[:：、.．]/;

/**
 * A row line of the table: its words hold a figure, or it opens with a level (数量指标 指标1:…) or a row's number,
 * or it ends in the same words twice (家长接送负担减轻情况 有效减轻 有效减轻: a worded target and its actual printed
 * alike, a row's values — never the pieces of one name).
 */
function isSpacedRow(parts: readonly string[], indented: boolean): boolean {
  if (parts.length < 2 || isProse(parts, indented)) return false;
  return (
    parts.some(holdsValue) ||
    levelLabel(parts[0]!) !== null ||
    NUMBERED_ROW.test(parts[0]!) ||
    endsInWordsTwice(parts)
  );
}

/** A name, then the same words twice (有效减轻 有效减轻), Han words each. */
function endsInWordsTwice(parts: readonly string[]): boolean {
  const last = parts.at(-1)!;
  return parts.length >= 3 && parts.at(-2) === last && /^\p{Script=Han}{2,}/u.test(last);
}

/**
 * A word that is a row's value: a figure, a figure with its comparator in words, a dash for an empty amount
 * (其他资金 - -), or the word of a 指标性质 column (定性 严格按照指标任务落实工作: a qualitative target's kind).
 */
const holdsValue = (p: string) =>
  isValueShaped(p.replace(/％/g, '%')) ||
  /^[-—–－/]$/.test(p) ||
  worded(p) ||
  TARGET_KIND.test(p) ||
  ANSWER.test(p);

/**
 * The answer a 是否 indicator is set and met with (评审程序是否公正 是 是): a word of its own, a qualitative target
 * or actual, never a piece of a name.
 */
const ANSWER = /^(?:是|否|有|无)$/;

/** What a 指标性质 / 计算符号 column holds besides a comparator: the kind of target. */
const TARGET_KIND = /^(?:定性|定量)$/;

/** 不低于90%: a figure with its comparator written in words before it. */
const worded = (part: string) =>
  COMPARATOR_WORDS.some((w) => part.startsWith(w) && isValueShaped(part.slice(w.length)));

/**
 * A sentence or a note under the table (说明：…): a row opens with a level or a name, never with a clause
 * (a 偏差原因 cell further on may well hold one). The 总分 row under the table is still one of its rows. A
 * name may hold commas itself (严控成本，严格按照项目资金落实各项工作，不扩大，不增债 定性 严格按照…): a line set
 * in under the rows above (its level cells merged), with a value after its first word, is a row of the table.
 */
function isProse(parts: readonly string[], indented = false): boolean {
  const first = parts[0]!;
  if (/^(注|说明|备注|填表说明)[：:]/.test(first)) return true;
  if (!/[，。；！？]/.test(first)) return false;
  return !((indented || valuesOnly(parts.slice(1))) && parts.slice(1).some(holdsValue));
}

/**
 * 是否提高国际交流合作效果，促进交流与合作科研 是/否 是 5 ①: words after the first that are each a row's value cell —
 * a figure or answer, a unit (是/否, %), a slot marker — make the line a row whose name holds a comma, as a
 * sentence's words never all are. Two at least: one figure after a clause may be the sentence's own.
 */
function valuesOnly(rest: readonly string[]): boolean {
  return (
    rest.length >= 2 &&
    rest.every((p) => holdsValue(p) || isUnitText(p) || /^[①-⑳]$/.test(p) || /^[是有][/／][否无]$/.test(p))
  );
}

/** The rows with single-spaced lines under a 自评表 header cut into cells. */
/** The header names a 度量单位 column (a module function: tsx names each closure it makes). */
function namesUnitColumn(cells: readonly string[]): boolean {
  return cells.some((c) => indicatorColumnOf(c) === 'unit');
}

const isNonBlank = (c: string) => !isBlankCell(c);

/** How many of the row's cells are not blank. */
function nonBlankCount(row: Row): number {
  let n = 0;
  for (const c of row.cells) if (!isBlankCell(c)) n++;
  return n;
}

export function splitSpacedRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let inTable = false;
  // Under a bare target table's header (the levels and 指标值, nothing else) every row is a name and its value.
  let targetTable = false;
  // Under a target table's header whose 指标值 is split into 指标性质 / 指标值 / 度量单位: its width, or 0.
  let partsWidth = 0;
  // Inside a form's head of label–value lines: a line of one label and its value is one more of them.
  let inHead = false;
  // The table open is a budget block (its header names amounts and no indicator column): the indicator table's
  // header may still come, in two rows.
  let budgetTable = false;
  // The header names a 度量单位 column: a unit word apart from its figure stands in it.
  let unitColumn = false;
  // The header is a 自评表's or 监控表's (it names an actual, a 得分 …): each row sets a target and tells a result.
  let evaluationColumns = false;
  // The header prints a points column after its 二级指标: a bare figure after a row's 二级 stands in it.
  let level2Points = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Counted, not gathered: most rows are a table's, of several filled cells.
    const filledCount = nonBlankCount(row);
    // Full-width figures (３００００ 人次) are figures to the row tests, as the cleaned cells will hold them.
    const text = filledCount === 1 ? halfWidthFigures(row.cells.find(isNonBlank)!) : null;
    // 项目效益 / 指标: a band label the width broke before its last word; the word joins the line above.
    if (inTable && text !== null && text.trim() === '指标' && joinsBrokenBand(out)) continue;
    // 主管部门 某某局 | 项目起止时间 2021.1-2021.12: a head line whose cells the reader cut at wide gaps, each
    // still a label and its value parted by one space — each cut in two, as a line of one pair is.
    const pairCells = !inTable && filledCount > 1 ? labelPairsInCells(row) : null;
    // 项目全称  某某补助资金 / 业务主管部门  某某局 as lines of text over the first row of a table the file gave
    // (tab-separated cells): the form's head above its table, each line one label and its value, cut in two as
    // the head lines above a spaced header are. Text of lines alone (no table given under them) is left to the
    // readers that read such lines.
    if (!inTable && filledCount > 1 && givenTableRow(row) && opensGivenTable(out)) splitHeadLinesAbove(out);
    if (pairCells) {
      out.push({ ...row, cells: pairCells, table: true });
      inHead = true;
      continue;
    }
    // | 项目全称  某某补助资金 |  |  |: a head label and its value in one cell of a table row the file gave
    // (not rebuilt), its other cells blank — the row is that pair's two cells. Plain text lines of a label and
    // one word (预算单位 区卫生健康局 over other prose) are left to the readers that read them as lines.
    const givenPair =
      !inTable && text !== null && givenTableRow(row) && !isSpacedLabel(text) ? loneLabelPair(text) : null;
    if (givenPair) {
      out.push({ ...row, cells: givenPair, table: true });
      inHead = true;
      continue;
    }
    if (text === null || !/\S[ \u3000]\S/.test(text.trim())) {
      // A table row the reader already cut, or a lone word (指标2:, 产出) inside the table, keeps it open.
      if (filledCount > 1) inTable = false;
      else if (text !== null && text.length > 20) inTable = false;
      // A level alone on its line (质量指标) is a row of the table: its indicators follow.
      out.push(inTable && text !== null && levelLabel(text) !== null ? { ...row, table: true } : row);
      continue;
    }
    // A page number (— 3 —, 第 3 页) is left to joinBrokenLines.
    if (markedPage(text) !== null) {
      out.push(row);
      continue;
    }
    const pairs = inTable ? null : (labelPairCells(text) ?? budgetPairCells(text) ?? budgetLabelLine(text));
    if (pairs) {
      splitHeadLineAbove(out);
      // 某市预算项目申报表 项目名称:… : a title on its head's line (a PDF preview's text layer on one line) is the
      // form's title row of its own, so the form opens there.
      if (pairs.length > 2 && titleKind(pairs[0]!) !== null) out.push({ ...row, cells: [pairs.shift()!] });
      out.push({ ...row, cells: pairs, table: true });
      inHead = true;
      continue;
    }
    const lone = inHead && !inTable ? loneLabelPair(text) : null;
    if (lone) {
      out.push({ ...row, cells: lone, table: true });
      continue;
    }
    inHead = false;
    const parts = spacedParts(text, inTable && level2Points);
    // 一级 二级 三级 目标值 / 指标 指标 指标: a header printed in two rows, its words joined column by column;
    // 一级指标 二级指标 三级指标 年度指标值 / 计算符号 年度指标值 计量单位: a band's heading (年度指标值, 绩效指标)
    // replaced by the columns printed under it — before the top row alone is taken for the whole header. (A
    // 自评表's header read by its own rows is placed by the 自评表 reader, band and all: only a target table's
    // two rows are joined here once the top row alone would do.)
    const joined = inTable && !budgetTable ? null : twoRowHeader(words(text), rows[i + 1]);
    const headings =
      joined &&
      isSpacedHeader(parts, inTable) &&
      joined.some((h) => EVALUATION_ONLY.has(indicatorColumnOf(h) ?? ''))
        ? null
        : joined;
    // 一级指标 … 年度指标值 over 计算符号 年度指标值 计量单位: a target table's header whose 指标值 is split into its
    // parts is one header row, its rows cut at their spaces as under a header of one row.
    const split = !headings && !inTable ? splitTargetHeader(words(text), rows[i + 1]) : null;
    if (!split && !headings && !inTable && parts.length >= 5 && isSplitTargetHeader(parts)) {
      splitHeadLinesAbove(out);
      inTable = true;
      budgetTable = false;
      targetTable = false;
      partsWidth = parts.length;
      unitColumn = namesUnitColumn(parts);
      level2Points = pointsAfterLevel2(parts);
      out.push({ ...row, cells: parts, table: true });
      continue;
    }
    if (split) {
      splitHeadLinesAbove(out);
      inTable = true;
      budgetTable = false;
      targetTable = false;
      partsWidth = split.length;
      unitColumn = namesUnitColumn(split);
      level2Points = pointsAfterLevel2(split);
      out.push({ ...row, cells: split, table: true });
      i++;
      continue;
    }
    if (headings) {
      evaluationColumns = namesEvaluationColumn(headings);
      targetTable = namesEveryLevel(headings);
      partsWidth = 0;
      if (!inTable) splitHeadLinesAbove(out);
      inTable = true;
      budgetTable = false;
      unitColumn = namesUnitColumn(headings);
      level2Points = pointsAfterLevel2(headings);
      out.push({ ...row, cells: headings, table: true });
      i++;
      continue;
    }
    if (isSpacedHeader(parts, inTable)) {
      evaluationColumns = namesEvaluationColumn(parts) || (inTable && evaluationColumns);
      targetTable = namesEveryLevel(parts) || (inTable && targetTable);
      if (!inTable) partsWidth = 0;
      if (!inTable) splitHeadLinesAbove(out);
      // The second band of a two-band header names its own columns (指标性质 指标值 度量单位).
      if (!inTable || parts.some((c) => indicatorColumnOf(c) === 'unit')) unitColumn = namesUnitColumn(parts);
      budgetTable = (!inTable || budgetTable) && namesBudgetOnly(parts);
      // The second band of a two-band header (指标性质 指标值 度量单位) keeps the first band's levels.
      if (!inTable || parts.some((c) => indicatorColumnOf(c) === 'level2'))
        level2Points = pointsAfterLevel2(parts);
      inTable = true;
      out.push({ ...row, cells: parts, table: true });
      continue;
    }
    const indented = /^[ \u3000]/.test(text);
    if (
      inTable &&
      // Under a target table (its 指标值 whole or in parts) two words after a row closed are a name and its
      // value, a worded one too (资金到位情况 资金及时到位100%); a sentence under the table is none.
      (isSpacedRow(parts, indented) ||
        (parts.length === 2 &&
          (opensLevel(out.at(-1)) ||
            ((targetTable || (partsWidth > 0 && !isProse(parts, indented))) &&
              !(indented && isNamePiece(parts[1]!)) &&
              closesRow(out.at(-1))))))
    ) {
      const placed = partsWidth > 0 ? targetPartsRow(parts, partsWidth) : null;
      out.push(
        placed
          ? { ...row, cells: placed, table: true }
          : { ...row, cells: unitColumn ? parts : withUnitsJoined(parts), table: true, gapless: true },
      );
      continue;
    }
    if (inTable && evaluationColumns && indented && wordedRow(parts) && closesRow(out.at(-1))) {
      out.push({ ...row, cells: parts, table: true, gapless: true });
      continue;
    }
    // 年增粮食 二期 indented under the rows above (its level cells blank) with no figure: a row whose name is
    // the whole line, its 指标值 empty. Several words are no broken-off end of the name above.
    if (inTable && /^[ \u3000]/.test(text) && !isProse(parts) && text.trim().length <= 20) {
      out.push({ ...row, cells: [parts.join('')], table: true });
      continue;
    }
    inTable = inTable && text.length <= 20 && !isProse(parts);
    out.push(row);
  }
  return out;
}

const words = (text: string) => text.trim().split(/[ \u3000]+/);

/** The header names a column only a 自评表 or 监控表 prints (实际完成值, 得分 …). */
function namesEvaluationColumn(cells: readonly string[]): boolean {
  return cells.some((c) => EVALUATION_ONLY.has(indicatorColumnOf(c) ?? ''));
}

/**
 * 养护长效机制 已建立 建立健全, 经费支出合规性 严格执行相关财经法规制度: under a 自评表's header, an indented line of two or
 * three words of Han characters after a row that closed is a row — its name, then its worded target and result
 * (each a cell, as the rows around it print theirs) — not one name with spaces in it: a row of a 自评表 sets a
 * target and tells what came of it, and a name's phase or note (二期, (一期)) is no such word. A worded cell may
 * list its tasks with their months (上半年完成制作;下半年完成方案 完成 6月份完成制作;9月份完成文本): dates and the
 * list's marks inside a phrase keep it a phrase.
 */
function wordedRow(parts: readonly string[]): boolean {
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every(isWordedCell) &&
    !parts.slice(1).some(isNamePiece) &&
    levelLabel(parts[0]!) === null
  );
}

/**
 * A cell of words: two Han characters or more, opening with one (or with the figure of a date, 6月份完成…), the
 * figures and list marks (; 、 ,) between them no value of their own.
 */
const isWordedCell = (p: string) =>
  /^(?:\p{Script=Han}|\d{1,2}月)[\p{Script=Han}\d;；、，,]*$/u.test(p) &&
  (p.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;

/** A budget block's header: amounts, and no column of the indicator table (levels, names, values). */
function namesBudgetOnly(parts: readonly string[]): boolean {
  return (
    parts.some((p) => AMOUNTS.has(budgetColumnOf(p) ?? '')) &&
    !parts.some((p) =>
      ['level1', 'level2', 'name', 'target', 'targetValue'].includes(indicatorColumnOf(p) ?? ''),
    )
  );
}

/**
 * The end of a name written apart from it (年增粮食 二期, 道路硬化 (一期), 第二批): a phase, batch or section by
 * its number, or a note in brackets — not a qualitative 指标值 (宣传教育 覆盖全区所有人员, 群众幸福感 明显提升).
 */
const isNamePiece = (word: string) =>
  /^[(（][^()（）]*[)）]$/.test(word) || /^第?[一二三四五六七八九十\d]+[期批号段标类]$/.test(word);

/** A comparator written before its figure (≥95%, <=475): the sign and the rest. */
const SIGN_FIRST = new RegExp(`^((?:[${COMPARATOR_SIGNS}]|>=|<=)+)(\\d.*)$`);

/**
 * A row's words under a target table whose 指标值 is split in three, laid out as the header is: its levels and
 * name, then 指标性质, 指标值 and 度量单位 each in its own cell ('' where the row has none), blank cells first
 * for the levels merged from above. The words are read from the end: a unit after a figure, the figure, and
 * a comparator before it or glued to it (≤475 元/亩, 12 月, ≥95%), or 定性 before a phrase (定性 明显增强).
 * Null when no name is left before the value.
 */
function targetPartsRow(parts: readonly string[], width: number): string[] | null {
  let end = parts.length;
  const figure = (w: string) => /^\d/.test(w) || SIGN_FIRST.test(w);
  let unit = '';
  if (end >= 3 && figure(parts[end - 2]!) && !/\d/.test(parts[end - 1]!) && parts[end - 1]!.length <= 6)
    unit = parts[--end]!;
  let value = parts[--end]!;
  let op = '';
  const signed = SIGN_FIRST.exec(value);
  if (signed) [op, value] = [signed[1]!, signed[2]!];
  else if (end >= 2 && (TARGET_KIND.test(parts[end - 1]!) || LONE_COMPARATOR.test(parts[end - 1]!)))
    op = parts[--end]!;
  const head = parts.slice(0, end);
  // At most the two levels, and the name after them whatever it reads like (服务对象满意度 names a 二级 too).
  let levels = 0;
  while (levels < Math.min(head.length - 1, 2) && levelLabel(head[levels]!) !== null) levels++;
  if (head.length === 0) return null;
  const cells = [...head.slice(0, levels), head.slice(levels).join(' '), op, value, unit];
  return cells.length > width ? null : [...new Array<string>(width - cells.length).fill(''), ...cells];
}

/**
 * The headings of a target table's header in two rows whose band (年度指标值) stands over the 指标值's parts
 * (计算符号 / 年度指标值 / 计量单位), or whose every heading the row broke in two (一级 … 计算 / 指标 … 符号): the
 * three levels, the parts, and no other column; null otherwise.
 */
function splitTargetHeader(top: readonly string[], next: Row | undefined): string[] | null {
  const filled = next?.cells.filter((c) => !isBlankCell(c)) ?? [];
  if (top.length < 2 || filled.length !== 1) return null;
  const headings = twoRowHeadings(top, words(filled[0]!));
  return headings && isSplitTargetHeader(headings) ? headings : null;
}

/** 一级指标 二级指标 三级指标 计算符号 年度指标值 计量单位: a target table's columns, its 指标值 split in parts. */
function isSplitTargetHeader(headings: readonly string[]): boolean {
  const columns = new Set(headings.map(indicatorColumnOf));
  const has = (c: IndicatorColumn) => columns.has(c);
  return (
    has('level1') &&
    has('level2') &&
    has('name') &&
    (has('op') || has('unit')) &&
    [...columns].every((c) => c !== null && (TARGET_TABLE_COLUMNS.has(c) || c === 'op' || c === 'unit'))
  );
}

/** The headings of a header whose second row is `next`, when the two rows make one a spaced row is read under. */
function twoRowHeader(top: readonly string[], next: Row | undefined): string[] | null {
  const filled = next?.cells.filter((c) => !isBlankCell(c)) ?? [];
  if (top.length < 2 || filled.length !== 1) return null;
  // The rows' own words: two pieces side by side (指标 权重) belong to two columns, not to one heading.
  const headings = twoRowHeadings(top, words(filled[0]!));
  return headings && isSpacedHeader(headings, false) ? headings : null;
}

/** A row of a table as the file gave its cells: no paragraph, no row rebuilt from lines or run-together text. */
/**
 * | 年度 總體 目標(biāo) |: one label whose words a copy parted by spaces (traditional script and pinyin not yet
 * normalised where rows are cut), no label and its value.
 */
function isSpacedLabel(text: string): boolean {
  const closed = toSimplified(stripPinyin(text.replace(/[ \u3000]+/g, '')));
  return isHeadLabel(closed) || isLexiconKey(lexiconKey(closed));
}

function givenTableRow(row: Row): boolean {
  return row.table && row.confidence === undefined && row.gapless !== true;
}

/** The rows so far end with a line of text (no table row): a table given after it opens under those lines. */
function opensGivenTable(out: readonly Row[]): boolean {
  const last = out.at(-1);
  return last !== undefined && !last.table;
}

/**
 * The row's cells each cut into its label and value, or null unless every filled cell is one such pair and one
 * of them a field of the form's head (主管部门 某某局; 项目起止时间, a label the model keeps as written, beside it).
 */
function labelPairsInCells(row: Row): string[] | null {
  const out: string[] = [];
  let field = false;
  for (const cell of row.cells) {
    if (isBlankCell(cell)) continue;
    const text = halfWidthFigures(cell);
    const pair = loneLabelPair(text);
    field ||= pair !== null;
    const words = text.trim().split(/[ \u3000]+/);
    const extra =
      words.length >= 2 && isKnownHeadExtra(words[0]!) ? [words[0]!, words.slice(1).join(' ')] : null;
    if (!pair && !extra) return null;
    out.push(...(pair ?? extra!));
  }
  return field ? out : null;
}

/**
 * The form's head above a table header the lines were cut under: each line of one head label and its value
 * (项目全称 X, 资金总额(元) 200,000.00) cut into the two, back to the table above, a line of figures that is no
 * such pair (a budget block's) or the text's start, so the head is read as label and value cells like the
 * table under it.
 */
function splitHeadLinesAbove(out: Row[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const row = out[k]!;
    const filled = row.cells.filter((c) => !isBlankCell(c));
    if (row.table && filled.length > 1 && !isHeadLabel(filled[0]!)) return;
    const lone = filled.length === 1 ? loneLabelPair(filled[0]!) : null;
    if (lone) out[k] = { ...row, cells: lone, table: true };
    // A block's figures between (a budget's sources, 1、事业收入 0.00): the head above is read with them.
    else if (/\d/.test(filled.join(''))) return;
  }
}

/**
 * The lines above a head line of pairs, each one label and its value (项目(专项)名称 X over 主管部门及代码 Y), cut
 * into the two — back to the first line that is no such pair (the title, the text above the form).
 */
function splitHeadLineAbove(out: Row[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const prev = out[k]!;
    const filled = prev.cells.filter((c) => !isBlankCell(c));
    if (filled.length === 0) continue;
    const lone = filled.length === 1 ? loneLabelPair(filled[0]!) : null;
    if (!lone) return;
    out[k] = { ...prev, cells: lone, table: true };
  }
}

/**
 * Joins a lone 指标 to the line above when that line is a band label cut before it (项目效益 + 指标, or a
 * row's last word: 绩效指标 项目完成 + 指标), so the band reads as one label; the joined line is a row of the
 * table. False when the line above is not short text without a figure (a lone 指标 is then left as it is).
 */
function joinsBrokenBand(out: Row[]): boolean {
  const prev = out.at(-1);
  if (!prev) return false;
  const filled = prev.cells.filter((c) => !isBlankCell(c));
  const last = filled.at(-1);
  if (last === undefined || /\d/.test(filled.join('')) || filled.join('').length > 20) return false;
  const words = filled.length === 1 ? spacedParts(last) : [...filled];
  if (!/^\p{Script=Han}{2,8}$/u.test(words.at(-1)!)) return false;
  words[words.length - 1] = `${words.at(-1)!}指标`;
  // 绩效指标 项目完成: the block's own heading (a merged cell printed again beside its first band) is no cell
  // of the row.
  const cells = words.filter((w, k) => k === words.length - 1 || indicatorColumnOf(w) !== 'section');
  out[out.length - 1] = { ...prev, cells, table: true };
  return true;
}

/**
 * A target table's row this reader cut whole — a name and its value, with or without its levels (数量指标 … 32人):
 * the line after it is a row of its own, not the end of a name the width broke, and two words there are a name
 * and its value even without a figure (宣传教育 覆盖全区所有人员). A row of a level and one word may still lack its
 * value, and so does a line that ends in a level: neither closes a row. (Under a 自评表's header two words may be
 * a scoring row's label and its note, 预算执行率 预算执行率: the rule holds for bare target tables only; a line
 * indented under the rows, its level cells blank, is one name — 年增粮食 二期 — as read below.)
 */
function closesRow(row: Row | undefined): boolean {
  if (!row?.table) return false;
  const filled = row.cells.filter((c) => !isBlankCell(c));
  // The header is no row: under it, an indented line of words is the end of a name, not a name and its value.
  if (filled.length < 2 || levelLabel(filled.at(-1)!) !== null || filled.every(isHeading)) return false;
  const levels = filled.filter((c) => levelLabel(c) !== null).length;
  return filled.length - levels >= 2;
}

/** A table row holding levels only (可持续影响指标): the next line is one of its indicators, figure or not. */
function opensLevel(row: Row | undefined): boolean {
  if (!row?.table) return false;
  const filled = row.cells.filter((c) => !isBlankCell(c));
  return filled.length > 0 && levelLabel(filled.at(-1)!) !== null;
}
