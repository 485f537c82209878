// The head block of a token stream (labels and their values) and the finding of indicator headers; the rows under
// a header are read by cell-stream-indicators.ts.
import type { Row } from '../rows/row.ts';
import { TokenCursor } from './cell-stream-cursor.ts';
import { IMPLIED_HEADER, IMPLIED_HEADER_CELLS } from './cell-stream-header.ts';
import { readIndicators } from './cell-stream-indicators.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { departmentConcept, lexiconKey, projectConcept } from './lexicon.ts';
import { isEvaluationKind, titleKind } from './titles.ts';
import type { Token } from './tokenize.ts';

/** A bracketed amount unit alone: (万元), （元）. */
const AMOUNT_UNIT_NOTE = /^[（(]\s*(万元|元)\s*[)）]$/;

/** 单位:万元: the note of what a form's amounts are written in. */
const UNIT_NOTE = /^(?:金额)?单位[:：](?:万元|元)$/;
/** A date's word printed apart from its figures (年 05 月 08 日), or one of those figures. */
const DATE_PIECE = /^(?:[年月日]|\d{1,2})$/;

/**
 * The tokens from k on, on the given line, that are a date's pieces or an amount unit's note; none unless one of
 * them is a date's word or the note (bare figures alone are values).
 */
function dateDebrisAt(ts: readonly Token[], k: number, line: number | undefined): Token[] {
  const out: Token[] = [];
  for (
    let t = ts[k];
    t && t.line === line && (DATE_PIECE.test(t.text) || UNIT_NOTE.test(t.text));
    t = ts[++k]
  )
    out.push(t);
  return out.some((t) => !/^\d+$/.test(t.text)) ? out : [];
}

/** Fields whose value is one cell (a label of these alone on its row waits for the value). */
export const VALUE_FIELDS = new Set([
  'name',
  'code',
  'unit',
  'supervisor',
  'executor',
  'leader',
  'phone',
  'budget.total',
  'budget.current',
]);

/** Department fields whose value is one cell. */
const DEPARTMENT_VALUE_FIELDS = new Set(['department', 'filler', 'phone']);

/** A label (cut out of run-together text) whose field takes one cell: a name, a person, a number. */
function isOneValueLabel(t: Token): boolean {
  if (t.kind !== 'label' || !t.split) return false;
  const key = lexiconKey(t.text);
  return (
    VALUE_FIELDS.has(projectConcept(key) ?? '') || DEPARTMENT_VALUE_FIELDS.has(departmentConcept(key) ?? '')
  );
}

/** A label alone on its row followed by a row of cells (a row broken after its first cell): one row. */
/** Turns a token stream back into rows. */
export class StreamBuilder extends TokenCursor {
  build(): Row[] {
    const ts = this.tokens;
    // A target form's stream with no column heading anywhere (the copy lost the indicator header).
    const headless = !ts.some((t) => t.kind === 'column' || isEvaluationKind(titleKind(t.text)));
    while (this.i < ts.length) {
      const t = ts[this.i]!;
      const header = this.headerAt(this.i);
      if (header) {
        this.i = header.end;
        readIndicators(this, header.header, header.cells, t);
        continue;
      }
      // 产出指标 数量指标 name value …: a 一级 and a 二级 name opening rows under no header are the table's first
      // row; read under the columns every target form has (一级 | 二级 | 三级 | 指标值).
      if (headless && t.kind === 'level1' && this.nextFilled(this.i + 1)?.kind === 'level2') {
        readIndicators(this, IMPLIED_HEADER, IMPLIED_HEADER_CELLS, t);
        continue;
      }
      if (titleKind(t.text)) this.evaluationBody = false;
      // 年度预算220万元 under a 自评表's band copied one cell per line: a cell of its table (a target, an actual),
      // not a head field whose label the tokens cut out of it — the head stands before the band.
      if (this.evaluationBody && t.kind === 'label' && t.split) {
        const from = this.i;
        while (this.i < ts.length && ts[this.i]!.split && ts[this.i]!.line === t.line) this.i++;
        const cut = ts.slice(from, this.i);
        this.emit([cut.map((c) => c.text).join('')], cut, false);
        continue;
      }
      if (t.kind === 'label' || t.kind === 'section') {
        this.readField();
        continue;
      }
      if (t.kind !== 'blank') this.emit([t.text], [t], false);
      this.i++;
    }
    return this.out;
  }

