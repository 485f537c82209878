import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { importBuffer } from '../import-document.ts';
import { splitSpacedRows } from './spaced-rows.ts';

// Made for these tests (h-numpair41): a 自评表 copied as text whose head lines (a label and its value parted by
// spaces, no tab: each was one merged cell) stand over the tab-separated rows of its tables.
const TAB = '\t';
const evaluation = [
  '项目支出绩效自评表',
  '(2024年度)',
  '项目全称  某某乡村道路养护补助',
  '业务主管部门  某某县交通运输局',
  '项目实施单位  某某县公路事务中心',
  ['项目资金(万元)', '', '年初预算数', '全年执行数', '执行率'].join(TAB),
  ['', '年度资金总额', '80', '76', '95%'].join(TAB),
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'].join(TAB),
  ['产出指标', '数量指标', '养护里程', '≥40公里', '42公里'].join(TAB),
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%'].join(TAB),
];

describe('head lines of a label and its value over a table the file gave', () => {
  it('cuts each line over the first given table row into its label and value', () => {
    const rows: Row[] = [
      { cells: ['项目支出绩效自评表'], table: false },
      { cells: ['项目全称  某某乡村道路养护补助'], table: false },
      { cells: ['业务主管部门  某某县交通运输局'], table: false },
      { cells: ['一级指标', '二级指标', '三级指标', '年度指标值'], table: true },
    ];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([
      ['项目支出绩效自评表'],
      ['项目全称', '某某乡村道路养护补助'],
      ['业务主管部门', '某某县交通运输局'],
      ['一级指标', '二级指标', '三级指标', '年度指标值'],
    ]);
  });

  it('leaves such lines with no table given under them (text of lines alone) to the readers of lines', () => {
    const rows: Row[] = [
      { cells: ['项目支出绩效目标申报表'], table: false },
      { cells: ['项目名称 某某乡村道路养护补助'], table: false },
      { cells: ['预算单位 某某县交通运输局'], table: false },
      { cells: ['项目资金(万元) 年度资金总额 金额(万元)'], table: false },
    ];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual(rows.map((r) => r.cells));
  });

  it("reads the 自评表's name and units from those lines", async () => {
    const out = await importBuffer(new TextEncoder().encode(evaluation.join('\n')), 'form.txt');
    const doc = out.ok ? out.evaluations?.[0] : undefined;
    expect([doc?.name, doc?.unit, doc?.department]).toEqual([
      '某某乡村道路养护补助',
      '某某县公路事务中心',
      '某某县交通运输局',
    ]);
  });
});
