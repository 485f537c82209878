// Documents of other provinces, cities and years, in layouts neither the seeds nor import-other-layouts show.
// Each fixture says where its text comes from: published text where it was found, otherwise written by hand
// from the published template. Expectations are written by hand from the document.
import { describe, expect, it } from 'vitest';
import type { DepartmentForm, ProjectForm } from '@jixiao/core';
import { importBuffer, importText } from '../src/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const row = (...cells: string[]) => cells.join('\t');
/** A Word table extracted one cell per line: each cell a line starting with a tab, rows apart by a blank line. */
const wordTable = (...rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

describe('the Ministry of Finance reference template 绩效目标申报表（参考模板）, one cell per line', () => {
  // Written by hand from the published 财政部 参考模板 (title 绩效目标申报表, year under it, 项目负责人及电话,
  // 资金情况（万元）with 年度资金总额 and its sources, 总体目标 | 年度目标 heading over the goal text),
  // example project 困难群众救助项目 as in the template; people and amounts invented for the test.
  const text = [
    '绩效目标申报表',
    '（二〇二三年度）',
    '',
    wordTable(
      ['项目名称', '困难群众救助项目'],
      ['项目负责人及电话', '王五 010-12345678'],
      ['主管部门', '某市民政局', '实施单位', '某市社会救助服务中心'],
      ['资金情况\n（万元）', '年度资金总额：', '1,250.00'],
      ['', '其中：财政拨款', '1,200.00'],
      ['', '其他资金', '50.00'],
      ['总体目标', '年度目标'],
      ['', '目标1：保障农村低保对象基本生活。\n目标2：落实特困人员救助供养。'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['', '产出指标', '数量指标', '农村低保发放人数', '≥5000人'],
      ['', '', '', '农村特困人员救助人数', '≥800人'],
      ['', '', '成本指标', '农村低保标准', '≥500元/人·月'],
      ['', '效益指标', '社会效益指标', '农村低保对象生活水平提升情况', '逐步提高'],
      ['', '满意度指标', '服务对象满意度指标', '受助对象满意度', '≥90%'],
    ),
  ].join('\n');
  const forms = importText(text) as ProjectForm[];
  const f = forms[0]!;

  it('recognises the title without 项目 and reads a year in Chinese numerals', () => {
    expect(forms).toHaveLength(1);
    expect(f).toMatchObject({
      kind: 'project',
      title: '绩效目标申报表',
      year: 2023,
      name: '困难群众救助项目',
    });
  });

  it('splits 项目负责人及电话 and reads the total and its sources', () => {
    expect([f.leader, f.phone]).toEqual(['王五', '010-12345678']);
    expect(f.budget.total).toBe('1250.00');
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '1200.00' },
      { name: '其他资金', amount: '50.00' },
    ]);
  });

  it('reads the goal written under its heading, not the heading as a goal', () => {
    expect(f.goals).toEqual([
      {
        term: 'annual',
        label: '年度目标',
        text: '目标1：保障农村低保对象基本生活。\n目标2：落实特困人员救助供养。',
      },
    ]);
  });

  it('keeps a compound unit (元/人·月) whole', () => {
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '农村低保发放人数', '≥5000人'],
      ['产出指标', '数量指标', '农村特困人员救助人数', '≥800人'],
      ['产出指标', '成本指标', '农村低保标准', '≥500元/人·月'],
      ['效益指标', '社会效益指标', '农村低保对象生活水平提升情况', '逐步提高'],
      ['满意度指标', '服务对象满意度指标', '受助对象满意度', '≥90%'],
    ]);
    expect(f.indicators[2]!.target).toMatchObject({ op: '≥', value: '500', unit: '元/人·月', problem: null });
  });
});