  /** A label and the texts after it: label | value, or a section label prefixed to the next label's row. */
  private readField(): void {
    const ts = this.tokens;
    if (this.readLabelPair()) return;
    let label = ts[this.i++]!;
    // 主管部门 / 及编码: a label broken over two lines, the second line completing a label the lexicon knows.
    const rest = ts[this.i];
    if (
      rest?.kind === 'text' &&
      rest.text.length <= 6 &&
      projectConcept(lexiconKey(label.text + rest.text))
    ) {
      label = { ...label, text: label.text + rest.text };
      this.i++;
    }
    // 资金情况 部门总体资金情况: a heading printed again inside the label after it is that label, not a section.
    const after = ts[this.i];
    if (
      after?.kind === 'label' &&
      lexiconKey(after.text).length > lexiconKey(label.text).length &&
      lexiconKey(after.text).endsWith(lexiconKey(label.text))
    )
      label = ts[this.i++]!;
    const prefix: Token[] = [label];
    // 资金情况（万元） | 年度资金总额： | 854万: a section label stands before the first label under it.
    const concept = projectConcept(lexiconKey(label.text));
    while (
      this.i < ts.length &&
      (concept === 'budget.sources' || label.kind === 'section') &&
      ts[this.i]!.kind === 'label' &&
      prefix.length < 2 &&
      !this.headerAt(this.i)
    )
      prefix.push(ts[this.i++]!);
    const values: Token[] = [];
    // 项目资金 / （元） / 项目资金总额 …: the money unit a block's label wraps onto a line of its own is the label's
    // note (项目资金（元）), which says what the amounts under it are written in; alone it would be dropped as blank.
    let note: string | null = null;
    while (this.i < ts.length) {
      const t = ts[this.i]!;
      if (t.kind === 'blank') {
        note ??= values.length === 0 ? (AMOUNT_UNIT_NOTE.exec(t.text)?.[1] ?? null) : null;
        this.i++;
        if (values.length > 0) break;
        continue;
      }
      // 项目资金（万元） | 分值 | 10: a budget block printed one label a row, its column heading after the block's
      // label — a heading the indicator table shares (分值, 权重) as much as 得分 or 执行率.
      const blockColumn =
        t.kind === 'column' &&
        values.length === 0 &&
        concept === 'budget.sources' &&
        budgetColumnOf(t.text) !== null;
      if (t.kind !== 'text' && t.kind !== 'value' && !blockColumn) break;
      if (titleKind(t.text)) break;
      // Texts split at spaces belong together; separate lines are separate values.
      const last = values.at(-1);
      if (last && !(t.split && last.split && t.line === last.line)) {
        if (values.length === 1 && this.isWrappedTail(concept, last, t)) {
          values[0] = { ...last, text: last.text + t.text };
          this.i++;
        }
        break;
      }
      values.push(t);
      this.i++;
    }
    const value = values.map((v) => v.text).join(' ');
    const labels = prefix.map((p, k) => (note && k === prefix.length - 1 ? `${p.text}（${note}）` : p.text));
    this.emit([...labels, ...(value ? [value] : [])], [...prefix, ...values], true);
  }

  /**
   * A one-cell field's value cut where the line ran out of width, its last characters on the next line alone
   * (兰溪路-真南路下立交工 / 程, 上海市某区建设和管 / 理委员会, before the next label): a short piece of words, no
   * figure, right under a long value and followed by a label, ends the value rather than being one (a form's text cut off after it, docs/004's 当年预, is no tail).
   */
  private isWrappedTail(concept: string | null, value: Token, t: Token): boolean {
    if (!VALUE_FIELDS.has(concept ?? '') || value.line === undefined || t.line !== value.line + 1)
      return false;
    if (value.text.length < 8 || !/^\p{Script=Han}{1,4}$/u.test(t.text)) return false;
    const next = this.tokens[this.i + 1];
    return next !== undefined && next.line !== t.line && next.kind === 'label';
  }

  /**
   * Two one-value labels in a row and then two values on the same line (部门(单位)名称 填报人 某局 张三: a
   * head row's labels printed before its values): the values in order, one to each label.
   */
  private readLabelPair(): boolean {
    const ts = this.tokens;
    const [a, b] = [ts[this.i], ts[this.i + 1]];
    if (!a || !b || !isOneValueLabel(a) || !isOneValueLabel(b)) return false;
    // 项目名称 项目主管部门 年 05 月 08 日 单位:万元 某某专项 某某局: a text layer printed the 填报日期's words and the
    // unit note between the labels and their values; they are no values (the note is kept for the amounts).
    const debris = dateDebrisAt(ts, this.i + 2, a.line);
    const [va, vb] = [ts[this.i + 2 + debris.length], ts[this.i + 3 + debris.length]];
    if (!va || !vb) return false;
    const isValue = (t: Token) => (t.kind === 'text' || t.kind === 'value') && t.split && !titleKind(t.text);
    if (!isValue(va) || !isValue(vb) || ![b, va, vb].every((t) => t.line === a.line)) return false;
    for (const note of debris.filter((t) => UNIT_NOTE.test(t.text))) this.emit([note.text], [note], true);
    this.emit([a.text, va.text], [a, va], true);
    this.emit([b.text, vb.text], [b, vb], true);
    this.i += 4 + debris.length;
    return true;
  }
}
