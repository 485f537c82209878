// A target written in words around a figure (每周不少于42小时, 暂定量按15次作业且总航时不少于30小时测算,
// 资金到位率达100%): copied one cell per line it stands on a line of its own after its row's name, and is that
// row's value whole. Cut at its figures as a row run together would be (每周不少于 | 42 | 小时 under 计算符号 |
// 目标值 | 度量单位), its figure has no column left and is lost.

/** Whether a cell opens with words and holds a figure after them: a worded target, not a sign-led or bare figure. */
export function isWordedFigureValue(text: string): boolean {
  return /^\p{Script=Han}[^\d]*\p{Script=Han}[^\d]*\d/u.test(text.trim());
}
