import { describe, expect, it } from 'vitest';
import type { Indicator } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';
import { readBlankPartedCells } from './blank-parted-cells.ts';
import { namesFromLevel2 } from './level2-names.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

// Made for these tests in the shape of corpus wide/446 (a budget pack's sheet saved as a web page): one cell a
// line closed by ' |', a lone '|' for an empty cell and for each row's end; 一级 printed once for its rows.
const form = [
  '财政支出绩效目标申报表 |',
  '|',
  '项目名称 |',
  '某某示范推广项目 |',
  '项目类型 |',
  '专项业务类 |',
  '|',
  '主管部门编码 |',
  '318001 |',
  '主管部门名称 |',
  '某某市农业农村局 |',
  '|',
  '项目实施单位 |',
  '某某农业技术推广站 |',
  '|',
  '项目资金申请(万元) |',
  '资金总额: |',
  '58 |',
  '|',
  '项目年度绩效目标衡量指标 |',
  '一级指标 |',
  '二级指标 |',
  '分值 |',
  '指标内容(150字内) |',
  '指标值(150字内) |',
  '评分细则(150字内) |',
  '|',
  '投入指标 |',
  '资金到位率 |',
  '5 |',
  '资金到位率=(实际到位资金/计划投入资金)×100%。 |',
  '资金到位率达100% |',
  '到位率100%得5分,每少10个百分点以内扣1分。 |',
  '|',
  '预算支出进度 |',
  '15 |',
  '预算支出进度是否达到90%以上。 |',
  '预算支出进度达到90%以上 |',
  '达到90%以上得15分,每少1个百分点扣1分。 |',
  '|',
  '过程指标 |',
  '项目资金专项核算 |',
  '5 |',
  '专项资金是否按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算。 |',
  '专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算 |',
  '专项资金按《行政单位财务规则》和《事业单位财务规则》专款专用得2分,专项核算得3分,否则0分。 |',
  '|',
  '资金使用合规性 |',
  '10 |',
  '①是否符合财务管理制度的规定;',
  '②资金的拨付是否有',
];

