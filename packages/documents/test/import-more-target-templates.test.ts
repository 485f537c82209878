// Target forms of templates first met in wide/320–332 (天津's 抗疫特别国债 and court forms, 陈仓's 省级 transfer,
// 肇庆's 绩效目标表, 江津's 重点项目绩效目标表): label spellings the lexicon lacked, a row led by a label it does
// not know, the caption over each of several forms on one page, a page's controls under the table, and a
// total left blank over its 财政拨款 / 其他资金 split. Texts from those documents.
import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';
import { amountUnitNote, captionOf } from '../src/recognize/form-caption.ts';
import { isPageChrome } from '../src/recognize/page-chrome.ts';
import { splitPartsTotal } from '../src/recognize/source-headings.ts';
import { thisYearColumnOf, totalInYearColumn } from '../src/recognize/year-columns.ts';

async function importText(text: string) {
  const outcome = await importBuffer(new TextEncoder().encode(text), 'fresh.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}

async function projectsOf(text: string): Promise<ProjectForm[]> {
  return (await importText(text)).forms.filter((f): f is ProjectForm => f.kind === 'project');
}

// wide/329 (天津 宁河区, 2020), as the page gives it.
const NINGHE = [
  '抗疫特别国债项目绩效目标表(打捆项目) | ||||',
  '(2020年度) | ||||',
  '项目名称 | 2020年非营利性民办园房租补贴 | |||',
  '主管预算部门 | 天津市宁河区教育局 | 项目预算金额(万元) | 193.8 | |',
  '绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
  '产出指标 | 数量指标 | 补贴非营利性民办幼儿园数量 | 20个 | |',
  '满意度指标 | 服务对象满意度指标 | 受益租户满意度 | ≥95% |',
].join('\n');

describe('spellings of the head the lexicon lacked', () => {
  it('reads 主管预算部门 as the unit and 项目预算金额 beside it as the budget', async () => {
    const [f] = await projectsOf(NINGHE);
    expect(f!.supervisor).toBe('天津市宁河区教育局');
    expect(f!.budget.total).toBe('193.8');
  });

  it('reads 总金额 / 当年度金额 under 预算金额, 用款单位 as the executor (wide/326, 肇庆)', async () => {
    const text = [
      '绩效目标表',
      '项目名称',
      '2024年开展“助老颐养”公益项目资金',
      '主管部门',
      '肇庆市民政局',
      '用款单位',
      '肇庆市民政局、肇庆高新区社会工作局',
      '预算金额',
      '总金额',
      '50万元',
      '当年度金额',
      '50万元',
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '当年度指标值',
      '产出指标',
      '数量指标',
      '资助项目数',
      '2个',
    ].join('\n\n');
    const [f] = await projectsOf(text);
    expect(f!.executor).toBe('肇庆市民政局、肇庆高新区社会工作局');
    expect(f!.budget.total).toBe('50');
    expect(f!.budget.current).toBe('50');
  });

  it('reads 专项(项目)名称 and 区级主管部门 of a 省级 transfer (wide/327, 陈仓)', async () => {
    const text = [
      '2020年省级财政水利发展资金绩效目标表',
      '(2020)年度',
      '专项(项目)名称',
      '农村饮水安全巩固提升工程专项',
      '区级财政部门',
      '陈仓区财政局',
      '区级主管部门',
      '陈仓区水利局',
      '资金情况(万元)',
      '资金来源',
      '资金总额',
      '其中:财政拨款',
      '500',
      '其他资金',
      '',
      '总体目标',
      '完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件。',
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '数量指标',
      '指标1:新建堤防、护岸长度',
      '公里',
    ].join('\n\n');
    const [f] = await projectsOf(text);
    expect(f!.name).toBe('农村饮水安全巩固提升工程专项');
    expect(f!.supervisor).toBe('陈仓区水利局');
    expect(f!.budget.total).toBe('500');
  });

  it("parts the labels of 江津's run-together head line (项目预计开始时间 … 项目申报金额) from their values", async () => {
    const text = [
      '重庆市江津区鼎山街道办事处2021年重点项目绩效目标表',
      '预算单位重庆市江津区鼎山街道办事处项目主管部门重庆市江津区鼎山街道办事处项目名称市政日常维护经费',
      '项目预计开始时间1/1/2021预计完成时间12/31/2021项目申报金额',
      '(万元)',
      '2243.02',
      '项目属性延续项目分类常年性支出分类重点专项',
    ].join('\n');
    const [f] = await projectsOf(text);
    expect(f!.name).toBe('市政日常维护经费');
    expect(f!.budget.total).toBe('2243.02');
  });
});

describe('a row led by a label the lexicon does not know', () => {
  const court = (label: string) =>
    [
      '项目支出绩效目标表',
      '项目名称 | 安全隐患维修 | |||||',
      `${label} | 预算数 | 20.00 | 其中:财政 资金 | 20.00 | 其他资金 | |`,
      '一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |',
      '产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 |',
    ].join('\n');

  it('reads the known pairs after it and reports the label (天津 河北区人民法院, wide/324)', async () => {
    const outcome = await importText(court('预算规模及资金用途'));
    const f = outcome.forms[0] as ProjectForm;
    expect(f.budget.total).toBe('20.00');
    expect(outcome.unknownLabels).toContain('预算规模及资金用途');
  });

  it('does not take a sentence or a figure for such a label', async () => {
    const outcome = await importText(court('用于维修审判楼玻璃幕墙等,消除安全隐患。'));
    expect((outcome.forms[0] as ProjectForm).budget.total).toBeNull();
    expect(outcome.unknownLabels).toEqual([]);
  });
});

describe('the caption over each form of a page', () => {
  it('tells an office with its code beside the amount unit from other rows', () => {
    const row = (cells: string[]) => ({ cells, table: true });
    expect(captionOf(row(['207101天津市河北区人民法院', '单位:万元']))).toEqual({
      office: '207101天津市河北区人民法院',
      amountUnit: '万元',
    });
    expect(captionOf(row(['用于维修审判楼玻璃幕墙等', '单位:万元']))).toBeNull();
    expect(captionOf(row(['207101天津市河北区人民法院', '维修面积']))).toBeNull();
    expect(amountUnitNote('金额单位：元')).toBe('元');
    expect(amountUnitNote('单位')).toBeNull();
  });

  it('gives each of two court forms its unit, the second caption not read as an indicator', async () => {
    const text = [
      '天津市河北区人民法院',
      '项目支出绩效目标表',
      '(2023年)',
      '207101天津市河北区人民法院 | 单位:万元 | |||||',
      '项目名称 | 安全隐患维修 | |||||',
      '预算规模及资金用途 | 预算数 | 20.00 | 其中:财政 资金 | 20.00 | 其他资金 | |',
      '一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |',
      '产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 |',
      '满意度指标 | 服务对象满意度指标 | 干警满意度 | 干警满意度 | ≥95百分比 |',
      '207101天津市河北区人民法院 | 单位:万元 | |||||',
      '项目名称 | 办案业务费(陪审员及互联网专线) | |||||',
      '预算规模及资金用途 | 预算数 | 24.00 | 其中:财政 资金 | 24.00 | 其他资金 | |',
      '一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |',
      '产出指标 | 数量指标 | 聘用调解员人数 | 聘用调解员人数 | 1人 |',
    ].join('\n');
    const forms = await projectsOf(text);
    expect(forms.map((f) => f.name)).toEqual(['安全隐患维修', '办案业务费(陪审员及互联网专线)']);
    expect(forms.map((f) => f.unit)).toEqual(['207101天津市河北区人民法院', '207101天津市河北区人民法院']);
    expect(forms.map((f) => f.indicators.length)).toEqual([2, 1]);
    expect(forms.map((f) => f.budget.total)).toEqual(['20.00', '24.00']);
  });
});

describe("a page's controls under the table", () => {
  it('knows the controls, and no name or value for them', () => {
    expect(isPageChrome('- 扫一扫在手机打开当前页')).toBe(true);
    expect(isPageChrome('[下载] [打印] [关闭]')).toBe(true);
    expect(isPageChrome('周围群众满意度')).toBe(false);
    expect(isPageChrome('打印机维修次数')).toBe(false);
  });

  it('does not glue them to the last indicator (wide/320)', async () => {
    const [f] = await projectsOf(`${NINGHE}\n- 扫一扫在手机打开当前页`);
    expect(f!.indicators.at(-1)!.name).toBe('受益租户满意度');
  });
});

describe('a total left blank over its 财政拨款 / 其他资金 split', () => {
  it("is the parts' sum when the sources are that split and 财政拨款 has its figure", () => {
    expect(
      splitPartsTotal([
        { name: '财政拨款', amount: '500' },
        { name: '其他资金', amount: null },
      ]),
    ).toBe('500');
    expect(
      splitPartsTotal([
        { name: '财政拨款', amount: '80' },
        { name: '其他资金', amount: '0.00' },
      ]),
    ).toBe('80');
  });

  it('is unknown for a longer or nested list, or without the 财政拨款 figure', () => {
    expect(
      splitPartsTotal([
        { name: '财政拨款', amount: null },
        { name: '其他资金', amount: '3' },
      ]),
    ).toBeNull();
    expect(
      splitPartsTotal([
        { name: '中央资金', amount: '5' },
        { name: '县级资金', amount: '2' },
      ]),
    ).toBeNull();
    expect(
      splitPartsTotal([
        { name: '财政拨款', amount: '5' },
        { name: '财政拨款', amount: '5' },
      ]),
    ).toBeNull();
  });
});

// wide/321 (湘潭 2024): one cell per paragraph, a 绩效标准 column after the value.
const XIANGTAN = (satisfaction: string[]) =>
  [
    '2024年项目绩效目标表',
    '项目名称',
    '雾炮车抑尘降尘服务',
    '年度绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '绩效标准',
    '产出指标',
    '数量指标',
    '雾炮车抑尘降尘服务配备车辆数',
    '10',
    '计划标准',
    '雾炮车风炮射程',
    '80M',
    '计划标准',
    '质量指标',
    '服务周期内空气质量',
    '优良',
    '计划标准',
    ...satisfaction,
    '其他需说明的问题',
    '主管',
  ].join('\n\n');

describe('a target table copied one cell per paragraph, a 绩效标准 column after the value', () => {
  it('keeps 计划标准 in its column and reads the next row (wide/321)', async () => {
    const [f] = await projectsOf(XIANGTAN(['服务对象满意度指标', '满意度', '90%', '计划标准']));
    expect(f!.indicators.map((i) => [i.name, i.target.raw, i.basis])).toEqual([
      ['雾炮车抑尘降尘服务配备车辆数', '10', '计划标准'],
      ['雾炮车风炮射程', '80M', '计划标准'],
      ['服务周期内空气质量', '优良', '计划标准'],
      ['满意度', '90%', '计划标准'],
    ]);
  });

  it('reads a 二级 written again with its value as the 三级, but not a sibling 二级 before a value', async () => {
    // 服务对象满意度指标 | 满意度 | 90%: 满意度 is the indicator. 数量指标 | 质量指标 | 88100 (docs/011, a template whose
    // level names carry scores): 质量指标 is the next 二级, no indicator.
    const sibling = [
      '项目绩效目标表',
      '项目名称',
      '镇域内基础设施建设',
      '一级指标',
      '二级指标',
      '指标内容',
      '指标值',
      '产出指标',
      '数量指标',
      '质量指标',
      '88100',
      '时效指标',
      '88100',
    ].join('\n\n');
    const outcome = await importText(sibling);
    const f = outcome.forms[0] as ProjectForm | undefined;
    expect(f?.indicators ?? []).toEqual([]);
  });
});

describe('a 项目库 form whose indicators are named by their 二级 (wide/322, 临海)', () => {
  const LINHAI = [
    '项目名称: | 绿化养护经费 | 项目编号: |',
    '项目属性: | 新增□ 延续□ 往年备选□ | 重要程度: | 重要工作□ 一般工作□ |',
    '指标类型 | 指标名称 | 指标值 | 指标描述 |',
    '产出指标 | 数量指标 | 375万平方米 | 完成全市375万平方米的绿地养护、维护等 |',
    '质量指标 | 100% | 达到绿化绿地全覆盖 |',
    '时效指标 | 全年 | 全年 |',
    '效益指标 | 社会效益指标 | 是 | 满足市民生存环境的需求 |',
    '生态效益指标 | 是 | 改善城市生态环境,保持生态平衡、保护自然环境 |',
    '可持续性发展影响指标 | 是 | 保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展,形成绿化系统 |',
    '最近年度绩效评价情况 | 优秀□ 良好□ 合格□ 不合格□未评价□ | 附上一年度评价报告列示的主要问题 |',
  ].join('\n');

  it('reads each row under 指标名称 | 指标值 and stops at the tick-box field after the table', async () => {
    const [f] = await projectsOf(LINHAI);
    expect(f!.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['数量指标', '375万平方米'],
      ['质量指标', '100%'],
      ['时效指标', '全年'],
      ['社会效益指标', '是'],
      ['生态效益指标', '是'],
      ['可持续性发展影响指标', '是'],
    ]);
  });

  it('keeps a 二级 column a 二级 column where the header has one', async () => {
    const text = [
      '项目名称 | 某项目 |',
      '一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '产出指标 | 时效指标 | 完成时间 | 全年 |',
      '时效指标 | 全年 | 全年 |',
    ].join('\n');
    const [f] = await projectsOf(text);
    expect(f!.indicators.map((i) => i.name)).not.toContain('时效指标');
  });
});

describe('mid-term and annual columns side by side, the annual side holding only its 二级 (wide/323)', () => {
  const rows = (last: string) =>
    [
      '项目支出绩效目标申报表 | ||||||||',
      '项目名称 | 城管执法车辆维修燃油费 | |||||||',
      '绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 | |',
      '产出指标 | 数量指标 | 完成修理养护的设施数量 | ≥90辆 | 数量指标 | ||||',
      '质量指标 | 经费支出合规性 | 较高 | 质量指标 | |||||',
      '项目验收合格率 | ≥100百分比 | |||||||',
      last,
    ].join('\n');

  it('never takes the 二级 for a value, and reads a cut row that opens with a 二级 under it', async () => {
    const [f] = await projectsOf(rows('社会效益指标 | 对单位履职、促进事业发展'));
    const byName = new Map(f!.indicators.map((i) => [i.name, i]));
    expect(byName.get('经费支出合规性')?.target.raw).toBe('较高');
    expect(byName.get('经费支出合规性')?.level2).toBe('质量指标');
    expect(byName.get('对单位履职、促进事业发展')?.level2).toBe('社会效益指标');
    expect(f!.indicators.some((i) => i.name === '较高' || i.name === '社会效益指标')).toBe(false);
  });
});

describe("last year's figure beside this year's in the 资金 block (wide/330, 湘阴)", () => {
  const XIANGYIN = (heading: string) =>
    [
      '项目支出预算绩效目标申报表',
      '(2022年度)',
      ' 填报单位:湘阴县教育局',
      '项目基本情况 项目名称 公办和普惠性民办幼儿园公用经费 ',
      '项目属性 新增项目□                       延续项目√ ',
      heading,
      '合 计 213.4 259',
      '县级资金 213.4 259',
    ].join('\n');

  it('takes the 合计 under 本年度申请资金 as the budget', async () => {
    const [f] = await projectsOf(
      XIANGYIN('项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 本年度申请资金'),
    );
    expect(f!.budget.total).toBe('259');
    expect(thisYearColumnOf('项目 本年度申请资金 上年度安排资金')).toBe(0);
    expect(totalInYearColumn(['合 计 213.4 259'], 1)).toBe('259');
  });

  it('takes nothing from a 合计 line under no such pair of headings', async () => {
    const [f] = await projectsOf(XIANGYIN('项目资金情况 项目资金申请(万元) 项 目  金额 测算依据'));
    expect(f!.budget.total).toBeNull();
    expect(thisYearColumnOf('项目 本年度申请资金')).toBeNull();
    expect(totalInYearColumn(['县级资金 213.4 259'], 1)).toBeNull();
  });
});

describe('a name worded like its 二级 in the name column, the 二级 left blank under a merge', () => {
  // wide/321's rows as a template with 计算符号 | 年初目标值 | 度量单位 columns prints them (tab-separated).
  const text = (last: string) =>
    [
      '部门预算项目支出绩效目标表',
      '项目名称\t雾炮车抑尘降尘服务',
      '一级指标\t二级指标\t三级指标\t计算符号\t年初目标值(A)\t度量单位',
      '产出指标\t数量指标\t雾炮车风炮射程\t\t80\tM',
      '满意度指标\t服务对象满意度指标\t服务周期内,市民对空气质量改善的满意程度\t\t85\t%',
      last,
    ].join('\n');

  it("stays the indicator's name rather than move into the empty 二级 column", async () => {
    const [f] = await projectsOf(text('\t\t满意度\t\t90\t%'));
    expect(f!.indicators.at(-1)!.name).toBe('满意度');
    expect(f!.indicators.at(-1)!.target.raw).toBe('90%');
  });

  it('leaves a row of level names only without an indicator', async () => {
    const [f] = await projectsOf(text('效益指标\t社会效益指标\t\t\t\t'));
    expect(f!.indicators.map((i) => i.name)).toEqual([
      '雾炮车风炮射程',
      '服务周期内,市民对空气质量改善的满意程度',
    ]);
  });
});
