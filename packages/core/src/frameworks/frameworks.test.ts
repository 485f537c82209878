import { describe, expect, it } from 'vitest';
import {
  canonicalLevel1,
  canonicalLevel2,
  detectFramework,
  frameworkById,
  frameworks,
  frameworkYears,
  isSatisfactionLevel,
  meantLevel1,
  meantLevel2,
  project2015,
  project88,
  project101,
} from './index.ts';

const pairs = (...p: Array<[string, string]>) => p.map(([level1, level2]) => ({ level1, level2 }));

describe('framework versions as data', () => {
  it('every version says its name, years and source; an older one names what replaced it', () => {
    for (const fw of frameworks) {
      expect(fw.title).not.toBe('');
      expect(fw.source).not.toBe('');
      expect(fw.years.from).toBeGreaterThanOrEqual(2015);
      if (fw.years.to !== null) expect(fw.years.to).toBeGreaterThanOrEqual(fw.years.from);
      if (fw.superseded) expect(frameworkById(fw.superseded.by)).not.toBeNull();
    }
    expect(project2015.superseded?.by).toBe('project-101');
    expect(project101.superseded).toBeUndefined();
    expect(frameworkYears(project2015)).toBe('2015—2020年');
    expect(frameworkYears(project101)).toBe('2021年起');
  });

  it('recognises the 2015 layout by 满意度 under 效益指标, and only without a 满意度 一级', () => {
    const old = pairs(
      ['产出指标', '数量指标'],
      ['效益指标', '社会效益指标'],
      ['效益指标', '社会公众或服务对象满意度指标'],
    );
    expect(detectFramework('project', old).id).toBe('project-2015');
    expect(detectFramework('project', pairs(['效益', '服务对象满意度'])).id).toBe('project-2015');
    expect(
      detectFramework('project', [...old, { level1: '满意度指标', level2: '服务对象满意度指标' }]).id,
    ).toBe('project-88');
    expect(
      detectFramework('project', pairs(['产出指标', '数量指标'], ['满意度指标', '服务对象满意度指标'])).id,
    ).toBe('project-88');
    expect(
      detectFramework('project', pairs(['成本指标', '经济成本指标'], ['满意度指标', '满意度指标'])).id,
    ).toBe('project-101');
  });

  it('finds 满意度 where each version puts it', () => {
    expect(isSatisfactionLevel(project88, '满意度指标', '服务对象满意度指标')).toBe(true);
    expect(isSatisfactionLevel(project101, '满意度', null)).toBe(true);
    expect(isSatisfactionLevel(project2015, '效益指标', '社会公众或服务对象满意度指标')).toBe(true);
    expect(isSatisfactionLevel(project2015, '效益指标', '社会效益指标')).toBe(false);
    // Under 效益 in the current tree it is no 满意度 row but a misplaced one (R-IND-01 says so).
    expect(isSatisfactionLevel(project88, '效益指标', '服务对象满意度指标')).toBe(false);
  });
});

describe('canonicalLevel1 (read from an index of each tree)', () => {
  // What a search of the tree in order answers: the first 一级 whose name or alias is the written name.
  const searched = (fw: (typeof frameworks)[number], w: string) =>
    fw.level1.find((l) => l.name === w || l.aliases.includes(w))?.name ?? null;

  it('answers as a search of the tree in order, for every name and alias of every tree', () => {
    const names = frameworks.flatMap((f) => f.level1.flatMap((l) => [l.name, ...l.aliases]));
    for (const fw of frameworks)
      for (const w of [...names, '不存在的指标', ''])
        expect([fw.id, w, canonicalLevel1(fw, w)]).toEqual([fw.id, w, searched(fw, w)]);
  });

  it('reads a written name with spaces', () =>
    expect(canonicalLevel1(project88, ' 产出 指标')).toBe('产出指标'));
});