describe('an indicator table one cell a line, its rows parted by blank lines', () => {
  it('rebuilds the rows on the header, the merged 一级 left out of the rows under it', async () => {
    const out = await importBuffer(bytes(form), 'sheet001.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    // Before: every line a row of its own, read as names and values in turn (评分细则( | 150, 投入指标 | 资金到位率 …).
    expect(f.indicators.map((i) => [i.level1, i.name, i.target.raw, i.weight])).toEqual([
      ['投入指标', '资金到位率', '资金到位率达100%', '5'],
      ['投入指标', '预算支出进度', '预算支出进度达到90%以上', '15'],
      [
        '过程指标',
        '项目资金专项核算',
        '专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算',
        '5',
      ],
      // The copy stops inside the last row's 指标内容: the row as far as it goes, its points under 分值.
      ['过程指标', '资金使用合规性', '', '10'],
    ]);
    // 主管部门名称 is the supervisor's label (before: 主管部门 with the value 名称).
    expect([f.name, f.supervisor, f.executor, f.budget.total]).toEqual([
      '某某示范推广项目',
      '某某市农业农村局',
      '某某农业技术推广站',
      '58',
    ]);
  });

  it('starts a cut-off last row where its points fall under 分值, with or without its 一级', () => {
    const row = (t: string) => ({ cells: [t], table: !t.startsWith('①') });
    const head = ['一级指标', '二级指标', '分值', '指标内容', '指标值', '评分细则'];
    const full = ['投入指标', '资金到位率', '5', '到位率=到位/计划。', '100%', '每少10%扣1分。'];
    const rebuilt = (cut: string[]) =>
      readBlankPartedCells([...head, '', ...full, '', ...cut].map(row))?.at(-1)?.cells;
    expect(rebuilt(['过程指标', '资金使用合规性', '10', '①是否合规'])).toEqual([
      '过程指标',
      '资金使用合规性',
      '10',
      '①是否合规',
      '',
      '',
    ]);
    expect(rebuilt(['资金使用合规性', '10', '①是否合规'])).toEqual([
      '',
      '资金使用合规性',
      '10',
      '①是否合规',
      '',
      '',
    ]);
  });

  it('goes on past a row’s unprinted cells (lone | lines) to the next row, and stops at a line that is no row', () => {
    const row = (t: string) => ({ cells: [t], table: true });
    const head = ['一级指标', '二级指标', '三级指标名称', '年度指标值'];
    const body = [
      ...['产出指标', '数量指标', '建设面积', '>=20平方米', ''],
      ...['质量指标', '验收合格率', '100%', '', ''],
      ...['效益指标', '经济效益指标', '带动增收(≥**万元)', '>=2.61万元', ''],
    ];
    expect(readBlankPartedCells([...head, '', ...body].map(row))?.map((r) => r.cells)).toEqual([
      head,
      ['产出指标', '数量指标', '建设面积', '>=20平方米'],
      ['', '质量指标', '验收合格率', '100%'],
      ['效益指标', '经济效益指标', '带动增收(≥**万元)', '>=2.61万元'],
    ]);
    const note = ['说明：本表由单位填报', ''];
    const rebuilt = readBlankPartedCells([...head, '', ...body.slice(0, 10), '', ...note].map(row));
    expect(rebuilt?.slice(-5).map((r) => r.cells)).toEqual([
      ['', '质量指标', '验收合格率', '100%'],
      [''],
      [''],
      ['说明：本表由单位填报'],
      [''],
    ]);
  });

  it('leaves a header in two rows and a row cut at an inner empty cell to the other readings', () => {
    const row = (t: string) => ({ cells: [t], table: true });
    const twoRows = ['一级', '二级', '三级', '目标值', '', '指标', '指标', '指标名称', '', ''];
    const rows = [
      '产出指标',
      '数量指标',
      '服务面积',
      '2.6万平方米',
      '',
      '',
      '质量指标',
      '达标率',
      '100%',
      '',
    ];
    expect(readBlankPartedCells([...twoRows, ...rows].map(row))).toBeNull();
    const head = ['一级指标', '二级指标', '指标名称', '计算符号', '目标值', '计量单位', ''];
    const inner = [
      '产出指标',
      '数量指标',
      '巡察次数',
      '',
      '200',
      '次',
      '',
      '',
      '质量指标',
      '合格率',
      '>',
      '92',
      '%',
      '',
    ];
    expect(readBlankPartedCells([...head, ...inner].map(row))).toBeNull();
  });

  it('leaves one-cell lines alone where a blank line parts every cell', async () => {
    const lines = form.flatMap((l) => (l === '|' ? [] : [l, '|']));
    const out = await importBuffer(bytes(lines), 'cells.txt');
    // Each body "row" one cell: no grid to rebuild (what the other readings make of it is theirs).
    if (out.ok && out.forms[0]?.kind === 'project')
      expect(out.forms[0].indicators.some((i) => i.name === '预算支出进度' && i.weight === '15')).toBe(false);
  });
});

const indicator = (level2: string, name: string): Indicator =>
  ({
    term: 'annual',
    goal: null,
    level1: '产出指标',
    level2,
    name,
    target: { raw: '', kind: 'empty' },
  }) as never;

describe('names held in the 二级 column', () => {
  it('takes the 二级 cells as names where they are no 二级 category and the 指标内容 cells explain', () => {
    const got = namesFromLevel2([
      indicator('资金到位率', '资金到位率=(实际到位资金/计划投入资金)×100%。'),
      indicator('预算支出进度', '预算支出进度是否达到90%以上。'),
    ]);
    expect(got.map((i) => [i.level2, i.name])).toEqual([
      [null, '资金到位率'],
      [null, '预算支出进度'],
    ]);
  });

  it('keeps 指标内容 as the names under 二级 categories, or where its cells are names', () => {
    const under = [
      indicator('数量指标', '新建示范园面积'),
      indicator('质量指标', '示范园裂果率是否低于15%。'),
    ];
    expect(namesFromLevel2(under)).toBe(under);
    const named = [indicator('资金到位', '资金到位率'), indicator('支出进度', '预算支出进度')];
    expect(namesFromLevel2(named)).toBe(named);
  });
});
