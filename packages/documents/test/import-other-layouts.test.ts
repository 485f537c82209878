// Documents of the same kinds in layouts the seeds do not show (other provinces' templates), written by hand
// from the published templates: the importer must read them without special cases.
import { describe, expect, it } from 'vitest';
import type { DepartmentForm, ProjectForm } from '@jixiao/core';
import { readFileSync } from 'node:fs';
import { importRows, importText } from '../src/index.ts';

describe('a 101号-style project form with 指标性质 and 计量单位 columns, amounts in 元', () => {
  const text = [
    '2025年度项目支出绩效目标表',
    '填报单位：某县教育局\t\t\t\t金额单位：元',
    '项目名称\t农村学校营养餐补助\t项目代码\t430123250001',
    '主管部门\t某县教育局\t实施单位\t某县第一中学',
    '项目总金额\t1,200,000.00\t当年预算\t1,200,000.00',
    '年度绩效目标\t保障全县农村义务教育学生营养餐供应，改善学生营养状况。',
    '保障措施\t严格执行食品安全管理制度，按月拨付资金。',
    '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\t指标值确定依据',
    '成本指标\t经济成本指标\t生均补助标准\t≤\t5\t元/人天\t预算支出标准',
    '产出指标\t数量指标\t受益学生人数\t≥\t3000\t人\t计划标准',
    '\t质量指标\t食品安全事故发生率\t＝\t0\t%\t行业标准',
    '\t时效指标\t资金拨付及时率\t＝\t100\t%\t计划标准',
    '效益指标\t社会效益指标\t学生营养状况\t定性\t有所改善\t\t其他标准',
    '满意度指标\t服务对象满意度指标\t家长满意度\t≥\t90\t%\t历史标准',
  ].join('\n');
  const [f] = importText(text) as ProjectForm[];

  it('reads the header and converts 元 to 万元 exactly', () => {
    expect(f).toMatchObject({
      kind: 'project',
      name: '农村学校营养餐补助',
      code: '430123250001',
      unit: '某县教育局',
      supervisor: '某县教育局',
      executor: '某县第一中学',
      year: 2025,
      framework: 'project-101',
    });
    expect(f!.budget.total).toBe('120');
    expect(f!.budget.current).toBe('120');
    expect(f!.goals).toEqual([
      {
        term: 'annual',
        label: '年度绩效目标',
        text: '保障全县农村义务教育学生营养餐供应，改善学生营养状况。',
      },
    ]);
    expect(f!.extra).toEqual({ 保障措施: '严格执行食品安全管理制度，按月拨付资金。' });
  });

  it('puts 指标性质 + 指标值 + 计量单位 back together', () => {
    expect(
      f!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.op, i.target.value, i.target.unit]),
    ).toEqual([
      ['成本指标', '经济成本指标', '生均补助标准', '≤', '5', '元/人天'],
      ['产出指标', '数量指标', '受益学生人数', '≥', '3000', '人'],
      ['产出指标', '质量指标', '食品安全事故发生率', '=', '0', '%'],
      ['产出指标', '时效指标', '资金拨付及时率', '=', '100', '%'],
      ['效益指标', '社会效益指标', '学生营养状况', null, null, null],
      ['满意度指标', '服务对象满意度指标', '家长满意度', '≥', '90', '%'],
    ]);
    expect(f!.indicators[4]!.target).toMatchObject({ kind: 'qualitative', text: '有所改善' });
    expect(f!.indicators.every((i) => i.term === 'annual')).toBe(true);
  });
});

