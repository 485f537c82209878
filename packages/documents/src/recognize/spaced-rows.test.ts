import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { spacedParts, splitSpacedRows, withUnitsJoined } from './spaced-rows.ts';

const lines = (...texts: string[]): Row[] => texts.map((t, k) => paragraph(t, k + 1));
const cells = (rows: Row[]) => rows.map((r) => r.cells);

describe('the words of a line with one space between cells', () => {
  it('keeps letter-spaced words whole, also after a row number', () => {
    expect(spacedParts('服 务 对 象 满 意 度 ≥90% 95% 10 10')).toEqual([
      '服务对象满意度',
      '≥90%',
      '95%',
      '10',
      '10',
    ]);
    expect(spacedParts('指标1:服 务 对 象 满 意 度 95%')).toEqual(['指标1:服务对象满意度', '95%']);
    expect(spacedParts('社会效益指标 指标1:工程质量合格 10 10')).toEqual([
      '社会效益指标',
      '指标1:工程质量合格',
      '10',
      '10',
    ]);
  });

  it('keeps one character written twice as two cells', () => {
    // Before: 是是 as one letter-spaced word, the actual lost.
    expect(spacedParts('种薯采购价格不高于市场价 是 是 10 10')).toEqual([
      '种薯采购价格不高于市场价',
      '是',
      '是',
      '10',
      '10',
    ]);
    // A word spaced out still runs on, also over a character it repeats later.
    expect(spacedParts('服 务 对 象 满 意 度 95%')).toEqual(['服务对象满意度', '95%']);
  });

  it('keeps a figure that opens a name with the name, where the name stands', () => {
    // Before: 7 as a cell of its own, the name 岁以下儿童健康管理率 and the row's 指标值 shifted.
    expect(spacedParts('产出指标 质量指标 7 岁以下儿童健康管理率 ≧85%')).toEqual([
      '产出指标',
      '质量指标',
      '7 岁以下儿童健康管理率',
      '≧85%',
    ]);
    // After the name a figure is a value, whatever follows it.
    expect(spacedParts('资金发放率 100 100 按期发放')).toEqual(['资金发放率', '100', '100', '按期发放']);
  });

  it("takes a word worded as a level after the row's 二级 for the name, the figure after it a value", () => {
    // Made for this test after wide/474's variant copied with single spaces: before, 社会效益 counted as a third
    // level and its points 2 joined the worded target (2 提升), the 分值 lost.
    expect(spacedParts('效益指标 社会效益指标 社会效益 2 提升 2 提升')).toEqual([
      '效益指标',
      '社会效益指标',
      '社会效益',
      '2',
      '提升',
      '2',
      '提升',
    ]);
  });

  it('keeps an operator with its number and a number with its sign', () => {
    expect(spacedParts('合格率 ≥ 90 % 95 %')).toEqual(['合格率', '≥90%', '95%']);
  });

  it('joins a heading or a level written in two words', () => {
    expect(spacedParts('一级 指标 二级指标 年度指标值')).toEqual(['一级指标', '二级指标', '年度指标值']);
    expect(spacedParts('资金情况 (万元) 全年预算数')).toEqual(['资金情况(万元)', '全年预算数']);
    expect(spacedParts('社会效益 指标 受益人数 90人')).toEqual(['社会效益指标', '受益人数', '90人']);
  });
});

describe('single-spaced rows under a 自评表 header', () => {
  it('cuts the header, the budget rows and the indicator rows into cells, leaving other lines', () => {
    const rows = splitSpacedRows(
      lines(
        '项目名称 某某水利工程 2023 年度',
        '项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
        '年度资金总额: 880 880 880 10 100% 10',
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '质量指标',
        '数量指标 指标1:完成XX项目数量 1 1 10 10',
        '指标2:',
      ),
    );
    expect(cells(rows)).toEqual([
      ['项目名称 某某水利工程 2023 年度'],
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额:', '880', '880', '880', '10', '100%', '10'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['质量指标'],
      ['数量指标', '指标1:完成XX项目数量', '1', '1', '10', '10'],
      ['指标2:'],
    ]);
    expect(rows[4]!.table).toBe(true);
    expect(rows[6]!.table).toBe(false);
  });

  it("leaves a project form's single-spaced table to its reader (分值 alone names no 自评表)", () => {
    const text = ['一级指标 二级指标 三级指标 指标值 分值', '产出指标 数量指标 出差人数 =8 4'];
    expect(cells(splitSpacedRows(lines(...text)))).toEqual(text.map((t) => [t]));
  });

  it('cuts the 总分 row under the table, which has no level', () => {
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '数量指标 完成数量 1 1 10 10',
        '总分 100 90',
      ),
    );
    expect(rows[2]!.cells).toEqual(['总分', '100', '90']);
  });

  it('stops at prose after the table', () => {
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '数量指标 完成数量 1 1 10 10',
        '说明：本表所列 2023 年度指标 均已 按期完成，其中 3 项 超额完成，详见 自评报告 附件',
        '其他 3 项',
      ),
    );
    expect(cells(rows).slice(2)).toEqual([
      ['说明：本表所列 2023 年度指标 均已 按期完成，其中 3 项 超额完成，详见 自评报告 附件'],
      ['其他 3 项'],
    ]);
  });
});