describe('a Hunan county 项目绩效目标表（2021年度） with tick boxes and goal columns', () => {
  // Header and goals from the published 宁乡市坝塘镇 form (https://renrendoc.com/paper/307484460.html, text
  // as extracted there); its indicator rows are template placeholders, so the indicator rows are written by
  // hand in the same 指标内容 | 指标值 | 备注 layout.
  const text = [
    '项目绩效目标表（2021年度）',
    '填报单位（盖章）：宁乡市坝塘镇人民政府',
    row('项目名称', '镇域内基础设施建设', '项目属性', '新增项目□ 延续项目√'),
    row('主管部门', '坝塘镇', '主管部门编码', ''),
    row('项目负责人', '蒋建华', '联系电话', ''),
    row('资金总额及构成', '总额', '10606.7522万元'),
    row('', '财政拨款：6923.3552万元（其中：上级财政资金：6923.3552万元；本级财政：0万元）'),
    row('', '其他：3683.3970万元'),
    row('项目绩效目标', '长期目标', '年度目标'),
    row(
      '',
      '改善镇域内基础设施，振兴乡村经济',
      '全面完成集镇立面改造、机关、学校、乡村振兴等项目，搞好提质改造',
    ),
    row('长期绩效指标', '一级指标', '二级指标', '指标内容', '指标值', '备注'),
    row('', '产出指标', '数量指标', '完成基础设施项目', '≥8个', ''),
    row('', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', ''),
    row('年度绩效指标', '一级指标', '二级指标', '指标内容', '指标值', '备注'),
    row('', '产出指标', '数量指标', '集镇立面改造栋数', '≥120栋', ''),
    row('', '', '时效指标', '年内完工率', '100%', ''),
  ].join('\n');
  const [f] = importText(text) as ProjectForm[];

  it('reads the year from the bracket after the title, the ticked option and the unit label with （盖章）', () => {
    expect(f).toMatchObject({
      year: 2021,
      category: '延续项目',
      unit: '宁乡市坝塘镇人民政府',
      leader: '蒋建华',
    });
  });

  it('reads the total and sources written as 名称：金额 in one cell', () => {
    expect(f!.budget.total).toBe('10606.7522');
    expect(f!.budget.sources).toEqual([
      { name: '财政拨款', amount: '6923.3552' },
      { name: '其他', amount: '3683.3970' },
    ]);
  });

  it('reads the long-term and annual goals from the columns under their headings', () => {
    expect(f!.goals).toEqual([
      { term: 'long', label: '长期目标', text: '改善镇域内基础设施，振兴乡村经济' },
      {
        term: 'annual',
        label: '年度目标',
        text: '全面完成集镇立面改造、机关、学校、乡村振兴等项目，搞好提质改造',
      },
    ]);
  });

  it('reads both indicator tables with their terms', () => {
    expect(f!.indicators.map((i) => [i.term, i.level2, i.name, i.target.raw])).toEqual([
      ['long', '数量指标', '完成基础设施项目', '≥8个'],
      ['long', '服务对象满意度指标', '群众满意度', '≥90%'],
      ['annual', '数量指标', '集镇立面改造栋数', '≥120栋'],
      ['annual', '时效指标', '年内完工率', '100%'],
    ]);
  });
});

describe('a 鄂州市2022年 project table whose 一级 column holds 二级 names and whose budget is a cost table', () => {
  // From the published 鄂州市2022年市直部门预算项目支出绩效目标表 (https://desk33.com/d-245426.html, text as
  // extracted there: 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值, no 三级 column; 项目预算 as 成本构成 rows);
  // rows laid out with tabs by hand, values kept as published except the OCR-broken ≥ signs.
  const text = [
    '鄂州市2022年市直部门预算项目支出绩效目标表',
    row('项目名称', '滨湖大厦办公大楼运行保障', '项目类别', '本级支出项目', '项目性质', '持续性项目'),
    row('立项依据', '市机关事务服务中心三定方案'),
    row('项目预算', '成本构成', '金额', '测算（公式）依据', '2020年实际执行数', '2021年实际执行数'),
    row('', '保安服务费', '191', '依据招标文件', '191', '191'),
    row('', '保洁服务费', '99', '依据招标文件', '99', '99'),
    row('', '水电气、维修维护费', '524', '根据三定方案，各项费用据实结算', '372.88', '504.55'),
    row('', '合计', '814', '', '662.98', '794.55'),
    row('绩效目标', '以办公大楼服务对象满意为目标，着力打造文明型机关、卫生型机关。'),
    row('绩效指标', '一级指标', '二级指标', '绩效标准', '当年预期实现值', '保障绩效目标实现措施'),
    row('', '数量指标', '办公大楼日常维修维护次数', '反映办公大楼全年维修维护情况', '≥280次', ''),
    row('', '', '大楼安检巡察次数', '反映大楼保卫巡检情况', '≥200次', ''),
    row('', '质量指标', '办公大楼日常维修维护验收合格率', '反映办公大楼全年维修维护质量情况', '≥92%', ''),
    row('', '满意度指标', '服务对象满意度', '反映服务对象满意情况', '≥95%', ''),
  ].join('\n');
  const [f] = importText(text) as ProjectForm[];

  it('reads the budget from the 合计 of the cost table and keeps the cost lines', () => {
    expect(f!.budget.total).toBe('814');
    expect(f!.details.map((d) => [d.item, d.amount, d.basis])).toEqual([
      ['保安服务费', '191', '依据招标文件'],
      ['保洁服务费', '99', '依据招标文件'],
      ['水电气、维修维护费', '524', '根据三定方案，各项费用据实结算'],
      ['合计', '814', null],
    ]);
  });

  it('reads the goal written beside 绩效目标', () => {
    expect(f!.goals).toEqual([
      {
        term: 'annual',
        label: '绩效目标',
        text: '以办公大楼服务对象满意为目标，着力打造文明型机关、卫生型机关。',
      },
    ]);
  });

  it('reads 绩效标准 holding explanations as an explanation, not as the basis the checks would reject', () => {
    expect(f!.indicators.map((i) => i.basis)).toEqual([null, null, null, null]);
  });

  it('reads the 二级 names from the 一级 column, the indicators from the 二级 column and infers the 一级', () => {
    expect(f!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.history])).toEqual([
      ['产出指标', '数量指标', '办公大楼日常维修维护次数', '≥280次', null],
      ['产出指标', '数量指标', '大楼安检巡察次数', '≥200次', null],
      ['产出指标', '质量指标', '办公大楼日常维修维护验收合格率', '≥92%', null],
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%', null],
    ]);
  });
});

