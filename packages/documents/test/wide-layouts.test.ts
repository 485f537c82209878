// Rules for the layouts of issue 12's wider corpus (h-wide8): each with a document printed that way, and one
// that only looks like it, which the rule must leave alone.
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { paragraph, type Row } from '../src/rows/row.ts';
import { retabulate } from '../src/recognize/cell-stream.ts';
import { cutValuesFromWeights } from '../src/recognize/cell-stream-indicators.ts';
import { explainedRuns } from '../src/recognize/explained-runs.ts';
import { isScoringTable } from '../src/recognize/scoring-table.ts';
import { splitRunTogether } from '../src/recognize/tokenize.ts';
import { importRows } from '../src/import-document.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
const kinds = (text: string) => splitRunTogether(text).map((t) => [t.kind, t.text]);

describe('a 一级 printed short (产出 for 产出指标) run into its 二级', () => {
  it('is the row’s 一级 cell', () => {
    expect(kinds('产出数量指标享受资助人数')).toEqual([
      ['level1', '产出'],
      ['level2', '数量指标'],
      ['text', '享受资助人数'],
    ]);
  });
  it('is no level when the words before the 二级 name no 一级', () => {
    expect(kinds('资助学生数量指标完成')[0]).not.toEqual(['level1', '资助学生']);
    expect(kinds('资助学生数量指标完成').some(([k]) => k === 'level1')).toBe(false);
  });
});

const indicatorTable = (...rows: string[]) =>
  retabulate(stream('评价指标评价内容指标名称指标说明目标值分值备注', ...rows)).map((r) => r.cells);

describe('a value run into the 分值 after it (210010 under 目标值 | 分值)', () => {
  it('is cut where the 分值 other rows print ends it', () => {
    const rows = indicatorTable(
      '产出数量指标享受资助人数达到预计值210010',
      '资金支出率达到目标值95%10',
      '时效指标及时发放率100%20',
    );
    const row = rows.find((r) => r.some((c) => c.startsWith('享受资助人数')))!;
    expect(row).toContain('2100');
    expect(row).toContain('10');
  });
  it('is left whole where no other row prints a 分值 it ends with', () => {
    const rows = indicatorTable('产出数量指标享受资助人数达到预计值2100', '资金支出率达到目标值95%10');
    const row = rows.find((r) => r.some((c) => c.startsWith('享受资助人数')))!;
    expect(row).toContain('2100');
  });
  it('takes, of several tails, the one that brings the 分值 to 100', () => {
    const rows: Row[] = [
      { cells: ['a', '1520', ''], table: true },
      { cells: ['b', '95%', '20'], table: true },
      { cells: ['c', '95%', '60'], table: true },
      { cells: ['d', '95%', '0'], table: true },
    ];
    cutValuesFromWeights(rows, { roles: ['name', 'value', 'weight'], valueAt: 1 });
    expect(rows[0]!.cells).toEqual(['a', '15', '20']);
  });
});

describe('a heading word between an indicator’s name and its value (达到目标值100%)', () => {
  it('is a word of the name', () => {
    const rows = indicatorTable('时效指标及时发放率达到目标值100%20');
    expect(rows.some((r) => r.includes('及时发放率达到目标值'))).toBe(true);
  });
  it('is still a heading in a header row', () => {
    const rows = indicatorTable('时效指标及时发放率100%20');
    expect(rows[0]).toContain('目标值');
    expect(rows.some((r) => r.includes('及时发放率'))).toBe(true);
  });
});

describe('the 项目 between a run-together 项目名称 value and 项目主管部门', () => {
  it('ends the name when the head writes its other unit’s label without 项目 (实施单位)', () => {
    expect(kinds('项目名称全县安可替代补助资金项目主管部门某县司法局实施单位某县司法局').slice(0, 3)).toEqual(
      [
        ['label', '项目名称'],
        ['text', '全县安可替代补助资金项目'],
        ['label', '主管部门'],
      ],
    );
  });
  it('starts the label when the head writes both unit labels with 项目', () => {
    expect(kinds('项目名称某某经费项目主管部门某局项目实施单位某中心').slice(0, 3)).toEqual([
      ['label', '项目名称'],
      ['text', '某某经费'],
      ['label', '项目主管部门'],
    ]);
  });
});

