import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of 湖南's 2017 部门整体支出绩效目标申报表 as a county site copies it (fresh/606's
// layout, other words and figures): pipe rows padded with empty cells, the department's label and name in one cell
// beside another label's, the funds heading 年度预算收支情况（万元） beside 年初预算资金:amount, and each band's
// indicators numbered in one cell — 指标N + name + value (after 是 / 为, or after the name's brackets), the 效益
// band's with its 二级 in brackets before a colon.
const FORM = [
  '部门整体支出绩效目标申报表',
  '(2017 年度)',
  '| 部门(单位)名称:某县水利局 | 单位负责人:张三 | ||||',
  '| 年度预算收支情况(万元) | 年初预算资金:256.4 | ||||',
  '| 按收入性质分: | 按支出性质分: | ||||',
  '| 其中:公共财政拨款:256.4 | 其中: 基本支出:200 | ||||',
  '| 部门职能职责概述 | 负责全县水利工程建设与管理。 | ||||',
  '| 整体绩效目标 | 目标1:完成小型水库除险加固;目标2:完成河道清淤。…… | ||||',
  '| 部门整体支出 年度绩效指标 | 产出指标 | 指标1水库除险加固座数为3座: 指标2河道清淤长度是12公里: 指标3(资金支付进度)100%: …… | |||',
  '| 效益指标 | 指标1(社会效益):防洪能力明显提升 指标2(社会公众或服务对象满意度):满意 …… | ||||',
  '| 财政部门审核意见 | (盖章) 年 月 日 | ||||',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  return out.ok ? out.forms : [];
}

describe('a band of indicators numbered in one cell', () => {
  it('reads each slot as an indicator under its 一级: its name and the value it ends with', async () => {
    const [form] = await read(FORM);
    if (form?.kind !== 'department') throw new Error('a department form expected');
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出指标', null, '水库除险加固座数', '3座'],
      ['产出指标', null, '河道清淤长度', '12公里'],
      ['产出指标', null, '资金支付进度', '100%'],
      ['效益指标', '社会效益指标', '社会效益', '防洪能力明显提升'],
      ['效益指标', '社会公众或服务对象满意度指标', '社会公众或服务对象满意度', '满意'],
    ]);
  });

  it("reads the department's name written in its label's cell and the funds total beside their heading", async () => {
    const [form] = await read(FORM);
    if (form?.kind !== 'department') throw new Error('a department form expected');
    expect([form.department, form.total]).toEqual(['某县水利局', '256.4']);
  });

  it('leaves a cell naming one numbered slot as it is', async () => {
    const one = FORM.map((l) =>
      l.includes('指标1水库')
        ? '| 部门整体支出 年度绩效指标 | 产出指标 | 指标1水库除险加固座数为3座 | |||'
        : l,
    ).filter((l) => !l.includes('指标1(社会效益)'));
    const [form] = await read(one);
    expect(form?.kind === 'department' ? form.indicators : []).toEqual([]);
  });
});

// h-templates40: the same template filled as other people fill it (the `numberedCell` variants' shape) — made up.
const PROJECT = (产出: string, 效益: string) => [
  '项目支出绩效目标申报表',
  '| 项目名称 | 某镇农村公路养护项目 | |',
  '| 主管部门 | 某县交通运输局 | |',
  '| 资金总额(万元) | 120 | |',
  `| 年度绩效指标 | 产出指标 | ${产出} |`,
  `| | 效益指标 | ${效益} |`,
];
const pairsOf = async (lines: string[]) => {
  const [form] = await read(lines);
  return form?.kind === 'project' ? form.indicators.map((i) => [i.level1, i.name, i.target.raw]) : [];
};