describe('a 项目支出绩效自评表 is read as a 自评表, not as a target form', () => {
  // 四川省青神县 部门预算项目支出绩效自评表(2023年度) (https://www.scqs.gov.cn/info/13206/211004.htm); rows
  // laid out with tabs by hand from the published cells.
  const sichuan = [
    '报表编号：510000_0013zp',
    '部门预算项目支出绩效自评表(2023年度)',
    row('项目名称', '51000021R000000019951-工资性支出'),
    row('主管部门', '青神县发展和改革局本级', '实施单位 (盖章)', '青神县发展和改革局'),
    row(
      '绩效指标(90分)',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ),
    row('', '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', '100', '%', '', '60', '', ''),
  ].join('\n');
  // 池州市贵池区 项目支出绩效自评表 （2022年度） (published .doc, text as indexed at
  // http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2), laid out with tabs by hand.
  const chizhou = [
    '附件：',
    '项目支出绩效自评表',
    '（2022年度）',
    row('项目名称', '委托业务项目'),
    row('主管部门', '219-池州市贵池区棠溪镇人民政府', '实施单位', '219001-池州市贵池区棠溪镇人民政府'),
    row(
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ),
    row('', '产出指标（50分）', '数量指标', '基建工程委托业务项目数量', '≥50个', '50', '8', '8', ''),
  ].join('\n');

  it.each([
    [
      '青神县',
      sichuan,
      ['51000021R000000019951-工资性支出', '青神县发展和改革局', 2023],
      ['=100%', '', '60', null],
    ],
    [
      '池州市',
      chizhou,
      ['委托业务项目', '219001-池州市贵池区棠溪镇人民政府', 2022],
      ['≥50个', '50', '8', '8'],
    ],
  ])('%s: no half-read 申报表, the 自评表 itself with its row', async (_place, text, head, values) => {
    expect(importText(text)).toEqual([]);
    const outcome = await importBuffer(bytes(text), 'zp.txt');
    expect(outcome.ok && outcome.forms).toEqual([]);
    const doc = outcome.ok ? outcome.evaluations[0] : undefined;
    expect(doc?.kind === 'self-evaluation' && [doc.name, doc.unit, doc.year]).toEqual(head);
    const ind = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    expect(ind.map((i) => [i.level1, i.level2, i.target.raw, i.actual.raw, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', ...values],
    ]);
  });
});

describe('a central-template 部门整体支出绩效目标申报表 with a 年度主要任务 table', () => {
  // Written by hand from the 中央部门 部门整体支出绩效目标申报表 template (年度主要任务 | 任务名称 | 主要内容 |
  // 预算金额 with 总额/财政拨款/其他资金 under it, 年度总体目标, 年度绩效指标); unit and figures invented.
  const text = [
    '部门整体支出绩效目标申报表',
    '（2024年度）',
    row('部门（单位）名称', '某市文化和旅游局'),
    row('年度主要任务', '任务名称', '主要内容', '预算金额（万元）'),
    row('', '', '', '总额', '财政拨款', '其他资金'),
    row('', '公共文化服务', '组织群众文化活动，免费开放场馆', '500', '480', '20'),
    row('', '文物保护', '开展文物安全巡查和修缮', '300', '300', '0'),
    row('金额合计', '', '', '800', '780', '20'),
    row('年度总体目标', '全年举办群众文化活动不少于200场，文物安全事故为零。'),
    row('年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'),
    row('', '产出指标', '数量指标', '举办群众文化活动场次', '≥200场'),
    row('', '', '质量指标', '文物安全事故发生数', '=0起'),
    row('', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90％'),
  ].join('\n');
  const [f] = importText(text) as DepartmentForm[];

  it('reads each task with its content and budget instead of the column heading', () => {
    expect(f).toMatchObject({ kind: 'department', department: '某市文化和旅游局', year: 2024 });
    expect(f!.tasks).toBe(
      '公共文化服务：组织群众文化活动，免费开放场馆（预算500万元）\n文物保护：开展文物安全巡查和修缮（预算300万元）',
    );
  });

  it('reads the goal and the indicators after the task table', () => {
    expect(f!.goals).toEqual([
      { term: 'annual', label: '年度总体目标', text: '全年举办群众文化活动不少于200场，文物安全事故为零。' },
    ]);
    expect(f!.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '举办群众文化活动场次', '≥200场'],
      ['质量指标', '文物安全事故发生数', '=0起'],
      ['服务对象满意度指标', '群众满意度', '≥90％'],
    ]);
    expect(f!.indicators[2]!.target).toMatchObject({ op: '≥', value: '90', unit: '%' });
  });
});