describe('meantLevel1: the 一级 a local template’s spelling means (the checks’ reading)', () => {
  it('reads a word put before the tree’s 一级: 预期产出指标, 预期 效益指标, 项目效益指标, 项目产出', () => {
    expect(meantLevel1(project88, '预期产出指标')).toBe('产出指标');
    expect(meantLevel1(project101, '预期 效益指标')).toBe('效益指标');
    expect(meantLevel1(project88, '项目效益指标')).toBe('效益指标');
    expect(meantLevel1(project101, '项目产出')).toBe('产出指标');
  });

  it('reads the names a tree lists as local: 效果指标, 实施效果指标, 项目效果, 项目完成指标, 项目完成', () => {
    expect(meantLevel1(project88, '效果指标')).toBe('效益指标');
    expect(meantLevel1(project101, '实施效果指标')).toBe('效益指标');
    expect(meantLevel1(project2015, '项目效果')).toBe('效益指标');
    expect(meantLevel1(project88, '项目完成指标')).toBe('产出指标');
    expect(meantLevel1(project101, '项目 完成')).toBe('产出指标');
  });

  it('reads a name with 值 or 目标 for 指标, or with notes in brackets: 产出值, 效益目标, 产出（工作量）指标（…）', () => {
    expect(meantLevel1(project88, '产出值')).toBe('产出指标');
    expect(meantLevel1(project88, '效益目标')).toBe('效益指标');
    expect(meantLevel1(project88, '产出（工作量）指标（数量、质量、成本方面的指标）')).toBe('产出指标');
    expect(meantLevel1(project88, '产出指标（40-50）分')).toBe('产出指标');
    expect(meantLevel1(project88, '预期效果(社会效益)指标')).toBe('效益指标');
  });

  it('reads no other word so: 总体目标, 年度目标, 目标值, 指标值, 数值, (一)', () => {
    for (const w of ['总体目标', '年度目标', '目标值', '指标值', '数值', '（一）', '投入（40分）'])
      expect([w, meantLevel1(project88, w)]).toEqual([w, null]);
  });

  it('reads the tree’s own names and aliases as canonicalLevel1 does', () => {
    const names = frameworks.flatMap((f) => f.level1.flatMap((l) => [l.name, ...l.aliases]));
    for (const fw of frameworks)
      for (const w of names)
        expect([fw.id, w, meantLevel1(fw, w)]).toEqual([fw.id, w, canonicalLevel1(fw, w)]);
  });

  it('leaves a word before a name the tree does not have, or the word alone, unknown', () => {
    expect(meantLevel1(project88, '预期目标')).toBeNull();
    expect(meantLevel1(project88, '预期')).toBeNull();
    expect(meantLevel1(project88, '产出预期指标')).toBeNull();
    expect(meantLevel1(project88, '项目')).toBeNull();
    expect(meantLevel1(project88, '项目决策')).toBeNull();
    expect(meantLevel1(project88, '投入指标')).toBeNull();
    // 成本 is a 一级 of 101号's tree only.
    expect(meantLevel1(project88, '预期成本指标')).toBeNull();
    expect(meantLevel1(project101, '预期成本指标')).toBe('成本指标');
  });

  it('is not the readers’ normalisation: canonicalLevel1 leaves a local name unknown, so the form keeps it as printed', () => {
    for (const w of ['效果指标', '预期产出指标', '项目完成指标', '项目效益指标'])
      expect(canonicalLevel1(project88, w)).toBeNull();
  });
});

describe('meantLevel2: a local template’s name for a 二级', () => {
  it('reads 预算（或投资规模）控制指标 as version A’s 成本指标 under 产出指标', () => {
    expect(meantLevel2(project88, '产出指标', '预算（或投资规模）控制指标')).toBe('成本指标');
    expect(meantLevel2(project88, null, '预算(或投资规模)控制指标')).toBe('成本指标');
    expect(canonicalLevel2(project88, '产出指标', '预算（或投资规模）控制指标')).toBeNull();
  });

  it('reads 数量目标, 社会效益目标, 时效值 (目标 or 值 for 指标) as the tree’s 二级', () => {
    expect(meantLevel2(project88, '产出指标', '数量目标')).toBe('数量指标');
    expect(meantLevel2(project88, '效益指标', '社会效益目标')).toBe('社会效益指标');
    expect(meantLevel2(project101, '产出指标', '时效值')).toBe('时效指标');
    expect(meantLevel2(project88, null, '服务对象满意度目标')).toBe('服务对象满意度指标');
    expect(meantLevel2(project88, '产出指标', '社会效益目标')).toBeNull();
    expect(meantLevel2(project88, '产出指标', '工作目标')).toBeNull();
  });

  it('finds it under no other 一级, and not in 101号’s 产出指标 (成本 its own 一级 there)', () => {
    expect(meantLevel2(project88, '效益指标', '预算控制指标')).toBeNull();
    expect(meantLevel2(project101, '产出指标', '预算控制指标')).toBeNull();
    expect(meantLevel2(project88, '产出指标', '效率指标')).toBeNull();
  });
});
