// A complete 项目支出绩效自评表 recomputed by hand. MODELLED ON the layout of the real 2022 池州市贵池区 table that
// DOMAIN.md cites as S7 (10号 template: 执行率 worth 10, 产出 50 with 成本指标 inside it, 效益 30, 满意度 10).
// The table could not be downloaded here: the project and every number below are invented but realistic,
// not copied from it.
//
// Funds (万元): 年初预算数 500, 全年预算数 480, 全年执行数 456.3.
//   执行率 = 456.3 ÷ 480 = 0.950625 = 95.0625 %; 得分 = 0.950625 × 10 = 9.50625 → 9.51
// 产出指标 (50)
//   数量 保洁道路面积     ≥120万平方米 实际 126万平方米  分值 15 → met                       15.00
//   数量 生活垃圾清运量   ≥3.6万吨     实际 3.42万吨     分值 10 → 3.42 ÷ 3.6 × 10 = 9.5     9.50
//   质量 保洁质量考核合格率 ≥95%       实际 93%          分值 10 → 93 ÷ 95 × 10 = 9.7894…    9.79
//   时效 垃圾日产日清率   100%         实际 100%         分值 5  → met                        5.00
//   成本 项目总成本       ≤480万元     实际 4,563,000元 = 456.3万元 ≤ 480, 分值 10 → met  10.00
//   Σ 产出 = 15 + 9.5 + 9.79 + 5 + 10 = 49.29
// 效益指标 (30)
//   社会效益 城乡环境卫生状况 明显改善 → 达成年度指标, 分值 10 → band top                 10.00
//   生态效益 生活垃圾无害化处理率 ≥98% 实际 96.5% 分值 10 → 96.5 ÷ 98 × 10 = 9.8469…      9.85
//   可持续影响 长效保洁机制 健全 → 部分达成…, band [6, 8), 人工评定 7.5 with a reason      7.50
//   Σ 效益 = 10 + 9.85 + 7.5 = 27.35
// 满意度指标 (10)
//   服务对象满意度 群众满意度 ≥90% 实际 88% 分值 10 → 88 ÷ 90 × 10 = 9.7777…               9.78
// Σ indicators = 49.29 + 27.35 + 9.78 = 86.42; 总分 = 86.42 + 9.51 = 95.93 → 优
import { describe, expect, it } from 'vitest';
import { scoreSelfEvaluation } from './score-self-evaluation.ts';
import { makeSelfEvaluation, type RowSpec } from './test-evaluations.ts';

const rows: RowSpec[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '保洁道路面积',
    target: '≥120万平方米',
    weight: '15',
    actual: '126万平方米',
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '生活垃圾清运量',
    target: '≥3.6万吨',
    weight: '10',
    actual: '3.42万吨',
    deviation: '下半年两座中转站改造停运，清运量减少；已协调临时转运点',
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '保洁质量考核合格率',
    target: '≥95%',
    weight: '10',
    actual: '93%',
    deviation: '城郊结合部保洁人员不足；将增加巡查频次',
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '垃圾日产日清率',
    target: '100%',
    weight: '5',
    actual: '100%',
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '项目总成本',
    target: '≤480万元',
    weight: '10',
    actual: '4,563,000元',
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '城乡环境卫生状况',
    target: '明显改善',
    weight: '10',
    grade: '达成年度指标',
  },
  {
    level1: '效益指标',
    level2: '生态效益指标',
    name: '生活垃圾无害化处理率',
    target: '≥98%',
    weight: '10',
    actual: '96.5%',
    deviation: '焚烧厂检修 20 天，部分垃圾临时填埋',
  },
  {
    level1: '效益指标',
    level2: '可持续影响指标',
    name: '长效保洁机制',
    target: '健全',
    weight: '10',
    grade: '部分达成年度指标并具有一定效果',
    override: { score: '7.5', reason: '制度已印发，考核办法尚未在全部乡镇执行' },
    deviation: '考核办法推行较慢；下年全区推行',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    weight: '10',
    actual: '88%',
  },
];

describe('self-evaluation table modelled on the 贵池区 2022 layout (S7)', () => {
  const result = scoreSelfEvaluation(
    makeSelfEvaluation({ initial: '500', annual: '480', executed: '456.3' }, rows),
  );

  it('scores every row as computed by hand', () => {
    expect(result.errors).toEqual([]);
    expect(result.indicators.map((s) => (s.result.ok ? s.result.value.score : s.result.errors))).toEqual([
      '15.00',
      '9.50',
      '9.79',
      '5.00',
      '10.00',
      '10.00',
      '9.85',
      '7.50',
      '9.78',
    ]);
  });
  it('converts the 成本 actual from 元 to 万元', () => {
    const cost = result.indicators[4]!.result;
    expect(cost.ok && cost.value.working).toBe(
      '实际值 4563000元 = 456.3万元；反向指标：实际值 456.3万元 ≤ 目标值 480万元，达成目标，得满分 10',
    );
  });
  it('scores 执行率 95.0625 % as 9.51', () => {
    expect(result.execution.ok && result.execution.value).toMatchObject({ rate: '0.950625', score: '9.51' });
    expect(result.execution.ok && result.execution.value.working).toBe(
      '执行率 = 全年执行数 456.3 ÷ 全年预算数 480 = 95.0625%；得分 = 执行率 × 分值 10 = 9.51（不超过 10）',
    );
  });
  it('totals 86.42 + 9.51 = 95.93, 优', () => {
    expect(result.total).toBe('95.93');
    expect(result.grade?.grade).toBe('优');
    expect(result.working.startsWith('指标得分合计 86.42 + 预算执行率得分 9.51 = 总分 95.93')).toBe(true);
  });
  it('asks for the deviation analysis of 群众满意度 only (R-EVAL-06)', () => {
    expect(result.findings.map((f) => [f.rule, f.path])).toEqual([
      ['R-EVAL-06', '/indicators/8/deviationAnalysis'],
    ]);
  });
});
