// A token stream being turned back into rows: where the reading stands, what the tokens ahead hold, and the rows
// written so far.
import { parseIndicatorValue } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { levelBeforeName } from './category-level-column.ts';
import { SPLIT_CONFIDENCE, STREAM_CONFIDENCE } from './cell-stream-confidence.ts';
import {
  columnRole,
  evaluationBand,
  foldSubHeader,
  type Header,
  isEvaluationHeading,
} from './cell-stream-header.ts';
import { COMPARATOR_ONLY, OPS } from './cell-stream-placing.ts';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import { isPlaceHeading } from './region-columns.ts';
import { isValueShaped, type Token } from './tokenize.ts';
import { relabelTrailingNameColumn } from './trailing-name-column.ts';
import { dropValueBand, moveValueBeforeLevels } from './value-band-heading.ts';

/** A target as printed with a figure in it: ≥95%, 5万元, 不低于95%. */
export const isTargetValue = (text: string) =>
  isValueShaped(text) || (/\d/.test(text) && parseIndicatorValue(text).kind === 'quantitative');

/** A value cell the document left empty (an empty cell in the stream), so that nothing else fills it. */
export const SKIPPED = '\u0000';

/** Where the reading of a token stream stands and the rows written so far. */
export class TokenCursor {
  readonly out: Row[] = [];
  i = 0;
  /** A 自评表's band (left to its own reader) was passed: the lines after it are its table's cells. */
  evaluationBody = false;
  constructor(readonly tokens: Token[]) {}

  /** The first token from k on that is not a blank. */
  /** Whether the next filled token is a line of its own holding a value, or the sign a sign column holds. */
  signOrFigureFollows(k: number, h: Header): boolean {
    const after = this.nextFilled(k);
    if (!after || after.split) return false;
    return isValueShaped(after.text) || (h.roles.includes('op') && OPS.test(after.text));
  }

  nextFilled(k: number): Token | undefined {
    while (k < this.tokens.length && this.tokens[k]!.kind === 'blank') k++;
    return this.tokens[k];
  }

  /**
   * A figure with its unit (20万元), the token before `k`, followed by a value on a line of its own and then by no
   * other value: a name and its value, not a row's figures.
   */
  namesNextRow(figure: string, k: number): boolean {
    if (!isValueShaped(figure) || !/\d\D/.test(figure.trim()) || /^\d+(\.\d+)?\s*[%％]$/.test(figure.trim()))
      return false;
    const ts = this.tokens;
    const line = ts[k - 1]?.line;
    while (k < ts.length && ts[k]!.kind === 'blank') k++;
    const value = ts[k];
    if (value?.kind !== 'value' || value.split || value.line === line) return false;
    const after = this.nextFilled(k + 1);
    return after === undefined || !isValueShaped(after.text);
  }

  /** Whether a value follows from token `k` on: a target cell, or a comparator alone (≥, 不低于) and then a value. */
  valueFollows(k: number): boolean {
    const ts = this.tokens;
    while (k < ts.length && ts[k]!.kind === 'blank') k++;
    const first = ts[k]?.text.trim() ?? '';
    if (!COMPARATOR_ONLY.test(first) && !COMPARATOR_WORDS.includes(first)) return isTargetValue(first);
    return isValueShaped(this.nextFilled(k + 1)?.text ?? '');
  }

  /**
   * Whether the row a piece of run-together text opens ends with it: what follows on its line is a level's name, a
   * heading, a label or nothing — no value, no further text — so the piece holds the row's value, if it has one.
   */
  closesRow(k: number): boolean {
    const t = this.tokens[k];
    const line = this.tokens[k - 1]?.line;
    if (!t || t.line !== line || t.kind === 'blank') return true;
    return t.kind !== 'text' && t.kind !== 'value';
  }

  /** An indicator header starting at token k: the section label, then three column labels or more. */
  headerAt(k: number): { header: Header; cells: string[]; end: number } | null {
    const ts = this.tokens;
    let j = k;
    const cells: string[] = [];
    if (
      ts[j]?.kind === 'section' ||
      (ts[j]?.kind === 'label' && columnConcept(lexiconKey(ts[j]!.text)) === 'goal')
    )
      cells.push(ts[j++]!.text);
    const roles: ColumnRole[] = cells.map(() => 'goal');
    while (j < ts.length && roles.length < 40) {
      const t = ts[j]!;
      if (t.kind === 'blank') {
        j++;
        continue;
      }
      const role = columnRole(t);
      // 指标解释 | 指标方向 | 笏石街道办 | 埭头镇: a 区域 table names its value columns by the places they are for.
      const regional =
        !role && roles.some((r) => r === 'name') && !roles.includes('value') && isPlaceHeading(t.text);
      if (!role && !regional) break;
      roles.push(role ?? 'value');
      cells.push(t.text);
      j++;
    }
    // A 自评表's band (实际完成值, 得分 …) written one cell per line: its rows are the 自评表 reader's, which
    // places cells by meaning; rebuilt under the project form's columns they would lose their actuals and
    // scores. (Cut out of run-together text, the cells need the rebuilding to be apart at all.)
    const evaluation = evaluationBand(ts, k, j);
    // Run together, a header holding a heading only the 自评表's list knows (实际完成情况, 自评得分: tokenize.ts cuts
    // at them) is a 自评表's: its rows are left to that reader, which cuts a row's figures by what its columns hold.
    // (Only after an indicator header's own headings: 权重 | 得分 in the budget block above it leaves the rows be.)
    const namesRows = roles.some((r) => r === 'name' || r === 'level1' || r === 'level2');
    const ownHeading = namesRows && isEvaluationHeading(ts[j]);
    if ((!ts[k]!.split || ownHeading) && evaluation) {
      this.evaluationBody = true;
      return null;
    }
    foldSubHeader(roles, cells);
    levelBeforeName(roles, cells);
    dropValueBand(roles, cells);
    moveValueBeforeLevels(roles, cells);
    // A name heading after the values with no value of its own (指标属性 | 指标内容) explains the indicators.
    relabelTrailingNameColumn(roles, []);
    const named = roles.filter((r) => r !== 'goal');
    const nameAt = roles.lastIndexOf('name') >= 0 ? roles.lastIndexOf('name') : roles.lastIndexOf('level2');
    const valueAt = roles.indexOf('value', Math.max(0, nameAt));
    if (named.length < 3 || nameAt < 0 || valueAt < 0) return null;
    return { header: { roles, nameAt, valueAt, evaluation }, cells, end: j };
  }

  emit(written: string[], from: Token[], table: boolean): void {
    const cells = written.map((c) => (c === SKIPPED ? '' : c));
    const at = from.find((t) => t.line !== undefined) ?? from[0];
    const split = from.some((t) => t.split);
    this.out.push({
      cells,
      table,
      ...(at?.line !== undefined ? { line: at.line } : {}),
      ...(at?.source ? { source: at.source } : {}),
      confidence: split ? SPLIT_CONFIDENCE : STREAM_CONFIDENCE,
    });
  }
}
