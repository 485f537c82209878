// A 自评表 or a 监控表 copied without its title (the shape of corpus wide/429 and 434, and of variants.ts's `untitled`
// shape) opens at its head labels, which read as a target form's: what its columns and its budget report says what it
// is. Figures made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const HEAD = ['项目名称\t某县乡村公路养护项目', '主管部门\t某县交通运输局'];
const read = (lines: string[]) => importBuffer(new TextEncoder().encode(lines.join('\n')), 'untitled.txt');

describe('an untitled evaluation told by its columns and budget', () => {
  it('reads a 自评表 that scores no indicator by what the year spent beside the actuals', async () => {
    const out = await read([
      ...HEAD,
      '项目资金(万元)\t全年预算数(A)\t120',
      '\t全年执行数\t114',
      '\t执行率(B/A)\t95%',
      '一级指标\t二级指标\t三级指标\t年初目标值\t全年实际值\t未完成原因及改进措施',
      '产出指标\t数量指标\t养护里程\t≥120公里\t125公里',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t96%',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    // Before: a project target form (its head labels are a target form's too).
    expect(out.forms).toHaveLength(0);
    const e = out.evaluations[0];
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(e.indicators.map((i) => [i.name, i.actual.raw])).toEqual([
      ['养护里程', '125公里'],
      ['群众满意度', '96%'],
    ]);
  });

  it('reads a 监控表 by its progress to date', async () => {
    const out = await read([
      ...HEAD,
      '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月执行情况',
      '产出指标\t数量指标\t养护里程\t≥120公里\t60公里',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms).toHaveLength(0);
    expect(out.evaluations[0]?.kind).toBe('monitoring');
  });

  it('leaves an untitled target form whose actuals come with no spending a target form', async () => {
    const out = await read([
      ...HEAD,
      '资金总额(万元)\t120',
      '一级指标\t二级指标\t三级指标\t年度指标值',
      '产出指标\t数量指标\t养护里程\t≥120公里',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.evaluations).toHaveLength(0);
    expect(out.forms[0]?.kind).toBe('project');
  });
});
