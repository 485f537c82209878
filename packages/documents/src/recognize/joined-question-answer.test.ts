import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { judgementsBetweenNames } from './target-at-end.ts';
import { splitFusedRow } from './tokenize.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks,
// the whole form one line): a yes/no indicator answered in one character, and names carrying a unit note (%).
const HEAD =
  '项目支出绩效目标表(2023年度)项目名称某县小型水利工程维修经费主管单位某县水利局年度资金总额(万元)35';

function rowsOf(text: string) {
  return nameTargetRowsOfText(`${HEAD}${text}\n`);
}

describe('a name that asks a question, run into its one-character answer', () => {
  it('ends where 是 or 否 answers its 是否, the next name after it', async () => {
    const rows = await rowsOf(
      '一级指标二级指标三级指标指标值产出指标质量指标维修工程是否发生安全事故否渠道清淤完成率≥95%',
    );
    expect(rows).toContainEqual(['维修工程是否发生安全事故', '否']);
    expect(rows).toContainEqual(['渠道清淤完成率', '≥95%']);
    expect(judgementsBetweenNames('资金使用是否合规是泵站维修完成率')).toEqual([
      '资金使用是否合规',
      '是',
      '泵站维修完成率',
    ]);
    expect(judgementsBetweenNames('施工现场有无违规行为无泵站维修完成率')).toEqual([
      '施工现场有无违规行为',
      '无',
      '泵站维修完成率',
    ]);
  });

  it('does not cut at a 是 or 否 of names that ask nothing, or answer another question', () => {
    // (No 是否 before it: 是 is a word of the name.)
    expect(judgementsBetweenNames('群众满意度是衡量标准的依据')).toEqual(['群众满意度是衡量标准的依据']);
    // (有 answers no 是否; 是否 right before the character is the question's own words, nothing asked yet.)
    expect(judgementsBetweenNames('工程是否有安全隐患排查记录')).toEqual(['工程是否有安全隐患排查记录']);
    expect(judgementsBetweenNames('水利工程是否否决项目数量')).toEqual(['水利工程是否否决项目数量']);
  });
});

describe('a unit note in brackets closing a name, run into the values', () => {
  it('stays the name’s, the percent sign after the figure the value’s', () => {
    expect(splitFusedRow('工程验收合格率(%)100%开工率(%)100%')).toEqual([
      '工程验收合格率(%)',
      '100',
      '%',
      '开工率(%)',
      '100',
      '%',
    ]);
  });

  it('cuts a percent sign after a figure as before', () => {
    expect(splitFusedRow('预算执行率10%=100')).toEqual(['预算执行率', '10', '%', '=', '100']);
  });

  it('reads the rows of a form with a unit column', async () => {
    const rows = await rowsOf(
      '一级指标二级指标指标名称年度指标值指标性质指标目标值度量单位产出指标质量指标工程验收合格率(%)100%开工率(%)100%',
    );
    expect(rows).toContainEqual(['工程验收合格率(%)', '100%']);
    expect(rows).toContainEqual(['开工率(%)', '100%']);
  });
});
