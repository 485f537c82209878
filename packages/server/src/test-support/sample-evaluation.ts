// A small self-evaluation for the dashboard tests: three indicators, the 数量 one's actual as given.
import { parseIndicatorValue, type NewSelfEvaluation } from '@jixiao/core';

export function sampleEvaluation(
  name: string,
  annual: string,
  executed: string,
  actual: string,
): NewSelfEvaluation {
  const row = (level1: string, n: string, target: string, a: string) => ({
    indicatorId: n,
    goal: null,
    level1,
    level2: null,
    name: n,
    target: parseIndicatorValue(target),
    weight: null,
    actual: parseIndicatorValue(a),
    grade: null,
    override: null,
    deviationAnalysis: null,
  });
  return {
    projectId: null,
    projectName: name,
    year: 2025,
    supervisor: null,
    executor: null,
    budget: { initial: null, annual, executed },
    goals: [],
    indicators: [
      row('产出指标', '数量', '≥10个', actual),
      row('效益指标', '效益', '≥90%', '95%'),
      row('满意度指标', '满意度', '≥90%', '95%'),
    ],
    conclusions: { problems: null, improvements: null },
  };
}
