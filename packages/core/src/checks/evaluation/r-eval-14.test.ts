import { subjectRuleTester } from '../rule-tester.ts';
import type { EvaluationDocument } from '../../model/evaluation-document.ts';
import { rule } from './r-eval-14.ts';
import { row, selfEvaluation } from './rule-tester.ts';

// 019 (四川 2022): 预算执行率 10 + 产出 70 + 效益 20 + 满意度 10 under a 总分 of 100.
const rows019 = [
  ...['安装坡面水标尺', '水标尺宽度', '及时(按期)开工率', '及时(按期)完工率'].map((n) =>
    row(n, '产出指标', '10', '10'),
  ),
  row('项目(工程)验收合格率', '产出指标', '20', '20'),
  row('项目计划总投资', '成本指标', '10', '10'),
  ...['受益人口数', '生产生活条件改善状况'].map((n) => row(n, '效益指标', '10', '10')),
  row('受益户满意度', '满意度指标', '10', '10'),
];
const standard = [
  row('数量', '产出指标', '30', '30'),
  row('成本', '成本指标', '20', '20'),
  row('社会效益', '效益指标', '30', '30'),
  row('满意度', '满意度指标', '10', '10'),
];
const free = [row('数量', '产出指标', '60', '60'), row('社会效益', '效益指标', '30', '30')];
const subject = (doc: EvaluationDocument, region: string | null = null) => ({
  kind: 'evaluation-document' as const,
  doc,
  region,
});
const complete = { total: '100', totalWeight: '100', year: 2022 };

subjectRuleTester(rule, {
  valid: [
    {
      name: '10 / 产出 30 + 成本 20 / 效益 30 / 满意度 10: the default scheme',
      subject: subject(selfEvaluation(standard, complete), '四川'),
    },
    { name: 'a table cut off before its 总分 is not judged', subject: subject(selfEvaluation(free)) },
    {
      name: 'a stored copy cut inside its rows, its 总分 printed above the table (鄂州 2021: 产出 60 / 效益 10 so far), is not judged',
      subject: subject(
        selfEvaluation(
          free.map((r, i) => (i === 1 ? { ...r, weight: '10', score: '10' } : r)),
          { ...complete, cutOff: true },
        ),
        '湖北',
      ),
    },
    {
      name: 'a table without 分值 on its rows',
      subject: subject(selfEvaluation([row('数量', '产出指标', null, '30')], complete)),
    },
  ],
  invalid: [
    {
      name: '019: 10 / 70 / 20 / 10 follows no known scheme',
      subject: subject(selfEvaluation(rows019, complete), '四川'),
      errors: [{ messageId: 'noScheme', path: '/level1Weights', severity: 'warning' }],
    },
    {
      name: '60 / 30 without 满意度 under a 90-point indicator total: another scheme, an info',
      subject: subject(selfEvaluation(free, complete)),
      errors: [{ messageId: 'otherScheme', path: '/level1Weights', severity: 'info' }],
    },
  ],
});
