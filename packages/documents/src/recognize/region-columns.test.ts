import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isPlaceHeading } from './region-columns.ts';

// Made for this test in the shape of a county's 专项资金绩效目标表 copied run together on one line: after 指标解释
// and 指标方向 the header names the two towns the money goes to, glued (甲镇乙街道办), and each row writes its
// comparator, then one value per town (≤100%100%).
const TEXT =
  '某县2025年某某专项资金绩效目标表项目名称某某专项资金主管部门(单位)名称某县水利局资金情况(万元)资金总额35' +
  '其中:财政拨款35其他资金0总体目标开展2个修复工程,绩效指标一级指标二级指标三级指标指标解释指标方向甲镇乙街道办' +
  '成本指标经济成本指标专项资金成本控制率(%)反映专项资金成本控制情况≤100%100%' +
  '产出指标时效指标项目开展率(%)反映修复开展情况≥100%100%';

describe('a 区域 table whose value columns are named by places', () => {
  it('reads the rows under the towns as the values, the comparator from 指标方向', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'region.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['专项资金成本控制率(%)', '≤100%'],
      ['项目开展率(%)', '≥100%'],
    ]);
  });

  it('knows place names from other headings', () => {
    expect(isPlaceHeading('甲镇乙街道办')).toBe(true);
    expect(isPlaceHeading('新罗区、永定区、上杭县')).toBe(true);
    expect(isPlaceHeading('指标值说明')).toBe(false);
    expect(isPlaceHeading('备注')).toBe(false);
  });
});