describe('a page that starts inside an earlier 自评表 whose header is broken word by word over lines', () => {
  const tail = [
    '一级',
    '指标',
    '二级',
    '指标',
    '三级',
    '指标',
    '指标值',
    '完成值',
    '得分',
    '产出指标',
    '数量指标',
    '成本控制数',
    '≤30万元',
    '完成',
    '90',
    '合计',
    '100',
  ];
  const form = [
    '项目支出绩效自评表（2023年度）',
    '项目名称',
    '安可替代补助资金项目',
    '主管部门',
    '某县司法局',
    '实施单位',
    '某县司法局',
    '预算执行情况',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '执行率',
    '年度资金总额',
    '3.36',
    '3.36',
    '3.36',
    '100%',
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '产出指标',
    '质量指标',
    '支付资金按要求完成',
    '100%',
    '100%',
  ];
  const read = (lines: string[]) => importRows('text', stream(...lines));
  it('does not lend its rows to the form titled after them', () => {
    const out = read([...tail, ...form]);
    expect(out.ok && out.evaluations[0]?.name).toBe('安可替代补助资金项目');
  });
  it('a form whose head comes before any table still reads its head', () => {
    const out = read(['说明：单位：万元', ...form]);
    expect(out.ok && out.evaluations[0]?.name).toBe('安可替代补助资金项目');
  });
});

describe('a 自评表 row without values whose 三级 name is a level’s word (满意度)', () => {
  const table = (...last: string[][]): Row[] =>
    [
      ['项目支出绩效自评表（2022年度）'],
      ['项目名称', '援助经费'],
      ['主管部门', '某区体育局', '实施单位', '某区体育中心'],
      ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '2', '2', '0.9', '10', '45%', '4.5'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '经费使用率', '', '', '', ''],
      ...last,
    ].map((cells, k) => ({ cells, line: k + 1, table: true }));
  const names = async (rows: Row[]) => {
    const out = importRows('text', rows);
    return out.ok ? out.evaluations[0]!.indicators.map((i) => i.name) : [];
  };
  it('is an indicator under a 二级 of its own (服务对象满意度指标 | 满意度)', async () => {
    expect(await names(table(['满意度指标', '服务对象满意度指标', '满意度', '', '', '', '']))).toEqual([
      '经费使用率',
      '满意度',
    ]);
  });
  it('is an empty slot where it writes its 二级 again (质量指标 | 质量)', async () => {
    expect(await names(table(['产出指标', '质量指标', '质量', '', '', '', '']))).toEqual(['经费使用率']);
  });
});

describe('a 自评表 run together on one line, every row’s 实际完成值 the same words', () => {
  const form = (rows: string) =>
    '项目支出绩效自评表(2022年度)项目名称道路养护项目主管部门某县交通局实施单位某县公路站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额:9090901010010' +
    '绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施' +
    rows;
  const read = (text: string) => {
    const out = importRows('text', [paragraph(text, 1)]);
    return out.ok
      ? (out.evaluations[0] as SelfEvaluationDocument).indicators.map((i) => [
          i.name,
          i.target.raw,
          i.actual.raw,
          i.weight,
          i.score,
        ])
      : [];
  };
  it('cuts the shared words off the texts before the figures, and a qualitative target off the name', () => {
    const rows = read(
      form(
        '产出指标(50分)数量指标养护里程≥50公里5010质量指标路面完好率达成预期指标1010' +
          '效益指标(30分)社会效益指标对群众出行的影响程度效果明显达成预期指标1010生态效益指标沿线环境改善程度效果显著达成预期指标1010可持续影响指标道路使用年限延长程度明显提高达成预期指标1010',
      ),
    );
    expect(rows).toContainEqual(['对群众出行的影响程度', '效果明显', '达成预期指标', '10', '10']);
    expect(rows).toContainEqual(['沿线环境改善程度', '效果显著', '达成预期指标', '10', '10']);
  });
  it('leaves the words alone where each stands in a cell of its own', () => {
    const rows = read(
      form(
        '产出指标(50分)数量指标养护里程≥50公里5010质量指标路面完好率 达成预期指标 10 10 ' +
          '效益指标(30分)社会效益指标对群众出行的影响程度 效果明显 达成预期指标 10 10 生态效益指标沿线环境改善程度 效果显著 达成预期指标 10 10',
      ),
    );
    expect(rows).toContainEqual(['对群众出行的影响程度', '效果明显', '达成预期指标', '10', '10']);
  });
});

describe('a budget printed by source in columns (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数)', () => {
  const form = (budget: string) =>
    '财政预算支出项目绩效目标自评表 项目名称 局域网维护费 项目实施单位 某某公司 项目主管单位 某某局 项目资金 ' +
    budget +
    ' 项目年度目标 对网络改造升级。 一级 指标 二级指标 三级指标 年初指标值 年终完成值 自评分 产出指标 数量指标 采购设备 10台套 10台套 15';
  const budgetOf = (text: string) => {
    const out = importRows('text', [paragraph(text, 1)]);
    return out.ok ? out.evaluations[0]!.budget : null;
  };
  it('reads its one line: 合计 the year’s budget, 执行数 what was spent, 执行率 where the amounts bear it out', () => {
    const b = budgetOf(
      form(
        '中央 省、地 本级 其他 合计 执行数 (万元) (万元) (万元) (万元) (万元) (万元) 5.5 5.5 来源 5.5 执行率 100%',
      ),
    );
    expect(b).toMatchObject({ annual: '5.5', executed: '5.5', rate: '100' });
  });
  it('leaves a 执行率 the amounts do not bear out', () => {
    const b = budgetOf(
      form(
        '中央 省、地 本级 其他 合计 执行数 (万元) (万元) (万元) (万元) (万元) (万元) 8 4 来源 8 执行率 100%',
      ),
    );
    expect(b).toMatchObject({ annual: '8', executed: '4', rate: null });
  });
});

