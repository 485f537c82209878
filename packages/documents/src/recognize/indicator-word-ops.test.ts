import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';

// The comparison columns are looked up by their words: a cell holding a name of Object's own properties
// (a hostile or garbled file) must read as an unknown word, not as Object.prototype's function.
const form = (op: string) =>
  [
    '项目支出绩效目标表',
    '| 项目名称 | 草原巡护经费 |',
    '| 主管部门 | 某旗林草局 |',
    '| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标方向 | 指标值 | 度量单位 |',
    `| 产出指标 | 数量指标 | 巡护面积 | 定量 | ${op} | 120 | 万亩 |`,
    '| 效益指标 | 社会效益指标 | 群众满意度 | 定量 | 正向 | 95 | % |',
  ].join('\n');

describe('comparison words in their own column', () => {
  it('reads 大于等于 as its sign', () => {
    const [project] = importText(form('大于等于'));
    if (project?.kind !== 'project') throw new Error('no project form');
    expect(project.indicators[0]?.target.raw).toBe('≥120万亩');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'keeps %s as a word, not a function',
    (word) => {
      const [project] = importText(form(word));
      if (project?.kind !== 'project') throw new Error('no project form');
      expect(project.indicators).toHaveLength(2);
      for (const i of project.indicators) expect(typeof i.target.raw).toBe('string');
      expect(project.indicators[0]?.target.raw).not.toMatch(/function|native code/);
    },
  );
});
