import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readEvaluationTableInText, sharedTail, splitRepeatedLead } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';

describe('the indicator table of a 自评表 read from its text', () => {
  it('reads a level name printed letter-spaced as a level, not as a row', () => {
    const text =
      '一级指标 二级指标 三级指标 年度指标值 全年完成值 偏差原因产 出 指 标数量 指标养护道路里程 12公里 12公里 维修桥梁 3座 3座';
    const cells = text.split(' ');
    const table = readEvaluationTableInText(segmentText([{ ...paragraph(''), table: true, cells }]));
    expect(table?.records.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '养护道路里程'],
      ['产出指标', '数量指标', '维修桥梁'],
    ]);
  });
});

describe('a 一级 name run straight into a 二级 of its own', () => {
  it('parts the rows even where it runs on from the cell before (效益指标生态效益指标, 满意度指标服务对象满意度指标)', () => {
    // Made for this test after a run-together 湖南 自评表: the band's section label (绩效指标) printed again
    // before the pair, and a value run into the pair with no boundary.
    const text =
      '一级指标|二级指标|三级指标|年度指标值|全年完成值|产出指标|数量指标|储备到位率100%100%效益指标|经济效益指标|' +
      '利息补贴保障率100%没有动用库存绩效指标效益指标生态效益指标科学保粮率100%100%满意度指标服务对象满意度指标市民满意度≥90%95%';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
    );
    expect(table?.records.map((r) => [r.level1, r.level2, r.name, r.cells.actual])).toEqual([
      ['产出指标', '数量指标', '储备到位率', '100%'],
      ['效益指标', '经济效益指标', '利息补贴保障率', '没有动用库存'],
      ['效益指标', '生态效益指标', '科学保粮率', '100%'],
      ['满意度指标', '服务对象满意度指标', '市民满意度', '95%'],
    ]);
  });
});

describe('the template’s row numbering where the level name took its 指标', () => {
  it('drops the bare number that opens a part before a name, and keeps a figure with its unit', () => {
    // Made for this test after corpus 016 (宁夏): 生态效益指标1病害减少… is 生态效益指标 | 指标1 病害减少….
    const text =
      '一级指标|二级指标|三级指标|分值|年度指标值|全年实际值|得分|效益指标|生态效益指标1病害减少,农药用量较上年减少82%2%8' +
      '社会效益指标5000吨粮食储备到位率8100%100%8';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
    );
    expect(table?.records.map((r) => [r.name, r.cells.weight, r.cells.target])).toEqual([
      ['病害减少,农药用量较上年减少', '8', '2%'],
      ['5000吨粮食储备到位率', '8', '100%'],
    ]);
  });
});

describe('where the excerpt ends', () => {
  it('reads the next level’s label cut off at the very end (……满意) as no indicator, a name cut off as one', () => {
    // Made for this test after corpus 017 as one stream: the page's text stops inside 满意度指标.
    const head =
      '一级指标|二级指标|三级指标|分值|年度指标值|全年实际值|得分|产出指标|数量指标|补助鱼塘面积103亩3亩10|';
    const read = (tail: string) =>
      readEvaluationTableInText(
        segmentText([{ ...paragraph(''), table: true, cells: (head + tail).split('|') }]),
      )?.records.map((r) => r.name);
    expect(read('可持续影响指标……满意')).toEqual(['补助鱼塘面积']);
    expect(read('满意度指标服务对象满意度指标种植农户调')).toEqual(['补助鱼塘面积', '种植农户调']);
  });
});

