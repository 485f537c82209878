// The truth a template variant must read back (variants.ts): the source form's, less what the variant's
// template does not print (columns left out, a 监控表's or a bond's budget rows, a bare indicator table's head).
// Test data, not product code.
import type { DocTruth } from './truth.ts';
import { bondRate, type BudgetBlock } from './variant-budget-block.ts';
import type { DrawContext } from './variant-draw-context.ts';

/** The truth of variant `id` (the file named by its seed and format) printed with `columns` and `block`. */
export function variantTruth(
  ctx: DrawContext,
  id: string,
  seed: number,
  columns: string[],
  block: BudgetBlock,
): DocTruth {
  const { form: f, kind, choices, bond, targetActual } = ctx;
  const budgetOrder = block.order;
  const ext = ['xlsx', 'html', 'docx', 'pdf'].includes(choices.format) ? choices.format : 'txt';
  const truth: DocTruth = {
    file: `variant-${seed}.${ext}`,
    kind,
    province: '',
    source: id,
    forms: [
      {
        ...f,
        indicatorCount: f.indicators!.length,
        indicators: f.indicators!.map((i) => {
          const out = { ...i };
          for (const c of choices.omitted) delete out[c as 'weight' | 'score'];
          // A target form's template here prints no 分值 column (only a 自评表's does): its weights are not asked.
          if (!columns.includes('weight')) delete out.weight;
          return out;
        }),
        // Without a 得分 column (left out, or no indicator of the source has a 得分) the template prints no
        // total under it.
        ...(columns.includes('score') ? {} : { total: undefined }),
        // A 监控表's block prints the columns drawn (年初预算数 | 全年预算数 | 1-7月执行数 | 执行率): what it leaves out is not
        // on the page.
        ...(kind === 'monitoring' && f.budgetRows
          ? {
              budgetRows: Object.fromEntries(
                Object.entries(f.budgetRows).filter(([k]) => budgetOrder.includes(k)),
              ),
            }
          : {}),
        // A bond's block prints the year's money, what was spent, the 进度 where it is a rate, and its points.
        ...(bond
          ? {
              budgetRows: {
                ...Object.fromEntries(
                  Object.entries(f.budgetRows!).filter(([k]) => budgetOrder.includes(k) && k !== 'rate'),
                ),
                ...(block.progress === 'rate' ? { rate: bondRate(f.budgetRows!) } : {}),
              },
            }
          : {}),
      },
    ],
  };
  // A target-and-actual table names no project, unit or money: its indicators are all it holds.
  if (targetActual) {
    const form = truth.forms[0]!;
    truth.forms[0] = { kind, indicatorCount: form.indicatorCount, indicators: form.indicators };
  }
  return truth;
}
