// The matcher that ties an imported 自评表 / 监控表 to an approved project: names alike although spelled
// differently (reordered words, closing words, punctuation), levels respected, one approved indicator per
// row, projects ranked by name, unit and budget. Each rule with a pair that must match and one that must not.
import { describe, expect, it } from 'vitest';
import { sameLevel, textSimilarity } from './name-match.ts';
import { pairIndicators, pairSimilarity, type ApprovedIndicatorRef } from './indicator-pairs.ts';
import { budgetCloseness, rankProjects } from './project-ranking.ts';

describe('textSimilarity', () => {
  it('is 1 for names equal after punctuation, spaces and full-width forms are removed', () => {
    expect(textSimilarity('群众 满意度', '群众满意度')).toBe(1);
    expect(textSimilarity('资金到位及时率（％）', '资金到位及时率%')).toBe(1);
  });
  it('is 0.95 when only a closing word differs (率, 数, 比例, 数量)', () => {
    expect(textSimilarity('验收合格率', '验收合格')).toBe(0.95);
    expect(textSimilarity('受益人数', '受益人')).toBe(0.95);
    expect(textSimilarity('办事材料减少的比例', '办事材料减少')).toBe(0.95);
  });
  it('scores reordered words high', () => {
    expect(textSimilarity('满意度（群众）', '群众满意度')).toBeGreaterThanOrEqual(0.75);
    expect(textSimilarity('电子证照归集数', '归集电子证照数量')).toBeGreaterThanOrEqual(0.8);
  });
  it('scores different measures that share a word low', () => {
    expect(textSimilarity('项目总成本', '项目完成时间')).toBeLessThan(0.5);
    expect(textSimilarity('学生满意度', '家长满意度')).toBeLessThan(0.8);
    expect(textSimilarity('', '群众满意度')).toBe(0);
  });
  it('is symmetric', () => {
    expect(textSimilarity('证照数据准确', '证照数据准确率')).toBe(
      textSimilarity('证照数据准确率', '证照数据准确'),
    );
  });
});

describe('sameLevel', () => {
  it('treats 数量指标 and 数量, 服务对象满意度指标 and 满意度指标 as the same level', () => {
    expect(sameLevel('数量指标', '数量')).toBe(true);
    expect(sameLevel('服务对象满意度指标', '满意度指标')).toBe(true);
    expect(sameLevel(null, '质量指标')).toBe(true);
  });
  it('tells different levels apart', () => {
    expect(sameLevel('经济效益指标', '社会效益指标')).toBe(false);
    expect(sameLevel('产出指标', '效益指标')).toBe(false);
  });
});

const approved: ApprovedIndicatorRef[] = [
  { indicatorId: 'a1', level1: '产出指标', level2: '数量指标', name: '归集电子证照数量', target: '≥2.3万个' },
  { indicatorId: 'a2', level1: '产出指标', level2: '质量指标', name: '证照数据准确率', target: '≥95%' },
  { indicatorId: 'a3', level1: '成本指标', level2: '经济成本指标', name: '项目总成本', target: '≤200万元' },
  {
    indicatorId: 'a4',
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
  },
];

describe('pairIndicators', () => {
  it('pairs rows whose names differ in order, closing words and punctuation', () => {
    const p = pairIndicators(
      [
        { level1: '产出指标', level2: '数量', name: '电子证照归集数', target: '≥2.3万个' },
        { level1: '产出指标', level2: '质量', name: '证照数据准确', target: '≥95%' },
        { level1: '成本指标', level2: null, name: '项目成本总额', target: '≤200万元' },
        { level1: '满意度指标', level2: '服务对象满意度', name: '满意度（群众）', target: '≥90%' },
      ],
      approved,
    );
    expect(p.rows.map((r) => r.indicatorId)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(p.unmatchedApproved).toEqual([]);
    expect(p.rows[0]!.candidates[0]).toEqual({ indicatorId: 'a1', similarity: p.rows[0]!.similarity });
  });

  it('leaves a row unpaired when no approved indicator is alike, and lists the approved left over', () => {
    const p = pairIndicators(
      [
        { level1: '产出指标', level2: '数量指标', name: '归集电子证照数量', target: '≥2.3万个' },
        { level1: '效益指标', level2: '社会效益指标', name: '培训覆盖乡镇个数', target: '≥10个' },
      ],
      approved,
    );
    expect(p.rows.map((r) => r.indicatorId)).toEqual(['a1', null]);
    expect(p.rows[1]!.similarity).toBeNull();
    expect(p.unmatchedApproved).toEqual(['a2', 'a3', 'a4']);
  });

  it('gives each approved indicator to one row only: the more alike row wins', () => {
    const p = pairIndicators(
      [
        { level1: '满意度指标', level2: null, name: '满意度', target: '≥90%' },
        { level1: '满意度指标', level2: null, name: '群众满意度', target: '≥90%' },
      ],
      approved,
    );
    expect(p.rows[1]!.indicatorId).toBe('a4');
    expect(p.rows[0]!.indicatorId).toBeNull();
  });

  it('lets the 二级 decide between namesakes in different groups', () => {
    const twins: ApprovedIndicatorRef[] = [
      { indicatorId: 'q', level1: '产出指标', level2: '质量指标', name: '合格率', target: '≥95%' },
      { indicatorId: 't', level1: '产出指标', level2: '时效指标', name: '合格率', target: '≥95%' },
    ];
    const p = pairIndicators([{ level1: '产出指标', level2: '时效', name: '合格率', target: '≥95%' }], twins);
    expect(p.rows[0]!.indicatorId).toBe('t');
  });

  it('lowers a pair across 一级 groups', () => {
    const row = { level1: '效益指标', level2: null, name: '群众满意度', target: '≥90%' };
    expect(pairSimilarity(row, approved[3]!)).toBeLessThan(
      pairSimilarity({ ...row, level1: '满意度指标' }, approved[3]!),
    );
  });
});

describe('rankProjects', () => {
  const projects = [
    { formId: 'p1', name: '政务服务能力提升项目', unit: '测试单位', orgName: '单位A1', budget: '200' },
    { formId: 'p2', name: '政务数据共享平台运维', unit: '测试单位', orgName: '单位A1', budget: '80' },
    { formId: 'p3', name: '农村道路养护补助', unit: '交通运输局', orgName: '单位A1', budget: '200' },
  ];
  it('ranks the project with the alike name, unit and budget first', () => {
    const r = rankProjects(
      { name: '政务服务能力提升工程', unit: '测试单位', department: null, budget: '200' },
      projects,
    );
    expect(r.map((x) => x.project.formId)).toEqual(['p1', 'p2', 'p3']);
    expect(r[0]!.parts).toEqual({ name: expect.any(Number), unit: 1, budget: 1 });
    expect(r[0]!.score).toBeGreaterThan(0.8);
    expect(r[2]!.score).toBeLessThan(0.5);
  });
  it('leaves out what the table does not say instead of counting it against a project', () => {
    const r = rankProjects(
      { name: '农村道路养护补助', unit: null, department: null, budget: null },
      projects,
    );
    expect(r[0]!.project.formId).toBe('p3');
    expect(r[0]!.score).toBe(1);
    expect(r[0]!.parts).toEqual({ name: 1, unit: null, budget: null });
  });
  it('measures budgets by their ratio', () => {
    expect(budgetCloseness('200', '200.00')).toBe(1);
    expect(budgetCloseness('100', '200')).toBe(0.5);
    expect(budgetCloseness('0', '200')).toBe(0);
    expect(budgetCloseness(null, '200')).toBeNull();
  });
});
