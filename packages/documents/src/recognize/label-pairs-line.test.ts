import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { budgetLabelLine, budgetPairCells, labelPairCells, loneLabelPair } from './label-pairs-line.ts';

describe('a head line of several labels and values with one space between them', () => {
  it('cuts the line at its labels, the words up to the next label one value', () => {
    expect(
      labelPairCells(
        '一、基本情况 项目名称: 某某老人津贴 是否为专项资金: 实施(主管)单位 314002-某某县民政局机关 金额单位: 万元',
      ),
    ).toEqual([
      '一、基本情况',
      '项目名称:',
      '某某老人津贴',
      '是否为专项资金:',
      '实施(主管)单位',
      '314002-某某县民政局机关',
      '金额单位:',
      '万元',
    ]);
  });

  it('leaves a line without a head field and its colon as it is (a sentence, or metadata)', () => {
    expect(labelPairCells('发布日期: 2021.07.14 索引号: 00062104-2-0404')).toBeNull();
    expect(labelPairCells('项目名称 某某补助 说明: 见附件')).toBeNull();
  });

  it('cuts a head line whose second label says who fills the form in (单位名称 X 联系人及电话 Y)', () => {
    // Made for this test after wide/394 (遂宁经开区, 四川).
    expect(labelPairCells('单位名称 某某局分局 联系人及电话 张三,13800000000')).toEqual([
      '单位名称',
      '某某局分局',
      '联系人及电话',
      '张三,13800000000',
    ]);
  });

  it('gives a 自评表 its name and unit from such a line', async () => {
    // Made for this test in the shape of a county's 预算项目绩效自评表 exported as space-separated text.
    const text = [
      '某某县民政局2020年度预算项目绩效自评表',
      '一、基本情况 项目名称: 某某老人津贴 是否为专项资金: 实施(主管)单位 314002-某某县民政局机关 金额单位: 万元',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '产出指标 数量指标 发放人数 ≥19人 19人 50 50',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (!e) throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect(e.name).toBe('某某老人津贴');
    expect(e.unit).toBe('314002-某某县民政局机关');
  });
});

describe('a budget row of labels each followed by its figure, one space between', () => {
  it('cuts the row into its words when two amounts are labelled', () => {
    expect(budgetPairCells('预算数 6.84 到位数 6.84 执行数 6.84 100.00')).toEqual([
      '预算数',
      '6.84',
      '到位数',
      '6.84',
      '执行数',
      '6.84',
      '100.00',
    ]);
  });

  it('cuts a row of an amount written with 万 and its labelled rate (a 区域 自评表: 转移支付预算数(A) 5.8万 …)', () => {
    // Made for this test after wide/394 (遂宁经开区, 四川).
    expect(budgetPairCells('转移支付预算数(A) 5.8万 预算执行率(B/A) 100%')).toEqual([
      '转移支付预算数(A)',
      '5.8万',
      '预算执行率(B/A)',
      '100%',
    ]);
    // A rate and a score without any amount are no budget row of pairs.
    expect(budgetPairCells('预算执行率 100% 得分 10')).toBeNull();
  });

  it('leaves a row with one labelled amount, or with a sentence in it', () => {
    expect(budgetPairCells('预算数 6.84 其他 0.00')).toBeNull();
    expect(budgetPairCells('预算数 6.84 执行数 6.84 资金已全部拨付到位。')).toBeNull();
  });

  it('gives a 自评表 without a budget block the amounts its labels name', async () => {
    // Made for this test in the shape of a county's 预算项目绩效自评表 exported as space-separated text.
    const text = [
      '某某县民政局2020年度预算项目绩效自评表',
      '一、基本情况 项目名称: 某某老人津贴 是否为专项资金: 实施(主管)单位 某某县民政局 金额单位: 万元',
      '二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)',
      '预算数 6.84 到位数 6.84 执行数 5.00 73.10',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '产出指标 数量指标 发放人数 ≥19人 19人 50 50',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (!e) throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect([e.budget.annual, e.budget.executed]).toEqual(['6.84', '5.00']);
  });
});

describe('a head line without colons, copied with one space between cells', () => {
  it('cuts 项目全称 X 主管部门 Y at its labels, each label followed by its value', () => {
    expect(labelPairCells('项目全称 某某免费开放补助资金 主管部门 某某市文化和旅游局')).toEqual([
      '项目全称',
      '某某免费开放补助资金',
      '主管部门',
      '某某市文化和旅游局',
    ]);
  });

  it('leaves a row of labels without values (a header) and a line opening with a value as they are', () => {
    expect(labelPairCells('项目名称 主管部门 实施单位')).toBeNull();
    expect(labelPairCells('某某补助资金 主管部门 某某局')).toBeNull();
    expect(loneLabelPair('项目名称 主管部门 某某局')).toBeNull();
    // A budget block's label over its column headings is a header row, not a label and its value.
    expect(loneLabelPair('项目资金（元） 调整后预算数 全年执行数 权重 得分 预算执行率')).toBeNull();
    expect(loneLabelPair('项目名称 某某补助资金')).toEqual(['项目名称', '某某补助资金']);
    // An item numbered in a budget block is no field of the head.
    expect(loneLabelPair('1、事业收入 0.00')).toBeNull();
  });

  it('gives a target form its name, unit and budget, and a lone pair above such a line its value', async () => {
    // Made for this test in the shape of a 项目绩效目标表 copied from a PDF viewer: one space between cells,
    // figures typed full-width.
    const text = [
      '项目绩效目标表',
      '项目名称 某某纪念馆免费开放补助资金',
      '主管部门 某某市文化和旅游局 实施单位 某某纪念馆 年度资金总额（元） 200000.00',
      '一级指标 二级指标 三级指标名称 年度指标值',
      '产出指标 数量指标 免费开放天数 = ３００ 天',
      '        免费开放接待观众人数 = ３００００ 人次',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (!f || f.kind !== 'project') throw new Error('no project form read');
    expect([f.name, f.supervisor, f.executor, f.budget.total]).toEqual([
      '某某纪念馆免费开放补助资金',
      '某某市文化和旅游局',
      '某某纪念馆',
      '20',
    ]);
    // No 度量单位 column: the unit word apart from its figure is the figure's (spaced-rows.ts withUnitsJoined).
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['免费开放天数', '=300天'],
      ['免费开放接待观众人数', '=30000人次'],
    ]);
  });
});

describe('a budget block printed one label and its figure a line, copied with one space between', () => {
  it('cuts a budget label and its figure, and the block label over its first column, into two cells', () => {
    expect(budgetLabelLine('全年执行数(B) 20')).toEqual(['全年执行数(B)', '20']);
    expect(budgetLabelLine('执行率 100.00%')).toEqual(['执行率', '100.00%']);
    expect(budgetLabelLine('项目资金(万元) 年初预算数')).toEqual(['项目资金(万元)', '年初预算数']);
  });

  it('takes full-width figures for figures (预算执行率 １００％, 分值 ２０)', () => {
    // Made for this test after a template variant printed with full-width figures, one space between cells.
    expect(budgetLabelLine('项目资金（万元） 预算执行率 １００％')).toEqual([
      '项目资金（万元）',
      '预算执行率',
      '１００％',
    ]);
    expect(budgetLabelLine('执行数 １，２００．５')).toEqual(['执行数', '１，２００．５']);
  });

  it('cuts the block label, its first column and that column’s figure on one line into three cells', () => {
    // source: corpus 020_selfeval.txt (衡山县 县级储备粮, 湖南) copied with one space between cells
    expect(budgetLabelLine('项目资金(万元) 调整后预算数 194.9')).toEqual([
      '项目资金(万元)',
      '调整后预算数',
      '194.9',
    ]);
    expect(budgetLabelLine('项目资金（元） 全年预算数 3000000.00')).toEqual([
      '项目资金（元）',
      '全年预算数',
      '3000000.00',
    ]);
    expect(budgetLabelLine('项目资金(万元) 某某补助 194.9')).toBeNull();
    expect(budgetLabelLine('项目名称 调整后预算数 194.9')).toBeNull();
  });

  it('leaves a line of other words as it is', () => {
    expect(budgetLabelLine('项目名称 20')).toBeNull();
    expect(budgetLabelLine('全年执行数(B) 20 20')).toBeNull();
    expect(budgetLabelLine('项目资金(万元) 某某补助')).toBeNull();
  });

  it('gives a 自评表 its first amount from the block label’s line, in the block label’s unit', async () => {
    // source: corpus 016_selfeval.txt (原州区 马铃薯种薯繁育示范推广项目, 宁夏), amounts in 元, copied with one space
    const text = [
      '部门预算项目支出绩效自评表',
      '项目全称 马铃薯种薯繁育示范推广项目 部门名称 原州区农技中心',
      '项目资金(元) 全年预算数 3000000.00',
      '    执行数(B) 2594500.00',
      '    预算执行率 86.5%',
      '一级指标 二级指标 三级指标名称 年初目标值 全年实际完成值',
      '产出指标 数量指标 免费发放原原种 550万粒 550万粒',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (!e || e.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect([e.budget.annual, e.budget.executed]).toEqual(['300', '259.45']);
  });

  it('gives a 自评表 the amounts of such lines', async () => {
    // Made for this test in the shape of a county's 绩效目标自评表 copied from a PDF viewer.
    const text = [
      '绩效目标自评表',
      '专项资金名称 某某水标尺制作安装 业务主管部门 某某县水利局',
      '项目资金(万元) 年初预算数',
      '    全年预算数(A) 20',
      '    全年执行数(B) 20',
      '    分值 10',
      '    执行率 100.00%',
      '    得分 10',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '产出指标 数量指标 安装坡面水标尺 ≥266米 266米 50 50',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (!e || e.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect([e.budget.annual, e.budget.executed, e.budget.weight, e.budget.score]).toEqual([
      '20',
      '20',
      '10',
      '10',
    ]);
  });
});
