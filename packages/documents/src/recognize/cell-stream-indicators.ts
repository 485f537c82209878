// The indicator rows of a token stream under their header: levels, names, values and the other columns, one row
// at a time until the table ends.
import { isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isTargetValue, SKIPPED, TokenCursor } from './cell-stream-cursor.ts';
import { explanationBefore, type Header } from './cell-stream-header.ts';
import { joinValueParts, OPS, place } from './cell-stream-placing.ts';
import { explainedRuns, isWordedBound } from './explained-runs.ts';
import {
  BOUNDED_FIGURE,
  gluedValue,
  joinedRows,
  opensWithComparison,
  spacedExplanationRow,
  unitValueAtEnd,
} from './glued-values.ts';
import { isCutLevelName } from './level-names.ts';
import { isPeriodValue, rewordsLevel2 } from './level2-worded-names.ts';
import { lexiconKey } from './lexicon.ts';
import { QUALITATIVE_VALUES } from './lexicon-columns.ts';
import { cutRepeatedWordedTargets } from './repeated-worded-target.ts';
import { isMeasureList } from './measure-list.ts';
import { isUnitAndKindOnly, nameValueRest } from './name-value-run.ts';
import { isPageChrome } from './page-chrome.ts';
import { isPlaceHeading } from './region-columns.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { restatedName, targetAtEnd } from './target-at-end.ts';
import { titleKind } from './titles.ts';
import { isValueShaped, splitFusedRow, type Token } from './tokenize.ts';
import { unitOpeningName } from './unit-opening-name.ts';
import { isWordedFigureValue } from './worded-figure-value.ts';
import { yesNoRow } from './yes-no-row.ts';

