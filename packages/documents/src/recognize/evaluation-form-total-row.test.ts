// A 年度资金总额 row printing the form's whole (分值 100 | 执行率 | 得分 98) above indicator rows with points of
// their own: the 100 and the 98 are the form's 总分, not a 预算执行率 criterion.
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { readTextRows } from '../text/read-text.ts';
import { normalizeRows } from '../rows/normalize-rows.ts';
import { recognizeDocument } from './recognize-forms.ts';

function read(lines: string[]): SelfEvaluationDocument {
  const doc = recognizeDocument(normalizeRows(readTextRows(lines.join('\n')))).evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const form = (weight: string, score: string) => [
  '项目支出绩效自评表',
  '| 项目名称 | 市民中心运行维护费 | | | | | | |',
  '| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
  `| | 年度资金总额 | 150 | 150 | 125.25 | ${weight} | 83.5% | ${score} |`,
  '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
  '| 产出指标 | 数量指标 | 预算执行率 | 100% | 83.5% | 20 | 18 |',
  '| 产出指标 | 质量指标 | 政务服务工作办结率 | 100% | 100% | 10 | 10 |',
];

describe('the form’s total printed on the budget row', () => {
  it('reads 分值 100 | 得分 98 as the form’s 总分 where the indicators carry their own points', () => {
    const doc = read(form('100', '98'));
    expect(doc.budget).toMatchObject({ annual: '150', executed: '125.25', weight: null, score: null });
    expect(doc).toMatchObject({ totalWeight: '100', total: '98' });
  });

  it('keeps a 10-point row whose figures were also read as the 总分: the indicators alone hold more points', () => {
    const doc = read([...form('10', '0'), '| 总分 | 10 | 0 |']);
    expect(doc.budget).toMatchObject({ weight: '10', score: '0' });
  });

  it('keeps a 预算执行率 criterion of 10 points on the row', () => {
    const doc = read(form('10', '8.35'));
    expect(doc.budget).toMatchObject({ weight: '10', score: '8.35' });
    expect(doc.total).toBeNull();
  });
});
