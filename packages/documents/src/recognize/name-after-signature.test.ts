import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const nameOf = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.name : undefined;
};

describe('a 自评表 whose name a text layer moved after the signature label beside it', () => {
  // Made for this test after wide/345 (广水, 湖北): a PDF library's text layer on one line, 项目名称 followed by the
  // next label, the name printed after 单位领导审签: (the cell beside it in the printed form).
  const form = (name: string, signed: string) =>
    `某市财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 ${name}项目主管单 位 自评总分: 95 ` +
    '项目实施单位 某市交通运输局 某市交通运输局 项目负责人 某某 1、常年性 2、延续性□ 3、一次性□ 4、新增性□ ' +
    '中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 120 120 来源 项目年度目标 ' +
    `单位领导审签: ${signed} 项目属性 项目资金 日 120 100 % 1.完成道路养护里程 300 公里; 2. 3. ` +
    '项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2 复核分 评价标准及依据 有项目年度工作计划计 2 分,没有不得分。 ' +
    '项目年度目标 1:某某道路养护项目 一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准 指标 (三级指标) 标值 成值 分 分';

  it('reads the text that names a project after the signature label as the name', async () => {
    expect(await nameOf(form('', '某某道路养护项目'))).toBe('某某道路养护项目');
  });

  it('keeps the name its label gives, and takes no other text after a signature', async () => {
    expect(await nameOf(form('某某维护费 ', '某某道路养护项目'))).toBe('某某维护费');
    expect(await nameOf(form('', '同意上报'))).toBeNull();
  });
});