/** The indicator rows under a header, read from the cursor on until the table ends. */
export function readIndicators(cursor: TokenCursor, h: Header, headerCells: string[], first: Token): void {
  cursor.emit(headerCells, [first], true);
  const ts = cursor.tokens;
  const fused = h.roles.some((r) => r === 'weight' || r === 'op' || r === 'unit');
  const l1At = h.roles.indexOf('level1');
  const l2At = h.roles.indexOf('level2') < h.nameAt ? h.roles.indexOf('level2') : -1;
  const l2Cols = h.roles.flatMap((r, c) => (r === 'level2' && c < h.nameAt ? [c] : []));
  const weights = new Set<string>();
  const firstRow = cursor.out.length;
  // The value right after the name and text columns after it: a row run together there is cut by its value.
  const runTogether = h.valueAt === h.nameAt + 1 && ['other', 'basis'].includes(h.roles[h.valueAt + 1] ?? '');
  // Under 三级 | 指标值 alone, a piece of run-together text may hold several rows, each closed by a marked value.
  const oneValueColumn = h.valueAt === h.roles.length - 1 && h.valueAt === h.nameAt + 1;
  const hasExplanation =
    explanationBefore(
      h,
      h.roles.map(() => ''),
    ) >= 0;
  let row = null as string[] | null;
  let rowTokens: Token[] = [];
  let next = h.nameAt + 1;
  const start = () => {
    row = h.roles.map(() => '');
    rowTokens = [];
    next = h.nameAt + 1;
    return row;
  };
  // 按时发放补贴 60% | ≥60%: the explanation written after the name with a space, the value cut off after it.
  // 学校满意度≥90%, 校舍维修改造质量合格率100%: a row whose cells ran together, the value glued to the name;
  // cut off when no value follows on its own (else the next row's name would be taken for the value).
  const setName = (r: string[], part: string, alone: boolean) => {
    const tail = hasExplanation ? /^(.*\p{Script=Han}\S*)[ \u3000]+(\d\S*)$/u.exec(part) : null;
    // Cut out of run-together text, a name's last words may also be a figure and its unit (年增粮食3500公斤).
    const cut = ts[cursor.i - 1]?.split === true;
    const next = ts[cursor.i];
    const glued =
      alone && !tail
        ? (gluedValue(part) ??
          (cut ? unitValueAtEnd(part) : null) ??
          (cut && oneValueColumn && cursor.closesRow(cursor.i) ? targetAtEnd(part) : null))
        : null;
    // 知晓率显著提升 | 100%: a name ending in a qualitative word, with a figure of its own after it (a cell a line),
    // ends in that word; the figure is its value. (A bare number after it may be a 分值: the word stays the value.)
    const wordNamed =
      glued !== null &&
      QUALITATIVE_VALUES.includes(glued.value) &&
      next?.kind === 'value' &&
      !next.split &&
      (!/^\d+(\.\d+)?$/.test(next.text) || !h.roles.includes('weight'));
    // 满意度95%以上 | >=95%: in a table of one value column copied a cell a line, a name with a figure in it and a
    // value of its own on the next line keeps its figure — the value is the row's, the figure the name's words.
    const figureNamed =
      glued !== null &&
      oneValueColumn &&
      !cut &&
      // (不低于95%: a comparison's word opening the value, as ≥ does.)
      (next?.kind === 'value' || (next !== undefined && opensWithComparison(next.text))) &&
      !next.split &&
      next.line !== ts[cursor.i - 1]?.line;
    if (
      glued &&
      !wordNamed &&
      !figureNamed &&
      !(next && next.kind === 'value' && next.line === ts[cursor.i - 1]?.line)
    ) {
      const once = cut ? restatedName(glued.name, glued.value) : glued;
      r[h.nameAt] = once.name;
      r[h.valueAt] = once.value;
      return;
    }
    r[h.nameAt] = tail ? tail[1]! : part;
    if (tail) r[explanationBefore(h, r)] = tail[2]!;
  };
  const finish = () => {
    if (row && row[h.nameAt]) cursor.emit(row, rowTokens, true);
    else if (row && (l1At >= 0 || l2At >= 0) && (row[l1At] || row[l2At]) && !row[h.nameAt]) {
      // A level row with no indicator: kept so the 二级 slot is seen (and 一级 fills down).
      cursor.emit(row, rowTokens, true);
    }
    row = null;
  };
  // ≥90 | ％年度预算执行率: a full-width ％ left after a row's figure (a copy in full-width figures, the tokens or
  // the fused row's parts cut before it) is that figure's unit, not the opening of the next name. (Not in a
  // 自评表's band, whose reader cuts figure runs itself.)
  const unitAt = h.roles.indexOf('unit', h.valueAt);
  const unitLeftBehind = (text: string): string => {
    const open = row as string[] | null;
    // 10 | 套烟感、温感控制设备 under 目标值 | 计量单位: the unit the row's figure left opening the next name is
    // the row's, in its unit column (unit-opening-name.ts).
    if (!h.evaluation && open && unitAt > 0 && open[unitAt] === '' && /\d$/.test(open[h.valueAt] ?? '')) {
      const filled = open.findLastIndex((c, k) => k > h.nameAt && c !== '' && c !== SKIPPED);
      const opening = filled === h.valueAt ? unitOpeningName(text) : null;
      if (opening) {
        open[unitAt] = opening.unit;
        next = unitAt + 1;
        return opening.name;
      }
    }
    if (h.evaluation || !open || !/^[％%][\p{Script=Han}\d０-９]/u.test(text)) return text;
    const last = open.findLastIndex((c, k) => k > h.nameAt && c !== '' && c !== SKIPPED);
    if (last < 0 || !/[\d０-９]$/.test(open[last]!)) return text;
    open[last] += '%';
    return text.slice(1);
  };
  while (cursor.i < ts.length) {
    let t = ts[cursor.i]!;
    if (cursor.headerAt(cursor.i)) break;
    // 成本指标 | 项目金额 | 5万元: a head field's label (项目金额, 预算数) standing where the row awaits its indicator
    // — its 二级 given, no name yet — with a value right after it is that indicator's name, not a new field;
    // so is a line the tokens cut at a label it opens with (项目资金 | 使用合规性 out of 项目资金使用合规性).
    const open = row as string[] | null;
    if (
      t.kind === 'label' &&
      open !== null &&
      !open[h.nameAt] &&
      (l2At >= 0 ? !!open[l2At] : l1At >= 0 && !!open[l1At])
    ) {
      let end = cursor.i + 1;
      let whole = t.text;
      // … but not into the value cut off after it (项目金额 | 5万元 out of a row run together, 项目金额5万元).
      while (
        t.split &&
        ts[end]?.split &&
        ts[end]!.line === t.line &&
        ts[end]!.kind !== 'blank' &&
        !(ts[end]!.kind === 'value' && isTargetValue(ts[end]!.text))
      )
        whole += ts[end++]!.text;
      // (资金到位率 | 资金到位率达100%: a line of its own before a target worded around its figure, too; and
      // 项目资金专项核算 | 定性 | …: a line before the row's sign or kind, which only an indicator's value follows.)
      const following = cursor.nextFilled(end)?.text ?? '';
      if (
        isTargetValue(following) ||
        (h.roles.includes('op') && OPS.test(following)) ||
        (!t.split && isWordedFigureValue(following))
      ) {
        t = { ...t, kind: 'text', text: whole, split: false };
        cursor.i = end - 1;
      }
    }
    // 资金到位率 | 资金到位率达100% | 项目资金专项核算: a line inside the rows that opens with a head field's label
    // (项目资金) and goes on in words of its own, no colon after the label, is the next row's name — a field's
    // label stands alone on its line or before its colon.
    if (t.kind === 'label' && t.split && open !== null && open[h.nameAt]) {
      let end = cursor.i + 1;
      let whole = t.text;
      while (ts[end]?.split && ts[end]!.line === t.line && ts[end]!.kind !== 'blank')
        whole += ts[end++]!.text;
      if (end > cursor.i + 1 && /^\p{Script=Han}+$/u.test(whole)) {
        t = { ...t, kind: 'text', text: whole, split: false };
        cursor.i = end - 1;
      }
    }
    // 社会效益指标:学校的教学秩序良好,…,构建校园安全文明、稳定、和谐。: a sentence cut off a 二级 on its own line,
    // the 二级 still waiting for its indicator, is what that 二级 sets (a form that words its targets as prose),
    // not a note under the table.
    const levelsSentence =
      t.kind === 'text' &&
      open !== null &&
      !open[h.nameAt] &&
      l2At >= 0 &&
      !!open[l2At] &&
      ts[cursor.i - 1]?.kind === 'level2' &&
      ts[cursor.i - 1]!.line === t.line;
    if (t.kind === 'label' || t.kind === 'section' || endsTable(t, levelsSentence)) break;
    cursor.i++;
    // 及时发放率达到目标值100%: a heading's word (目标值) cut out of a row between its name and its value is a
    // word of the name; a header is not printed again inside a row.
    const before = ts[cursor.i - 2];
    if (t.kind === 'column' && t.split && row && row[h.nameAt] && !row[h.valueAt]) {
      if (before?.kind === 'text' && before.line === t.line && row[h.nameAt]!.endsWith(before.text))
        row[h.nameAt] += t.text;
      continue;
    }
    if (t.kind === 'column') continue;
    if (t.kind === 'blank') {
      if (row && row[h.nameAt] && next < h.roles.length && !row[h.valueAt]) {
        // An empty cell: the column it stands for is left empty (SKIPPED is dropped when the row is written).
        if (next === h.valueAt) row[h.valueAt] = SKIPPED;
        next++;
      }
      continue;
    }
    let level =
      t.kind === 'level1' || t.kind === 'level2' ? t.kind : (ownLevelWord(ts, cursor.i - 1) ?? null);
    // 成本指标 and 满意度指标 are 一级 in one tree and 二级 in another: 一级 only when a 二级 follows (满意度指标 |
    // 满意度指标: the second, a 二级 by its name, is the first's 二级) — and never right under a 一级 still
    // waiting for its 二级 (产出指标 | 成本指标 | 成本指标: the 二级, written again for the next column group).
    const waitingL1 =
      open !== null && l1At >= 0 && !!open[l1At] && !(l2At >= 0 && open[l2At]) && !open[h.nameAt];
    const after = ts[cursor.i];
    const l2Follows =
      !waitingL1 &&
      (after?.kind === 'level2' || (after?.kind === 'level1' && isLevel2Name(lexiconKey(after.text))));
    if (level === 'level1' && isLevel2Name(lexiconKey(t.text)) && !l2Follows) level = 'level2';
    // (Not where the open row still waits for its value: a qualitative value before the next group's first name.)
    const awaitsValue = open !== null && !!open[h.nameAt] && !open[h.valueAt];
    if (level === null && l2At >= 0 && !awaitsValue && headsNumberedGroup(t, cursor.nextFilled(cursor.i)))
      level = 'level2';
    if (level === 'level1' && l1At >= 0) {
      finish();
      start()[l1At] = t.text;
      rowTokens.push(t);
      continue;
    }
    const cur: string[] | null = row;
    // 二级（长期） | 三级（长期） | 指标值（长期） | 二级（年度） | …: the same 二级 again fills the next group's 二级 column.
    const laterL2 =
      cur && !cur[h.nameAt] && l2At >= 0 && cur[l2At]
        ? l2Cols.find((c) => c > l2At && cur[c] === '')
        : undefined;
    if (
      (level === 'level2' || level === 'level1') &&
      laterL2 !== undefined &&
      lexiconKey(cur![l2At]!) === lexiconKey(t.text)
    ) {
      cur![laterL2] = t.text;
      rowTokens.push(t);
      continue;
    }
    // 服务对象满意度 | 服务对象满意度 | ≥95%, 服务对象满意度指标 | 服务对象满意度: the 三级 written like its 二级 —
    // or as its last words, its value right after it (服务对象满意度指标 | 满意度 | 90%).
    if (
      level === 'level2' &&
      cur &&
      l2At >= 0 &&
      !cur[h.nameAt] &&
      (withoutIndicatorWord(cur[l2At] ?? '') === withoutIndicatorWord(t.text) ||
        (withoutIndicatorWord(cur[l2At] ?? '').endsWith(withoutIndicatorWord(t.text)) &&
          isValueShaped(cursor.nextFilled(cursor.i)?.text ?? '')))
    )
      level = null;
    // 满意度指标 | 受益单位满意度 95% | 社会公众满意度 ≥90%: a name worded like a 二级 with its value right after it,
    // under a 二级 already given, is the next 三级 (a 二级 is followed by its first indicator, not a value).
    if (
      level === 'level2' &&
      cur &&
      l2At >= 0 &&
      cur[l2At] &&
      cur[h.nameAt] &&
      isValueShaped(ts[cursor.i]?.text ?? '')
    )
      level = null;
    // A 二级's first indicator, before any other of it and with its value after it (a comparator alone first, a
    // copy one cell per line) — a 二级 is followed by an indicator's name, never by a figure, and is not written
    // twice over: 服务对象满意度指标 | 社会公众满意度 | ≥ | 90 | %, worded like a 二级 without its 指标, and
    // 服务对象满意度指标 | 服务对象或受益者满意度指标 | ≥95%, another wording of the 二级 just given.
    // (质量指标 | 88100 under 数量指标 is a template's 二级 printed in the wrong column, left as it is.)
    if (
      level === 'level2' &&
      cur &&
      l2At >= 0 &&
      cur[l2At] &&
      !cur[h.nameAt] &&
      (!/指标$/.test(lexiconKey(t.text)) || rewordsLevel2(cur[l2At]!, t.text)) &&
      cursor.valueFollows(cursor.i)
    )
      level = null;
    // 时效指标 | 全年: a 二级's word with a period after it names the indicator the period is the target of — a
    // 二级 is followed by an indicator's name, and a period names none (质量指标 | 88100, a template's bare
    // figures after its 二级 words, is left as it is).
    if (level === 'level2' && isPeriodValue(cursor.nextFilled(cursor.i)?.text ?? '')) level = null;
    if (level === 'level2' && (l2At >= 0 || l1At >= 0)) {
      const r: string[] = row && !row[h.nameAt] && !(l2At >= 0 && row[l2At]) ? row : (finish(), start());
      r[l2At >= 0 ? l2At : l1At] = t.text;
      rowTokens.push(t);
      continue;
    }

    if (isCutLevelName(t.text)) continue;
    t = { ...t, text: unitLeftBehind(t.text) };
    // 区域目标值 over 新罗区永定区…: the places the value column is cut into, printed under the header before the
    // first row — a sub-heading, no indicator.
    if (row === null && cursor.out.length === firstRow && isPlaceHeading(t.text)) continue;
    // 学生补助标准17元/人.每天反映…-定量 under name | 指标值 | 指标值内容 …: the name, its value and the rest of the
    // row's text, each in its column (name-value-run.ts); a 二级's row of no indicator ends in -定性 alone.
    if (runTogether && isUnitAndKindOnly(t.text)) continue;
    const run = runTogether && t.kind === 'text' && !isValueShaped(t.text) ? nameValueRest(t.text) : null;
    if (run) {
      const r: string[] = row && !row[h.nameAt] ? row : (finish(), start());
      r[h.nameAt] = run.name;
      r[h.valueAt] = run.value;
      r[h.valueAt + 1] = run.rest;
      next = h.valueAt + 2;
      rowTokens.push(t);
      continue;
    }
    const rowStarts = new Set<number>();
    const explained =
      hasExplanation && !isValueShaped(t.text)
        ? ((!t.split ? spacedExplanationRow(t.text) : null) ?? explainedRuns(t.text) ?? yesNoRow(t.text))
        : null;
    // A line of its own that opens with a figure (2021年1月-12月) is a value as printed, no name with values glued on.
    // 物管服务面积 | 建筑面积2.6万平方米,展示面积1万平方米: a cell of its own where the row awaits its value, listing
    // measures, is the value whole — no name with its figures glued on.
    // 免费开放时间 | 每周不少于42小时: so is a target in words around its figure — a row run together opens with
    // its name, and this row has its name already (worded-figure-value.ts).
    const listedValue =
      !t.split &&
      !!row &&
      !!row[h.nameAt] &&
      !row[h.valueAt] &&
      (isMeasureList(t.text) || isWordedFigureValue(t.text));
    // 寨山石坪村新建水泥路1条 | 2 | km: a line of its own where the row awaits its name (or has its value, so the
    // line opens the next), its value on the lines after it (a figure or the row's sign), is the name whole — a
    // figure in a name counts what it names.
    const opened = row as string[] | null;
    const figureInName =
      !t.split && (!opened?.[h.nameAt] || !!opened[h.valueAt]) && cursor.signOrFigureFollows(cursor.i, h);
    const parts = explained
      ? explained
      : fused &&
          !listedValue &&
          !figureInName &&
          (t.split || (/\d/.test(t.text) && !isValueShaped(t.text) && !/^\d/.test(t.text)))
        ? joinValueParts(
            splitFusedRow(t.text),
            h,
            isValueShaped(cursor.nextFilled(cursor.i)?.text ?? ''),
            rowStarts,
          )
        : ((oneValueColumn && t.split ? joinedRows(t.text, cursor.closesRow(cursor.i)) : null) ?? [t.text]);
    for (const [n, whole] of parts.entries()) {
      const part = unitLeftBehind(whole);
      // The next row's name cut out after a worded value: a row of its own, whatever columns are left.
      if (rowStarts.has(n) && row?.[h.nameAt]) finish();
      const r: string[] = row ?? start();
      if (!r[h.nameAt]) {
        // A number with no indicator name: a template's score, not an indicator; one letter is a cut-off. (But
        // 产出指标 | 数量指标 | 20万元 | 100%: a figure with its unit under a row's levels, in a table of one value
        // column copied a cell a line, its own value after it, is the indicator named by its amount.)
        const amountNamed =
          oneValueColumn && !t.split && parts.length === 1 && cursor.namesNextRow(part, cursor.i);
        if ((isValueShaped(part) && !amountNamed) || part.length < 2) continue;
        if (amountNamed) {
          r[h.nameAt] = part;
          rowTokens.push(t);
          continue;
        }
        setName(r, part, parts.length === 1);
        rowTokens.push(t);
        continue;
      }
      // 全年检测次数自愿咨询检测1000人次以上,…筛查600人次以上 | 培训次数2次以上: a name that carries its own bounded
      // figures (its values written into the sentence) takes no value from the next line when that line is a
      // name with its value glued on: that line is the next row.
      // (7 岁以下儿童健康管理率 | 不低于85%: a comparison's word and its figure are a value, no name glued to one.)
      if (
        !r[h.valueAt] &&
        parts.length === 1 &&
        BOUNDED_FIGURE.test(r[h.nameAt]!) &&
        gluedValue(part) &&
        !opensWithComparison(part)
      ) {
        finish();
        setName(start(), part, true);
        rowTokens.push(t);
        continue;
      }
      // 成本控制率 | 不超预算 cut out of explained rows: a bound in words is the row's value, not its explanation.
      if (explained && !r[h.valueAt] && isWordedBound(part)) {
        r[h.valueAt] = part;
        next = h.valueAt + 1;
        rowTokens.push(t);
        continue;
      }
      const trailing =
        parts.length === 1 && closesNumberedRow(r[h.nameAt]!, part, cursor.nextFilled(cursor.i));
      const placed = place(h, r, next, part, weights, trailing, !t.split && parts.length === 1);
      if (placed >= 0) {
        next = placed + 1;
        rowTokens.push(t);
        continue;
      }
      // A 自评表 band in two rows (年度指标值 over 性质 | 值 | 单位 here, 实际完成值 | 分值 | 得分 printed above it):
      // the row's figures after the rebuilt columns have no column of their own here. They stay on the row,
      // after its cells, for the 自评表 reader to place by meaning (7289010.009.00 is 实际 | 分值 | 得分).
      if (h.evaluation && (isFigureRun(part) || (t.split && isValueShaped(part)))) {
        r.push(part);
        rowTokens.push(t);
        continue;
      }
      // 20万元 | 100% after a row that has its value, in a table of one value column copied a cell a line: a figure
      // with its unit where the next row's name stands, a value of its own on the next line and no third after it,
      // is that row's name (an indicator named by its amount). A bare number there is a template's points.
      if (oneValueColumn && !t.split && parts.length === 1 && cursor.namesNextRow(part, cursor.i)) {
        finish();
        start()[h.nameAt] = part;
        rowTokens.push(t);
        continue;
      }
      // Does not fit the row: the next indicator, under the same 一级/二级 (a stray number is dropped).
      if (isValueShaped(part) || part.length < 2) continue;
      finish();
      setName(start(), part, parts.length === 1);
      rowTokens.push(t);
    }
  }
  finish();
  cutValuesFromWeights(cursor.out.slice(firstRow), h);
  cutRepeatedWordedTargets(cursor.out.slice(firstRow), h);
}

