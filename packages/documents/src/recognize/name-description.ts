// An indicator's name and its 指标内容 (a sentence saying what the name counts) run together into one cell, where
// the template prints both columns (三级指标 | 指标内容) and the copy lost the boundary between them:
// 补助人数实际发放解困工资人数 is 补助人数 | 实际发放解困工资人数.

/** The words an indicator's name ends in: what it counts or measures (…人数, …覆盖率, …标准, …成本). */
const MEASURE_END =
  /(?:率|人次|次数|人数|户数|个数|数量|标准|成本|时间|时限|期限|比例|面积|长度|满意度|知晓度)/gu;

/** The shortest name a split may leave: two characters name no indicator (完成, 人数). */
const MIN_NAME = 3;
/** The shortest description a split may leave. */
const MIN_DESCRIPTION = 4;
/** The longest cell tried: a name and its one-sentence description (the search is quadratic in the length). */
const MAX_TEXT = 200;

/**
 * The name at the start of `text` and the description after it: first where the description ends in words the
 * name ends in too (对象合规率 + 补贴对象合规率, 补助人数 + 实际发放解困工资人数), else after the first word of
 * measure (完成及时率 + 各项工作按计划进度及时完成). Null where neither leaves a name and a sentence.
 */
export function splitNameFromDescription(text: string): { name: string; description: string } | null {
  const n = text.length;
  if (n > MAX_TEXT) return null;
  // The longest ending the text repeats earlier: the name ends where that ending first ends.
  for (let m = Math.floor(n / 2); m >= 2; m--) {
    const tail = text.slice(n - m);
    const at = text.indexOf(tail);
    if (at < 0 || at + m > n - m) continue;
    const split = parted(text, at + m);
    if (split) return split;
  }
  for (const match of text.matchAll(MEASURE_END)) {
    const split = parted(text, match.index + match[0].length);
    if (split) return split;
  }
  return null;
}

function parted(text: string, at: number): { name: string; description: string } | null {
  const name = text.slice(0, at);
  const description = text.slice(at);
  if (name.length < MIN_NAME || description.length < MIN_DESCRIPTION) return null;
  // The description is a sentence of its own: it opens with a word, not with the rest of a figure or a bracket.
  return /^\p{Script=Han}/u.test(description) ? { name, description } : null;
}
