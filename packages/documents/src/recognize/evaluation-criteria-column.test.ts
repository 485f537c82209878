// A 自评表 whose indicator header ends in a column of scoring criteria (… | 自评分 | 复核分 | 评价标准, the 湖北 随州 /
// 广水 template) and whose criteria open a numbered list (1、…), read from text that ran the cells together.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';

const paragraph = (text: string) => ({ cells: [text], table: false, line: 1 });

describe('a criteria column after the scores', () => {
  it('reads 评价标准 as a column, so it is no part of the first indicator name', () => {
    // Made for this test after wide/291 (a 随州 preview run together).
    const doc = recognizeSelfEvaluationDocument(
      [
        paragraph(
          '财政预算支出项目绩效目标自评表项目名称培训开办费项目实施单位某市急救中心一级指标二级指标指标名称（三级指标）年初指标值年终完成值自评分复核分评价标准数量指标15分出车次数800次905121、提供佐证资料;2、按个数平均确定质量指标12分培训合格率100%100%121、提供佐证资料',
        ),
      ],
      '财政预算支出项目绩效目标自评表',
    );
    expect(doc?.kind === 'self-evaluation' && doc.indicators.map((i) => i.name)).toContain('出车次数');
    const first =
      doc?.kind === 'self-evaluation' ? doc.indicators.find((i) => i.name === '出车次数') : undefined;
    expect(first?.target.raw).toBe('800次');
    expect(first?.actual.raw).toBe('905');
    expect(first?.score).toBe('12');
  });

  it('leaves a numbered list its 1、 when a figure ran into it', () => {
    const atoms = atomsOf(['905121、提供佐证资料']);
    expect(atoms[0]).toMatchObject({ kind: 'value', text: '90512' });
    expect(atoms[1]).toMatchObject({ kind: 'text', text: '1、提供佐证资料' });
    // A figure before a numbered note keeps doing so (10101.预算执行率…).
    expect(atomsOf(['10101.预算执行率'])[0]).toMatchObject({ kind: 'value', text: '1010' });
  });
});
