// The body of a 自评表 whose header a text layer took apart (see scatteredHeader in evaluation-stream-table.ts),
// in a template that numbers every row (指标1：…): the header's words stand among the rows (实际 指标值 完成值 8755
// 分值 得分 偏差原因分析及改进措 施 8676 15 13), and a level's label or a head's value may stand between a row's name
// and its figures. The template's numbering tells what is a row: its name is numbered, a text without a number is
// none — so the figures after such a text are the numbered row's before it.
import { labelKey } from '../rows/clean-cell.ts';
import type { Atom } from './evaluation-atoms.ts';

/** The value columns' heading words, as a header taken apart leaves them. */
const HEADING_WORDS = new Set([
  '年度',
  '实际',
  '年度指标值',
  '指标值',
  '目标值',
  '实际完成值',
  '完成值',
  '分值',
  '权重',
  '得分',
  '偏差原因分析及改进措施',
  '偏差原因分析',
]);

/** A row name as the template numbers it: 指标1：…, or 1：… where a level name took the 指标 before it. */
export const NUMBERED_NAME = /^(?:(?:指标|任务)\d{1,2}[:：]|\d{1,2}[:：]\s*\p{Script=Han})/u;

const isHeadingWord = (text: string) => HEADING_WORDS.has(labelKey(text));

/** The atoms without the header's words: a cell that is one, or two cells that make one (偏差原因分析及改进措 | 施). */
export function withoutHeadingWords(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    const next = atoms[k + 1];
    if (a.kind === 'text' && isHeadingWord(a.text)) continue;
    if (a.kind === 'text' && next?.kind === 'text' && isHeadingWord(a.text + next.text)) {
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A level's points: 50分. */
const POINTS = /^\d+(?:\.\d+)?分$/;

/** Atom `k` opens a numbered name: 指标1：…, or 1 | ：是否… where the number was read as a figure. */
function opensNumbered(atoms: readonly Atom[], k: number): boolean {
  const a = atoms[k];
  const next = atoms[k + 1];
  const colon = (b: Atom | undefined) => b?.glued === true && /^[:：]/.test(b.text);
  if (a?.kind === 'text')
    // 指标 | 9 | ：| 0 | - | 6 | 岁儿童…: the number and a name opening with figures read as atoms of their own.
    return (
      NUMBERED_NAME.test(a.text) ||
      (/^(指标|任务)$/.test(a.text) && /^\d{1,2}$/.test(next?.text ?? '') && colon(atoms[k + 2]))
    );
  return (
    a?.kind === 'value' && /^\d{1,2}$/.test(a.text) && colon(next) && /^[:：]\p{Script=Han}/u.test(next!.text)
  );
}

const hasFigure = (atoms: readonly Atom[]) =>
  atoms.some((a, k) => a.kind === 'value' && !opensNumbered(atoms, k));
const numbered = (atoms: readonly Atom[]) => opensNumbered(atoms, 0);

/**
 * The parts' atoms with a numbered row left without figures given the figures that follow it: the text between
 * (no number of its own: a level's label, a head's value) is dropped. Parts in order; an emptied part stays empty.
 */
export function joinNumberedRows(parts: readonly (readonly Atom[])[]): Atom[][] {
  const out = parts.map((p) => [...p]);
  for (let k = 0; k + 1 < out.length; k++) {
    const row = out[k]!;
    if (!numbered(row) || hasFigure(row)) continue;
    const next = out[k + 1]!;
    // 产出指标 (50分 ): a level's points in the text between are no figure of the row.
    const first = next.findIndex((a) => a.kind === 'value' && !POINTS.test(a.text));
    if (first < 0 || next.slice(0, first + 1).some((_, j) => opensNumbered(next, j))) continue;
    out[k] = [...row, ...next.slice(first)];
    out[k + 1] = [];
  }
  return out;
}

/**
 * The atoms without the texts that follow a row's figures and open no numbered row (a level's label broken over
 * the cells, (10分 意度指标 ), a deviation's reason where the scattered header named no such column): under a
 * template numbering its rows they would be read as rows of their own.
 */
export function withoutUnnumberedTexts(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  let afterFigures = false;
  let dropped = false;
  atoms.forEach((a, k) => {
    const drop = (): void => void (dropped = true);
    if (opensNumbered(atoms, k)) afterFigures = false;
    // A figure glued inside a name (孕产妇7天访视数) is the name's: it neither ends the name nor is cut from it; what
    // is glued to a dropped atom goes with it.
    else if (a.glued) {
      if (dropped || (afterFigures && a.kind === 'text' && atoms[k - 1]?.kind === 'text')) return drop();
    }
    // (10分: a level's points after the row's figures, the row's 得分 before them.
    else if (afterFigures && (a.kind === 'text' || POINTS.test(a.text))) return drop();
    else if (a.kind === 'value') afterFigures = true;
    dropped = false;
    out.push(a);
  });
  return out;
}
