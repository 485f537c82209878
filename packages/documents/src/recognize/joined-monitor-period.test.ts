import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { brokenHeadings } from './joined-header.ts';
import { monthBudgetLabelAt } from './evaluation-budget-labels.ts';
import { monthProgressEnd } from './evaluation-lexicon.ts';

// Made for these tests in the `joined` shape of the variant generator (a 监控表 copied without cell breaks, the
// whole form one line): the progress column is headed by its period (1-7月完成情况, 截至7月底完成值), which no
// spelling list holds, and the budget's executed column by its months (1-6月执行数).
const HEAD =
  '项目支出绩效运行监控表(2024年度)项目名称某县农村公路养护项目主管单位某县交通运输局实施单位某县公路管理站' +
  '项目资金(万元)年初预算数1-6月执行数执行率年度资金总额500.00210.0042.00%年度绩效目标按期完成养护任务';
const ROWS =
  '产出指标数量指标养护里程180公里≥400公里质量指标路面技术状况优良率86%≥85%' +
  '满意度指标服务对象满意度指标群众满意度年底测评≥90%';

async function monitorOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'monitoring' ? doc : null;
}

describe('a period heading inside run-together text', () => {
  it('is read by its pattern where it starts, a month required', () => {
    const key = '三级指标1-7月完成情况未完成原因';
    expect(monthProgressEnd(key, 4)).toBe(4 + '1-7月完成情况'.length);
    expect(monthProgressEnd('截至7月底完成值产出', 0)).toBe('截至7月底完成值'.length);
    expect(monthProgressEnd('１-６月执行情况', 0)).toBe(8);
    expect(monthProgressEnd('完成情况良好', 0)).toBeNull();
  });

  it('names the budget executed to date and its rate', () => {
    expect(monthBudgetLabelAt('全年预算数1-6月执行数执行率', 5)).toEqual({ end: 12, value: 'executed' });
    expect(monthBudgetLabelAt('截至7月底执行率', 0)).toEqual({ end: 8, value: 'rate' });
    expect(monthBudgetLabelAt('1-6月完成情况', 0)).toBeNull();
  });

  it('is a heading broken over two rows after its first month (1- / 7月完成情况, 截至 / 7月底完成值)', () => {
    expect(brokenHeadings('一级二级三级指标值未完1-指标指标指标成原因和改进措施7月完成情况')).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '未完成原因和改进措施',
      '1-7月完成情况',
    ]);
    expect(brokenHeadings('一级二级三级截至指标指标指标7月底完成值')?.at(-1)).toBe('截至7月底完成值');
  });
});

describe('a 监控表 run together on one line', () => {
  it('reads the rows under a header printing the progress before the target', async () => {
    const doc = await monitorOf(
      `${HEAD}一级指标二级指标三级指标1-7月完成情况未完成原因和改进措施年初目标值${ROWS}`,
    );
    const cells = doc?.indicators.map((r) => [r.name, r.target?.raw, r.actualToDate?.raw]);
    expect(cells).toContainEqual(['养护里程', '≥400公里', '180公里']);
    expect(cells).toContainEqual(['路面技术状况优良率', '≥85%', expect.stringMatching(/^86/)]);
  });

  it('reads the rows under such a header broken over two rows', async () => {
    const doc = await monitorOf(`${HEAD}一级二级三级1-年初指标指标指标7月完成情况目标值${ROWS}`);
    const cells = doc?.indicators.map((r) => [r.name, r.target?.raw, r.actualToDate?.raw]);
    expect(cells).toContainEqual(['养护里程', '≥400公里', '180公里']);
  });

  it('reads the budget block from the text where no row holds it', async () => {
    const doc = await monitorOf(`${HEAD}一级指标二级指标三级指标年初目标值1-7月完成情况${ROWS}`);
    expect(doc?.budget).toMatchObject({ initial: '500.00', executed: '210.00', rate: '42.00' });
  });
});
