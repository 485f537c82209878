import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks, the
// whole form one line): a cost per month written with 万 alone over its base (万/月, short for 万元/月).
const texts = (text: string) => splitRunTogether(text).map((t) => t.text);

describe('a magnitude alone over a rate’s base after an operator-led figure', () => {
  it('is the value’s unit, no row of its own', () => {
    expect(texts('成本指标人员成本≤620万/月数量指标')).toEqual([
      '成本指标',
      '人员成本',
      '≤620万/月',
      '数量指标',
    ]);
    expect(texts('成本指标人员成本≤3亿/年数量指标')).toEqual(['成本指标', '人员成本', '≤3亿/年', '数量指标']);
  });

  it('leaves a unit the data knows as it was', () => {
    expect(texts('成本指标人员成本≤620万元/月数量指标')).toEqual([
      '成本指标',
      '人员成本',
      '≤620万元/月',
      '数量指标',
    ]);
  });

  it('reads the row of a form', async () => {
    const rows = await nameTargetRowsOfText(
      '项目绩效目标表(2022年度)项目名称某区道路清扫保洁经费主管部门某区城市管理局预算数(万元)560' +
        '一级指标二级指标指标名称指标值产出指标成本指标人员成本≤620万/月数量指标清扫保洁道路条数485条\n',
    );
    expect(rows).toContainEqual(['人员成本', '≤620万/月']);
    expect(rows).toHaveLength(2);
  });
});
