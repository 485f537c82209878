// A title naming its package "部门/单位" names no department (嘉峪关 胜利社区卫生服务中心 fresh/640: 第二部分 2024年
// 部门/单位预算情况说明); the page's own title above it does.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { titleParts } from './disclosure-detect.ts';
import { readDisclosure } from './disclosure.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));

describe('a title’s 部门/单位', () => {
  it('is no department', () => {
    expect(titleParts('第二部分 2024年部门/单位预算情况说明')).toEqual({ department: null, year: 2024 });
    expect(titleParts('2024年部门（单位）预算情况说明').department).toBeNull();
  });

  it('leaves the name a title gives', () => {
    expect(titleParts('2024年某某县卫生健康局部门预算情况说明').department).toBe('某某县卫生健康局');
  });

  it('gives way to the page’s title above it', () => {
    const rows = lines([
      '某某市胜利社区卫生服务中心2024年部门预算公开情况说明',
      '一、部门/单位职责',
      '二、机构设置情况',
    ]);
    expect(readDisclosure(rows, '第二部分 2024年部门/单位预算情况说明').disclosure.department).toBe(
      '某某市胜利社区卫生服务中心',
    );
  });

  it('keeps a body named before its province, drops the province and 自治州 before a county', () => {
    expect(
      titleParts('中国人民政治协商会议云南省寻甸回族彝族自治县委员会2022年度“三公”经费决算情况说明')
        .department,
    ).toBe('中国人民政治协商会议云南省寻甸回族彝族自治县委员会');
    expect(
      titleParts('新疆维吾尔自治区巴音郭楞蒙古自治州若羌县铁干里克镇卫生院2023年单位预算公开').department,
    ).toBe('若羌县铁干里克镇卫生院');
  });
});