describe('a 批复表 extracted as space-aligned text (pdftotext -layout), no tabs at all', () => {
  // Written by hand in the layout of the seeds' 批复表 as a PDF text extraction lays it out: centred title,
  // columns apart by runs of spaces, merged 一级/二级 cells left blank.
  const text = [
    '                      项目支出绩效目标批复表',
    '                           （2024年度）',
    '  申报单位：某市数据局                                   金额单位：万元',
    '  项目名称        政务外网运维              项目预算        120',
    '  年度绩效目标    保障全市政务外网稳定运行，故障响应及时。',
    '  一级指标        二级指标          三级指标                  指标值        指标值确定依据',
    '  产出指标        数量指标          接入单位数量              ≥150个        计划标准',
    '                                    网络设备巡检次数          ≥12次         计划标准',
    '                  质量指标          网络可用率                ≥99.9%        行业标准',
    '  成本指标        经济成本指标      运维费用                  ≤120万元      预算支出标准',
    '  满意度指标      服务对象满意度指标  接入单位满意度          ≥95%          计划标准',
  ].join('\n');
  const [f] = importText(text) as ProjectForm[];

  it('reads the header fields', () => {
    expect(f).toMatchObject({
      kind: 'project',
      formType: '批复表',
      year: 2024,
      unit: '某市数据局',
      name: '政务外网运维',
    });
    expect(f!.budget.total).toBe('120');
    expect(f!.goals).toEqual([
      { term: 'annual', label: '年度绩效目标', text: '保障全市政务外网稳定运行，故障响应及时。' },
    ]);
  });

  it('puts the indicators back into their columns, filling blank 一级/二级 down', () => {
    expect(f!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.basis])).toEqual([
      ['产出指标', '数量指标', '接入单位数量', '≥150个', '计划标准'],
      ['产出指标', '数量指标', '网络设备巡检次数', '≥12次', '计划标准'],
      ['产出指标', '质量指标', '网络可用率', '≥99.9%', '行业标准'],
      ['成本指标', '经济成本指标', '运维费用', '≤120万元', '预算支出标准'],
      ['满意度指标', '服务对象满意度指标', '接入单位满意度', '≥95%', '计划标准'],
    ]);
  });
});