describe('a target table whose header is printed in two rows, copied with single spaces', () => {
  it('joins the two rows column by column and cuts the rows under it', () => {
    const rows = splitSpacedRows(
      lines(
        '一级 二级 三级 目标值',
        '指标 指标 指标',
        '产出指标 数量指标 道路硬化里程 ≥ 100 公里',
        '        年增粮食 3500 公斤',
      ),
    );
    // No 度量单位 column: a unit word apart from its figure is the figure's (withUnitsJoined).
    expect(cells(rows)).toEqual([
      ['一级指标', '二级指标', '三级指标', '目标值'],
      ['产出指标', '数量指标', '道路硬化里程', '≥100公里'],
      ['年增粮食', '3500公斤'],
    ]);
  });

  it('keeps two pieces side by side (指标 权重) in their own columns', () => {
    const rows = splitSpacedRows(
      lines(
        '一级 二级 三级 完成值 指标 未完 得分 计算 计划 计量',
        '指标 指标 指标 权重 成原因和改进措施 符号 指标值 单位',
        '产出指标 成本指标 项目计划总投资 20万元 10 10 20 万元',
      ),
    );
    expect(cells(rows)[0]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '完成值',
      '指标权重',
      '未完成原因和改进措施',
      '得分',
      '计算符号',
      '计划指标值',
      '计量单位',
    ]);
    expect(cells(rows)[1]).toHaveLength(8);
  });

  it('leaves two lines of words that do not make an indicator header as they are', () => {
    const rows = splitSpacedRows(lines('一级 二级 三级', '按期 完成 建设'));
    expect(cells(rows)).toEqual([['一级 二级 三级'], ['按期 完成 建设']]);
  });
});

describe('a form head of one label and value a line, above a header the rows are cut under', () => {
  it('cuts each head line into its label and value', () => {
    const rows = splitSpacedRows(
      lines(
        '项目支出绩效目标表',
        '项目全称 某某纪念馆免费开放补助资金',
        '项目执行单位 某某纪念馆',
        '资金总额(元) 200,000.00',
        '一级指标 二级指标 三级指标 目标值',
        '产出指标 数量指标 免费开放天数 =300天',
      ),
    );
    expect(cells(rows)).toEqual([
      ['项目支出绩效目标表'],
      ['项目全称', '某某纪念馆免费开放补助资金'],
      ['项目执行单位', '某某纪念馆'],
      ['资金总额(元)', '200,000.00'],
      ['一级指标', '二级指标', '三级指标', '目标值'],
      ['产出指标', '数量指标', '免费开放天数', '=300天'],
    ]);
  });

  it('stops at a budget block’s figures: the head above them is read with the block', () => {
    const rows = splitSpacedRows(
      lines(
        '项目名称 某某扶助',
        '   (二)自有资金小计 0.00',
        '       1、事业收入 0.00',
        '一级指标 二级指标 三级指标 目标值',
      ),
    );
    expect(cells(rows).slice(0, 3)).toEqual([
      ['项目名称 某某扶助'],
      ['   (二)自有资金小计 0.00'],
      ['       1、事业收入 0.00'],
    ]);
  });

  it('cuts every head line above a budget line of pairs, not the last one only', () => {
    // Made for this test after a single-spaced variant of wide/391 (裕安, 安徽): two head lines over budget lines
    // of a label, a column and a figure.
    const rows = splitSpacedRows(
      lines(
        '绩效目标自评表',
        '项目(专项)名称 某某专项经费',
        '主管部门及代码 某某局',
        '项目资金(元) 全年预算数(A) 290000.00',
        '项目资金(元) 全年执行数(B) 278000.00',
      ),
    );
    expect(cells(rows).slice(0, 3)).toEqual([
      ['绩效目标自评表'],
      ['项目(专项)名称', '某某专项经费'],
      ['主管部门及代码', '某某局'],
    ]);
  });

  it('leaves such lines alone where no table header follows', () => {
    const rows = splitSpacedRows(lines('项目全称 某某纪念馆免费开放补助资金', '项目执行单位 某某纪念馆'));
    expect(cells(rows)).toEqual([['项目全称 某某纪念馆免费开放补助资金'], ['项目执行单位 某某纪念馆']]);
  });
});

