import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isLevelName } from './level-names.ts';

// Made for this test in the shape of a 部门预算项目支出绩效目标表 of 新疆 (wide/373's template): its 一级 written
// 项目完成 instead of 产出指标, copied one cell per line ending ' |' with a lone '|' line between rows.
const form = (level1: string) =>
  [
    '部门预算项目支出绩效目标表 |',
    '|',
    '项目名称 |',
    '某某补助资金 |',
    '|',
    '预算单位 |',
    '某县医疗保障局 |',
    '|',
    '项目资金 (万元) |',
    '年度资金总额:203 |',
    '|',
    '一级 指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值(包含数字及文字描述) |',
    '|',
    `${level1} |`,
    '数量指标 |',
    '参保人数 |',
    '43230人 |',
    '|',
    '参保率 |',
    '≥95% |',
    '|',
  ].join('\n');

describe('项目完成 / 项目完成指标, a 一级 of the 新疆 and 四川 templates', () => {
  it('is a level name, not an indicator', () => {
    expect(isLevelName('项目完成')).toBe('level1');
    expect(isLevelName('项目完成指标')).toBe('level1');
  });

  it('opens the rows under it as their 一级; an unknown word in the 一级 column is kept as the rows’ 一级', async () => {
    const read = async (level1: string) => {
      const out = await importBuffer(new TextEncoder().encode(form(level1)), 'form.txt');
      const f = out.ok ? out.forms[0] : undefined;
      return f?.kind === 'project' ? f.indicators.map((i) => [i.level1, i.name]) : [];
    };
    expect(await read('项目完成')).toEqual([
      ['项目完成', '参保人数'],
      ['项目完成', '参保率'],
    ]);
    // The rows parted by their '|' lines are rebuilt on the header (blank-parted-cells.ts): a word the lexicon
    // does not know stands in the 一级 column and is that column's, not an indicator (it was one while every
    // line was read as a row of its own).
    expect(await read('项目进展')).toEqual([
      ['项目进展', '参保人数'],
      ['项目进展', '参保率'],
    ]);
  });
});

// Made for this test in the shape of a 湖北 省直 学生资助 自评表 run together on one line (corpus wide/463): 过程指标
// printed as a 一级 beside 产出 / 效益, its one row 评审程序是否公正 | 是 | 是.
describe('过程指标 as a 一级', () => {
  it('is a 一级 name, kept apart from the name of the row under it', async () => {
    expect(isLevelName('过程指标')).toBe('level1');
    const text =
      '某学院2019年学生资助项目绩效目标自评表 项目名称某学院学生资助项目 预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)' +
      '年度财政资金总额100.0099.0099.00%9.90分一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分' +
      '产出指标数量国家助学金人数300人290人38分效益指标社会效益指标资金发放率100%100%29分过程指标评审程序是否公正是是19分';
    const out = await importBuffer(new TextEncoder().encode(text), 'process.txt');
    if (!out.ok) throw new Error(out.error.message);
    const rows = out.evaluations[0]!.indicators.map((i) => [i.level1, i.name]);
    // Before: 过程指标评审程序是否公正, the 一级 read into the name of the 效益 row's neighbour.
    expect(rows.at(-1)).toEqual(['过程指标', '评审程序是否公正']);
  });
});