/** A level of a template's own words (计划管理指标, 过程管理指标): a short text ending in 指标 no list knows. */
const isLevelWord = (t: Token | undefined) =>
  t !== undefined &&
  (t.kind === 'level1' ||
    t.kind === 'level2' ||
    (t.kind === 'text' && /^\p{Script=Han}{2,8}指标$/u.test(lexiconKey(t.text))));

/**
 * The level a text of the template's own words stands for, by what follows it: another level (过程管理指标 |
 * 计划管理指标) makes it the level above, a name and its value (计划管理指标 | 投资计划分解用时 | ≤20工作日) the 二级
 * over them; anything else leaves it a name (an indicator named …指标 is followed by its value).
 */
function ownLevelWord(ts: readonly Token[], k: number): 'level1' | 'level2' | undefined {
  if (ts[k]?.kind !== 'text' || !isLevelWord(ts[k])) return undefined;
  const filled: Token[] = [];
  for (let j = k + 1; j < ts.length && filled.length < 2; j++)
    if (ts[j]!.kind !== 'blank') filled.push(ts[j]!);
  const [next, after] = filled;
  if (isLevelWord(next)) return 'level1';
  return next?.kind === 'text' && after && isValueShaped(after.text) ? 'level2' : undefined;
}

/**
 * 享受资助人数 | 210010 under 目标值 | 分值: a value run into the 分值 after it, where other rows print theirs
 * apart. The tail that is a 分值 another row prints is cut off; of several, the one that brings the 分值 to 100.
 */