describe('a band of indicators numbered in one cell, as other people number and part them', () => {
  it('reads slots numbered 1. 2. (or 1、 (1)) whose names and values a colon parts', async () => {
    for (const [a, b, c] of [
      ['1.', '2.', '1.'],
      ['1、', '2、', '1、'],
      ['(1)', '(2)', '(1)'],
    ])
      expect(
        await pairsOf(PROJECT(`${a}养护里程:≥125公里；${b}路面完好率:95%`, `${c}群众出行条件:明显改善`)),
        a,
      ).toEqual([
        ['产出指标', '养护里程', '≥125公里'],
        ['产出指标', '路面完好率', '95%'],
        ['效益指标', '群众出行条件', '明显改善'],
      ]);
  });

  it('reads a worded value after 为 / 是 / 达到, a figure with 以上 or a four-character unit, a date', async () => {
    expect(
      await pairsOf(
        PROJECT(
          '指标1养护里程达到125公里 指标2完工时间2025年12月 指标3清扫面积1346万平方米',
          '指标1群众出行条件为明显改善 指标2满意度是95%以上',
        ),
      ),
    ).toEqual([
      ['产出指标', '养护里程', '125公里'],
      ['产出指标', '完工时间', '2025年12月'],
      ['产出指标', '清扫面积', '1346万平方米'],
      ['效益指标', '群众出行条件', '明显改善'],
      ['效益指标', '满意度', '95%以上'],
    ]);
  });

  it('reads a row of one slot where the band’s rows number two or more together, full-width figures too', async () => {
    expect(await pairsOf(PROJECT('１．养护里程：１２５公里', '１．群众出行条件：明显改善'))).toEqual([
      ['产出指标', '养护里程', '125公里'],
      ['效益指标', '群众出行条件', '明显改善'],
    ]);
  });

  it('leaves a table’s numbered name with its value in the cell after it to the table reader', async () => {
    const table = [
      '项目支出绩效目标申报表',
      '| 项目名称 | 某镇农村公路养护项目 | |',
      '| 资金总额(万元) | 120 | |',
      '| 一级指标 | 三级指标 | 指标值 |',
      '| 产出指标 | 1.养护里程 | 125公里 |',
      '| 效益指标 | 1.群众出行条件 | 明显改善 |',
    ];
    // (The table reader sets the numbers aside; each value is its own column's.)
    expect(await pairsOf(table)).toEqual([
      ['产出指标', '养护里程', '125公里'],
      ['效益指标', '群众出行条件', '明显改善'],
    ]);
  });
});

// h-numpair41: names opening with figures, values whose units or comparators are longer, and names holding 为 —
// made up, as people fill the same cell.
describe('a band of numbered indicators whose names and values hold figures and words of their own', () => {
  it('reads a name opening with figures right after its number (指标27 岁以下…, 1.12350安全…)', async () => {
    expect(
      await pairsOf(
        PROJECT(
          '指标1疫苗接种率是≥90%： 指标27 岁以下儿童健康管理率是≥85%：',
          '1.12345热线接通率:≥95%；2.群众知晓率:90%',
        ),
      ),
    ).toEqual([
      ['产出指标', '疫苗接种率', '≥90%'],
      ['产出指标', '7 岁以下儿童健康管理率', '≥85%'],
      ['效益指标', '12345热线接通率', '≥95%'],
      ['效益指标', '群众知晓率', '90%'],
    ]);
  });

  it('takes no figure after a colon for the next number (资金:2.5万元 is one slot)', async () => {
    // One slot in each row of the band, each a name and its value: a 2.5 after a colon opens no second slot.
    expect(await pairsOf(PROJECT('1.补助资金:2.5万元', '1.群众出行条件:明显改善'))).toEqual([
      ['产出指标', '补助资金', '2.5万元'],
      ['效益指标', '群众出行条件', '明显改善'],
    ]);
  });

  it('reads a glued value with a two-sign comparator, a unit per two things, a unit in letters, a span of dates', async () => {
    expect(
      await pairsOf(
        PROJECT(
          '(1)生均公用经费650元/生/年；(2)在校学生人数<=1200人；(3)喷雾射程≥60M；(4)伙食补助标准15元/人.每天',
          '(1)服务周期2024年3月--2024年10月；(2)实施期限2023年1月-2023年12月',
        ),
      ),
    ).toEqual([
      ['产出指标', '生均公用经费', '650元/生/年'],
      ['产出指标', '在校学生人数', '<=1200人'],
      ['产出指标', '喷雾射程', '≥60M'],
      ['产出指标', '伙食补助标准', '15元/人.每天'],
      ['效益指标', '服务周期', '2024年3月--2024年10月'],
      ['效益指标', '实施期限', '2023年1月-2023年12月'],
    ]);
  });

  it('keeps a name’s 以…为 phrase whole where a later word parts the value, and parts there where none does', async () => {
    expect(
      await pairsOf(
        PROJECT(
          '指标1以工程进度为考核依据是按期完成 指标2以验收结果衡量标准为全部合格',
          '指标1以群众评价为准达到满意',
        ),
      ),
    ).toEqual([
      ['产出指标', '以工程进度为考核依据', '按期完成'],
      ['产出指标', '以验收结果衡量标准', '全部合格'],
      ['效益指标', '以群众评价为准', '满意'],
    ]);
  });
});
