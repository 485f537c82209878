// A scoring 自评表 prints each level's points in brackets after its name, with or without 分 (产出指标（50）, 成本指标
// (20), shaped after corpus wide/428 and variants.ts's `scoring` shape): the points are the level's, not part of its
// name — so 成本指标, a 一级 of one tree and a 二级 of another, reads as the 二级 it is under 产出指标. Names and
// figures made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { levelLabel } from './evaluation-cells.ts';

const read = (lines: string[]) => importBuffer(new TextEncoder().encode(lines.join('\n')), 'scoring.txt');

describe('a level with its points in brackets', () => {
  it('reads 成本指标（5） under 产出指标（50） as the 二级, the indicator named by its own cell', async () => {
    const out = await read([
      '项目支出绩效自评表',
      '项目名称\t某区文物保护专项经费',
      '主管部门\t某区文化和旅游局',
      '一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分',
      '产出指标（50）\t成本指标（5）\t项目成本控制在预算内\t≤29万元\t27.8万元\t5\t5',
      '\t数量指标（45）\t修缮建筑面积\t6000平方米\t6000平方米\t45\t45',
      '满意度指标（10）\t服务对象满意度指标（10）\t群众满意度\t≥90%\t96%\t10\t10',
    ]);
    if (!out.ok) throw new Error(out.error.message);
    const e = out.evaluations[0];
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    // Before: 成本指标（5） read as a 一级 in the 二级 column, the row's name 成本指标（5） and its own name lost.
    expect(e.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '成本指标', '项目成本控制在预算内'],
      ['产出指标', '数量指标', '修缮建筑面积'],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
  });

  it('takes the points out of a level name only, with or without 分', () => {
    expect(levelLabel('成本指标（20）')).toMatchObject({
      level: 1,
      name: '成本指标',
      weight: '20',
      alsoLevel2: true,
    });
    expect(levelLabel('产出指标(45分)')).toMatchObject({ level: 1, name: '产出指标', weight: '45' });
    // An indicator's name with a figure in brackets is no level.
    expect(levelLabel('培训人次（200）')).toBeNull();
  });
});
