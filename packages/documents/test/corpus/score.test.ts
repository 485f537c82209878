// The scorer judges like a careful person: tolerant of layout noise, strict on values. Each rule with a
// passing and a failing example, and a whole document scored from a hand-made import outcome.
import { describe, expect, it } from 'vitest';
import { emptyProjectForm, parseIndicatorValue, type Indicator } from '@jixiao/core';
import { sameAmount, sameName, sameRate, sameValue } from './compare.ts';
import { matchForms, scoreOutcome } from './score.ts';
import type { DocTruth } from './truth.ts';

describe('field comparison', () => {
  it('accepts names differing only in width, spaces, ★ marks and pinyin glosses', () => {
    expect(sameName('受益脱贫(监测)户满意度', '受益脱贫（监测）户满意度 ')).toBe(true);
    expect(sameName('补助鱼塘面积', '★补助鱼塘面积')).toBe(true);
    expect(sameName('水土保持監測', '水土保持監(jiān)測')).toBe(true);
    expect(sameName('潼南区五桂镇', '813-潼南区五桂镇')).toBe(true);
    expect(sameName('补助鱼塘面积', '补助鱼塘面积3亩')).toBe(false);
    expect(sameName('预算数(A)', '预算数')).toBe(false);
  });

  it('compares amounts as decimals in 万元', () => {
    expect(sameAmount('6070.00', '6070')).toBe(true);
    expect(sameAmount('24268.22', '24,268.22')).toBe(true);
    expect(sameAmount('854', '854万')).toBe(true);
    expect(sameAmount('153.5184', '153.518')).toBe(false);
    expect(sameAmount('100', null)).toBe(false);
  });

  it('compares rates as numbers of percent', () => {
    expect(sameRate('100.00%', '100%')).toBe(true);
    expect(sameRate('86.5%', '86.50%')).toBe(true);
    expect(sameRate('79.27%', '79.2%')).toBe(false);
    // A ratio printed under 执行率 is read in percent (docs/model.md); a printed percentage is not a ratio.
    expect(sameRate('0.958', '95.8')).toBe(true);
    expect(sameRate('0.958', '0.958')).toBe(true);
    expect(sameRate('1', '100')).toBe(true);
    expect(sameRate('0.5%', '50')).toBe(false);
    expect(sameRate('86%', '0.86')).toBe(false);
  });

  it('accepts a target written from separate columns, but not a different number, comparator or unit', () => {
    expect(sameValue('≥95%', '≥ 95 %')).toBe(true);
    expect(sameValue('=3500米', '3500米')).toBe(true);
    expect(sameValue('≥735人次', '≧735')).toBe(true);
    expect(sameValue('≥95%', '≥90%')).toBe(false);
    expect(sameValue('≥95%', '≤95%')).toBe(false);
    expect(sameValue('29.5亩', '29.5公顷')).toBe(false);
    expect(sameValue('按计划实施', '按计划')).toBe(false);
  });
});

const indicator = (name: string, target: string): Indicator => ({
  term: 'annual',
  goal: null,
  level1: null,
  level2: null,
  name,
  target: parseIndicatorValue(target),
  history: null,
  basis: null,
  category: null,
});

const truth: DocTruth = {
  file: 'x.txt',
  kind: 'project',
  province: '测试',
  source: 'hand-made',
  forms: [
    {
      kind: 'project',
      name: '在职村村干部补助',
      unit: '潼南区五桂镇',
      budget: '9.31',
      indicatorCount: 2,
      indicators: [
        { name: '按月发放', target: '=1次' },
        { name: '发放金额', target: '≥9.31万元' },
      ],
    },
  ],
};

