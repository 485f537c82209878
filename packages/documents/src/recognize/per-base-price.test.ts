import { describe, expect, it } from 'vitest';
import { splitJoinedRows } from './joined-rows.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests: a target form copied without its cell breaks (the `joined` shape), whose cost rows price a
// building per 平米 — a base the units data does not list.
const HEAD =
  '项目支出绩效目标表(2024年度)项目名称某镇肉牛养殖场建设主管单位某县农业农村局年度资金总额(万元)60' +
  '一级指标二级指标指标名称指标值';

describe('a price per a base, run into the next name', () => {
  it('ends its row where the base is one no list knows (平米)', async () => {
    const rows = await nameTargetRowsOfText(
      `${HEAD}产出指标数量指标新建圈舍面积≥600平方米成本指标草料棚100平米380元/平米兽医室60平米≥900元质量指标验收合格率100%\n`,
    );
    expect(rows).toContainEqual(['草料棚100平米', '380元/平米']);
    expect(rows).toContainEqual(['兽医室60平米', '≥900元']);
  });

  it('ends its row for a scaled price per a unit the core knows (万元/台)', () => {
    expect(splitJoinedRows('巡检车辆购置单价12.5万元/台监控设备安装数量≥20套')).toEqual([
      '巡检车辆购置单价',
      '12.5万元/台',
      '监控设备安装数量≥20套',
    ]);
  });

  it('leaves money with no base, before a name’s words, to the readers of one row', () => {
    // (380元 then a slash and no base: no price per anything, nothing cut.)
    expect(splitJoinedRows('草料棚造价380元/兽医室60平米')).toBeNull();
  });
});
