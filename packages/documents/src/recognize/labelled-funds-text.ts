// Amounts a 自评表's head writes after their labels in 万元, in a text whose cells ran together:
// 年度金额（提前下达）：208万元 … 资金使用情况（万元）合计：109.8万元 — the budget and what was spent, where no
// budget block of columns over lines was printed.
import { budgetColumnOf } from './evaluation-budget-labels.ts';

export interface LabelledFunds {
  annual: string | null;
  executed: string | null;
}

/**
 * A label (Han words), a note in brackets, 合计 for the line adding the parts up, a colon, the figure and 万元.
 * The colon and the unit written after the figure are what make it the label's amount and no other cell's.
 */
const LABELLED_AMOUNT = /(\p{Script=Han}{2,12})(?:[（(][^）)]{0,8}[）)])?(合计)?[:：](\d+(?:\.\d+)?)万元/gu;

/**
 * Head labels of a fund's 自评表 (四川's 专项资金 template) that name the year's amount and its use; known here
 * only, where a colon and 万元 follow them: as column headings they would take a budget block's 合计 line.
 */
const FUND_LABELS: Record<string, 'annual' | 'executed'> = { 年度金额: 'annual', 资金使用情况: 'executed' };

/** The budget column the end of a run of words names (某某专项资金年度金额 → 年度金额 → annual). */
function columnAtEnd(words: string): ReturnType<typeof budgetColumnOf> {
  for (let k = 0; k + 2 <= words.length; k++) {
    const tail = words.slice(k);
    const column = FUND_LABELS[tail] ?? budgetColumnOf(tail);
    if (column !== null) return column;
  }
  return null;
}

/**
 * The year's budget and the amount spent written label：figure万元 in a run-together text; each taken only where
 * the text writes it once. The parts after a 合计 (中央财政165万元 …) carry no colon and
 * are left alone.
 */
export function labelledFundsInText(key: string): LabelledFunds {
  const found: Record<keyof LabelledFunds, string[]> = { annual: [], executed: [] };
  for (const m of key.matchAll(LABELLED_AMOUNT)) {
    const column = columnAtEnd(m[1]!);
    if (column !== 'annual' && column !== 'executed') continue;
    found[column].push(m[3]!);
  }
  const once = (xs: string[]) => (new Set(xs).size === 1 ? xs[0]! : null);
  return { annual: once(found.annual), executed: once(found.executed) };
}
