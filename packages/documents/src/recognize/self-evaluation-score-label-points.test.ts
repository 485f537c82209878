import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { readWholeSelfEvaluation } from './self-evaluation-whole.ts';

// Made for this test after wide/258 (a .doc's text) and wide/257 (黄石): the 湖北-style 预算数(A) | 执行数(B) |
// 执行率(B/A) | 得分（20分*执行率）, whose 分值 only the 得分 label states.
describe('the budget’s 分值 its 得分 label states (得分（20分*执行率）)', () => {
  it('is read from a table’s label where no heading gives points', async () => {
    const text = [
      '某某项目自评表',
      '项目名称 | 某某工程 |',
      '主管部门 | 某市文化和旅游局 | 项目实施单位 | 某市图书馆 |',
      '预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |',
      '年度财政资金总额 | 5 | 5 | 100% | 20 |',
      '年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |',
      '产出指标 | 数量指标 | 存储设备 | 25TB | 25TB | 10 |',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect([doc?.budget.annual, doc?.budget.weight, doc?.budget.score]).toEqual(['5', '20', '20']);
  });

  it('is read from a text layer that parted the note at a space (得分 (20 分*执行率))', () => {
    const text =
      '2020 年市级某某资金项目自评表 项目名称 某某发展资金 主管部门 区某某局 预算执行 情况(万元) 一级指标 ' +
      '年度财政 资金总额 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) 285.84 285.84 100% 20 ' +
      '三级指标 年初目标值 (A) 实际完成值 (B) 得分 支持企业数量 3 3 10';
    const doc = readWholeSelfEvaluation([paragraph(text)]);
    expect([doc?.budget.annual, doc?.budget.weight, doc?.budget.score]).toEqual(['285.84', '20', '20']);
  });
});
