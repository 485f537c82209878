// A 自评表 run together whose row opens with a figure of years of age right after its level names (…数量指标65岁以上
// 老年人健康管理人数10…): the figure is the name's first word, not the template's numbering of the row (issue 12's
// joined variants of wide/486). Made for this test in the `joined` shape, with the level names printed on each row.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { countsAge } from './age-figure.ts';

const FORM =
  '部门预算项目支出绩效自评表(2023年度)项目全称某区卫生健康局主管单位某区卫生健康局项目资金(万元)年初预算数' +
  '全年预算数(A)全年执行数(B)分值得分执行率(B/A)项目资金(万元)合计100.00100.0098.001010' +
  '98.00%年度目标按期完成项目建设任务一级指标二级指标三级指标名称分值实际完成值得分目标值' +
  '产出指标数量指标居民健康档案建档人数1029.3万人10≥28万人' +
  '产出指标数量指标65岁以上老年人健康管理人数103.05万人9.5≥3.2万人' +
  '产出指标时效指标传染病报告及时率10100%10100%';

describe('a figure of years of age opening a name', () => {
  it('stays the name’s first word', async () => {
    const out = await importBuffer(new TextEncoder().encode(`${FORM}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    expect(rows.map((r) => r.name)).toEqual([
      '居民健康档案建档人数',
      '65岁以上老年人健康管理人数',
      '传染病报告及时率',
    ]);
  });

  it('is told by 岁 or 周岁 after the figure', () => {
    expect(countsAge('岁以上老年人')).toBe(true);
    expect(countsAge('周岁以下儿童')).toBe(true);
    expect(countsAge('病害减少')).toBe(false);
  });
});
