// A package's title may name its department with the scope of its accounts: 本级 (the department's own) or 汇总
// (summed over its units). The scope is no part of the department's name (wide/530, a 辽宁 宣传部's 决算).
import { describe, expect, it } from 'vitest';
import { titleParts } from './disclosure-detect.ts';

describe('a department named with the scope of its accounts', () => {
  it('drops （本级） / 本级 / （汇总） after the name', () => {
    expect(titleParts('第二部分 2024 年度辽宁省鞍山市海城市委宣传部(本级)部门 决算情况说明').department).toBe(
      '鞍山市海城市委宣传部',
    );
    expect(titleParts('2023年宜城市水利局本级部门决算').department).toBe('宜城市水利局');
    expect(titleParts('2022年某某县教育局（部门汇总）部门预算').department).toBe('某某县教育局');
  });

  it('keeps a name that merely holds the words', () => {
    expect(titleParts('2023年本级机关事务服务中心部门决算').department).toBe('本级机关事务服务中心');
    expect(titleParts('2024年武汉市东西湖区行政审批局部门预算').department).toBe('武汉市东西湖区行政审批局');
  });
});