describe('a row whose value is written with a comparator in words', () => {
  it('is a row of the table, not the end of the name above', () => {
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 指标名称 指标目标值',
        '产出指标 质量指标 竣工验收合格率 100%',
        '        完工项目县畜禽粪污综合利用率 不低于90%',
      ),
    );
    expect(cells(rows).at(-1)).toEqual(['完工项目县畜禽粪污综合利用率', '不低于90%']);
    // A line of words without any figure stays one cell (a name the width broke off).
    expect(cells(splitSpacedRows(lines('一级指标 二级指标 指标名称 指标目标值', '    不低于 标准')))).toEqual(
      [['一级指标', '二级指标', '指标名称', '指标目标值'], ['不低于标准']],
    );
  });
});

describe('a row opened by its number (指标2:…) whose target and actual are sentences', () => {
  it('is a row of the table, cut at its spaces, and keeps the table open for the rows after it', () => {
    // Made for this test after wide/390 (旺苍, 四川): a 区域 自评表 copied with single spaces, its text cells
    // written as sentences with their figures inside, the second row without its 二级.
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施',
        '数量指标  指标1:补助卫生室覆盖率 补助卫生室12个。 本年度已补助12个卫生室。',
        ' 指标2:补助村医人数 补助村医30名。 本年度已补助30名村医。',
        '质量指标  指标1:补助资金足额 12个卫生室 100%',
      ),
    );
    expect(cells(rows).slice(2)).toEqual([
      ['指标2:补助村医人数', '补助村医30名。', '本年度已补助30名村医。'],
      ['质量指标', '指标1:补助资金足额', '12个卫生室', '100%'],
    ]);
    // Words without a figure, a level or a row's number after the rows stay one line (no row of the table).
    expect(
      cells(
        splitSpacedRows(
          lines(
            '一级指标 二级指标 三级指标 年度指标值 全年完成值 分值',
            ' 资金 足额 拨付 到位 及时 完成 全部 情况 说明 附后',
          ),
        ),
      )[1],
    ).toEqual([' 资金 足额 拨付 到位 及时 完成 全部 情况 说明 附后']);
  });
});

describe('a unit word written apart from its figure', () => {
  it('joins the figure under a header without a 度量单位 column', () => {
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 目标值 指标得分 实际完成情况',
        '产出指标 数量指标 一、示范区建立 ≥ 20000 亩 15 20000亩',
        '产出指标 数量指标 受益农户数 5000 户 5 5000户',
      ),
    );
    // Before: ≥20000 | 亩, and the 亩 read into the actual's column (亩；20000亩).
    expect(cells(rows).slice(1)).toEqual([
      ['产出指标', '数量指标', '一、示范区建立', '≥20000亩', '15', '20000亩'],
      ['产出指标', '数量指标', '受益农户数', '5000户', '5', '5000户'],
    ]);
  });

  it('leaves a word that is more than a unit, and the unit under a 度量单位 column, apart', () => {
    expect(withUnitsJoined(['10', '人均收入', '≥3000元'])).toEqual(['10', '人均收入', '≥3000元']);
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 目标值 度量单位 实际完成值',
        '产出指标 数量指标 受益农户数 5000 户 5000户',
      ),
    );
    expect(cells(rows)[1]).toEqual(['产出指标', '数量指标', '受益农户数', '5000', '户', '5000户']);
  });
});

