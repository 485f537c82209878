import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a 部门整体支出绩效目标申报表 whose PDF text layer prints a row's two labels
// before their values (部门（单位）名称 | 填报人 | 某某市教育局), the 填报人's own value further on (wide/421's
// layout, written here as the rows the text gives).
const form = (infoRow: string) =>
  [
    '部门整体支出绩效目标申报表',
    infoRow,
    '联系电话 | 07220000000 |',
    '部门总体资金情况 | 单位：万元 |',
    '资金总额 | 1200.5 |',
    '一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '产出指标 | 数量指标 | 保障学校数 | 36所 |',
  ].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error(out.ok ? 'no department form read' : out.error.message);
  return f;
};

describe('a department name printed after the labels of its row', () => {
  it('gives the office name after 部门（单位）名称 | 填报人 to the department, not to the filler', async () => {
    const f = await read(form('部门（单位）名称 | 填报人 | 某某市教育局 |'));
    expect(f.department).toBe('某某市教育局');
    expect(f.filler).toBeNull();
  });

  it('gives the next value to the label stacked after it (the filler’s name)', async () => {
    const f = await read(form('部门（单位）名称 | 填报人 | 某某市教育局 | 张三 |'));
    expect([f.department, f.filler]).toEqual(['某某市教育局', '张三']);
  });

  it('still reads label | value pairs in order', async () => {
    const f = await read(form('部门（单位）名称 | 某某市教育局 | 填报人 | 张三 |'));
    expect([f.department, f.filler]).toEqual(['某某市教育局', '张三']);
  });

  it('gives a person’s name after the stacked labels to no department', async () => {
    const f = await read(form('部门（单位）名称 | 填报人 | 张三 |'));
    expect(f.department).toBeNull();
  });

  it('leaves the department empty where a blank cell stands for it (a table row)', async () => {
    const f = await read(form('部门（单位）名称 | | 填报人 | 某某市教育局 |'));
    expect(f.department).toBeNull();
  });
});

// The same text layer prints the funds grid, its unit note first, after the tall 部门职能概述 label beside it.
const functionsForm = (functions: string) =>
  [
    '部门整体支出绩效目标申报表',
    '部门（单位）名称 | 某某市教育局 |',
    '部门总体资金情况 | 收入构成 支出构成 |',
    `部门职能概述 | ${functions} |`,
  ].join('\n');

describe('a funds grid printed into the 部门职能概述 cell', () => {
  it('takes the grid’s 合计 as the department’s total when its unit note opens the text', async () => {
    const f = await read(
      functionsForm('单位:万元 2021 年 2022 年 88.3% 90147 合计 1226.5 100% 95966 (一)贯彻执行教育方针。'),
    );
    expect(f.total).toBe('1226.5');
  });

  it('reads no total from a 职能 text that only mentions a 合计', async () => {
    const f = await read(functionsForm('(一)贯彻执行教育方针,合计 30 所学校的经费管理。'));
    expect(f.total).toBeNull();
  });
});
