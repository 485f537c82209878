import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { partsAtTitles, readWholeSelfEvaluation, readWholeSelfEvaluations } from './self-evaluation-whole.ts';

describe('a 自评表 whose whole text is one paragraph', () => {
  it("cuts the paragraph at its labels even with the goals' sentences in it", () => {
    const text =
      '附件: 项目支出绩效自评表 (2023年度) 项目名称 乡村道路养护项目 主管部门 某某县交通运输局 实施单位 某某县公路站 ' +
      '年度总体目标 预期目标 实际完成情况 完成道路养护。 已完成道路养护。 ' +
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
      '产出指标(50分) 数量指标 养护道路里程 ≥12公里 12 50 50';
    const doc = readWholeSelfEvaluation([paragraph(text)]);
    expect(doc?.name).toBe('乡村道路养护项目');
    expect(doc?.unit).toBe('某某县公路站');
  });
});

describe('a year a text layer parted from its 年', () => {
  it('stays in the name it opens (2020 年市级…资金)', () => {
    // Made for this test after wide/258 (a .doc's text): 项目名称 2020 年市级服务贸易发展资金 主管部门 区商务局.
    const text =
      '2020 年市级某某发展资金项目自评表 单位名称:区某某局 填报日期:2021 年 4 月 22 日 ' +
      '项目名称 2020 年市级某某发展资金 主管部门 区某某局 ' +
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
      '产出指标(50分) 数量指标 支持企业数量 3 3 50 50';
    expect(readWholeSelfEvaluation([paragraph(text)])?.name).toBe('2020年市级某某发展资金');
  });
});

describe('several 自评表 whose text ran together', () => {
  const form = (name: string) =>
    `财政项目支出绩效自评表 (2022 年度) 项目名称 ${name} 主管部门 某某区体育局 实施单位 某某区体育中心 ` +
    '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
    '产出指标(50分) 数量指标 场馆开放天数 ≥300天 320 50 50 -1- ';

  it('reads one 自评表 per repeated title', () => {
    const docs = readWholeSelfEvaluations([paragraph(form('场馆运营经费') + form('援建帮扶经费'))]);
    expect(docs.map((d) => d.name)).toEqual(['场馆运营经费', '援建帮扶经费']);
  });

  it('keeps a text that names its title once whole', () => {
    expect(partsAtTitles([paragraph(form('场馆运营经费'))])).toHaveLength(1);
    expect(readWholeSelfEvaluations([paragraph(form('场馆运营经费'))]).map((d) => d.name)).toEqual([
      '场馆运营经费',
    ]);
  });
});

describe('a 执行率 the text layer put after the budget block', () => {
  const text = (rate: string) =>
    '项目支出绩效自评表 (2022年度) 项目名称 场馆运营经费 主管部门 某某区体育局 实施单位 某某区体育中心 ' +
    `项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 50 40 10 8 ` +
    `年度总体目标 预期目标 ${rate} 实际完成情况 已完成场馆运营。 ` +
    '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
    '产出指标(50分) 数量指标 场馆开放天数 ≥300天 320 50 50';

  it("is the total line's where it agrees with 执行数 ÷ 预算数", () => {
    expect(readWholeSelfEvaluation([paragraph(text('80%'))])?.budget.rate).toBe('80%');
  });

  it('is not taken where it does not', () => {
    expect(readWholeSelfEvaluation([paragraph(text('75%'))])?.budget.rate).toBeNull();
  });
});
