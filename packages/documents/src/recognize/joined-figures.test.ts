import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests in the `joined` shape of the variant generator (a 自评表 copied without cell breaks, the
// whole form one line), after the layouts of wide/502 and wide/518.
const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.indicators : [];
};

describe('a 自评表 run together on one line', () => {
  it('keeps the figures after a row’s target where the header’s later headings were not cut apart', async () => {
    const rows = await read(
      '项目支出绩效自评表单位:万元项目全称某县小额贷款扶持专项资金主管单位某县财政局' +
        '一级指标二级指标指标名称计划指标值实际完成值(B)权重未完成原因分析自评得分' +
        '产出指标数量指标担保基金放大倍数≥2倍8倍3030产出指标质量指标贷款回收率≥90%98.70%4040' +
        '满意度指标服务对象满意度指标借款人满意度≥80%≥80%3030总分100100',
    );
    const cells = rows.map((r) => [r.name, r.target?.raw, r.actual?.raw, r.weight, r.score]);
    expect(cells).toContainEqual(['担保基金放大倍数', '≥2倍', '8倍', '30', '30']);
    expect(cells).toContainEqual(['贷款回收率', '≥90%', '98.70%', '40', '40']);
  });

  it('cuts a row’s run of bare figures the one way its columns hold', async () => {
    const rows = await read(
      '项目绩效自评表(2023年度)项目全称某镇冷链仓储建设项目主管部门某县农业农村局项目执行单位某镇人民政府' +
        '年度目标按期完成项目建设任务一级指标二级指标三级指标指标分值年初目标值实际完成值' +
        '产出指标数量指标冷库建设面积25≥1200平方米1200平方米产出指标质量指标验收合格率25≥95%100%' +
        '产出指标时效指标任务完成时限20.31010效益指标社会效益指标带动农户增收29.7≥5%6%',
    );
    const cells = rows.map((r) => [r.name, r.weight, r.target?.raw, r.actual?.raw]);
    // 20.31010 under 分值 | 年初目标值 | 实际完成值: 20.3 | 10 | 10 (20 | 3 | 1010 is no pair, 20.310 no 分值).
    expect(cells).toContainEqual(['任务完成时限', '20.3', '10', '10']);
  });
});
