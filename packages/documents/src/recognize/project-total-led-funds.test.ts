// A 申报表 whose funds heading stands on a row of its own and whose next row opens with the total written in its
// label cell (年度资金总额：50万), the fund it comes from named beside it with its amount (中央衔接推进乡村振兴补助
// 资金（少数民族发展任务）50). Made for this test after wide/496 (武川县, 内蒙古); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (total: string) => `绩效目标申报表
项目名称 | 某村养殖场基础设施建设项目 | 项目负责人及电话 | 张三 13800000000
主管部门 | 某县民族事务委员会 | 实施单位 | 某县民族事务委员会
资金情况 (万元) |
${total}
其中:财政拨款 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)48
其他资金 |
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 新建养殖场数量 | ≥1个
`;

async function total(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0]!;
  if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
  return f.budget.total;
}

describe('a funds row led by the total in its label cell, a named fund beside it', () => {
  it('reads the total written with 万 (no budget before)', async () => {
    expect(await total(form('年度资金总额:48万 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)48'))).toBe(
      '48',
    );
  });

  it('reads the total written bare', async () => {
    expect(await total(form('年度资金总额:48 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)48'))).toBe(
      '48',
    );
  });

  it('reads a total in a cell of its own as before', async () => {
    expect(await total(form('年度资金总额 | 48'))).toBe('48');
  });
});

describe('the same row beside the funds heading', () => {
  it('reads the total (no budget before)', async () => {
    const text = form('').replace(
      '资金情况 (万元) |\n\n',
      '资金情况 (万元) | 年度资金总额:48万 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)48\n',
    );
    expect(await total(text)).toBe('48');
  });
});
