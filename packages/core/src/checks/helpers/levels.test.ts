import { describe, expect, it } from 'vitest';
import { startCheckRun } from './memo.ts';
import { formFramework, isCostIndicator, isSatisfactionRow, levelsOf } from './levels.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm } from './test-forms.ts';
import { project101, project2015, project88 } from '../../frameworks/index.ts';

describe('framework helpers', () => {
  it('uses the recorded framework', () => {
    expect(formFramework(makeProjectForm()).id).toBe('project-88');
    expect(formFramework(makeDepartmentForm()).id).toBe('department-hubei');
  });

  it('detects the framework when none is recorded', () => {
    const f = makeProjectForm({
      framework: null,
      indicators: [
        makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '≤50万元' }),
      ],
    });
    expect(formFramework(f).id).toBe('project-101');
    expect(formFramework({ ...makeDepartmentForm(), framework: null }).id).toBe('department-hubei');
  });

  it('resolves aliases and spacing', () => {
    const l = levelsOf(makeIndicator({ level1: '满意度\n指标', level2: '服务对象满意度' }), project88);
    expect(l).toEqual({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      level1Known: true,
      level1Local: false,
      level2Known: true,
    });
    const u = levelsOf(makeIndicator({ level1: '投入指标', level2: '资金' }), project88);
    expect(u).toEqual({
      level1: '投入指标',
      level2: '资金',
      level1Known: false,
      level1Local: false,
      level2Known: false,
    });
  });

  it('reads a local template’s spelling as the tree’s level, and says it was local', () => {
    const l = levelsOf(makeIndicator({ level1: '效果指标', level2: '社会效益目标' }), project88);
    expect(l).toEqual({
      level1: '效益指标',
      level2: '社会效益指标',
      level1Known: true,
      level1Local: true,
      level2Known: true,
    });
  });

  it('tells cost indicators in both versions', () => {
    expect(isCostIndicator(makeIndicator({ level1: '产出指标', level2: '成本指标' }), project88)).toBe(true);
    expect(isCostIndicator(makeIndicator({ level1: '成本指标', level2: '社会成本指标' }), project101)).toBe(
      true,
    );
    expect(isCostIndicator(makeIndicator({ level1: '产出指标', level2: '数量指标' }), project88)).toBe(false);
  });
});

describe('levels remembered for a run', () => {
  it('answers each framework asked about, in turn, as a fresh reading would', () => {
    startCheckRun();
    const ind = makeIndicator({ level1: '效益指标', level2: '满意度指标' });
    expect(isSatisfactionRow(ind, project2015)).toBe(true);
    expect(levelsOf(ind, project88).level2Known).toBe(false);
    expect(levelsOf(ind, project2015).level2Known).toBe(true);
    expect(isSatisfactionRow(ind, project88)).toBe(false);
    expect(levelsOf(ind, project2015)).toEqual(levelsOf({ ...ind }, project2015));
  });

  it('reads an indicator edited between two runs afresh', () => {
    startCheckRun();
    const ind = makeIndicator({ level1: '产出指标', level2: '数量指标' });
    expect(levelsOf(ind, project88).level1).toBe('产出指标');
    expect(isSatisfactionRow(ind, project88)).toBe(false);
    ind.level1 = '满意度指标';
    ind.level2 = '服务对象满意度指标';
    startCheckRun();
    expect(levelsOf(ind, project88).level1).toBe('满意度指标');
    expect(isSatisfactionRow(ind, project88)).toBe(true);
  });
});