describe('scoring a document', () => {
  it('matches forms by kind and name, not by order', () => {
    const a = emptyProjectForm({ name: '潼南区五桂镇汇总项目库' });
    const b = emptyProjectForm({ name: '在职村村干部补助' });
    expect(matchForms(truth.forms, [a, b])).toEqual([b]);
    expect(matchForms(truth.forms, [a])).toEqual([null]);
  });

  it('counts each field right or wrong', () => {
    const form = emptyProjectForm({
      name: '在职村村干部补助',
      unit: '813-潼南区五桂镇',
      budget: { total: '9.31', current: null, sources: [], history: null },
      indicators: [indicator('按月发放', '=1次'), indicator('发放金额', '≥9.3万元')],
    });
    const r = scoreOutcome(truth, {
      ok: true,
      format: 'text',
      sources: [],
      evaluationSources: [],
      unknownLabels: [],
      evaluations: [],
      forms: [form],
    });
    expect(r.total).toBe(8);
    expect(r.fields.filter((f) => !f.right).map((f) => f.field)).toEqual(['indicator[发放金额].target']);
    expect(r.right).toBe(7);
  });

  it('takes the row of the term the truth names where a form prints a name in its 长期 and 年度 tables', () => {
    const termed: DocTruth = {
      ...truth,
      forms: [
        { ...truth.forms[0]!, indicators: [{ name: '发放金额', target: '≥9.31万元', term: 'annual' }] },
      ],
    };
    const read = (first: 'long' | 'annual') => {
      const long = { ...indicator('发放金额', '≥30万元'), term: 'long' as const };
      const annual = indicator('发放金额', '≥9.31万元');
      const form = emptyProjectForm({
        name: '在职村村干部补助',
        indicators: first === 'long' ? [long, annual] : [annual, long],
      });
      return scoreOutcome(termed, {
        ok: true,
        format: 'text',
        sources: [],
        evaluationSources: [],
        unknownLabels: [],
        evaluations: [],
        forms: [form],
      });
    };
    const target = (r: ReturnType<typeof read>) =>
      r.fields.find((f) => f.field === 'indicator[发放金额].target')!.right;
    expect(target(read('long'))).toBe(true);
    expect(target(read('annual'))).toBe(true);
    // A reading that holds both tables' rows under one term gives the first (the 长期 value): wrong.
    const untermed = emptyProjectForm({
      name: '在职村村干部补助',
      indicators: [indicator('发放金额', '≥30万元'), indicator('发放金额', '≥9.31万元')],
    });
    const r = scoreOutcome(termed, {
      ok: true,
      format: 'text',
      sources: [],
      evaluationSources: [],
      unknownLabels: [],
      evaluations: [],
      forms: [untermed],
    });
    expect(target(r)).toBe(false);
  });

  it('scores every field of a refused document as missing', () => {
    const r = scoreOutcome(truth, {
      ok: false,
      format: 'text',
      error: { code: 'no-form-found', message: '没有表' },
    });
    expect(r.right).toBe(0);
    expect(r.total).toBe(8);
    expect(r.error).toMatch(/^no-form-found/);
  });

  it('scores prose as right only when import refuses it with a reason', () => {
    const prose: DocTruth = { ...truth, kind: 'report', forms: [] };
    expect(
      scoreOutcome(prose, {
        ok: false,
        format: 'text',
        error: { code: 'unsupported-form', message: '这是报告' },
      }).right,
    ).toBe(1);
    expect(
      scoreOutcome(prose, {
        ok: true,
        format: 'text',
        sources: [],
        evaluationSources: [],
        unknownLabels: [],
        evaluations: [],
        forms: [emptyProjectForm({ name: '某项目' })],
      }).right,
    ).toBe(0);
  });

  it('reads a self-evaluation or monitoring form of the agreed shapes, kinds the canonical model does not hold yet', () => {
    const doc: DocTruth = {
      file: 'm.txt',
      kind: 'monitoring',
      province: '测试',
      source: 'hand-made',
      forms: [
        {
          kind: 'monitoring',
          name: '申遗经费',
          budgetRows: { initial: '220', executed: '87.57' },
          indicators: [{ name: '成本', target: '年度预算220万元', actual: '按进度执行,已使用约40%' }],
        },
      ],
    };
    const form = {
      kind: 'monitoring',
      name: '申遗经费',
      budget: { annual: '220', executedToDate: '87.57' },
      indicators: [
        { name: '成本', target: { raw: '年度预算220万元' }, actualToDate: '按进度执行，已使用约40%' },
      ],
    };
    const r = scoreOutcome(doc, {
      ok: true,
      format: 'text',
      sources: [],
      evaluationSources: [],
      unknownLabels: [],
      evaluations: [form as never],
      forms: [],
    });
    expect(r.fields.filter((f) => !f.right)).toEqual([]);
    const wrong = { ...form, budget: { annual: '220', executedToDate: '87.5' } };
    expect(
      scoreOutcome(doc, {
        ok: true,
        format: 'text',
        sources: [],
        evaluationSources: [],
        unknownLabels: [],
        evaluations: [wrong as never],
        forms: [],
      }).right,
    ).toBe(r.right - 1);
  });
});
