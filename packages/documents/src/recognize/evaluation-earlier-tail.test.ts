import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a booklet's page of 自评表 as a county media site copies it (fresh/602's
// layout, other words and figures): it starts inside one form's indicator table (no title, no header: its rows,
// 合计, the text cells and the signatures), then the next form's title and head, cut right after its budget
// block's header. Rows padded with '||||'.
const TAIL = [
  '数量指标 | 宣传资料发放份数 | ≥ | 2000 | 份 | 20 | ||||',
  '成本指标 | 经济成本指标 | 宣传资料印制成本 | ≤ | 3 | 万元 | 20 | |||',
  '满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥ | 90 | % | 50 | |||',
  '合计 | 100 | |||||||||',
  '评价结论 | 结合自评情况,说明项目自评总分。 | |||||||||',
  '项目负责人: | 财务负责人: | |||||||||',
];
const NEXT = [
  '部门预算项目支出绩效自评表(2023年度) | ||||||||||',
  '项目名称 | 某县基金监管工作经费 | |||||||||',
  '主管部门 | 某县医疗保障局部门 | 实施单位 (盖章) | 某县医疗保障局 | |||||||',
  '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'page.txt');
  return out.ok ? out.evaluations : [];
}

describe('a page that starts inside an earlier 自评表, then the next one’s head', () => {
  it('reads the earlier form’s rows as that form and the next one’s head as its own', async () => {
    const docs = await read([...TAIL, ...NEXT]);
    expect(docs.map((d) => [d.name, d.indicators.length])).toEqual([
      [null, 3],
      ['某县基金监管工作经费', 0],
    ]);
  });

  it('reads no indicator from that header when the page’s footer line follows it', async () => {
    const [doc] = await read([...NEXT, '主办单位:本网站 技术支持:信息中心']);
    expect([doc?.name, doc?.indicators.length]).toEqual(['某县基金监管工作经费', 0]);
  });

  it('reads none when the header’s last two headings ran together before the footer (得分原因 | 主办单位:…)', async () => {
    const header = NEXT[3]!.replace('得分 | 原因', '得分原因');
    const [doc] = await read([...NEXT.slice(0, 3), header, '主办单位:本网站 | 技术支持:信息中心']);
    expect([doc?.name, doc?.indicators.length]).toEqual(['某县基金监管工作经费', 0]);
  });

  it('still reads an indicator named as a budget heading, its target a value (预算执行率 | ≥ | 95 | %)', async () => {
    const [doc] = await read([
      ...NEXT.slice(0, 3),
      '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
      ' | 产出指标 | 时效指标 | 预算执行率 | ≥ | 95 | % | 98 | 10 | 10 | |',
      '主办单位:本网站 技术支持:信息中心',
    ]);
    expect(doc?.indicators.map((i) => [i.name, i.target?.raw])).toEqual([['预算执行率', '≥95%']]);
  });

  it('reads no indicator from the budget block’s header the copy stops at', async () => {
    const [doc] = await read(NEXT);
    expect([doc?.name, doc?.unit, doc?.indicators.length]).toEqual([
      '某县基金监管工作经费',
      '某县医疗保障局',
      0,
    ]);
  });
});
