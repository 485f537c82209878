import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';
import { splitNameFromDescription } from './name-description.ts';
import { unitTailBeforeBasis } from './basis-unit-tail.ts';

describe('an indicator name run into its 指标内容', () => {
  it('ends the name where the description ends in the same words', () => {
    expect(splitNameFromDescription('培训人数参加培训的农民人数')).toEqual({
      name: '培训人数',
      description: '参加培训的农民人数',
    });
    expect(splitNameFromDescription('设备合格率采购设备合格率')).toEqual({
      name: '设备合格率',
      description: '采购设备合格率',
    });
  });

  it('ends the name after its word of measure where the description ends otherwise', () => {
    expect(splitNameFromDescription('验收及时率各项工程按期验收完成')).toEqual({
      name: '验收及时率',
      description: '各项工程按期验收完成',
    });
  });

  it('leaves a text that parts into no name and sentence', () => {
    expect(splitNameFromDescription('群众生活明显改善')).toBeNull();
    expect(splitNameFromDescription('人数')).toBeNull();
  });
});

describe('a unit cut off into the basis cell', () => {
  it('gives the unit back and keeps the basis word', () => {
    expect(unitTailBeforeBasis('/人/年计划标准')).toEqual({ tail: '/人/年', basis: '计划标准' });
    expect(unitTailBeforeBasis('万元行业标准')).toEqual({ tail: '万元', basis: '行业标准' });
  });

  it('leaves a basis word alone and a sentence before one', () => {
    expect(unitTailBeforeBasis('计划标准')).toBeNull();
    expect(unitTailBeforeBasis('参照往年执行情况按计划标准')).toBeNull();
  });
});

describe('a 专项 target form whose 三级 and 指标内容 ran together', () => {
  const form = (rows: string[]) =>
    [
      '专项资金绩效目标表',
      '专项名称农机作业补贴资金专项属性延续专项√',
      '部门名称某县农业农村局资金总额',
      '(万元)',
      '60',
      '一级指标二级指标三级指标指标内容指标值绩效标准',
      ...rows,
    ].join('\n');

  it('reads each name apart from its description, and the unit cut into the basis back on its figure', () => {
    const [f] = importText(
      form([
        '产出指标数量指标补贴农户数享受补贴的农户户数300户计划标准',
        '质量指标补贴发放准确率补贴资金发放准确率100%历史标准',
        '成本指标补贴标准每亩作业补贴标准20元/亩计划标准',
      ]),
    );
    if (f?.kind !== 'project') throw new Error('no project form');
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['补贴农户数', '300户'],
      ['补贴发放准确率', '100%'],
      ['补贴标准', '20元/亩'],
    ]);
  });
});

describe('a cell far longer than a name and its description', () => {
  it('is left unparted, at once', () => {
    expect(splitNameFromDescription('培训人数'.repeat(5000))).toBeNull();
  });
});
