// Hand-written canonical forms for tests (complete, quantified, consistent).
import { blankIndicator, parseIndicatorValue, type Indicator, type ProjectForm } from '@jixiao/core';

function ind(
  term: Indicator['term'],
  goal: string,
  level1: string,
  level2: string,
  name: string,
  value: string,
): Indicator {
  return {
    ...blankIndicator(term, goal, level1, level2),
    name,
    target: parseIndicatorValue(value),
    basis: '计划标准',
  };
}

export function sampleProject(overrides: Partial<ProjectForm> = {}): ProjectForm {
  const g = '年度绩效目标1';
  return {
    kind: 'project',
    formType: '申报表',
    year: 2025,
    unit: '测试单位',
    supervisor: '测试主管部门',
    executor: '测试单位',
    name: '政务服务能力提升项目',
    code: null,
    category: '延续性项目',
    nature: '持续性项目',
    leader: null,
    phone: null,
    basis: '依据年度工作计划',
    content: '建设电子证照库，提升政务服务效率',
    budget: { total: '200', current: '200', sources: [{ name: '财政拨款', amount: '200' }], history: null },
    details: [{ item: '系统建设', amount: '200', basis: '合同', note: null }],
    goals: [{ term: 'annual', label: g, text: '完成电子证照库建设，群众办事更便利' }],
    indicators: [
      ind('annual', g, '产出指标', '数量指标', '归集电子证照数量', '≥2.3万个'),
      ind('annual', g, '产出指标', '质量指标', '证照数据准确率', '≥95%'),
      ind('annual', g, '产出指标', '时效指标', '项目完成时间', '≤12个月'),
      ind('annual', g, '成本指标', '经济成本指标', '项目总成本', '≤200万元'),
      ind('annual', g, '效益指标', '社会效益指标', '办事材料减少比例', '≥30%'),
      ind('annual', g, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'),
    ],
    opinion: null,
    ...overrides,
  };
}
