// A name that states its unit in brackets (保种数量(头), 办公用房面积(平方米)) is followed by a bare figure: the form
// prints the unit once, in the name, and the 指标值 cell holds the number alone. Run together with the next row
// (保种数量(头)300年提供种猪数量(头)2000), a unit word after that figure is not the figure's but the first character
// of the next name — 年提供种猪数量, not 300年.

/** A unit note in brackets closing the text read so far: (头), （平方米）, (≥万元), (%). */
const STATED_UNIT = /[（(][≥≤>=<]*([^（）()\d]{1,4})[)）]$/u;

/**
 * The value `v` read right after `before` (the text of the name so far), without a unit the name's brackets did
 * not state where Han words follow that unit (they open the next name); `v` as it is otherwise.
 */
export function withoutUnstatedUnit(before: string, v: string, rest: string): string {
  const stated = STATED_UNIT.exec(before)?.[1];
  if (stated === undefined) return v;
  const figure = /^\d[\d.,]*/.exec(v)?.[0];
  if (figure === undefined || figure.length === v.length) return v;
  const unit = v.slice(figure.length);
  // (万元)20万, (人)132人: the figure's unit is the name's own, or a part of it.
  if (stated.includes(unit) || unit.includes(stated)) return v;
  // The unit must open words: a Han character after it (300年提供…), not the text's end (2023年).
  if (!/^\p{Script=Han}/u.test(rest.slice(v.length))) return v;
  return figure;
}
