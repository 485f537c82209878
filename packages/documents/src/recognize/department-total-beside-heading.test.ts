// A 部门整体支出绩效目标表 whose funds heading is merged down beside its lines, the first of them — the total — on
// the heading's own row (年度预算安排（万元） | 资金总额 | 171.41, then 项目支出 | 60.8 and 基本支出 | 110.61), as a
// table of an .xls, a saved page or a .docx gives it. Made for this test after wide/114 (宁德, rendered as a table
// by h-render3); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (funds: string) => `<html><body><p>部门整体支出绩效目标表</p><table>
<tr><td>部门(单位)名称</td><td colspan="2">某某市档案馆</td><td>部门预算编码</td><td colspan="2">901002</td></tr>
${funds}
<tr><td>年度总体目标</td><td colspan="5">目标1:确保档案馆日常运行。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td>指标解释</td><td>目标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td colspan="2">档案数字化件数</td><td>计划标准</td><td>≥5000件</td></tr>
</table></body></html>`;

const BESIDE = `<tr><td rowspan="3">年度预算安排(万元)</td><td colspan="2">资金总额</td><td colspan="3">120.50</td></tr>
<tr><td colspan="2">项目支出</td><td colspan="3">40.5</td></tr>
<tr><td colspan="2">基本支出</td><td colspan="3">80</td></tr>`;
const HEADED = `<tr><td rowspan="2">年度预算安排(万元)</td><td colspan="2">资金总额</td><td>项目支出</td><td colspan="2">基本支出</td></tr>
<tr><td colspan="2">120.50</td><td>40.5</td><td colspan="2">80</td></tr>`;

async function total(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'dept.html');
  if (!out.ok) throw new Error(out.error.message);
  const form = out.forms[0]!;
  if (form.kind !== 'department') throw new Error(`read as ${form.kind}`);
  return form.total;
}

describe('a funds heading with the total on its own row', () => {
  it('takes the total beside the heading (the next line, 项目支出, was taken before)', async () => {
    expect(await total(page(BESIDE))).toBe('120.50');
  });

  it('reads a heading of labels over their figures as it did', async () => {
    expect(await total(page(HEADED))).toBe('120.50');
  });
});
