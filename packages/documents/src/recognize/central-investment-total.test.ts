// The 中央预算内投资计划绩效目标表 (以工代赈) prints the amount under 本次下达中央预算内投资（万元）, a county portal's
// copy one cell a paragraph. Made for this test after wide/498 (舒城县, 安徽); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = `中央预算内投资计划绩效目标表

专项名称

某省2023年以工代赈示范工程某县某河治理工程

下达地方或单位

某县发展改革委

本次下达中央预算内投资(万元)

620

一级指标

二级指标

三级指标

指标值

产出指标

数量指标

劳务报酬占中央投资比例

≥30%
`;

describe('本次下达中央预算内投资 as the budget’s label', () => {
  it('reads the amount under it as the total (none before)', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.txt');
    if (!out.ok) throw new Error(out.error.message);
    const f = out.forms[0]!;
    if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
    expect(f.budget.total).toBe('620');
  });
});
