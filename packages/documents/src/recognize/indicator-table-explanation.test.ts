import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { nameBeforeExplanation } from './indicator-row-cells.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('an indicator name with its explanation run into it', () => {
  it('keeps the name up to where the explanation repeats its last words, under an empty 指标解释 column', async () => {
    // Made for this test in the shape of corpus docs/013 (湖南): the 指标解释 cell ran into the 三级 cell.
    const rows = [
      '部门整体支出绩效目标表',
      '部门名称\t某研究所',
      '一级指标\t二级指标\t三级指标\t指标解释\t预期达到目标',
      '产出指标\t数量指标\t技术指导服务数量对生产种植企业技术指导服务数量\t\t10家',
      '\t质量指标\t机关事务正常运转率\t\t100%',
    ];
    const out = await importBuffer(bytes(rows.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'department') throw new Error('no department form read');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['技术指导服务数量', '10家'],
      ['机关事务正常运转率', '100%'],
    ]);
  });

  it('cuts where the repeated last words first end, and leaves a name without such words whole', () => {
    expect(nameBeforeExplanation('党建任务完成率上级党组织要求完成党建工作任务完成率')).toBe(
      '党建任务完成率',
    );
    expect(nameBeforeExplanation('消化利用农作物秸秆数量建立秸秆综合利用点')).toBeNull();
    expect(nameBeforeExplanation('群众满意度')).toBeNull();
  });
});