describe('indicator rows run together with their explanations (…次数反映…情况2280次…)', () => {
  const header = '绩效指标保障绩效目标实现措施一级指标二级指标绩效标准当年预期实现值';
  it('are cut into name | explanation | value, row after row', () => {
    expect(explainedRuns('大楼维修次数反映大楼全年维修情况≥280次大楼巡察次数反映大楼巡检情况200次')).toEqual([
      '大楼维修次数',
      '反映大楼全年维修情况',
      '≥280次',
      '大楼巡察次数',
      '反映大楼巡检情况',
      '200次',
    ]);
    const rows = retabulate(
      stream(header, '数量指标', '大楼维修次数反映大楼全年维修情况≥280次大楼巡察次数反映大楼巡检情况200次'),
    ).map((r) => r.cells);
    expect(rows).toContainEqual(['', '', '', '大楼巡察次数', '反映大楼巡检情况', '200次']);
  });
  it('part a row without an explanation whose value is a bound in words (成本控制率不超预算) from the next row', () => {
    const run = '成本控制率不超预算水电气消耗下降率反映水电气消耗比上年下降情况≥5%';
    expect(explainedRuns(run)).toEqual([
      '成本控制率',
      '不超预算',
      '水电气消耗下降率',
      '反映水电气消耗比上年下降情况',
      '≥5%',
    ]);
    const rows = retabulate(stream(header, '成本指标', run)).map((r) => r.cells);
    expect(rows).toContainEqual(['', '', '成本指标', '成本控制率', '', '不超预算']);
    expect(rows).toContainEqual(['', '', '', '水电气消耗下降率', '反映水电气消耗比上年下降情况', '≥5%']);
    // A name that merely holds such words before its explanation is left whole.
    expect(explainedRuns('预算控制率反映预算控制情况100%')).toEqual([
      '预算控制率',
      '反映预算控制情况',
      '100%',
    ]);
  });
  it('leave a text without the explanation’s opening word whole', () => {
    expect(explainedRuns('大楼维修次数280次')).toBeNull();
    expect(explainedRuns('反映情况')).toBeNull();
  });
});

describe('a target table copied one cell a line, a row named with a head field’s label first (项目资金专项核算)', () => {
  it('reads that line as the next row’s name, not as the head’s next field ending the table', () => {
    const out = importRows(
      'text',
      stream(
        '项目绩效目标表',
        '项目名称',
        '某某示范推广项目',
        '主管单位',
        '某某市农业农村局',
        '一级指标',
        '二级指标',
        '指标名称',
        '计划指标值',
        '产出指标',
        '成本指标',
        '资金到位率',
        '资金到位率达100%',
        '项目资金专项核算',
        '专项资金专款专用',
        '时效指标',
        '预算支出进度',
        '预算支出进度达到90%以上',
      ),
    );
    const first = out.ok ? out.forms[0] : undefined;
    const form = first?.kind === 'project' ? first : undefined;
    expect(form?.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['资金到位率', '资金到位率达100%'],
      ['项目资金专项核算', '专项资金专款专用'],
      ['预算支出进度', '预算支出进度达到90%以上'],
    ]);
  });
});

describe('a scoring table of a performance evaluation (分值 | 评分标准 | 得分, no 指标值)', () => {
  const refusal = (lines: string[]) => {
    const out = importRows('text', stream(...lines));
    return out.ok ? null : out.error;
  };
  it('is refused as what it is', () => {
    const error = refusal([
      '评价项目名称：某某剧院运行补贴项目',
      '考核内容 | 分值 | 计分标准 | 分数',
      '1、评价工作组人员专业能力 | 15 | 专业能力较强，得10-15分 | 14',
      '2、评价工作组人员稳定 | 15 | 保持工作组成员稳定，得15分 | 15',
      '合计 | 30 | | 29',
    ]);
    expect(error?.code).toBe('no-form-found');
    expect(error?.message).toContain('评分表');
  });
  it('a table with 指标值 beside its 得分 is no scoring table', () => {
    expect(
      isScoringTable(
        stream(
          '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
          '产出指标 | 数量指标 | 里程 | 10公里 | 10公里 | 10 | 10',
        ),
      ),
    ).toBe(false);
    expect(
      isScoringTable(stream('考核内容 | 分值 | 计分标准 | 分数', '1、专业能力 | 15 | 较强得15分 | 14')),
    ).toBe(true);
  });
});
