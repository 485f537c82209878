import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { splitFusedRow } from './tokenize.ts';
import { unitOpeningName } from './unit-opening-name.ts';

// Made for these tests in the `joined` shape of the variant generator: a target form with 计算符号 | 目标值 | 计量单位
// columns copied without cell breaks, the whole form one line.
const HEAD = '项目支出绩效目标表(2023年度)项目名称某馆消防设备改造工程主管部门某市档案馆年度资金总额(万元)25';
const HEADER = '一级指标二级指标三级指标计算符号目标值计量单位';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${text}\n`);
}

describe('a unit left opening the next name', () => {
  it('is cut off the name: the unit, then the name', () => {
    expect(unitOpeningName('套烟感、温感控制设备')).toEqual({ unit: '套', name: '烟感、温感控制设备' });
    expect(unitOpeningName('万页档案扫描页数')).toEqual({ unit: '万页', name: '档案扫描页数' });
    expect(unitOpeningName('人次培训覆盖率')).toEqual({ unit: '人次', name: '培训覆盖率' });
    // A rate's period printed after a full stop is the unit's (17元/人.每天 | 伙食补助资金到位率).
    expect(unitOpeningName('元/人.每天伙食补助资金到位率')).toEqual({
      unit: '元/人.每天',
      name: '伙食补助资金到位率',
    });
    // …and the bases a rate is counted per, each after a slash (1130元/月/人 | 提标补差标准).
    expect(unitOpeningName('元/月/人提标补差标准')).toEqual({ unit: '元/月/人', name: '提标补差标准' });
  });

  it('is no unit where its character opens a word names begin with (人均, 项目, 种植) or no name follows', () => {
    expect(unitOpeningName('人均增收')).toBeNull();
    expect(unitOpeningName('项目完成率')).toBeNull();
    expect(unitOpeningName('种植面积')).toBeNull();
    expect(unitOpeningName('个')).toBeNull();
    expect(unitOpeningName('验收合格率')).toBeNull();
    expect(unitOpeningName('小时测算')).toBeNull();
  });

  it('is the row’s unit under 目标值 | 计量单位, the next row named without it', async () => {
    expect(
      await rowsOf(
        `${HEAD}${HEADER}产出指标数量指标灭火装置10套烟感控制设备160个气体灭火控制器4台施工材料1批质量指标验收合格率100%`,
      ),
    ).toEqual([
      ['灭火装置', '10套'],
      ['烟感控制设备', '160个'],
      ['气体灭火控制器', '4台'],
      ['施工材料', '1批'],
      ['验收合格率', '100%'],
    ]);
  });
});

describe('a date in a row run together under 计算符号 | 目标值 | 计量单位', () => {
  it('is one part, not a year, a unit and figures', () => {
    expect(splitFusedRow('项目完工时间定性2021年12月31日')).toEqual(['项目完工时间定性', '2021年12月31日']);
    expect(splitFusedRow('项目实施时间2021年1月-12月')).toEqual(['项目实施时间', '2021年1月-12月']);
  });

  it('is the row’s target whole', async () => {
    expect(
      await rowsOf(`${HEAD}${HEADER}产出指标时效指标项目完工时间定性2021年12月31日质量指标验收合格率100%`),
    ).toEqual([
      ['项目完工时间', '2021年12月31日'],
      ['验收合格率', '100%'],
    ]);
  });
});

describe('a month closed by 底之前 in a row run together under 指标性质 | 年度指标值 | 计量单位', () => {
  it('is one part, its closing words no name', () => {
    expect(splitFusedRow('采购计划完成时间定性11月底之前设备验收及时率')).toEqual([
      '采购计划完成时间定性',
      '11月底之前',
      '设备验收及时率',
    ]);
    expect(unitOpeningName('月底之前设备验收及时率')).toBeNull();
  });
});
