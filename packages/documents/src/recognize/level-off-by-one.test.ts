// A 自评表 copied from a web page one cell per line, each row opened by a lone | and written from its first filled cell
// (wide/538's variants in the cells layout): the last row's 二级, name and target with its actual blank stand a
// column right of their places once the row is set against the header's end — a 二级 in the name column with a name
// and a value after it is placed by what its cells hold. Names and figures made for this test.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// The rows as the copy's reader gives them: each set against the header's end, blank cells kept.
const text = [
  '项目支出绩效自评表',
  '（2023年度）',
  '| 项目名称 | 某某补助资金 |  |  | 部门名称 | 某某联合会 |  |  |',
  '| 全年预算数（A） | 100000.00 |  |  |  |  |  |  |',
  '| 全年执行数（B） | 100000.00 |  |  |  |  |  |  |',
  '|  |  | 一级指标 | 二级指标 | 三级指标名称 | 未完成原因和改进措施 | 指标目标值 | 实际完成情况 |',
  '|  |  |  | 产出指标 | 数量指标 | 某类服务比例 | ≥ 85 ％ | 100％ |',
  '|  |  |  |  | 某类服务人次数 |  | ≥ 105 人 | 116人 |',
  '|  |  |  |  | 时效指标 | 某项完成时间 |  | 2023年12月底 |',
  '|  |  |  | 满意度指标 | 服务对象满意度指标 | 某类群众满意度 | 不低于90% | 93% |',
].join('\n');

describe('a row whose 二级 stands in the name column, a name and a value after it', () => {
  // The 一级 in the 二级 column, the 二级 in the name column (wide/445's in the cells layout) is a column off as well.
  it('is placed by what its cells hold: the 二级, the name, the target', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const form = out.ok ? out.evaluations[0] : undefined;
    if (form?.kind !== 'self-evaluation') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw, i.actual.raw])).toEqual([
      ['数量指标', '某类服务比例', '≥ 85 ％', '100％'],
      ['数量指标', '某类服务人次数', '≥ 105 人', '116人'],
      ['时效指标', '某项完成时间', '2023年12月底', ''],
      ['服务对象满意度指标', '某类群众满意度', '不低于90%', '93%'],
    ]);
  });
});
