// A new 项目绩效目标申报表: the template of the paper form (one long-term and one annual goal, and the
// standard 一级/二级 rows of the 88号/10号 framework left empty for the filler).
import { emptyProjectForm, project88, type Indicator, type ProjectForm, type Term } from '@jixiao/core';
import { blankIndicator } from './indicator-ops.ts';

const TEMPLATE_LEVEL2: [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/** The 一级/二级 pairs a user can add (from the 88号/10号 framework). */
export function level2Choices(): { level1: string; level2: string[] }[] {
  return project88.level1.map((l1) => ({ level1: l1.name, level2: l1.level2.map((l2) => l2.name) }));
}

function templateRows(term: Term, goal: string): Indicator[] {
  return TEMPLATE_LEVEL2.map(([l1, l2]) => blankIndicator(term, goal, l1, l2));
}

export function newProjectForm(year: number | null, unit: string | null): ProjectForm {
  return emptyProjectForm({
    title: '项目绩效目标申报表',
    year,
    unit,
    budget: { total: null, current: null, sources: [{ name: '财政拨款', amount: null }], history: null },
    goals: [
      { term: 'long', label: '长期绩效目标1', text: null },
      { term: 'annual', label: '年度绩效目标1', text: null },
    ],
    indicators: [...templateRows('long', '长期绩效目标1'), ...templateRows('annual', '年度绩效目标1')],
  });
}
