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