describe('指标方向 and 度量单位 columns around the value, full-width digits, amounts in 元 stated in a label', () => {
  // Written by hand in the column order of the 财预〔2021〕101号 core indicator template (指标方向 | 指标值 |
  // 度量单位 | 分值 | 指标解释), labels spaced with ideographic spaces and digits typed full-width as Word
  // users do; project and figures invented.
  const text = [
    '2025年项目支出绩效目标表',
    row('项\u3000目\u3000名\u3000称：', '基层医疗卫生机构能力建设'),
    row('主\u3000管\u3000部\u3000门：', '某县卫生健康局', '实\u3000施\u3000单\u3000位：', '某县卫生健康局'),
    row('项目资金（元）', '年度资金总额', '2,500,000.00'),
    row('', '其中：财政资金', '2,500,000.00'),
    row('年度绩效目标', '提升基层医疗卫生机构服务能力，完成村卫生室标准化建设。'),
    row('一级指标', '二级指标', '三级指标', '指标方向', '指标值', '度量单位', '分值', '指标解释'),
    row('产出指标', '数量指标', '标准化村卫生室建设数量', '≥', '２０', '个', '20', '完成建设的村卫生室数'),
    row('', '时效指标', '项目完成时间', '≤', '１２', '月', '10', ''),
    row('效益指标', '社会效益指标', '群众就医便利程度', '\u3000', '明显提升', '\u3000', '20', ''),
    row('满意度指标', '服务对象满意度指标', '患者满意度', '正向', '９０', '％', '15', ''),
    row('', '', '投诉率', '反向', '5', '%', '5', ''),
  ].join('\n');
  const [f] = importText(text) as ProjectForm[];

  it('reads spaced labels and converts the 元 amounts to 万元', () => {
    expect(f).toMatchObject({ name: '基层医疗卫生机构能力建设', supervisor: '某县卫生健康局', year: 2025 });
    expect(f!.budget.total).toBe('250');
    expect(f!.budget.sources).toEqual([{ name: '财政资金', amount: '250' }]);
  });

  it('puts direction, value and unit together; 正向 is ≥ and 反向 is ≤; nothing becomes a history value', () => {
    expect(
      f!.indicators.map((i) => [i.name, i.target.op, i.target.value, i.target.unit, i.target.text]),
    ).toEqual([
      ['标准化村卫生室建设数量', '≥', '20', '个', null],
      ['项目完成时间', '≤', '12', '月', null],
      ['群众就医便利程度', null, null, null, '明显提升'],
      ['患者满意度', '≥', '90', '%', null],
      ['投诉率', '≤', '5', '%', null],
    ]);
    expect(f!.indicators.every((i) => i.history === null && i.basis === null)).toBe(true);
  });
});

