import { describe, expect, it } from 'vitest';
import { emptyProjectForm, parseIndicatorValue, type Indicator } from '@jixiao/core';
import { changedPointers, changeLines, lastReturnedVersion, type FormDiff } from './changes.ts';
import { shownPointers } from './shown-pointers.ts';

const ind = (id: string, name: string, value: string): Indicator => ({
  id,
  term: 'annual',
  goal: null,
  level1: '产出指标',
  level2: '数量指标',
  name,
  target: parseIndicatorValue(value),
  history: null,
  basis: '计划标准',
  category: null,
});
const form = {
  ...emptyProjectForm(),
  name: '新名称',
  indicators: [ind('a', '宣传报道数量', '≥10个'), ind('b', '新指标', '=1个')],
};
const diff: FormDiff = {
  from: 2,
  to: 3,
  fields: [{ path: '/name', before: '旧名称', after: '新名称' }],
  indicators: {
    added: [form.indicators[1]!],
    removed: [ind('c', '删掉的指标', '完成')],
    changed: [
      {
        id: 'a',
        name: '宣传报道数量',
        changes: [
          { path: '/target/raw', before: '完成', after: '≥10个' },
          { path: '/target/kind', before: 'qualitative', after: 'quantitative' },
          { path: '/basis', before: '反映宣传工作', after: '计划标准' },
        ],
      },
    ],
    moved: [],
  },
};

describe('changes between versions', () => {
  it('highlights the shown fields that changed, by indicator id', () => {
    const out = changedPointers(diff, form, shownPointers(form));
    expect(out.has('/name')).toBe(true);
    expect(out.has('/indicators/0/target')).toBe(true);
    expect(out.has('/indicators/1/name')).toBe(true); // added
    expect(out.has('/indicators/0/basis')).toBe(true);
    expect(out.has('/code')).toBe(false);
  });
  it('lists one readable line per change, a 指标值 by its text', () => {
    const lines = changeLines(diff, form);
    expect(lines).toContainEqual({ pointer: '/name', label: '项目名称', before: '旧名称', after: '新名称' });
    expect(lines).toContainEqual(
      expect.objectContaining({ label: '指标「宣传报道数量」指标值', before: '完成', after: '≥10个' }),
    );
    // an indicator's 依据 is its 确定依据, not the project's 立项依据
    expect(lines).toContainEqual(
      expect.objectContaining({ label: '指标「宣传报道数量」指标值确定依据', after: '计划标准' }),
    );
    expect(lines.filter((l) => l.label.startsWith('指标「宣传报道数量」'))).toHaveLength(2);
    expect(lines).toContainEqual(expect.objectContaining({ label: '删除指标「删掉的指标」', pointer: null }));
  });
  it('finds the version of the last return', () => {
    expect(lastReturnedVersion([])).toBeNull();
    expect(
      lastReturnedVersion([
        { action: 'submit', version: 1 },
        { action: 'review-return', version: 1 },
        { action: 'submit', version: 2 },
        { action: 'finance-return', version: 2 },
      ]),
    ).toBe(2);
  });
});
