import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a county's 部门整体支出绩效目标申报表 copied one cell per paragraph: the
// department as "预算部门：…" in one cell, the funds as a two-row header of labels followed by its row of figures.
const form = (head: string[], figures: string[]) =>
  [
    '2024年县级部门整体支出绩效目标申报表',
    ...head,
    '总体资金情况（万元）',
    ...['预算支出', '总额', '基本支出', '项目支出', '合计', '财政拨款', '合计', '财政拨款'],
    ...figures,
    '年度主要任务',
    '任务名称',
    '主要内容',
  ].join('\n\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error(out.ok ? 'no department form read' : out.error.message);
  return f;
};

describe('a department form read one cell per paragraph', () => {
  it('takes the department from "预算部门：…" and the total from the first figure under 预算支出总额', async () => {
    const f = await read(
      form(['预算部门：某某县文化部门'], ['1695.55', '1478.75', '1478.75', '216.80', '216.80']),
    );
    expect(f.department).toBe('某某县文化部门');
    expect(f.total).toBe('1695.55');
  });

  it('takes no total when the first column is not the total (基本支出 first)', async () => {
    const text = form(['预算部门：某某县文化部门'], ['1478.75', '216.80']).replace(
      '预算支出\n\n总额\n\n基本支出',
      '基本支出',
    );
    const f = await read(text);
    expect(f.total).toBeNull();
  });
});
