import { describe, expect, it } from 'vitest';
import {
  cellToken,
  isRunTogether,
  joinSplitDecimals,
  isRunTogetherHead,
  isValueShaped,
  splitFusedRow,
  splitRunTogether,
} from './tokenize.ts';

const kinds = (text: string) => splitRunTogether(text).map((t) => `${t.kind}:${t.text}`);

describe('splitting run-together text at labels, indicator names and values', () => {
  it('knows 项目基本情况 as a label, so the unit before it keeps no 项目 (corpus wide/103 as one stream)', () => {
    expect(kinds('实施单位大英县司法局项目基本情况1.项目年度目标')).toContain('text:大英县司法局');
  });

  it('splits labels from their values and keeps the text as written', () => {
    expect(kinds('项目名称镇域内基础设施建设项目属性新增项目□延续项目√主管部门坝塘镇')).toEqual([
      'label:项目名称',
      'text:镇域内基础设施建设',
      'label:项目属性',
      'text:新增项目□延续项目√',
      'label:主管部门',
      'text:坝塘镇',
    ]);
    expect(kinds('实施单位 (433001)乌海市供销合作社联合社')).toEqual([
      'label:实施单位',
      'text:(433001)乌海市供销合作社联合社',
    ]);
  });

  it('reads a level written in two words (社会效益 指标) and with the template’s 等 as one level', () => {
    // Made for this test in the shape of corpus stream 023 (narrow): cells one space apart.
    expect(kinds('效益指标 社会效益 指标 政策知晓率 ═ 100 %')).toEqual([
      'level1:效益指标',
      'level2:社会效益 指标',
      'text:政策知晓率',
      'text:═',
      'value:100',
      'text:%',
    ]);
    expect(kinds('满意度指标 服务对象满意度指标等 学生满意度')).toEqual([
      'level1:满意度指标',
      'level2:服务对象满意度指标等',
      'text:学生满意度',
    ]);
  });

  it('prefers the label that reaches further (资金总额及构成总额 after …2021年度)', () => {
    expect(kinds('起止时间2021年度资金总额及构成总额10606.7522万元')).toEqual([
      'label:起止时间',
      'value:2021年度',
      'label:资金总额及构成总额',
      'value:10606.7522万元',
    ]);
  });

  it('cuts operator-led values out of indicator text, with their unit', () => {
    expect(kinds('产出指标数量指标免费开放天数=300天质量指标博物馆绩效考核指标完成率=100百分比')).toEqual([
      'level1:产出指标',
      'level2:数量指标',
      'text:免费开放天数',
      'value:=300天',
      'level2:质量指标',
      'text:博物馆绩效考核指标完成率',
      'value:=100百分比',
    ]);
  });

  it('keeps a unit per a base (元/亩, 元/吨, 次/年) with its operator-led value', () => {
    expect(kinds('成本指标 流转土地补助标准 <=475元/亩')).toEqual([
      'level1:成本指标',
      'text:流转土地补助标准',
      'value:<=475元/亩',
    ]);
    // A known unit per a base the measure-word list does not name: the base ends at the cell boundary.
    expect(kinds('时效指标 巡查频次 ≥4次/年 质量指标 合格率 ≥95%')).toEqual([
      'level2:时效指标',
      'text:巡查频次',
      'value:≥4次/年',
      'level2:质量指标',
      'text:合格率',
      'value:≥95%',
    ]);
  });

  it('does not split a word that merely starts like a level name (预算执行率)', () => {
    expect(isRunTogether('预算执行率10%=100')).toBe(false);
  });

  it('keeps a title whole, and 绩效目标 inside a title is no label', () => {
    expect(kinds('项目绩效目标表(2021年度)填报单位(盖章):宁乡市坝塘镇人民政府').slice(0, 2)).toEqual([
      'text:项目绩效目标表(2021年度)',
      'label:填报单位(盖章):',
    ]);
    expect(kinds('服务对象满意度=99百分比省级部门预算项目支出绩效目标表2023年度').at(-1)).toBe(
      'text:省级部门预算项目支出绩效目标表2023年度',
    );
  });

  it('treats words like 年度预算 as labels only where a cell or another label ends', () => {
    expect(kinds('年度目标 目标4:年度预算总金额3万元')).toEqual([
      'label:年度目标',
      'text:目标4:年度预算总金额3万元',
    ]);
    expect(kinds('中央补助安排0其他资金20万元')).toEqual([
      'label:中央补助安排',
      'value:0',
      'label:其他资金',
      'value:20万元',
    ]);
  });

  it('reads 年度预算 opening a cell as no label where a word goes on after it (an indicator named 年度预算总成本)', () => {
    expect(isRunTogether('年度预算总成本')).toBe(false);
    expect(cellToken('年度预算总成本').kind).toBe('text');
    // Followed by a figure or by another label, it is still one.
    expect(kinds('年度预算3万元')).toEqual(['label:年度预算', 'value:3万元']);
    expect(kinds('年度预算其他资金20万元')).toEqual(['label:年度预算', 'label:其他资金', 'value:20万元']);
  });

  it('leaves prose and plain values alone', () => {
    expect(
      isRunTogether('按照党中央、国务院关于全面实施预算绩效管理的决策部署，确保年度绩效目标如期实现。'),
    ).toBe(false);
    expect(isRunTogether('≥100公里')).toBe(false);
  });

  it('is bounded on hostile input', () => {
    const long = '项目名称'.repeat(10_000);
    expect(splitRunTogether(long).length).toBeLessThanOrEqual(2000);
    expect(isRunTogether('项'.repeat(30_000))).toBe(false);
  });
});

