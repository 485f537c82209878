// Field-by-field and indicator-by-indicator differences between two versions.
import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { diffForms, diffValues } from './form-diff.ts';

describe('diffValues', () => {
  it('reports leaves with JSON pointers', () => {
    expect(diffValues({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3, 4] }, d: null })).toEqual([
      { path: '/b/c/1', before: 2, after: 3 },
      { path: '/b/c/2', before: null, after: 4 },
    ]);
  });
});

describe('diffForms', () => {
  const base = sampleProject();
  base.indicators = base.indicators.map((i, n) => ({ ...i, id: `id-${n}` }));

  it('matches indicators by id: added, removed, changed, moved', () => {
    const next = structuredClone(base);
    next.name = '新名称';
    next.indicators = [
      next.indicators[1]!,
      { ...next.indicators[0]!, basis: '历史标准' },
      ...next.indicators.slice(3),
    ];
    next.indicators.push({ ...next.indicators[0]!, id: 'id-new' });
    const d = diffForms(base, next);
    expect(d.fields).toEqual([{ path: '/name', before: '政务服务能力提升项目', after: '新名称' }]);
    expect(d.indicators.added.map((i) => i.id)).toEqual(['id-new']);
    expect(d.indicators.removed.map((i) => i.id)).toEqual(['id-2']);
    expect(d.indicators.changed).toEqual([
      {
        id: 'id-0',
        name: '归集电子证照数量',
        changes: [{ path: '/basis', before: '计划标准', after: '历史标准' }],
      },
    ]);
    expect(d.indicators.moved).toContainEqual({ id: 'id-0', from: 0, to: 1 });
  });

  it('is empty between equal versions', () => {
    expect(diffForms(base, structuredClone(base))).toEqual({
      fields: [],
      indicators: { added: [], removed: [], changed: [], moved: [] },
    });
  });
});