export function cutValuesFromWeights(rows: readonly Row[], h: Pick<Header, 'roles' | 'valueAt'>): void {
  const w = h.roles.indexOf('weight');
  if (w <= h.valueAt) return;
  const printed = rows.flatMap((r) => (/^\d{1,3}(\.\d+)?$/.test(r.cells[w] ?? '') ? [r.cells[w]!] : []));
  if (printed.length === 0) return;
  const sum = printed.reduce((a, x) => a + Number(x), 0);
  for (const r of rows) {
    const value = r.cells[h.valueAt] ?? '';
    if (r.cells[w] || !/^\d{3,}$/.test(value)) continue;
    const fits = [...new Set(printed)].filter((x) => value.length > x.length && value.endsWith(x));
    const whole = fits.filter((x) => Math.abs(sum + Number(x) - 100) < 1e-9);
    const cut = fits.length === 1 ? fits[0] : whole.length === 1 ? whole[0] : undefined;
    if (cut === undefined) continue;
    r.cells[h.valueAt] = value.slice(0, -cut.length);
    r.cells[w] = cut;
  }
}

/** A name numbered as the first of its group (1.读书节活动场次, 1、参与人次). */
const FIRST_OF_GROUP = /^1\s*[.、．]\s*\S/u;

/**
 * 目标完成程度 | 1.读书节活动场次 …, later 项目实施效益 | 1.参与活动读者人次: under a header with a 二级 column, a
 * short word without a figure right before a name numbered 1 heads that group of names — a 二级 the level
 * lexicon does not know (a template's own wording), not an indicator of its own.
 */