describe('a department form with 单位名称 and a funds table without history', () => {
  const text = [
    '部门整体支出绩效目标表',
    '（2025年度）',
    '部门名称\t某市统计局\t\t\t',
    '填报人\t张三\t联系电话\t0710-1234567',
    '部门总体资金情况\t总体资金情况\t\t当年金额\t占比',
    '\t收入构成\t财政拨款\t800.00\t80%',
    '\t\t其他资金\t200.00\t20%',
    '\t\t合计\t1000.00\t100%',
    '\t支出构成\t基本支出\t600.00\t60%',
    '\t\t项目支出\t400.00\t40%',
    '\t\t合计\t1000.00\t100%',
    '年度目标：\t完成年度统计调查任务，数据质量达到国家标准。',
    '年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据',
    '\t产出指标\t数量指标\t完成统计调查项目\t≥12项\t计划标准',
    '\t\t质量指标\t数据差错率\t≤1%\t行业标准',
    '\t满意度指标\t服务对象满意度指标\t数据使用单位满意度\t≥90%\t历史标准',
  ].join('\n');
  const [f] = importText(text) as DepartmentForm[];

  it('reads the department, the year under the title and the funds', () => {
    expect(f).toMatchObject({ kind: 'department', department: '某市统计局', filler: '张三', year: 2025 });
    expect(f!.funds.income.map((l) => [l.name, l.current, l.share])).toEqual([
      ['财政拨款', '800.00', '80%'],
      ['其他资金', '200.00', '20%'],
      ['合计', '1000.00', '100%'],
    ]);
    expect(f!.funds.expenditure).toHaveLength(3);
  });

  it('reads the annual goal and its indicators under the project tree', () => {
    expect(f!.goals).toEqual([
      { term: 'annual', label: '年度目标', text: '完成年度统计调查任务，数据质量达到国家标准。' },
    ]);
    expect(f!.framework).toBe('project-88');
    expect(f!.indicators.map((i) => [i.term, i.goal, i.level1, i.level2, i.target.raw])).toEqual([
      ['annual', '年度目标', '产出指标', '数量指标', '≥12项'],
      ['annual', '年度目标', '产出指标', '质量指标', '≤1%'],
      ['annual', '年度目标', '满意度指标', '服务对象满意度指标', '≥90%'],
    ]);
  });
});

describe('a 部门整体绩效目标表 with 指标值类型, 计量单位, 指标解释 and 评（扣）分标准 columns', () => {
  const text = [
    '部门整体绩效目标表',
    '部门名称\t某区财政局',
    '年度目标：\t完成年度预算编制和执行工作。',
    '一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位\t指标解释\t评（扣）分标准\t备注',
    '产出指标\t数量指标\t编制部门预算\t定量\t≥120\t个\t编制完成的部门预算数\t每少1个扣1分\t',
    '\t时效指标\t预算批复及时率\t定量\t=100\t%\t按时批复的比例\t未按时不得分\t',
    '效益指标\t社会效益指标\t预算公开规范性\t定性\t规范\t\t按规定公开\t不规范扣2分\t',
  ].join('\n');
  const [f] = importText(text) as DepartmentForm[];

  it('reads the value with its unit and ignores the explanatory columns', () => {
    expect(
      f!.indicators.map((i) => [i.level2, i.name, i.target.op, i.target.value, i.target.unit, i.target.text]),
    ).toEqual([
      ['数量指标', '编制部门预算', '≥', '120', '个', null],
      ['时效指标', '预算批复及时率', '=', '100', '%', null],
      ['社会效益指标', '预算公开规范性', null, null, null, '规范'],
    ]);
    expect(f!.indicators.every((i) => i.basis === null)).toBe(true);
  });
});

describe('a merged 指标值 header over 前年/上年/预计当年实现 sub-columns', () => {
  const text = [
    '项目名称\t测试项目\t\t项目预算\t\t10',
    '年度绩效目标表',
    '目标名称\t一级指标\t二级指标\t三级指标\t指标值\t\t\t指标值确定依据',
    '\t\t\t\t前年\t上年\t预计当年实现\t',
    '年度绩效目标1\t产出指标\t数量指标\t培训人次\t80人次\t90人次\t≥100人次\t历史标准',
  ].join('\n');
  it('reads the history and the target from the sub-columns and the basis after them', () => {
    const [f] = importText(text) as ProjectForm[];
    expect(f!.indicators[0]).toMatchObject({
      history: { 前年: '80人次', 上年: '90人次' },
      basis: '历史标准',
    });
    expect(f!.indicators[0]!.target.raw).toBe('≥100人次');
  });
});

describe('a department form whose PDF text layer runs head, funds and prose into one paragraph', () => {
  // Made for this test in the shape of corpus wide 118: labels printed before their values, a heading
  // (资金情况) printed again inside the funds label, the funds table's cells run together.
  const text = [
    '附件 2: 部门整体支出绩效目标申报表 填报日期:2021 年 1 月 28 日 部门(单位) 名称 填报人 某市人民政府办公室 张三',
    ' 财政拨款 收入构成 支出构成 联系电话 总体资金情况 部门总体 资金情况 单位:万元 当年 金额 占比 500.123 4',
    ' 其他资金 合计 500.123 4 100% 基本支出 400 80% 项目支出 100.1234 20% 合计 500.123 4 100% (一)负责全',
    '市人民防空工作。 部门职能概述 (二)组织专题调查研究,及时反映情况,提出建议。',
  ].join('');
  const [f] = importText(text) as DepartmentForm[];

  it('reads the department, the person and the total of the funds', () => {
    expect(f?.kind).toBe('department');
    expect(f!.department).toBe('某市人民政府办公室');
    expect(f!.filler).toBe('张三');
    expect(f!.total).toBe('500.1234');
  });
});

