// A 项目预算 cost table a .docx preview ran together with the field before it, its 合计's three figures glued
// (814662.98794.55). Made for this test after wide/105 (鄂州, 湖北); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { gluedCostTotal } from './glued-cost-total.ts';

const table =
  '项目预算成本构成金额测算(公式)依据2022年实际执行数2023年实际执行数物业服务费120依据合同120118绿化养护费30依据合同3029.5维修费50据实结算40.2548.6合计200190.25196.1';

describe('a run-together cost table’s glued 合计', () => {
  it('cuts the first figure, the budget, where the lines’ amounts add up to it', () => {
    expect(gluedCostTotal(table)).toBe('200');
    // decimals as the lines print them: 12.5 + 7.5 = 20.0
    expect(gluedCostTotal('成本构成金额依据上年执行数甲12.5依据1211乙7.5依据78合计20.01918')).toBe('20.0');
  });

  it('reads nothing where no cut is borne out, or more than one is', () => {
    expect(gluedCostTotal(table.replace('合计200', '合计300'))).toBeNull();
    expect(gluedCostTotal('物业服务费120依据合同120118合计120238')).toBeNull(); // no 金额 heading: no cost table
    expect(gluedCostTotal('成本构成金额甲5乙5合计10')).toBeNull(); // the whole run is the figure: nothing glued
  });

  it('gives the form its budget when no label did', async () => {
    const text = `某市2024年市直部门预算项目支出绩效目标表
项目名称 | 某中心办公楼运行保障
项目立项依据 | 某中心三定方案${table}
绩效指标 | 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值
 | 数量指标 | 安保巡查次数 | 反映巡查情况 | 200次
`;
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
    expect(f.budget.total).toBe('200');
  });
});