describe('value shapes and fused rows', () => {
  it('knows a 指标值 from a name or a title', () => {
    for (const v of ['≥95%', '100%', '1600元/亩', '3500公斤', '2023年底', '85', '=300天'])
      expect(isValueShaped(v)).toBe(true);
    for (const v of ['年增粮食', '2022年区级一般性项目绩效目标表', '']) expect(isValueShaped(v)).toBe(false);
  });

  it('splits name, weight, unit, operator and value written without separators', () => {
    expect(splitFusedRow('农村公路养护里程10公里=125')).toEqual([
      '农村公路养护里程',
      '10',
      '公里',
      '=',
      '125',
    ]);
    expect(splitFusedRow('预算执行率10%=100')).toEqual(['预算执行率', '10', '%', '=', '100']);
    expect(splitFusedRow('基层组织建设办公阵地和干部人才保障有效性10有效保障')).toEqual([
      '基层组织建设办公阵地和干部人才保障有效性',
      '10',
      '有效保障',
    ]);
  });
});

describe('a date with a note after it in run-together text', () => {
  it('keeps 2019年12月(计划标准) whole instead of cutting the year off as a value', () => {
    const tokens = splitRunTogether('时效指标 项目完成时间 2019年12月(计划标准) 100%').map((t) => [
      t.kind,
      t.text,
    ]);
    expect(tokens).toContainEqual(['text', '2019年12月(计划标准)']);
    expect(tokens).not.toContainEqual(['value', '2019']);
  });
});

describe('a department form head run together with its prose (a PDF text layer in one paragraph)', () => {
  // Made for this test in the shape of corpus wide 118: the head block, then 部门职能概述 in sentences.
  const head =
    '部门整体支出绩效目标申报表 填报日期:2021 年 部门(单位) 名称 填报人 某市某局 张三 联系电话 部门总体 资金情况';
  it('splits the head when its labels stand before the first sentence, under a form title', () => {
    expect(isRunTogetherHead(`${head} （一）负责全市工作。（二）组织调查研究。`)).toBe(true);
    // No form title: prose that names labels stays whole; a 自评表 is read whole by its own reader.
    expect(isRunTogetherHead('本局今年 填报人 某市某局 联系电话 部门总体 资金情况 负责全市工作。')).toBe(
      false,
    );
    expect(isRunTogetherHead(`${head.replace('目标申报表', '自评表')} 负责全市工作。`)).toBe(false);
  });

  it('reads a label broken by a space as the label it is', () => {
    expect(kinds('部门(单位) 名称 某市某局')).toEqual(['label:部门(单位) 名称', 'text:某市某局']);
    // A word that lengthens a label after it into a longer one: 部门总体 资金情况.
    expect(kinds('部门总体 资金情况 单位:万元')[0]).toBe('label:部门总体 资金情况');
    // Two words that are labels of their own stay two.
    expect(kinds('项目名称 主管部门 某局')[0]).toBe('label:项目名称');
  });

  it('reads a label wrapped in its cell and padded with spaces as the one label (corpus wide 101)', () => {
    expect(kinds('年度主要目标     和成果 新建晾晒房一座')).toEqual([
      'label:年度主要目标     和成果',
      'text:新建晾晒房一座',
    ]);
    // Words that make no label together stay apart, however wide the gap.
    expect(kinds('年度主要目标     某某 新建晾晒房一座')[0]).not.toBe('label:年度主要目标     某某');
  });
});

describe('an amount a PDF text layer broke inside its decimals', () => {
  it('joins 968.191 8 into 968.1918 (万元 to the yuan) and leaves other number pairs apart', () => {
    expect(joinSplitDecimals(['合计', '968.191', '8', '100%'])).toEqual(['合计', '968.1918', '100%']);
    expect(kinds('合计 968.191 8 100%')).toEqual(['text:合计', 'value:968.1918', 'value:100%']);
    // A value and its score, two amounts, a whole number and a digit: not one number.
    expect(joinSplitDecimals(['95.5', '10'])).toEqual(['95.5', '10']);
    expect(joinSplitDecimals(['12.5', '3.2'])).toEqual(['12.5', '3.2']);
    expect(joinSplitDecimals(['968', '8'])).toEqual(['968', '8']);
    expect(joinSplitDecimals(['1.2345', '6'])).toEqual(['1.2345', '6']);
  });

  it('keeps an amount whole when the line printed the amount before it to the same decimals', () => {
    // Made for this test after wide/290 (a spreadsheet's text on one line): 全年预算数 65.66, 全年执行数 65.07,
    // 分值 10 — the 10 is the next cell, not the execution's last two decimals.
    expect(joinSplitDecimals(['65.66', '65.07', '10', '99%', '9'])).toEqual([
      '65.66',
      '65.07',
      '10',
      '99%',
      '9',
    ]);
    expect(kinds('年度资金总额 65.66 65.07 10 99% 9')).toContain('value:65.07');
    // A broken amount after one printed to four decimals is still joined; one after a 2-decimal amount is not.
    expect(joinSplitDecimals(['968.1918', '968.191', '8'])).toEqual(['968.1918', '968.1918']);
    expect(joinSplitDecimals(['12.50', '968.19', '18'])).toEqual(['12.50', '968.19', '18']);
  });
});
