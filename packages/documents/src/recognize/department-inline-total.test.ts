import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests (h-numpair41): a 部门整体 form whose head cells each hold a label and its value parted by a
// colon — the department's name, then its budget total with the label's money note.
const form = (total: string) => [
  '部门整体支出绩效目标表',
  '(2024年度)',
  '| 预算单位:某某县林业局 |  |  |  |',
  `| ${total} |  |  |  |`,
  '| 年度目标 | 按期完成造林任务 |  |  |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
  '| 产出指标 | 数量指标 | 造林面积 | ≥500亩 |',
];

async function departmentOf(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error('a department form expected');
  return f;
}

describe("a department form's budget total written with its label in one cell", () => {
  it('reads the amount after the colon, in the money its label names', async () => {
    expect((await departmentOf(form('部门预算总额(元):3,724,390.00'))).total).toBe('372.439');
    expect((await departmentOf(form('资金总额：３７２４．３９'))).total).toBe('3724.39');
  });

  it('reads no total where the label’s value is no amount', async () => {
    expect((await departmentOf(form('资金总额：详见附表'))).total ?? null).toBeNull();
  });
});
