import { describe, expect, it } from 'vitest';
import type { ColumnRole } from './lexicon-columns.ts';
import { levelBeforeName, levelColumnBeforeName } from './category-level-column.ts';

describe('指标 | 指标内容 | 指标值: the bare 指标 before the name’s own heading', () => {
  it('heads the levels in a stream’s rebuilt header', () => {
    const roles: ColumnRole[] = ['name', 'name', 'value'];
    levelBeforeName(roles, ['指标', '指标内容', '指标值']);
    expect(roles).toEqual(['level1', 'name', 'value']);
    // 指标名称 | 指标内容: a name and its description, no level.
    const described: ColumnRole[] = ['name', 'name', 'value'];
    levelBeforeName(described, ['指标名称', '指标内容', '指标值']);
    expect(described).toEqual(['name', 'name', 'value']);
  });

  it('heads the levels in a table whose column holds level names, 二级 where they are all 二级', () => {
    const cells = ['指标', '指标内容', '指标值'];
    const roles: ColumnRole[] = ['name', 'name', 'value'];
    levelColumnBeforeName(roles, cells, [
      ['产出指标', '培训人次', '200人次'],
      ['', '监测准确率', '85%'],
      ['效益指标', '损失量', '有效减少'],
    ]);
    expect(roles).toEqual(['level1', 'name', 'value']);
    const second: ColumnRole[] = ['name', 'name', 'value'];
    levelColumnBeforeName(second, cells, [
      ['数量指标', '培训人次', '200人次'],
      ['质量指标', '监测准确率', '85%'],
    ]);
    expect(second).toEqual(['level2', 'name', 'value']);
    // A column of names is no level column.
    const names: ColumnRole[] = ['name', 'name', 'value'];
    levelColumnBeforeName(names, cells, [['培训人次', '培训', '200人次']]);
    expect(names).toEqual(['name', 'name', 'value']);
  });
});
