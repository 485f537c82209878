import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';

// A budget system's project card copied from a web page: label | value pairs two to a row, no title, the
// project named in the second pair, amounts in 元 by their labels; the indicator table's last row cut short.
const card = (nameRow: string, lastRow: string) =>
  [
    '项目负责人 | 王某 | 联系电话 | ||||',
    nameRow,
    '申请单位 | 101001 某市档案馆 | 一级预算单位 | 101 某市档案局 | ||||',
    '项目总金额(元) | 900,000.00 | 本年度项目金额(元) | 300,000.00 | ||||',
    '年度目标* | 完成馆藏档案数字化加工。 | ||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值 | 指标解释 | ||||',
    '产出指标 | 数量指标* | 数字化加工页数 | ≥50000页 | 考察加工页数是否达到计划 | ||||',
    '质量指标* | 加工验收合格率 | 100% | 考察加工质量 | ||||',
    lastRow,
  ].join('\n');

describe('a project card naming its project in a later pair', () => {
  it('is a project form named by that pair, its budget the year’s amount', () => {
    const [f] = importText(
      card(
        '项目编码 | 101-2024-XM-0001 | 项目名称 | 档案数字化加工 | ||||',
        '时效指标* | 加工完成及时率 | ≥95% | 考察是否按期 | ||||',
      ),
    );
    if (f?.kind !== 'project') throw new Error('no project form');
    expect(f.name).toBe('档案数字化加工');
    expect(f.budget.current).toBe('30');
    expect(f.indicators.map((i) => i.name)).toEqual(['数字化加工页数', '加工验收合格率', '加工完成及时率']);
  });

  it('places a cut row written from the left (name | value | explanation) under the columns it fills', () => {
    const [f] = importText(
      card(
        '项目名称 | 档案数字化加工 | 项目编码 | 101-2024-XM-0001 | ||||',
        '加工完成及时率 | ≥95% | 考察是否',
      ),
    );
    if (f?.kind !== 'project') throw new Error('no project form');
    const last = f.indicators.at(-1)!;
    expect([last.name, last.target.raw]).toEqual(['加工完成及时率', '≥95%']);
  });
});