describe('indicator names wrapped onto a line of their own (PDF text)', () => {
  // Written by hand: a PDF table cell too narrow for its 三级指标 wraps, and the text extraction puts the
  // rest of the name on its own line, either as a bare line (space-aligned text) or a row with one cell.
  const spaced = [
    '项目支出绩效目标表',
    '  项目名称      电子证照归集      项目预算      50',
    '  一级指标      二级指标      三级指标                    指标值      指标值确定依据',
    '  产出指标      数量指标      完成电子证照归集的          ≥100个      计划标准',
    '                              事项数量',
    '                质量指标      证照数据准确率              ≥99%        行业标准',
    '  满意度指标    服务对象满意度指标  办事群众对电子证照的    ≥95%        计划标准',
    '                              使用满意度',
  ].join('\n');
  const tabbed = [
    row('项目名称', '电子证照归集', '项目预算', '50'),
    row('一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'),
    row('产出指标', '数量指标', '完成电子证照归集的', '≥100个', '计划标准'),
    row('', '', '事项数量', '', ''),
    row('', '质量指标', '证照数据准确率', '≥99%', '行业标准'),
  ].join('\n');

  it('joins a bare line to the name above and keeps reading the table after it', () => {
    const [f] = importText(spaced) as ProjectForm[];
    expect(f!.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '完成电子证照归集的事项数量', '≥100个'],
      ['质量指标', '证照数据准确率', '≥99%'],
      ['服务对象满意度指标', '办事群众对电子证照的使用满意度', '≥95%'],
    ]);
  });

  it('joins a name-only row under a complete row when the table has a basis column', () => {
    const [f] = importText(tabbed) as ProjectForm[];
    expect(f!.indicators.map((i) => i.name)).toEqual(['完成电子证照归集的事项数量', '证照数据准确率']);
  });

  it('keeps a name-only row as an indicator without a value when the row above has no basis either', () => {
    const text = [
      row('项目名称', '电子证照归集', '项目预算', '50'),
      row('一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'),
      row('产出指标', '数量指标', '完成电子证照归集事项', '≥100个', ''),
      row('', '', '新增电子证照种类', '', ''),
    ].join('\n');
    const [f] = importText(text) as ProjectForm[];
    expect(f!.indicators.map((i) => [i.name, i.target.kind])).toEqual([
      ['完成电子证照归集事项', 'quantitative'],
      ['新增电子证照种类', 'empty'],
    ]);
  });
});

