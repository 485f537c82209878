// The unit a 部门预算 explanation puts under the budget: "按照综合预算的原则，X所有收入和支出均纳入部门预算管理" — the
// standard sentence of a 收支 explanation names the department whose budget it is, where no title or profile does
// (a town's page opening with its table of contents, fresh/636; one opening with its duties, fresh/637).
const UNIT_SUFFIX =
  '中心|局|委员会|政府|院|所|站|办公室|办事处|馆|队|学校|小学|中学|幼儿园|协会|厅|处|镇|街道|乡|联合会|部|委';

const BUDGET_SCOPE = new RegExp(
  `综合预算的?原则[，,]\\s*([\\p{Script=Han}（）()]{2,40}?(?:${UNIT_SUFFIX}))(?:的)?所有收入和支出(?:均|都|全部)?纳入`,
  'u',
);

/** The department a text's 综合预算 sentence names as holding all the income and spending, or null. */
export function unitOfBudgetScope(texts: readonly string[]): string | null {
  for (const t of texts) {
    const m = BUDGET_SCOPE.exec(t.replace(/\s+/g, ''));
    // 我单位 / 本部门 stand for the department without naming it.
    if (m && !/^(我|本)/.test(m[1]!)) return m[1]!;
  }
  return null;
}
