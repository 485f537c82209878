// A 镇's 部门预算项目绩效目标申报表 listing its projects in one table with 单位名称 and 预算数 columns before the
// 年度目标 and the levels, amounts in 元 (金额单位：元); the unit printed on a project's first row only. Made for this
// test after wide/499 (井研县马踏镇, 四川); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const html = (unitNote: string) => `<html><body><table>
<tr><td colspan="12">部门预算项目绩效目标申报表(2023年度)</td></tr>
<tr><td colspan="12">${unitNote}</td></tr>
<tr><td>单位名称</td><td>项目名称</td><td>预算数</td><td>年度目标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>权重</td><td>指标方向性</td></tr>
<tr><td rowspan="4">801001-某县某镇人民政府</td><td rowspan="2">村干部报酬</td><td rowspan="2">1,250,000.00</td><td rowspan="2">按时发放村干部报酬</td><td>产出指标</td><td>数量指标</td><td>村干部人数</td><td>≥</td><td>120</td><td>人</td><td>20</td><td>正向指标</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥</td><td>95</td><td>%</td><td>10</td><td>正向指标</td></tr>
<tr><td rowspan="2">村级办公经费</td><td rowspan="2">300,000.00</td><td rowspan="2">保障村级组织运转</td><td>产出指标</td><td>数量指标</td><td>行政村数量</td><td>=</td><td>9</td><td>个</td><td>20</td><td>正向指标</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>村级组织正常运转</td><td>≥</td><td>95</td><td>%</td><td>10</td><td>正向指标</td></tr>
</table></body></html>`;

async function read(unitNote: string) {
  const out = await importBuffer(new TextEncoder().encode(html(unitNote)), 'list.html');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms.map((f) =>
    f.kind === 'project' ? [f.name, f.unit, f.budget.total, f.indicators.length] : f.kind,
  );
}

describe('a project list with 单位名称 and 预算数 columns', () => {
  it('gives each project its unit and its amount in 万元 (none before)', async () => {
    expect(await read('金额单位:元')).toEqual([
      ['村干部报酬', '801001-某县某镇人民政府', '125', 2],
      ['村级办公经费', '801001-某县某镇人民政府', '30', 2],
    ]);
  });

  it('keeps amounts written in 万元 as they are', async () => {
    const forms = await read('金额单位:万元');
    expect(forms.map((f) => (Array.isArray(f) ? f[2] : f))).toEqual(['1250000.00', '300000.00']);
  });
});
