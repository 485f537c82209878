import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { unitValueAtEnd } from './glued-values.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line).
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县文化下乡补助经费主管单位某县文化旅游体育局年度资金总额(万元)5';

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return (form?.kind === 'project' ? form.indicators : []).map((i) => [i.level2, i.name, i.target?.raw]);
}

describe('a row’s value at the end of run-together text', () => {
  it('keeps a comparison’s word before its figure (不高于475元/亩), no word of the name', () => {
    expect(unitValueAtEnd('流转土地补助标准不高于475元/亩')).toEqual({
      name: '流转土地补助标准',
      value: '不高于475元/亩',
    });
  });

  it('keeps a date whole (2025年12月), the name ending at its words', () => {
    expect(unitValueAtEnd('项目完成时限2025年12月')).toEqual({ name: '项目完成时限', value: '2025年12月' });
    expect(unitValueAtEnd('养护面积757万平方米')).toEqual({ name: '养护面积', value: '757万平方米' });
  });

  it('keeps a date to its day whole (2023年12月31日), no name ending in its month', () => {
    expect(unitValueAtEnd('任务完成时间2023年12月31日')).toEqual({
      name: '任务完成时间',
      value: '2023年12月31日',
    });
  });
});

describe('a target form run together on one line', () => {
  it('reads a head label where a row awaits its indicator as its name (成本指标 | 项目金额 | 5万元)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标指标名称指标目标值产出指标成本指标项目金额5万元数量指标开展送戏进万村≥70村`,
    );
    expect(rows).toContainEqual(['成本指标', '项目金额', '5万元']);
    expect(rows).toContainEqual(['数量指标', '开展送戏进万村', '≥70村']);
  });

  it('parts 定性 from the name under an 指标性质 column, the worded value after it', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标指标性质指标值度量单位产出指标时效指标按进度计划实施情况定性按计划实施质量指标开展送戏进万村≥70村`,
    );
    expect(rows).toContainEqual(['时效指标', '按进度计划实施情况', '按计划实施']);
    expect(rows).toContainEqual(['质量指标', '开展送戏进万村', '≥70村']);
  });
});

describe('a full-width ％ left after a run-together row’s figure', () => {
  it('is the figure’s unit, not the opening of the next name (≥90 | ％年度预算执行率)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标计算符号指标值度量单位产出指标质量指标补助款结算误差率≤3％年度预算执行率≥90％补助款结算争议率0％`,
    );
    expect(rows).toContainEqual(['质量指标', '补助款结算误差率', '≤3%']);
    expect(rows).toContainEqual(['质量指标', '年度预算执行率', '≥90%']);
  });
});

describe('a band heading over the comparator, value and unit columns (年度指标值 | 计算符号 | 计划指标值 | 度量单位)', () => {
  it('is no column of its own: the comparator, the figure and its unit are the row’s target (≥5次)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标年度指标值计算符号计划指标值度量单位产出指标数量指标举报奖励次数≥５次制作宣传资料份数≥５００份`,
    );
    expect(rows).toContainEqual(['数量指标', '举报奖励次数', '≥5次']);
    expect(rows).toContainEqual(['数量指标', '制作宣传资料份数', '≥500份']);
  });
});

describe('a date’s closing words in run-together rows', () => {
  it('keeps 底之前 with a month, no year before it, not on the next name (11月底之前 | 设备验收及时率)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标计划指标值产出指标时效指标采购计划完成时间11月底之前设备验收及时率≥98%`,
    );
    expect(rows).toContainEqual(['时效指标', '采购计划完成时间', '11月底之前']);
    expect(rows).toContainEqual(['时效指标', '设备验收及时率', '≥98%']);
  });

  it('leaves a closed month a value goes on after to the name’s end (12月底前100%到位)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标计划指标值产出指标时效指标资金拨付到位情况12月底前100%到位设备验收及时率≥98%`,
    );
    expect(rows.map((r) => r[1])).toContain('资金拨付到位情况');
  });

  it('keeps 之前 / 以前 after 底 or 末 with a year and month (2025年11月末以前)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标计划指标值产出指标时效指标采购计划完成时间2025年11月末以前设备验收及时率≥98%`,
    );
    expect(rows).toContainEqual(['时效指标', '采购计划完成时间', '2025年11月末以前']);
    expect(rows).toContainEqual(['时效指标', '设备验收及时率', '≥98%']);
  });
});

describe('a full-width ％ in a row under 计算符号 | 目标值 | 度量单位', () => {
  it('closes its figure as % does, the next name after it (７０％ | 开设课程数量 | ２２０)', async () => {
    const rows = await rowsOf(
      `${HEAD}一级指标二级指标三级指标计算符号年初目标值度量单位产出指标数量指标课时比例７０％开设课程数量２２０时效指标及时完成率１００％`,
    );
    expect(rows).toContainEqual(['数量指标', '课时比例', '70%']);
    expect(rows).toContainEqual(['数量指标', '开设课程数量', '220']);
  });
});
