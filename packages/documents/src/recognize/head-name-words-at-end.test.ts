import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests (h-numpair41): a 自评表 saved as a web page whose head cells each hold a label, a colon and
// the value; the project's name closes with words that are a label of their own elsewhere (地方资金, a fund's).
const page = (nameCell: string) =>
  [
    '<html><body><p>项目支出绩效自评表</p><table>',
    `<tr><td colspan="6">${nameCell}</td></tr>`,
    '<tr><td colspan="6">业务主管部门：某某市文化和旅游局</td></tr>',
    '<tr><td colspan="6">具体实施单位：某某区电影放映公司</td></tr>',
    '<tr><td>项目资金（元）</td><td></td><td>年初预算数</td><td>全年执行数</td><td>得分</td><td>执行率</td></tr>',
    '<tr><td></td><td>资金总额</td><td>40000</td><td>40000</td><td>10</td><td>100%</td></tr>',
    '<tr><td>一级指标</td><td>二级指标</td><td>指标名称</td><td>年度指标值</td><td>全年实际值</td><td>指标得分</td></tr>',
    '<tr><td>产出指标</td><td>数量指标</td><td>放映场次</td><td>≥120场</td><td>126场</td><td>20</td></tr>',
    '</table></body></html>',
  ].join('\n');

async function nameOf(nameCell: string) {
  const out = await importBuffer(new TextEncoder().encode(page(nameCell)), 'page.html');
  return out.ok ? out.evaluations?.[0]?.name : undefined;
}

describe("a project's name closing with a label's words in a cell of label：value", () => {
  it('keeps the words in the name where no colon of their own follows them', async () => {
    expect(await nameOf('项目（专项）名称：某某电影事业发展专项资金补助地方资金')).toBe(
      '某某电影事业发展专项资金补助地方资金',
    );
  });

  it('ends the name at a label marked with its own colon', async () => {
    expect(await nameOf('项目（专项）名称：某某电影放映补助 主管部门：')).toBe('某某电影放映补助');
  });
});