describe('a phrase every row prints in one column', () => {
  it('is a cell of its own: a level name after it parts the rows, and no name holds it', () => {
    // Made for this test after a run-together 湖北 自评表 (蔡甸): 达成预期指标 under 未完成原因 on every row, the
    // next 二级 run straight into it.
    const text =
      '一级指标|二级指标|三级指标|年初目标值|实际完成值|未完成原因及改进措施|产出指标|产出数量灭火设备配备率100%1000件达成预期指标' +
      '监控系统维护率100%5个达成预期指标产出质量火因查明率不低于95%达成预期指标案件查处率不低于90%达成预期指标' +
      '产出时效扑灭率不低于95%达成预期指标';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
    );
    expect(table?.records.map((r) => [r.level2, r.name, r.cells.target])).toEqual([
      ['产出数量', '灭火设备配备率', '100%'],
      ['产出数量', '监控系统维护率', '100%'],
      ['产出质量', '火因查明率', '不低于95%'],
      ['产出质量', '案件查处率', '不低于90%'],
      ['产出时效', '扑灭率', '不低于95%'],
    ]);
  });

  it('is not the start every name shares (县级储备粮…), which runs on into the name', () => {
    const text =
      '一级指标|二级指标|三级指标|年度指标值|全年完成值|未完成原因和改进措施|产出指标|质量指标|县级储备粮管理制度执行率100%100%' +
      '县级储备粮库存变质比例00县级储备粮贷款付息及时率100%100%县级储备粮应急保障率100%100%';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
    );
    expect(table?.records.map((r) => r.name)).toEqual([
      '县级储备粮管理制度执行率',
      '县级储备粮库存变质比例',
      '县级储备粮贷款付息及时率',
      '县级储备粮应急保障率',
    ]);
  });

  it("is cut off the next row's name it ran into", () => {
    const atoms = atomsOf(['道路里程12公里12公里按期完成桥梁数量3座3座按期完成路灯数量20盏20盏按期完成']);
    expect(splitRepeatedLead(atoms).map((a) => a.text)).toEqual([
      '道路里程',
      '12公里',
      '12公里',
      '按期完成',
      '桥梁数量',
      '3座',
      '3座',
      '按期完成',
      '路灯数量',
      '20盏',
      '20盏',
      '按期完成',
    ]);
  });

  it('leaves texts that share no opening words alone', () => {
    const atoms = atomsOf(['道路里程12公里12公里桥梁数量3座3座路灯数量20盏20盏']);
    expect(splitRepeatedLead(atoms)).toEqual(atoms);
  });
});

describe('the words every row’s text ends in before its figures', () => {
  it('are a column of their own where they ran into the figures in one cell', () => {
    const atoms = atomsOf([
      '制度健全制度规定达成预期指标1010档案完整制度规定达成预期指标1010台账齐全制度规定达成预期指标1010',
    ]);
    expect(sharedTail(atoms)).toBe('制度规定达成预期指标');
  });

  it('are part of the names where each name was copied in a cell of its own (one cell per line)', () => {
    // Made for this test after a template variant copied one cell per line: three names ending in (按月平均)(≥**人).
    const cells = [
      '低保发放人数(按月平均)(≥**人)',
      '>=21933人',
      '21980人',
      '5',
      '特困供养人数(按月平均)(≥**人)',
      '>=4754人',
      '4604人',
      '5',
      '临时救助人数(按月平均)(≥**人)',
      '>=7人',
      '7人',
      '10',
    ];
    expect(sharedTail(atomsOf(cells))).toBe('');
    const text = [
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值',
      '实际完成值',
      '权重',
      '产出指标',
      '数量指标',
      ...cells,
    ];
    const table = readEvaluationTableInText(
      segmentText(text.map((c) => ({ ...paragraph(c), table: false }))),
    );
    expect(table?.records.map((r) => r.name)).toEqual(cells.filter((c) => c.includes('按月平均')));
  });
});

describe('a template that scores the whole project cycle', () => {
  it('reads 项目决策 / 项目管理 as 一级 names and 未完成原因分析及改进措施 as one column', () => {
    // Made for this test after an OCR'd 银川 自评表: 三级 | 分值 | 指标值 | 全年实际值 | 得分 | 原因.
    const text =
      '三级指标 分值 指标值 全年实际值 得分 未完成原因分析及改进措施 项目决策(10分) 目标完整性 4 目标明确 目标明确 4 项目管理(25分) 预算执行率 10 100% 100% 9';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split(' ') }]),
    );
    expect(table?.records.map((r) => [r.level1, r.name, r.cells.weight, r.cells.score])).toEqual([
      ['项目决策', '目标完整性', '4', '4'],
      ['项目管理', '预算执行率', '10', '9'],
    ]);
  });
});

describe('a 三级 named like its 一级', () => {
  it('is the indicator where it stands right under the 一级 and a 二级 of its own (满意度指标 | 服务对象满意度指标 | 满意度)', () => {
    // Made for this test after a 云南 自评表 (丽江): the 满意度 row's 三级 is 满意度, a spelling of the 一级.
    const text =
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|产出指标|数量指标|改造里程|12公里|12公里|10|9|' +
      '满意度指标|服务对象满意度指标|满意度|≥95%|96%|10|10';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
    );
    expect(table?.records.map((r) => [r.level1, r.level2, r.name, r.cells.actual])).toEqual([
      ['产出指标', '数量指标', '改造里程', '12公里'],
      ['满意度指标', '服务对象满意度指标', '满意度', '96%'],
    ]);
  });
});

