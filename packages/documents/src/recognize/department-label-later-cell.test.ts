import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a county's 部门整体绩效目标 as pipe rows: its 基本信息 row led by a
// 部门编码 the form does not read, the 部门名称 further along the same row.
const form = (infoRow: string) =>
  [
    '部门整体支出绩效目标表',
    '| 部门整体绩效目标 | |||||||',
    '| 基本信息 | |||||||',
    infoRow,
    '| 联系电话: | 13800000000 | ||||||',
    '| *部门职能职责概述 | 保障本部门职能实现。 | ||||||',
    '| 年度绩效目标 | |||||||',
    '| *年度绩效总目标 | 保障本部门职能实现。 | ||||||',
    '| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |',
    '| 产出指标 | 数量指标 | 保障在职职工人数(人) | = | 20 | 人 | 该指标值数据合理 | |',
    '| 保障退休职工人数(人) | = | 8 | 人 | 该指标值数据合理 | |||',
  ].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error(out.ok ? 'no department form read' : out.error.message);
  return f;
};

describe('a department named further along a row led by another label', () => {
  it('takes the department from the 部门名称 cell after a 部门编码 | code pair', async () => {
    const f = await read(form('| 部门编码: | 316 | 部门名称: | 某某县林业局 | *联系人: | 张三 | ||'));
    expect(f.department).toBe('某某县林业局');
    expect(f.indicators.map((i) => i.target?.raw)).toEqual(['=20人', '=8人']);
  });

  it('takes no department when the row names none (编码 and 联系人 only)', async () => {
    const f = await read(form('| 部门编码: | 316 | *联系人: | 张三 | ||'));
    expect(f.department).toBeNull();
  });
});
