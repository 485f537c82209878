// A 自评表 or 监控表 copied without its title whose budget block prints one label a row (variants.ts's `untitled`
// shape with budgetRows; its indicator header broken over two rows inside its words, as a narrow sheet wraps them):
// the budget's headings, gathered over the head's rows, say which form it is. And a 自评表's grade row under an
// empty 总分 is no indicator. Names and figures made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const read = (lines: string[]) => importBuffer(new TextEncoder().encode(lines.join('\n')), 'untitled.txt');
const HEAD = ['项目名称\t某区文物保护专项经费', '主管部门\t某区文化和旅游局'];

describe('an untitled evaluation whose budget is one label a row', () => {
  it('reads a 自评表 by 全年预算数 and 全年执行数 on rows of their own', async () => {
    const out = await read([
      ...HEAD,
      '项目资金(万元)\t年初预算数\t29',
      '\t全年预算数\t29',
      '\t全年执行数\t27.8',
      '\t执行率\t95.8%',
      '一级\t二级\t三级\t自评\t未完\t指标\t年初\t实际',
      '指标\t指标\t指标\t得分\t成原因及改进措施\t权重\t目标值\t完成情况',
      '产出指标\t数量指标\t修缮建筑面积\t7\t\t7\t6000平方米\t6000平方米',
      '\t质量指标\t验收通过率\t5\t未全部通过\t6\t100%\t95%',
      '满意度指标\t服务对象满意度指标\t群众满意度\t10\t\t10\t≥90%\t96%',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    // Before: a project target form of the head with the headings' words as its indicators' values.
    expect(out.forms).toHaveLength(0);
    const e = out.evaluations[0];
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(e.budget.executed).toBe('27.8');
    expect(e.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['修缮建筑面积', '6000平方米', '6000平方米'],
      ['验收通过率', '100%', '95%'],
      ['群众满意度', '≥90%', '96%'],
    ]);
  });

  it('reads a 监控表 by what was spent to a month, with no year’s budget beside it', async () => {
    const out = await read([
      ...HEAD,
      '项目资金(万元)\t截至7月底执行数\t912.00',
      '\t执行率\t60.00%',
      '一级\t二级\t三级\t未完\t1-\t指标\t年初\t度量',
      '指标\t指标\t指标\t成原因和改进措施\t6月执行情况\t性质\t目标值(A)\t单位',
      '产出指标\t数量指标\t养护农村公路里程\t\t610公里\t≥\t860\t公里',
      '满意度指标\t服务对象满意度指标\t沿线群众满意度\t\t91%\t≥\t90\t%',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    // Before: a project target form.
    expect(out.forms).toHaveLength(0);
    expect(out.evaluations.map((e) => [e.kind, e.indicators.map((i) => i.name)])).toEqual([
      ['monitoring', ['养护农村公路里程', '沿线群众满意度']],
    ]);
  });

  it('leaves a target form whose budget is one source a row a target form', async () => {
    const out = await read([
      ...HEAD,
      '年度资金总额(万元)\t29',
      '\t其中:财政拨款\t29',
      '\t其他资金\t0',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t修缮建筑面积\t6000平方米',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.evaluations).toHaveLength(0);
    expect(out.forms.map((f) => f.kind)).toEqual(['project']);
  });
});

describe('a 自评表’s grade row', () => {
  it('ends the indicator table under an empty 总分 and is read as the grade', async () => {
    const out = await read([
      '项目支出绩效自评表',
      ...HEAD,
      '一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t修缮建筑面积\t6000平方米\t6000平方米\t50\t50',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t96%\t10\t10',
      '总分',
      '绩效等级\t优',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    const e = out.evaluations[0];
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    // Before: 绩效等级 read as a third indicator under 服务对象满意度指标, 优 its actual.
    expect(e.indicators.map((i) => i.name)).toEqual(['修缮建筑面积', '群众满意度']);
    expect(e.grade).toBe('优');
  });
});