describe('one 项目绩效目标表 listing several projects (a disclosure annex layout)', () => {
  // Written by hand in the layout of the project-target annex some provinces publish with 部门预算公开: one
  // table, a 单位名称、项目名称 column (a unit line, then its projects), a 年度目标 column, then the indicator
  // columns with 指标性质 and 度量单位. Units, projects and figures invented.
  const text = [
    '部门预算项目绩效目标表',
    '（2024年度）',
    row(
      '单位名称、项目名称',
      '年度目标',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
    ),
    row('某县统计局', '', '', '', '', '', '', ''),
    row(
      '\u3000统计调查经费',
      '完成年度统计调查任务',
      '产出指标',
      '数量指标',
      '统计调查项目数',
      '≥',
      '12',
      '项',
    ),
    row('', '', '', '质量指标', '数据差错率', '≤', '1', '%'),
    row('', '', '满意度指标', '服务对象满意度指标', '数据使用单位满意度', '≥', '90', '%'),
    row(
      '\u3000普查专项经费',
      '完成第五次经济普查登记',
      '产出指标',
      '数量指标',
      '普查登记单位数',
      '≥',
      '5000',
      '个',
    ),
    row('', '', '效益指标', '社会效益指标', '普查数据使用率', '≥', '80', '%'),
  ].join('\n');
  const forms = importText(text) as ProjectForm[];

  it('gives one form per project, with its unit, year and goal', () => {
    expect(forms.map((f) => [f.kind, f.unit, f.name, f.year, f.goals])).toEqual([
      [
        'project',
        '某县统计局',
        '统计调查经费',
        2024,
        [{ term: 'annual', label: '年度目标', text: '完成年度统计调查任务' }],
      ],
      [
        'project',
        '某县统计局',
        '普查专项经费',
        2024,
        [{ term: 'annual', label: '年度目标', text: '完成第五次经济普查登记' }],
      ],
    ]);
  });

  it('gives each project only its own indicators', () => {
    expect(forms.map((f) => f.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw]))).toEqual([
      [
        ['产出指标', '数量指标', '统计调查项目数', '≥12项'],
        ['产出指标', '质量指标', '数据差错率', '≤1%'],
        ['满意度指标', '服务对象满意度指标', '数据使用单位满意度', '≥90%'],
      ],
      [
        ['产出指标', '数量指标', '普查登记单位数', '≥5000个'],
        ['效益指标', '社会效益指标', '普查数据使用率', '≥80%'],
      ],
    ]);
  });
});

describe('documents that are not a whole form', () => {
  it('an indicator table alone says it lacks the form it belongs to', async () => {
    const text = [
      row('一级指标', '二级指标', '三级指标', '指标值'),
      row('产出指标', '数量指标', '培训人次', '≥100人次'),
    ].join('\n');
    const outcome = await importBuffer(bytes(text), 'table.txt');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-form-found' } });
    // What was found (the table and its one indicator) and what is missing.
    if (!outcome.ok)
      expect(outcome.error.message).toMatch(
        /^找到了绩效指标表（1 个指标），但没有找到项目名称.*请在导入预览中指出项目名称所在的单元格/,
      );
  });

  it('a 绩效运行监控表 is read as a 监控表, with the period of its 1-7月 column', async () => {
    const text = [
      '项目支出绩效运行监控表',
      row('项目名称', '政务外网运维'),
      row('一级指标', '二级指标', '三级指标', '年度指标值', '1-7月执行情况'),
      row('产出指标', '数量指标', '接入单位数量', '≥150个', '120个'),
    ].join('\n');
    const outcome = await importBuffer(bytes(text), 'monitor.txt');
    expect(outcome).toMatchObject({
      ok: true,
      forms: [],
      evaluations: [{ kind: 'monitoring', name: '政务外网运维', period: '1—7月', month: 7 }],
    });
    const doc = outcome.ok ? outcome.evaluations[0] : undefined;
    expect(
      doc?.kind === 'monitoring' && doc.indicators.map((i) => [i.name, i.target.raw, i.actualToDate.raw]),
    ).toEqual([['接入单位数量', '≥150个', '120个']]);
  });

  it("a target form's title with nothing under it says what was found and what is missing", async () => {
    const outcome = await importBuffer(bytes('项目支出绩效目标申报表\n填报单位：某某局\n'), 'title.txt');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-form-found' } });
    if (!outcome.ok)
      expect(outcome.error.message).toMatch(
        /^找到了表名“项目支出绩效目标申报表”，但表名下没有找到项目名称.*绩效指标表/,
      );
  });

  it('prose that is not a form gives the general reason', async () => {
    const outcome = await importBuffer(
      bytes('关于做好2024年度预算编制工作的通知\n各单位：\n  现将有关事项通知如下。'),
      'n.txt',
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-form-found' } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/^文件中没有找到可识别的表单/);
  });
});

describe('titles with a bracketed note', () => {
  it('项目支出绩效目标表（批复） is a 批复表', () => {
    const [f] = importText(
      ['项目支出绩效目标表（批复）', row('项目名称', '政务外网运维', '项目预算', '120')].join('\n'),
    ) as ProjectForm[];
    expect(f).toMatchObject({
      kind: 'project',
      formType: '批复表',
      name: '政务外网运维',
      budget: { total: '120' },
    });
  });

  it('a disclosure that mentions an evaluation report keeps the rows after the mention', () => {
    const text = [
      '2024年某县统计局部门预算公开',
      '2023年度项目绩效评价报告',
      row('项目名称', '统计调查经费', '项目预算', '30'),
    ].join('\n');
    const forms = importText(text);
    expect(forms.map((f) => f.kind)).toEqual(['disclosure', 'project']);
  });
});

/** The first form a file's bytes import as (the import must succeed). */
async function firstProjectForm(text: string, fileName: string): Promise<ProjectForm> {
  const out = await importBuffer(bytes(text), fileName);
  if (!out.ok) throw new Error(`${out.error.code}: ${out.error.message}`);
  return out.forms[0] as ProjectForm;
}
const levelledTargets = (f: ProjectForm) =>
  f.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw]);

