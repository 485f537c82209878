import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { retabulate } from './cell-stream.ts';
import { SPLIT_CONFIDENCE, STREAM_CONFIDENCE } from './cell-stream-confidence.ts';
import { importRows, importText } from '../import-document.ts';

const stream = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
const cellsOf = (rows: Row[]) => rows.map((r) => r.cells);
/** The header of a project form's indicator table. */
const PROJECT_BAND = ['一级指标', '二级指标', '三级指标', '指标值'];
/** A project form's head (项目名称 X, 单位名称 Y) and its indicator header, one cell per line; then `rest`. */
const headedStream = (...rest: string[]) =>
  stream('项目名称', 'X', '单位名称', 'Y', ...PROJECT_BAND, ...rest);

describe('rebuilding rows from one cell per line', () => {
  it('pairs labels with their values and rebuilds the indicator rows under the header', () => {
    const rows = retabulate(
      stream(
        '项目名称',
        '县道改造',
        '主管部门',
        '县交通运输局',
        '资金情况（万元）',
        '年度资金总额：',
        '120',
        '绩效指标',
        '一级指标',
        '二级指标',
        '三级指标',
        '指标值',
        '产出指标',
        '数量指标',
        '改造里程',
        '≥10公里',
        '质量指标',
        '验收合格率',
        '100%',
        '满意度指标',
        '服务对象满意度指标',
        '群众满意度',
        '≥90%',
      ),
    );
    expect(cellsOf(rows)).toEqual([
      ['项目名称', '县道改造'],
      ['主管部门', '县交通运输局'],
      ['资金情况（万元）', '年度资金总额：', '120'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['', '产出指标', '数量指标', '改造里程', '≥10公里'],
      ['', '', '质量指标', '验收合格率', '100%'],
      ['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    expect(rows.every((r) => r.confidence === STREAM_CONFIDENCE)).toBe(true);
    expect(rows[0]!.line).toBe(1);
  });

  it('places tokens by the column concepts: 计量单位 and 指标性质 before the value, an empty cell kept empty', () => {
    const blank: Row = { cells: [''], table: true, line: 99 };
    const rows = retabulate([
      ...stream('项目名称', '补助', '单位名称', '某镇', '指标', '指标权重', '计量单位', '指标性质', '指标值'),
      ...stream('发放人数', '20', '人', '≥', '80'),
      ...stream('保障权益', '20'),
      blank,
      ...stream('定性'),
      blank,
      ...stream('按月发放', '20', '次', '=', '1'),
    ]);
    expect(cellsOf(rows).slice(3)).toEqual([
      ['发放人数', '20', '人', '≥', '80'],
      ['保障权益', '20', '', '定性', ''],
      ['按月发放', '20', '次', '=', '1'],
    ]);
  });

  it('splits run-together rows and gives them a lower confidence', () => {
    const rows = retabulate(
      stream(
        '部门(单位)名称某街道办事处区级支出预算总量3724.39',
        '绩效指标指标名称指标权重计量单位指标性质指标值',
        '预算执行率10%=100',
        '开展文艺活动场次1020',
      ),
    );
    expect(cellsOf(rows)).toEqual([
      ['部门(单位)名称', '某街道办事处'],
      ['区级支出预算总量', '3724.39'],
      ['绩效指标', '指标名称', '指标权重', '计量单位', '指标性质', '指标值'],
      ['', '预算执行率', '10', '%', '=', '100'],
      // A weight seen before (10) fused with the value after it.
      ['', '开展文艺活动场次', '10', '', '', '20'],
    ]);
    expect(rows[0]!.confidence).toBe(SPLIT_CONFIDENCE);
  });

  it('leaves prose, tables and disclosures alone', () => {
    const prose = stream('单位名称：某局', '单位：万元', '2020 年部门收入预算4804.64万元。');
    expect(retabulate(prose)).toEqual(prose);
    const table: Row[] = [{ cells: ['项目名称', '县道改造'], table: true, line: 1 }];
    expect(retabulate(table)).toEqual(table);
  });

  it('is bounded on a long stream of labels and values', () => {
    const rows = stream(...Array.from({ length: 20_000 }, (_, k) => (k % 2 === 0 ? '项目名称' : `项目${k}`)));
    const out = retabulate(rows);
    expect(out).toHaveLength(10_000);
    expect(out[1]!.cells).toEqual(['项目名称', '项目3']);
  });

  it('ends the indicator rows at a signature block, even under a row still waiting for its value', () => {
    const rows = retabulate(
      headedStream('产出指标', '数量指标', '甲乙', '填表人', '张三', '财政资金管理科室(盖章)', '年 月 日'),
    );
    expect(cellsOf(rows)[3]).toEqual(['产出指标', '数量指标', '甲乙', '']);
    // Outside the table, each as it came.
    expect(rows.slice(4).map((r) => r.cells.join(''))).toEqual([
      '填表人',
      '张三',
      '财政资金管理科室(盖章)',
      '年 月 日',
    ]);
  });

  it('ends the indicator rows at a note or a title', () => {
    const rows = retabulate(
      headedStream(
        '产出指标',
        '数量指标',
        '甲乙',
        '1个',
        '注：各地请根据实际情况填报。',
        '2023年项目绩效目标表',
      ),
    );
    expect(cellsOf(rows).slice(-3)).toEqual([
      ['产出指标', '数量指标', '甲乙', '1个'],
      ['注：各地请根据实际情况填报。'],
      ['2023年项目绩效目标表'],
    ]);
  });
});

describe('a head field label inside the indicator rows', () => {
  const form = (name: string, value: string) =>
    stream(
      '项目名称',
      'X',
      '主管部门',
      'Y',
      ...PROJECT_BAND,
      '产出指标',
      '成本指标',
      name,
      value,
      '数量指标',
      '开展送戏进村',
      '≥70村',
      '项目负责人',
      '张三',
    );

  it('is the indicator’s name where the row awaits one and a value follows (成本指标 | 项目金额 | 5万元)', () => {
    // Made for this test after a template variant of a project form copied one cell per line.
    expect(cellsOf(retabulate(form('项目金额', '5万元'))).slice(3, 5)).toEqual([
      ['产出指标', '成本指标', '项目金额', '5万元'],
      ['', '数量指标', '开展送戏进村', '≥70村'],
    ]);
  });

  it('is the whole name where a line opens with a label the tokens cut it at (项目资金使用合规性 | 不低于95%)', () => {
    expect(cellsOf(retabulate(form('项目资金使用合规性', '不低于95%')))[3]).toEqual([
      '产出指标',
      '成本指标',
      '项目资金使用合规性',
      '不低于95%',
    ]);
  });

  it('still ends the rows after a complete row, its value no figure (项目负责人 | 张三)', () => {
    const rows = cellsOf(retabulate(form('项目金额', '5万元')));
    expect(rows.at(-1)).toEqual(['项目负责人', '张三']);
  });
});

describe('an indicator row copied with single spaces between its cells', () => {
  const text = [
    '项目名称 某项目',
    '绩效指标 一级指标 二级指标 三级指标 指标值 备注',
    '产出指标 数量指标 建设工程 >=20平方米',
    '流转土地 >=60亩',
    '效益指标 经济效益指标 带动增加村收入(≥**万元) >=6万元',
    '带动增加人口收入(≥**万元) >=2.61万元',
    '完成情况 良好',
  ].join('\n');
  const read = () => {
    const form = importText(text)[0];
    return form?.kind === 'project' ? form.indicators.map((i) => [i.name, i.target.raw]) : [];
  };

  it('parts the operator-led value after the last space from the name, also after a bracketed operator', () => {
    expect(read()).toContainEqual(['流转土地', '>=60亩']);
    expect(read()).toContainEqual(['带动增加人口收入(≥**万元)', '>=2.61万元']);
  });

  it('leaves a row whose last word is no operator-led value whole', () => {
    expect(read().map(([name]) => name)).not.toContain('完成情况');
  });
});

describe('a 自评表 written one cell per line', () => {
  const band = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const cells = [
    '项目名称',
    '县道改造',
    '主管部门',
    '县交通运输局',
    ...band,
    '产出指标',
    '数量指标',
    '改造里程',
    '12公里',
    '12公里',
    '10',
    '10',
  ];

  it('leaves the rows under its band to the 自评表 reader, which places actuals and scores by meaning', () => {
    const rows = retabulate(stream(...cells));
    // Rebuilt under the project form's columns, 实际完成值 and 得分 would fall out of the header row.
    expect(rows.some((r) => r.cells.includes('年度指标值') && r.table)).toBe(false);
    expect(cellsOf(rows).slice(-7)).toEqual([
      ['产出指标'],
      ['数量指标'],
      ['改造里程'],
      ['12公里'],
      ['12公里'],
      ['10'],
      ['10'],
    ]);
  });

  it("still rebuilds a project form's band written the same way", () => {
    const project = [
      '项目名称',
      '县道改造',
      '主管部门',
      '县交通运输局',
      ...PROJECT_BAND,
      '产出指标',
      '数量指标',
      '改造里程',
      '12公里',
    ];
    expect(cellsOf(retabulate(stream(...project)))).toContainEqual([
      '产出指标',
      '数量指标',
      '改造里程',
      '12公里',
    ]);
  });
});

describe('an indicator table with a 指标解释 column before the value, copied with single spaces', () => {
  const text = [
    '部门整体支出绩效目标表',
    '部门(单位)名称 某某研究室 部门预算编码 901001033',
    '资金总额 171.41',
    '一级指标 二级指标 三级指标 指标解释 目标值',
    '产出指标 数量指标 资金供应时效 100%(历史标准) 100%',
    '按年度发放奖励补贴 60% ≥60%',
    '质量指标 覆盖率 90%(计划标准) 1',
    '各类书籍审稿率 100%(计划标准) 1',
  ].join('\n');
  const form = () => importText(text)[0];
  const read = () => {
    const f = form();
    return f?.kind === 'department' ? f.indicators.map((i) => [i.name, i.target.raw]) : [];
  };

  it('reads the last word as the value and the one before it as the explanation', () => {
    expect(read()).toContainEqual(['按年度发放奖励补贴', '≥60%']);
    expect(read()).toContainEqual(['各类书籍审稿率', '1']);
  });

  it('ends the department name at the next label of the line (部门预算编码)', () => {
    const f = form();
    expect(f?.kind === 'department' ? f.department : null).toBe('某某研究室');
  });
});

describe('an indicator row whose cells ran together, the value glued to the name', () => {
  const text = [
    '绩效目标表',
    '项目名称农村学校改造补助资金',
    '绩效指标一级指标二级指标指标内容指标值',
    '产出指标数量指标学校改造覆盖率100%',
    '质量指标校舍维修质量合格率100%',
    '设施设备质量合格率100%',
    '效益指标可持续影响指标义务教育均衡发展情况稳步提高',
    '社会公众或服务对象满意度指标学生家长满意度≥90%',
    '学校满意度≥90%',
    '附件:',
    '扫一扫在手机打开当前页',
  ].join('\n');
  const read = () => {
    const form = importText(text)[0];
    return form?.kind === 'project' ? form.indicators.map((i) => [i.name, i.target.raw]) : [];
  };

  it('cuts the percentage or operator-led value off the name, so the next row is not taken for the value', () => {
    expect(read()).toContainEqual(['校舍维修质量合格率', '100%']);
    expect(read()).toContainEqual(['设施设备质量合格率', '100%']);
    expect(read()).toContainEqual(['学校满意度', '≥90%']);
  });

  it('cuts a qualitative value of the lexicon (稳步提高) off the end of the name', () => {
    expect(read()).toContainEqual(['义务教育均衡发展情况', '稳步提高']);
  });

  it('ends the indicator rows at 附件:', () => {
    expect(read().flat()).not.toContain('附件:');
    expect(read().flat()).not.toContain('扫一扫在手机打开当前页');
  });
});

describe('a form with 长期 and 年度 column groups, one cell per line', () => {
  const rows = () =>
    retabulate(
      stream(
        '项目名称',
        '教育设施建设',
        '主管部门',
        '及编码',
        '[015001]某区教育局',
        '一级指标',
        '二级指标(长期)',
        '三级指标(长期)',
        '指标值(长期)',
        '二级指标(年度)',
        '三级指标(年度)',
        '指标值(年度)',
        '产出指标',
        '数量指标',
        '数量指标',
        '工程安排数量',
        '2',
        '产出指标',
        '成本指标',
        '成本指标',
        '建设项目成本',
        '参照政府采购成本控制',
      ),
    );

  it('joins a label broken over two lines into the label the lexicon knows (主管部门 / 及编码)', () => {
    expect(cellsOf(rows())).toContainEqual(['主管部门及编码', '[015001]某区教育局']);
  });

  it('puts the 二级 written again into the 年度 group, the name and value after it', () => {
    expect(cellsOf(rows())).toContainEqual(['产出指标', '数量指标', '', '', '数量指标', '工程安排数量', '2']);
    expect(cellsOf(rows())).toContainEqual([
      '产出指标',
      '成本指标',
      '',
      '',
      '成本指标',
      '建设项目成本',
      '参照政府采购成本控制',
    ]);
  });
});

describe('a fused indicator row under a header with a 分值 column but no 指标性质 or 计量单位 column', () => {
  const text = [
    '项目名称 某建设项目',
    '一级指标 二级指标 三级指标 指标值 分值 指标解释',
    '成本指标 经济成本指标 项目建设成本 ≤65万元 10',
  ].join('\n');

  it('keeps the operator, the number and the unit of the value together, the 分值 apart', () => {
    const form = importText(text)[0];
    const read = form?.kind === 'project' ? form.indicators.map((i) => [i.name, i.target.raw]) : [];
    expect(read).toContainEqual(['项目建设成本', '≤65万元']);
  });
});

describe('a head row whose labels are printed before their values (run-together text)', () => {
  // Made for this test in the shape of corpus wide 118: 部门名称 填报人, then the department and the person.
  it('gives two labels in a row the two values after them, in order', () => {
    const rows = retabulate(
      stream(
        '附件 2: 部门整体支出绩效目标申报表 部门名称 填报人 某市某局 张三 联系电话 12345678 部门职能概述 （一）负责全市工作。（二）组织专题调查研究，及时反映情况，提出建议。',
      ),
    );
    expect(cellsOf(rows)).toContainEqual(['部门名称', '某市某局']);
    expect(cellsOf(rows)).toContainEqual(['填报人', '张三']);
  });

  it('leaves a label with its value beside it as it was', () => {
    const rows = retabulate(
      stream(
        '附件 2: 部门整体支出绩效目标申报表 部门名称 某市某局 填报人 张三 联系电话 12345678 部门职能概述 （一）负责全市工作。（二）组织专题调查研究，及时反映情况，提出建议。',
      ),
    );
    expect(cellsOf(rows)).toContainEqual(['部门名称', '某市某局']);
    expect(cellsOf(rows)).toContainEqual(['填报人', '张三']);
  });
});

describe('a 自评表 whose cells ran together, its header in two bands', () => {
  // Made for this test after a run-together 云南 自评表: 年度指标值 printed over 指标性质 | 指标值 | 度量单位, and
  // 实际完成值 | 分值 | 得分 | 偏差原因 in the band above 一级 | 二级 | 三级 (得分 and 偏差原因 run into one heading).
  const text =
    '项目支出绩效自评表项目名称县道改造主管部门县交通运输局绩效指标年度指标值实际完成值分值得分偏差原因分析及改进措施' +
    '一级指标二级指标三级指标指标性质指标值度量单位产出指标数量指标改造里程﹦12公里1210.009.00' +
    '质量指标验收合格率﹦100%1002019';

  it('keeps the figures after the rebuilt columns on their row, for the 自评表 reader to place', () => {
    const rows = cellsOf(retabulate([paragraph(text, 1)]));
    expect(rows).toContainEqual(['产出指标', '数量指标', '改造里程', '﹦', '12', '公里', '1210.009.00']);
    expect(rows).toContainEqual(['', '质量指标', '验收合格率', '﹦', '100', '%', '1002019']);
  });

  it('reads actual, 分值 and 得分 out of the run-together figures', () => {
    const read = importRows('text', [paragraph(text, 1)]);
    const doc = read.ok ? read.evaluations[0] : undefined;
    expect(
      doc?.kind === 'self-evaluation' && doc.indicators.map((i) => [i.name, i.actual.raw, i.weight, i.score]),
    ).toEqual([
      ['改造里程', '12', '10.00', '9.00'],
      ['验收合格率', '100', '20', '19'],
    ]);
  });
});

describe('a label line whose value repeats the title', () => {
  it('is read as labels and values, not kept whole as a title line (项目名称 …支出绩效自评表)', () => {
    // Made for this test after wide/122 (云南 丽江) copied with single spaces: the name cell repeats the title.
    const rows = retabulate(
      stream(
        '2020年度项目支出绩效自评表',
        '项目名称 2020年省级卫片执法补助经费支出绩效自评表',
        '主管部门 某市自然资源局 实施单位 某区自然资源局',
      ),
    );
    expect(cellsOf(rows)).toContainEqual(['项目名称']);
    expect(cellsOf(rows)).toContainEqual(['2020年省级卫片执法补助经费支出绩效自评表']);
    expect(cellsOf(rows)).toContainEqual(['主管部门', '某市自然资源局']);
    expect(cellsOf(rows)).toContainEqual(['实施单位', '某区自然资源局']);
  });
});

describe('a name ending in a qualitative word, one cell per line', () => {
  const head = ['项目名称', '麻风病防治', '主管部门', '卫生局', '一级指标', '二级指标', '三级指标', '指标值'];

  it('keeps the word in the name where a figure of its own follows as the value', () => {
    // Made for this test after a template variant copied one cell per line (知晓率显著提升 | 100%).
    const rows = retabulate(
      stream(...head, '效益指标', '社会效益指标', '群众防治知识知晓率显著提升', '100%'),
    );
    expect(cellsOf(rows)).toContainEqual(['效益指标', '社会效益指标', '群众防治知识知晓率显著提升', '100%']);
  });

  it('still reads the word as the value where no figure follows, or only a bare number', () => {
    const alone = retabulate(
      stream(...head, '效益指标', '社会效益指标', '群众防治意识显著提升', '服务能力', '持续加强'),
    );
    expect(cellsOf(alone)).toContainEqual(['效益指标', '社会效益指标', '群众防治意识', '显著提升']);
  });
});

describe('a label broken over two lines before a word that is a label of its own', () => {
  // Made for this test in the shape of a 专项转移支付区域绩效目标表 one cell per paragraph (wide/378's template):
  // the label 主管部门(单位)名称及部门预算编码 broken at the cell's width after 及, its second line 部门预算编码 a
  // label the lexicon knows alone.
  const rows = (second: string) =>
    retabulate(
      stream(
        '项目名称',
        '某某补助资金',
        '主管部门(单位)名称及',
        second,
        '某县民政局',
        '资金情况(万元)',
        '资金总额',
        '10',
      ),
    );

  it('joins the two lines into the label the lexicon knows whole, the next line its value', () => {
    expect(cellsOf(rows('部门预算编码'))).toContainEqual(['主管部门(单位)名称及部门预算编码', '某县民政局']);
  });

  it('leaves two lines apart where together they spell no label', () => {
    expect(cellsOf(rows('部门编码')).flat()).not.toContain('主管部门(单位)名称及部门编码');
  });
});

describe('a figure with its unit where the next row’s name stands, one cell per line', () => {
  // Made for this test in the shape of issue 12's headColumn variants of wide/523 (an indicator named by its amount,
  // 20万元 | 100%, under 三级 | 指标值 alone); names and figures invented.
  const head = [
    '项目名称',
    '支部书记补贴',
    '主管部门',
    '某镇人民政府',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
  ];

  it('names the next row where a value of its own follows on the next line', () => {
    const rows = retabulate(
      stream(...head, '产出指标', '数量指标', '补贴发放人数', '100%', '30万元', '100%', '按时发放率', '100%'),
    );
    expect(cellsOf(rows)).toContainEqual(['', '', '30万元', '100%']);
    expect(cellsOf(rows)).toContainEqual(['', '', '按时发放率', '100%']);
  });

  it('drops a bare number there (a template’s points), the next name still a row', () => {
    const rows = retabulate(
      stream(...head, '产出指标', '数量指标', '补贴发放人数', '100%', '30', '按时发放率', '100%'),
    );
    expect(cellsOf(rows).filter((r) => r.includes('30'))).toEqual([]);
    expect(cellsOf(rows)).toContainEqual(['', '', '按时发放率', '100%']);
  });
});