describe('a single-spaced row whose target and actual are answers (是 / 否)', () => {
  const head = '一级指标 二级指标 指标名称 实际完成情况 指标目标值';

  it('is a row of name, target and actual, not a name written in three words', () => {
    // Before: 评审程序是否公正是是 as one name, its target and actual lost.
    const rows = splitSpacedRows(
      lines(head, '产出指标 数量指标 应征入伍人数 66人 60人', '    评审程序是否公正 是 是'),
    );
    expect(rows[2]!.cells).toEqual(['评审程序是否公正', '是', '是']);
  });

  it('leaves a name written apart from its phase as one name', () => {
    const rows = splitSpacedRows(
      lines(head, '产出指标 数量指标 应征入伍人数 66人 60人', '    年增粮食 二期'),
    );
    expect(rows[2]!.cells).toEqual(['年增粮食二期']);
  });
});

describe('a single-spaced row whose target and actual are the same words', () => {
  it('is a row of name, target and actual, not a name written in three words', () => {
    // Made for this test after wide/482's variants copied with single spaces: before, 家长接送负担减轻情况有效减轻
    // 有效减轻 as one name, its target and actual lost.
    const head = '一级指标 二级指标 指标名称 年初目标值 截至7月底完成值 偏差原因';
    const rows = splitSpacedRows(
      lines(head, '产出指标 数量指标 覆盖学校数 64所 64所', '    家长接送负担减轻情况 有效减轻 有效减轻'),
    );
    expect(rows[2]!.cells).toEqual(['家长接送负担减轻情况', '有效减轻', '有效减轻']);
  });
});

describe('an indicator header in two rows under a budget block', () => {
  it('joins the two rows column by column: the budget block is no indicator table', () => {
    // Made for this test after wide/482's variants (a 监控表) copied with single spaces: before, the header's two
    // rows stayed as they were under the budget block, and the rows lost their columns.
    const rows = splitSpacedRows(
      lines(
        '项目资金(万元) 全年预算数 1-7月执行数 执行率',
        '资金总额 650.00 468.00 65.00%',
        '一级 二级 指标 年初 截至 偏差',
        '指标 指标 名称 目标值 7月底完成值 原因',
        '产出指标 成本指标 生均课后服务补助 <=300元/学期 280元/学期',
      ),
    );
    expect(cells(rows).slice(2)).toEqual([
      ['一级指标', '二级指标', '指标名称', '年初目标值', '截至7月底完成值', '偏差原因'],
      ['产出指标', '成本指标', '生均课后服务补助', '<=300元/学期', '280元/学期'],
    ]);
  });
});

describe('a single-spaced row of a 自评表 whose target and actual are worded', () => {
  // Made for this test after wide/445's and wide/515's variants copied with single spaces: before, 养护长效机制已建立
  // 建立健全 and 经费支出合规性严格执行相关财经法规制度 as one name each, their target and actual lost.
  const head = '一级指标 二级指标 指标名称 全年实际完成值 年度指标值 偏差原因';
  const above = '产出指标 数量指标 危桥改造座数 4座 4座';

  it('is a row of name, actual and target', () => {
    const rows = splitSpacedRows(lines(head, above, '    某项管理机制 已建立 建立健全'));
    expect(rows[2]!.cells).toEqual(['某项管理机制', '已建立', '建立健全']);
  });

  it('is a row of name and one worded value', () => {
    const rows = splitSpacedRows(lines(head, above, '    某项经费合规性 严格执行财经制度'));
    expect(rows[2]!.cells).toEqual(['某项经费合规性', '严格执行财经制度']);
  });

  it('is a row where its worded cells list tasks with their months', () => {
    // Made for this test after wide/427's variant copied with single spaces: before, the line was one cell and
    // closed the table, every row after it run together.
    const rows = splitSpacedRows(
      lines(head, above, '    上半年完成资料整理;下半年完成方案 完成 6月份完成资料整理;9月份完成文本'),
    );
    expect(rows[2]!.cells).toEqual([
      '上半年完成资料整理;下半年完成方案',
      '完成',
      '6月份完成资料整理;9月份完成文本',
    ]);
  });

  it('leaves such words one name under a target table, and a name with its phase one name', () => {
    const target = '一级指标 二级指标 三级指标 指标值';
    const rows = splitSpacedRows(
      lines(target, '产出指标 数量指标 危桥改造座数 4座', '    某项管理机制 已建立 建立健全'),
    );
    expect(rows[2]!.cells).toEqual(['某项管理机制已建立建立健全']);
    expect(splitSpacedRows(lines(head, above, '    年增粮食 二期'))[2]!.cells).toEqual(['年增粮食二期']);
  });
});
