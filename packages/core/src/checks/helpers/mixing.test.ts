import { describe, expect, it } from 'vitest';
import { mixedRows } from './mixing.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from './test-forms.ts';

describe('mixedRows', () => {
  it('finds nothing in a clean form', () => {
    expect(mixedRows(makeProjectForm())).toEqual([]);
    expect(mixedRows(makeDepartmentForm())).toEqual([]);
  });

  it('flags the rows of the other version', () => {
    const f = makeProjectForm({
      framework: 'project-101',
      indicators: [
        makeIndicator({ level1: '成本指标', level2: '经济成本指标', target: '≤5万元' }),
        makeIndicator({ level1: '产出指标', level2: '成本指标', target: '≤5万元' }),
      ],
    });
    expect(mixedRows(f).map((m) => [m.entry.index, m.kind])).toEqual([[1, 'costBothLevels']]);
  });

  it('flags department 一级 in a project form, not the shared 满意度', () => {
    const f = withIndicator(makeProjectForm(), 0, { level1: '履职效能', level2: '核心业务产出1' });
    expect(mixedRows(f).map((m) => [m.entry.index, m.kind])).toEqual([[0, 'departmentInProject']]);
  });
});