describe('a target form exported with bare pipes between cells (`a|b|c`, no spaces, no borders)', () => {
  // Written by hand in the layout some exports and database dumps give a table; the form's fields as the
  // 申报表 prints them, project and figures invented for the test.
  const text = [
    '项目支出绩效目标申报表',
    '项目名称|农村饮水安全巩固提升工程|主管部门|县水利局',
    '资金情况（万元）|年度资金总额|320.00',
    '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标|新建供水站数量|≥3个',
    '||改造管网长度|≥12公里',
    '效益指标|社会效益指标|受益人口|=8000人',
  ].join('\n');

  it('reads the name, the department, the budget and every indicator under its levels', async () => {
    const f = await firstProjectForm(text, 'bare-pipes.txt');
    expect([f.name, f.supervisor, f.budget.total?.toString()]).toEqual([
      '农村饮水安全巩固提升工程',
      '县水利局',
      '320.00',
    ]);
    expect(levelledTargets(f)).toEqual([
      ['产出指标', '数量指标', '新建供水站数量', '≥3个'],
      ['产出指标', '数量指标', '改造管网长度', '≥12公里'],
      ['效益指标', '社会效益指标', '受益人口', '=8000人'],
    ]);
  });
});

describe('a target form saved from Excel as CSV (UTF-8 with its BOM)', () => {
  // Written by hand as Excel's 另存为 "CSV UTF-8" writes a sheet of the 申报表: every record as wide as the
  // sheet, a figure with a thousands separator quoted. Project and figures invented for the test.
  const text =
    '\uFEFF' +
    [
      '项目支出绩效目标申报表,,,',
      '项目名称,城区道路照明维护,主管部门,市城市管理局',
      '资金情况（万元）,年度资金总额,"1,280.50",',
      '一级指标,二级指标,三级指标,指标值',
      '产出指标,数量指标,维护路灯数量,≥12000盏',
      ',质量指标,路灯亮灯率,≥98%',
      '满意度指标,服务对象满意度指标,市民满意度,≥90%',
    ].join('\r\n');

  it('reads the name, the department, the budget and the indicators', async () => {
    const f = await firstProjectForm(text, 'sheet.csv');
    expect([f.name, f.supervisor, f.budget.total?.toString()]).toEqual([
      '城区道路照明维护',
      '市城市管理局',
      '1280.50',
    ]);
    expect(levelledTargets(f)).toEqual([
      ['产出指标', '数量指标', '维护路灯数量', '≥12000盏'],
      ['产出指标', '质量指标', '路灯亮灯率', '≥98%'],
      ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%'],
    ]);
  });
});
