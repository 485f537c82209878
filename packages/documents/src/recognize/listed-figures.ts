// A figure in a list of words a name or a worded value writes (每年3月、9月份发放, 半年报告、全年报告和11期景气报告):
// the list mark 、 (or 和 before the list's last item) binds it to the words on either side, so no cell ends or
// starts at it. A cell's text never ends in 、 or 和 and a cell's figure is never followed by 、: the list always
// goes on to its next item. So do the semicolons of a list whose items each count something (慰问伤残军人50人;革命烈士
// 遗属50人;…边海防官兵320人。), up to the stop that closes it.

/** A list mark closing the words before a figure, or opening the words after it. */
const LIST_MARK = /[、;；]/u;
/** A list parted by semicolons, whose last item its stop closes. */
const SEMICOLON = /[;；]/u;

/**
 * Whether the figure `v` at the start of `rest`, after the words `before` of the same cell, is an item of a list
 * written inside those words: the words end in 、, or 、 and another item follow the figure. Only figures glued
 * to a text's Han words (a value at a cell's start is a cell of its own) and without a sign (≥95% is a value).
 */
export function isListedFigure(before: string, v: string, rest: string): boolean {
  if (!/^\d/.test(v) || before === '') return false;
  const last = before.at(-1)!;
  if (LIST_MARK.test(last)) return /\p{Script=Han}/u.test(before.slice(0, -1));
  // …全年报告和11期景气报告: 和 joins the last item, which goes on in words after its figure.
  if (last === '和' && /\p{Script=Han}/u.test(before.slice(-2, -1)))
    return /^\p{Script=Han}/u.test(rest.slice(v.length));
  if (!/\p{Script=Han}/u.test(last)) return false;
  const after = rest.slice(v.length);
  // (…;边海防官兵320人。: the last item of a semicolon list, closed by the list's stop.)
  if (/^[。]/u.test(after) && SEMICOLON.test(before)) return true;
  // (A bare figure before the mark, 完成第1、2季度, is left a figure: only one that carries its unit, 3月、9月份, is
  // an item of words.)
  return /\D$/u.test(v) && LIST_MARK.test(after.charAt(0)) && /^[\d\p{Script=Han}]/u.test(after.slice(1));
}

/**
 * A name written as one list of counted items parted by semicolons and closed by its stop (慰问伤残军人50人;…边海防
 * 官兵320人。): the stop ends the list, not a sentence of prose — a reason or a note holds no such list of counts.
 */
export function isCountedList(text: string): boolean {
  const items = text.replace(/[。]$/u, '').split(SEMICOLON);
  return (
    /[。]$/u.test(text) &&
    !/[。]/u.test(text.slice(0, -1)) &&
    items.length >= 3 &&
    items.every((item) => /\p{Script=Han}\d[\d.]*\p{Script=Han}{1,2}$/u.test(item))
  );
}