describe('a 三级 worded like its 二级 under a row of the group', () => {
  // Made for this test after a 监控表 copied one cell a line: 服务对象满意度指标 printed once over two rows, the
  // second row's 三级 its 二级 without 指标.
  const read = (second: string) => {
    const text =
      '一级指标|二级指标|三级指标|年初目标值|1-6月执行情况|产出指标|数量指标|新建服务站|15个|6个|' +
      `满意度指标|服务对象满意度指标|服务回访满意率|≥90%|93%|${second}|≥90%|92%`;
    const table = readEvaluationTableInText(
      segmentText(text.split('|').map((c) => ({ ...paragraph(c), table: false }))),
    );
    return table?.records.map((r) => [r.level2, r.name, r.cells.target]);
  };

  it('is the name of the next indicator, not the 二级 opened again', () => {
    expect(read('服务对象满意度')).toEqual([
      ['数量指标', '新建服务站', '15个'],
      ['服务对象满意度指标', '服务回访满意率', '≥90%'],
      ['服务对象满意度指标', '服务对象满意度', '≥90%'],
    ]);
  });

  it('leaves a 二级 printed again as it was (a merged cell repeated) a level', () => {
    expect(read('服务对象满意度指标|游客满意率')).toEqual([
      ['数量指标', '新建服务站', '15个'],
      ['服务对象满意度指标', '服务回访满意率', '≥90%'],
      ['服务对象满意度指标', '游客满意率', '≥90%'],
    ]);
  });
});

describe('a short level name at the end of a name with a bracketed note', () => {
  it('stays part of the name (补助村(社区)数量), while a level after points in brackets is a level', () => {
    // Made for this test after a 安徽 town's 自评表 (.doc text layer on one line): the indicator's name ends in 数量.
    const text =
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8 ' +
      '保障村干部人数 =42个 42 8 8';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split(' ') }]),
    );
    expect(table?.records.map((r) => [r.level2, r.name, r.cells.target, r.cells.score])).toEqual([
      ['数量指标', '补助村(社区)数量', '=8个', '8'],
      ['数量指标', '保障村干部人数', '=42个', '8'],
    ]);
  });

  it('is a level where a space parts it from the name before (补助村(社区) 数量 | …)', () => {
    const text =
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标(50分) 质量 补助村(社区) =8个 8 8 8';
    const table = readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split(' ') }]),
    );
    expect(table?.records.map((r) => [r.level2, r.name])).toEqual([['质量指标', '补助村(社区)']]);
  });
});

describe('a 二级 printed short before a row that lacks its name, under a header without a 二级 column', () => {
  const read = (text: string) =>
    readEvaluationTableInText(
      segmentText([{ ...paragraph(''), table: true, cells: text.split(' ') }]),
    )?.records.map((r) => [r.level2, r.name, r.cells.target, r.cells.weight, r.cells.actual, r.cells.score]);

  it('is the row’s name where given back it fills every column (社会效益 提升 2 提升 2)', () => {
    // Made for this test after wide/474's run-together 自评表 (指标名称 | 目标值 | 权重 | 实际完成值 | 自评分).
    expect(
      read('指标名称 目标值 权重 实际完成值 自评分 整体景观效果 提升 2 提升 2 社会效益 提升 2 提升 2'),
    ).toEqual([
      [null, '整体景观效果', '提升', '2', '提升', '2'],
      [null, '社会效益', '提升', '2', '提升', '2'],
    ]);
  });

  it('stays the rows’ 二级 where the rows after it are whole (社会效益 带动就业人数 100人 2 100人 2)', () => {
    expect(
      read(
        '指标名称 目标值 权重 实际完成值 自评分 整体景观效果 提升 2 提升 2 社会效益 带动就业人数 100人 2 100人 2',
      ),
    ).toEqual([
      [null, '整体景观效果', '提升', '2', '提升', '2'],
      ['社会效益指标', '带动就业人数', '100人', '2', '100人', '2'],
    ]);
  });
});
