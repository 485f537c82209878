import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of 湖南's 2017 部门整体支出绩效目标申报表 as a district page copies it (fresh/605's
// layout, other words and figures): one cell a paragraph, blank lines between, and the indicators as 二级:prose lines
// under the 一级 labels — some sentences longer than a note under a table, one 二级 worded 环境效益指标.
const FORM = [
  '部门整体支出绩效目标申报表',
  '2017 年度)',
  '',
  '部门名称',
  '',
  '某区第一小学',
  '',
  '年度预算申请',
  '(万元)',
  '',
  '资金总额:512',
  '',
  '部门整体支出',
  '',
  '年度绩效指标',
  '',
  '产出指标',
  '',
  '质量指标:教学秩序良好,学生综合素质稳步提高,力争学业水平合格率达98%',
  '',
  '效益指标',
  '',
  '社会效益指标:学校的办学水平稳步提升,家校协同育人机制进一步健全,深入推进课堂教学改革,倡导教师潜心教学,关注每一名学生的成长,构建平安和谐校园。',
  '',
  '环境效益指标:校园绿化覆盖进一步提高,优化育人环境。',
  '',
  '可持续影响指标:以立德树人为根本,全力打造学校特色品牌,稳定片区生源。',
];

describe("a department form's indicators written as 二级:prose lines", () => {
  const read = async (lines: string[]) => {
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'department') throw new Error('a department form expected');
    return form.indicators.map((i) => i.level2);
  };

  it("reads a sentence longer than a note under a table as its 二级's indicator, the lines after it too", async () => {
    const levels = await read(FORM.filter((l) => !l.startsWith('环境效益指标')));
    expect(levels).toEqual(['质量指标', '社会效益指标', '可持续影响指标']);
  });

  it('reads 环境效益指标 as the 生态效益 二级 it stands for', async () => {
    expect(await read(FORM)).toEqual(['质量指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
  });

  // fresh/605's 环境效益指标:学校绿化覆盖达70%,… line: the value grammar reads such a sentence as a labelled figure
  // with trailing text, which had pushed the 二级 word into the name column and the sentence into the 指标值's.
  const withFigures = [
    ...FORM.map((l) =>
      l.startsWith('环境效益指标') ? '环境效益指标:校园绿化覆盖率达45%,优化育人环境。' : l,
    ),
    '',
    '服务对象满意度指标:家长满意度95%以上',
  ];
  const rowsOf = async (lines: string[]) => {
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'department') throw new Error('a department form expected');
    return form.indicators.map((i) => [i.level2, i.name, i.target.raw]);
  };

  it('reads a sentence with a figure inside it (words, the figure, a clause) as the name, not a 指标值', async () => {
    expect((await rowsOf(withFigures))[2]).toEqual([
      '生态效益指标',
      '校园绿化覆盖率达45%,优化育人环境。',
      '',
    ]);
  });

  it('still reads a labelled figure without a clause after it (家长满意度95%以上) as a name and its value', async () => {
    expect((await rowsOf(withFigures))[4]).toEqual(['社会公众或服务对象满意度指标', '家长满意度', '95%以上']);
  });
});
