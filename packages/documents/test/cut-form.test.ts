// A document that stops inside a target form (a stored copy or an excerpt cut off) marks the form `cutOff`,
// and only then: a form closed by its signature block, or whose last row holds its value, is whole. Texts
// written by hand in the shapes of corpus wide 101 (cut at 产出指标 | (40-50)分 | 数量指), 114 (cut after a
// row's name) and 118 (cut in 部门职能概述, before the table); names and figures invented.
import { describe, expect, it } from 'vitest';
import { checkForm, type Form } from '@jixiao/core';
import { importBuffer } from '../src/index.ts';

const forms = async (text: string): Promise<Form[]> => {
  const outcome = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.forms;
};
const cut = (f: Form) => f.kind !== 'disclosure' && f.cutOff === true;

const projectHead = [
  '某项目支出绩效目标申报表',
  '项目名称\t某镇道路维修项目',
  '项目总预算\t65',
  '年度目标\t维修道路3公里',
  '一级指标\t二级指标\t三级指标\t指标值',
  '成本指标\t经济成本指标\t项目建设成本\t≤65万元',
];

describe('a form the document stops inside', () => {
  it('ends in a level name cut in the middle: cut off, and no error for the 数量指标 past the cut', async () => {
    const [form] = await forms([...projectHead, '产出指标', '(40-50)分', '数量指'].join('\n'));
    expect(cut(form!)).toBe(true);
    const errors = checkForm(form!, [form!]).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).not.toContain('R-IND-03');
  });

  it('ends in a last row without its value: cut off, and that row not reported', async () => {
    const [form] = await forms(
      [...projectHead, '产出指标\t数量指标\t维修道路长度\t≥3公里', '产出指标\t质量指标\t验收合格率'].join(
        '\n',
      ),
    );
    expect(cut(form!)).toBe(true);
    expect(checkForm(form!, [form!]).filter((f) => f.rule === 'R-IND-17')).toEqual([]);
  });

  it('ends before the indicator table (a department form cut in its 部门职能概述): goals not judged', async () => {
    const [form] = await forms(
      [
        '部门整体支出绩效目标申报表',
        '部门(单位)名称\t某市某局',
        '部门职能概述\t(一)负责全市某项工作。(二)组织调查研究,及时',
      ].join('\n'),
    );
    expect(cut(form!)).toBe(true);
    expect(checkForm(form!, [form!]).filter((f) => f.rule === 'R-GOAL-01')).toEqual([]);
  });

  it('is whole when its last row holds a value, or a signature block closes it: absences are judged', async () => {
    const valued = await forms([...projectHead, '产出指标\t数量指标\t维修道路长度\t≥3公里'].join('\n'));
    expect(cut(valued[0]!)).toBe(false);
    const signed = await forms(
      [...projectHead, '产出指标\t质量指标\t验收合格率', '填表人:张三\t联系电话:0731-1234567'].join('\n'),
    );
    expect(cut(signed[0]!)).toBe(false);
    expect(checkForm(signed[0]!, signed).some((f) => f.rule === 'R-IND-17' && f.severity === 'error')).toBe(
      true,
    );
    // No 数量指标 in a whole form is still an error.
    expect(checkForm(valued[0]!, valued).map((f) => f.rule)).not.toContain('R-IND-03');
    const noQuantity = await forms(projectHead.join('\n'));
    expect(cut(noQuantity[0]!)).toBe(false);
    expect(
      checkForm(noQuantity[0]!, noQuantity).some((f) => f.rule === 'R-IND-03' && f.severity === 'error'),
    ).toBe(true);
  });
});

// Written by hand in the shapes of corpus docs/007 (a 批复表 printing its 中期 and 年度 tables side by side, the
// copy cut on a row that only the long-term side had begun) and wide/508 (a list of projects, one row a project
// and its indicators under it, the copy cut in its last project's row); names and figures invented.
describe('a cut copy of a form of two side-by-side tables, or of a list of projects', () => {
  it("ends in the long-term table's row without its value: cut off, and that row not reported", async () => {
    const rows = [
      '某市财政项目支出绩效目标批复表 | ||||||',
      '预算单位:某市园林局 | ||||||',
      '项目名称 | 公园绿地养护 | 本年度申请市财政预算资金(万元) | 120.00 | ||||',
      '总体目标 | 中期目标(2024年--2026年) | 年度目标 | |||',
      '完成全市公园绿地养护。 | 完成公园绿地养护40万平方米。 | ||||',
      '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 |',
      '产出指标 | 数量指标 | 养护绿地面积 | 120万平方米 | 数量指标 | 养护绿地面积 | 40万平方米 |',
      '质量指标 | 苗木成活率 | ≥95% | 质量指标 | 苗木成活率 | ≥95% |',
    ];
    const [form] = await forms([...rows, '效益指标 | 社会效益指标 | 市民游园环境改善程度'].join('\n'));
    expect(cut(form!)).toBe(true);
    expect(checkForm(form!, [form!]).filter((f) => f.rule === 'R-IND-17')).toEqual([]);
    // The same table ending on a whole row is no cut copy.
    const [whole] = await forms(rows.join('\n'));
    expect(cut(whole!)).toBe(false);
  });

  it("ends in a row of the list's last project: that project is cut off, the one before it whole", async () => {
    const rows = [
      '项目绩效目标表',
      '单位:元',
      '项目名称 项目单位 项目类别 预算数 年度绩效目标 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值',
      '公园养护经费 101001-某市园林局 32-专项资金项目 1,200,000.00 完成全市公园绿地养护任务 产出指标(50分) 数量指标 养护绿地面积 正向 大于等于 40 万平方米 10',
      '质量指标 苗木成活率 正向 大于等于 95 % 10',
      '苗圃建设经费 101001-某市园林局 32-专项资金项目 800,000.00 完成苗圃基础设施建设 产出指标(50分) 数量指标 新建苗圃面积 正向 大于等于 20 亩 10',
      '质量指标 工程验收合格率 正向 等于 100 % 10',
    ];
    const [first, last] = await forms([...rows, '时效指标 工程完工及'].join('\n'));
    expect(cut(first!)).toBe(false);
    expect(cut(last!)).toBe(true);
    expect(checkForm(last!, [first!, last!]).filter((f) => f.rule === 'R-IND-17')).toEqual([]);
    const whole = await forms(rows.join('\n'));
    expect(whole.map(cut)).toEqual([false, false]);
  });
});
