import { describe, expect, it } from 'vitest';
import {
  canonicalLevel1,
  detectFramework,
  frameworkById,
  frameworks,
  frameworkYears,
  isSatisfactionLevel,
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

describe('canonicalLevel1 of a 一级 that says it is expected (预期…)', () => {
  it('reads 预期产出指标 and 预期效益指标 as the tree’s 一级', () => {
    expect(canonicalLevel1(project88, '预期产出指标')).toBe('产出指标');
    expect(canonicalLevel1(project101, '预期 效益指标')).toBe('效益指标');
  });

  it('leaves 预期 before a name the tree does not have unknown', () => {
    expect(canonicalLevel1(project88, '预期目标')).toBeNull();
    expect(canonicalLevel1(project88, '预期')).toBeNull();
    expect(canonicalLevel1(project88, '产出预期指标')).toBeNull();
  });
});