export function headsNumberedGroup(t: Token, after: Token | undefined): boolean {
  if (t.kind !== 'text' || after === undefined || (after.kind !== 'text' && after.kind !== 'value'))
    return false;
  const text = t.text.trim();
  return (
    text.length <= 10 &&
    !/\d/.test(text) &&
    !FIRST_OF_GROUP.test(text) &&
    FIRST_OF_GROUP.test(after.text.trim())
  );
}

/** The number a name is printed with (2.进基层活动场次 → 2), or null. */
const numberOf = (name: string): number | null => {
  const m = /^(\d{1,2})\s*[.、．]\s*\S/u.exec(name.trim());
  return m ? Number(m[1]) : null;
};

/**
 * 1.读书节活动场次 | 4场 | ≥4场 | 全年举办读书节主题活动场次, then 2.进基层活动场次: where the row's name is numbered,
 * a text after its value that bears no number and has no value after it is the row's last column (指标内容,
 * 计算公式), not an indicator of its own — the next indicator would bear the next number and its value follow it.
 */
export function closesNumberedRow(name: string, text: string, after: Token | undefined): boolean {
  if (numberOf(name) === null || numberOf(text) !== null || isValueShaped(text)) return false;
  return after === undefined || !isValueShaped(after.text);
}

/** A level's name without the word 指标 it may end in (服务对象满意度指标 → 服务对象满意度). */
const withoutIndicatorWord = (text: string) => lexiconKey(text).replace(/指标$/, '');

