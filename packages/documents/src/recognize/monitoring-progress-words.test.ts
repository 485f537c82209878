import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';

// Made for these tests in the `joined` shape of the variant generator: a 监控表 run together whose progress to date
// is worded around its figure (已支出158.4万元,约44%, 平均18小时) under 1-7月完成情况, the target after it.
const FORM =
  '项目支出绩效监控表(2024年度)项目名称某区公厕运维经费主管单位某区城市管理局具体实施单位某区环境卫生管理处' +
  '项目资金(万元)年初预算数300项目资金(万元)截至7月底执行数120项目资金(万元)执行率40%' +
  '一级指标二级指标三级指标1-7月完成情况年初目标值产出指标成本指标年度运维成本已支出120万元,约40%≤300万元' +
  '产出指标时效指标故障维修响应时间平均18小时≤24小时产出指标质量指标公厕保洁达标率96.5%≥95%';

describe('an actual worded around its figure, run together', () => {
  it('takes the words of progress before the figure into the value (已支出, 平均, 已使用约)', () => {
    const kinds = (text: string) => atomsOf([text]).map((a) => [a.kind, a.text]);
    expect(kinds('年度运维成本已支出120万元,约40%≤300万元')).toEqual([
      ['text', '年度运维成本'],
      ['value', '已支出120万元,约40%'],
      ['value', '≤300万元'],
    ]);
    expect(kinds('故障维修响应时间平均18小时≤24小时')).toEqual([
      ['text', '故障维修响应时间'],
      ['value', '平均18小时'],
      ['value', '≤24小时'],
    ]);
    expect(kinds('申遗成本已使用约40%')).toEqual([
      ['text', '申遗成本'],
      ['value', '已使用约40%'],
    ]);
    // 已完成 is a judgement of its own: the figure after it is another cell's (a score).
    expect(kinds('监管人员培训已完成5')).toEqual([
      ['text', '监管人员培训已完成'],
      ['value', '5'],
    ]);
  });

  it('reads the 监控表 rows with their names whole', async () => {
    const out = await importBuffer(new TextEncoder().encode(`${FORM}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows = doc?.kind === 'monitoring' ? doc.indicators : [];
    expect(rows.map((r) => [r.name, r.target.raw])).toEqual([
      ['年度运维成本', '≤300万元'],
      ['故障维修响应时间', '≤24小时'],
      ['公厕保洁达标率', '≥95%'],
    ]);
    expect(rows[0]?.actualToDate.raw).toContain('已支出120万元');
    expect(rows[1]?.actualToDate.raw).toBe('平均18小时');
  });
});
