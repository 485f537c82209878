// A 部门整体绩效目标表 copied without its title (its title in the page heading or the file name; variants.ts's
// `untitled` shape): 单位名称 / 预算单位 over the funds, the goal and an indicator table of targets is a department
// form; a head that names a project, or a table that reports what was done, is not. The first excerpt is shaped
// after corpus wide/114 (宁德, 部门整体支出绩效目标表: funds broken into 项目支出 / 基本支出, goals 目标1…), its
// title cut off and its unit's label the one a budget system prints; names and figures made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const read = (lines: string[]) => importBuffer(new TextEncoder().encode(lines.join('\n')), 'untitled.txt');

const TABLE = [
  '一级指标\t二级指标\t三级指标\t指标解释\t目标值',
  '产出指标\t数量指标\t志书年鉴编纂出版数\t计划标准\t≥2部',
  '\t质量指标\t各类书籍审稿率\t计划标准\t100%',
  '效益指标\t社会效益指标\t地情资料利用率\t历史标准\t逐步提高',
  '满意度指标\t服务对象满意度指标\t社会公众满意度\t计划标准\t≥90%',
];

describe('an untitled department form', () => {
  it('reads 单位名称 over the funds, the goal and a target table as a 部门整体 form', async () => {
    const out = await read([
      '单位名称\t某市地方志研究室\t部门预算编码\t901001',
      '年度预算安排(万元)\t资金总额\t171.41',
      '\t项目支出\t60.8',
      '\t基本支出\t110.61',
      '年度总体目标\t目标1:保障人员工资及福利按时发放;目标2:保障志鉴编纂工作开展。',
      ...TABLE,
    ]);
    // Before: no-form-found (单位名称 under no title named no form).
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms).toHaveLength(1);
    const f = out.forms[0]!;
    if (f.kind !== 'department') throw new Error(`read as ${f.kind}`);
    expect(f.department).toBe('某市地方志研究室');
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['志书年鉴编纂出版数', '≥2部'],
      ['各类书籍审稿率', '100%'],
      ['地情资料利用率', '逐步提高'],
      ['社会公众满意度', '≥90%'],
    ]);
  });

  it('reads 预算单位 over an indicator table alone as a department form', async () => {
    const out = await read(['预算单位\t某县林业局', ...TABLE]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms.map((f) => [f.kind, f.kind === 'department' ? f.department : null])).toEqual([
      ['department', '某县林业局'],
    ]);
  });

  it('leaves a project form whose 单位名称 stands above its 项目名称 a project form', async () => {
    const out = await read([
      '单位名称\t某县林业局',
      '项目名称\t森林防火综合治理',
      '资金总额(万元)\t120',
      '年度目标\t完成森林防火设施建设。',
      ...TABLE,
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms.map((f) => [f.kind, f.kind === 'project' ? f.name : null])).toEqual([
      ['project', '森林防火综合治理'],
    ]);
  });

  it('does not make a department of a unit whose own row names a project', async () => {
    const out = await read(['单位名称\t某县林业局\t项目名称\t森林防火综合治理', ...TABLE]);
    expect(out.ok ? out.forms.map((f) => f.kind) : []).not.toContain('department');
  });

  it('does not read an untitled table of targets against what was done as a department target form', async () => {
    const out = await read([
      '单位名称\t某县林业局',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t造林面积\t≥1.2万亩\t1.3万亩\t20\t20',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms.filter((f) => f.kind === 'department')).toHaveLength(0);
    expect(out.evaluations[0]?.kind).toBe('self-evaluation');
  });
});