/** Figures only, one or several run together (95, 1002019, 7289010.009.00): no name and no word. */
const isFigureRun = (text: string) => /^\d[\d.]*%?$/.test(text.trim());

/**
 * A note under the table or a sentence: the indicator rows are over — unless the sentence is the content of the
 * 二级 just before it on its line (`ofLevel`).
 */
function endsTable(t: Token, ofLevel = false): boolean {
  if (t.kind === 'text' && titleKind(t.text)) return true;
  // 【返回】, [打印]: the page's own controls under the table.
  if (t.kind === 'text' && isPageChrome(t.text)) return true;
  // 表十二: the number of the next table.
  if (/^表[一二三四五六七八九十\d]+$/.test(t.text)) return true;
  // 总分 | 100 under the rows: the table's total, no indicator.
  if (/^(总分|合计|总计)$/.test(t.text.replace(/\s/g, ''))) return true;
  if (
    /^(注|说明|备注|填报说明|附件)[：:]/.test(t.text) ||
    (!ofLevel && t.text.length > 60 && /[。；]/.test(t.text))
  )
    return true;
  // The signature block: 填表人, 财政资金管理科室（盖章）, 年 月 日 (its names and numbers follow).
  return t.kind !== 'level1' && t.kind !== 'level2' && isSignatureRow([t.text]);
}
