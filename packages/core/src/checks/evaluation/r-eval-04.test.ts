import { rule } from './r-eval-04.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

// Weights as published in corpus 017 (产出 20+10+10+5+5 = 50, 效益 20+10 = 30) and 019 (总分 100 against
// 10 + 70 + 20 + 10 = 110).
const output017 = [
  row('补助各类瓜果蔬菜种植面积', '产出指标', '20', '20'),
  row('其中桃树种植面积', '产出指标', null, null),
  row('补助鱼塘面积', '产出指标', '10', '10'),
  row('补助家畜家禽养殖数量', '产出指标', '10', '10'),
  row('种植作物成活率', '产出指标', '5', '5'),
  row('养殖家畜家禽成活率', '产出指标', '5', '5'),
];
const rows019 = [
  ...['安装坡面水标尺', '水标尺宽度'].map((n) => row(n, '产出指标', '10', '10')),
  row('项目(工程)验收合格率', '产出指标', '20', '20'),
  ...['及时(按期)开工率', '及时(按期)完工率', '项目计划总投资'].map((n) => row(n, '产出指标', '10', '10')),
  ...['受益脱贫(含监测对象)户人口数', '群众生产生活条件改善状况'].map((n) => row(n, '效益指标', '10', '10')),
  row('受益脱贫(含监测对象)户满意度', '满意度指标', '10', '10'),
];

evaluationRuleTester(rule, {
  valid: [
    {
      name: '017: 一级 points equal their rows, sub-rows not counted',
      doc: selfEvaluation(output017, { level1Weights: [{ level1: '产出指标', weight: '50' }] }),
    },
    {
      name: 'weights and the budget row add up to the 总分 row',
      doc: selfEvaluation(rows019.slice(0, 8), {
        totalWeight: '100',
        level1Weights: [{ level1: '产出指标', weight: '70' }],
      }),
    },
    {
      name: 'a table without weights',
      doc: selfEvaluation([row('培训人次', '产出指标', null, null)], { totalWeight: '100' }),
    },
    {
      name: 'a copy cut inside 效益 (cutOff): its rows past the cut may hold the points 效益 and the total lack',
      doc: selfEvaluation(rows019.slice(0, 7), {
        cutOff: true,
        totalWeight: '100',
        level1Weights: [
          { level1: '产出指标', weight: '70' },
          { level1: '效益指标', weight: '20' },
        ],
      }),
    },
    {
      name: 'a row read with its values but no 分值 may hold the points its 一级 lacks (a copy run together, wide/112)',
      doc: selfEvaluation([...output017.slice(0, 4), row('种植作物成活率', '产出指标', null, null)], {
        level1Weights: [{ level1: '产出指标', weight: '50' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a row without 分值 does not excuse a 一级 whose rows are over its points',
      doc: selfEvaluation(
        [
          ...output017.slice(0, 4),
          row('补助鱼塘面积2', '产出指标', '20', '20'),
          row('种植作物成活率', '产出指标', null, null),
        ],
        {
          level1Weights: [{ level1: '产出指标', weight: '50' }],
        },
      ),
      errors: [{ messageId: 'level1Mismatch', path: '/level1Weights/0/weight' }],
    },
    {
      name: '019: Σ 分值 110 against 总分 100',
      doc: selfEvaluation(rows019, {
        totalWeight: '100',
        level1Weights: [
          { level1: '产出指标', weight: '70' },
          { level1: '效益指标', weight: '20' },
          { level1: '满意度指标', weight: '10' },
        ],
      }),
      errors: [{ messageId: 'totalMismatch', path: '/totalWeight', severity: 'error' }],
    },
    {
      name: 'a 一级 stating 50 over rows of 45',
      doc: selfEvaluation(output017.slice(0, 5), { level1Weights: [{ level1: '产出指标', weight: '50' }] }),
      errors: [{ messageId: 'level1Mismatch', path: '/level1Weights/0/weight' }],
    },
    {
      name: 'a copy cut inside 效益 still reports a 一级 before the cut that falls short, and one over its points',
      doc: selfEvaluation([...output017.slice(0, 5), row('受益户数', '效益指标', '25', '25')], {
        cutOff: true,
        level1Weights: [
          { level1: '产出指标', weight: '50' },
          { level1: '效益指标', weight: '20' },
        ],
      }),
      errors: [
        { messageId: 'level1Mismatch', path: '/level1Weights/0/weight' },
        { messageId: 'level1Mismatch', path: '/level1Weights/1/weight' },
      ],
    },
  ],
});
