import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line).
const HEAD = '项目支出绩效目标表(2023年度)项目名称某镇道路养护经费主管部门某镇人民政府年度资金总额(万元)12';
const kinds = (text: string) => splitRunTogether(text).map((t) => `${t.kind}:${t.text}`);

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return (form?.kind === 'project' ? form.indicators : []).map((i) => [i.level2, i.name, i.target?.raw]);
}

describe('column headings run together in a header', () => {
  it('keeps 三级指标 whole before 目标值, not 三级 | 指标目标值', () => {
    expect(kinds('一级指标二级指标三级指标目标值')).toEqual([
      'column:一级指标',
      'column:二级指标',
      'column:三级指标',
      'column:目标值',
    ]);
  });

  it('keeps the block’s heading 绩效指标 whole before 目标值 (a banded header run together)', () => {
    expect(kinds('绩效指标目标值一级指标二级指标三级指标').slice(0, 2)).toEqual([
      'section:绩效指标',
      'column:目标值',
    ]);
  });

  it('reads the rows under such a header', async () => {
    expect(
      await rowsOf(
        `${HEAD}一级指标二级指标三级指标目标值产出指标数量指标养护道路长度(公里)30时效指标完成时间2023年底`,
      ),
    ).toEqual([
      ['数量指标', '养护道路长度(公里)', '30'],
      ['时效指标', '完成时间', '2023年底'],
    ]);
  });
});

describe('a weak head label beside its amount, run together', () => {
  it('reads 预算数 run on after the unit’s name, its amount and another label after it', () => {
    expect(kinds('项目实施单位农田建设服务中心预算数854预期目标按期完成项目建设任务').slice(0, 4)).toEqual([
      'label:项目实施单位',
      'text:农田建设服务中心',
      'label:预算数',
      'value:854',
    ]);
    expect(kinds('部门名称某镇预算数（元）93,100.00一级指标').slice(2, 4)).toEqual([
      'label:预算数（元）',
      'value:93,100.00',
    ]);
  });

  it('leaves 年度预算 inside an indicator row a name’s words (the head is over)', () => {
    expect(kinds('一级指标二级指标三级指标目标值产出指标成本指标年度预算执行率100%')).toContain(
      'text:年度预算执行率100%',
    );
  });
});