// wide/114 (宁德 2019, an .xls saved as text): 年度 / 预算 / 安排 / (万元) down a tall cell over single-spaced
// 资金总额 / 项目支出 / 基本支出 lines, then a 年度履职目标 table whose cells run together, its 预算金额 last.
describe('a department form with 年度预算安排 and 年度履职目标 written as text', () => {
  const lines = (basic: string) =>
    [
      '部门整体支出绩效目标表',
      '2019年度)',
      '部门(单位)名称 某市地方志研究室 部门预算编码 901001033',
      '年度',
      '预算',
      '安排',
      '(万元)',
      '        资金总额 171.41',
      '  项目支出 60.8',
      '  基本支出 110.61',
      '年度',
      '履职',
      '目标',
      '部门职能 年度目标任务 支出项目名称 预算金额(万元)',
      '组织、指导、编纂地方志 保障志鉴工作所需资金 地情、市志编纂与年鉴出版经费 60.8',
      `确保日常工作正常运行 按时发放2019年人员工资待遇 基本支出 ${basic}`,
      '一级指标 二级指标 三级指标 指标解释 目标值',
      '产出指标 数量指标 年鉴出版数量 1部(计划标准) ≥1部',
    ].join('\n');

  it('reads the funds the 年度预算安排 lists and the 履职目标 rows with their amounts', () => {
    const [f] = importText(lines('110.61')) as DepartmentForm[];
    expect(f!.total).toBe('171.41');
    expect(f!.funds.expenditure.map((l) => [l.name, l.current])).toEqual([
      ['资金总额', '171.41'],
      ['项目支出', '60.8'],
      ['基本支出', '110.61'],
    ]);
    expect(f!.projects.map((p) => p.current)).toEqual(['60.8', '110.61']);
    expect(f!.projects[1]!.name.endsWith('基本支出')).toBe(true);
    expect(f!.functions).toBeNull();
  });
});

// wide/162 (绥阳 2021): the 得分计算方法 cell (执行率*该指标分值,最高不得超过分值上限。) merged down beside the budget
// rows is printed on the 年度资金总额 row and runs into the next row's label.
describe('a 部门整体支出绩效自评表 whose 得分计算方法 cell runs into the budget rows', () => {
  it('names the budget rows by their own labels', () => {
    const text = readFileSync(new URL('./corpus/wide/162_selfeval.txt', import.meta.url), 'utf8');
    const outcome = importRows(
      'text',
      text.split('\n').map((line, i) => ({ cells: [line], line: i + 1, table: false })),
    );
    expect(outcome.ok).toBe(true);
    const doc = outcome.ok ? outcome.evaluations[0] : undefined;
    expect(
      doc?.kind === 'self-evaluation'
        ? doc.budget.sources.map((s) => [s.name, s.initial, s.executed, s.score])
        : null,
    ).toEqual([
      ['基本支出', '985.19', '914.97', '10'],
      ['项目支出', '187.36', '353.75', '10'],
    ]);
  });
});

// Seed 003's 部门整体 form as the exports write it: the 项目支出情况 list, then 部门职能概述 with its text. The
// label names 部门职能 like a 履职目标 list's column header does, but with its text it is the form's next field.
describe('a department form whose 项目支出情况 list is followed by 部门职能概述 and its text', () => {
  const text = [
    '部门整体支出绩效目标申报表',
    '部门（单位）名称\t某区行政审批局',
    '项目支出情况\t项目名称\t项目类型\t项目总预算\t本年预算\t主要用途',
    '\t日常工作运行经费\t常年性项目\t690.00\t690.00\t主要用于：法律顾问、档案整理',
    '\t行政审批综合业务支出\t延续性项目\t100.00\t100.00\t主要用于：退保证金等费用',
    '部门职能概述\t1、贯彻执行行政审批方针政策;2、牵头负责行政审批制度改革工作;3、负责推进政务服务标准化',
    '年度工作任务\t继续推进重点领域改革。',
  ].join('\n');

  it('reads the 部门职能 text after the list, and the list itself', () => {
    const [f] = importText(text) as DepartmentForm[];
    expect(f!.functions).toBe(
      '1、贯彻执行行政审批方针政策;2、牵头负责行政审批制度改革工作;3、负责推进政务服务标准化',
    );
    expect(f!.tasks).toBe('继续推进重点领域改革。');
    expect(f!.projects.map((p) => p.name)).toEqual(['日常工作运行经费', '行政审批综合业务支出']);
  });
});
