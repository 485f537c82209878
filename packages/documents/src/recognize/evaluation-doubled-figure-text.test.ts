import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator: a 自评表 run together whose target and actual
// are the same words holding figures (完成2部宣传片,3套方案 under 计划指标值 and 实际完成值 alike).
const FORM =
  '绩效目标自评表单位:元项目(专项)名称某市海绵城市申报工作经费主管部门某市住房和城乡建设局项目资金(元)' +
  '全年预算数(A)1000000.00全年执行数(B)1000000.00执行率100%分值20得分20' +
  '一级指标二级指标三级指标名称指标得分(分)计划指标值实际完成值产出指标数量指标' +
  '完成宣传片制作和实施方案编制20完成2部宣传片,3套方案完成2部宣传片,3套方案' +
  '通过专家评审20通过通过满意度指标服务对象满意度指标群众满意度20满意满意';

describe('a target and its actual written alike with figures inside, run together', () => {
  it('keeps the words written twice as two whole cells, their figures no cells of their own', () => {
    const atoms = atomsOf(['完成2部宣传片,3套方案完成2部宣传片,3套方案通过专家评审']);
    expect(atoms.map((a) => [a.kind, a.text])).toEqual([
      ['text', '完成2部宣传片,3套方案'],
      ['text', '完成2部宣传片,3套方案'],
      ['text', '通过专家评审'],
    ]);
  });

  it('reads the row with its target and actual whole', async () => {
    const cols: IndicatorColumn[] = ['name', 'score', 'target', 'actual'];
    const rows = readFusedRows(
      atomsOf(['完成宣传片制作20完成2部宣传片,3套方案完成2部宣传片,3套方案']),
      cols,
      {
        maxWeight: null,
      },
    );
    expect(rows).toEqual([
      {
        name: '完成宣传片制作',
        cells: { score: '20', target: '完成2部宣传片,3套方案', actual: '完成2部宣传片,3套方案' },
      },
    ]);
    const doc = await selfEvaluationOfLines([FORM], 'joined.txt');
    expect(doc.indicators.map((r) => [r.name, r.target?.raw, r.actual?.raw])).toContainEqual([
      '完成宣传片制作和实施方案编制',
      '完成2部宣传片,3套方案',
      '完成2部宣传片,3套方案',
    ]);
  });
});
