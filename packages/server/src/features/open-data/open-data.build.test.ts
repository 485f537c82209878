import { describe, expect, it } from 'vitest';
import { budgetSchema, emptyProjectForm, parseIndicatorValue, type Budget } from '@jixiao/core';
import { budgetFacts, budgetFields, dataPackage, targetRows, toCsv } from './open-data.build.ts';

const z = '0';
const budget: Budget = budgetSchema.parse({
  year: 2025,
  department: '某局',
  income: { generalPublic: '650' },
  functional: [
    {
      code: '2010301',
      name: '行政运行',
      wages: '500',
      goods: '100',
      family: z,
      capital: z,
      regular: '50',
      policy: z,
      oneOff: z,
      otherProject: z,
    },
  ],
  economic: [],
  projects: [],
  threePublic: { abroad: z, vehiclePurchase: z, vehicleOperation: z, reception: z },
  operatingCosts: z,
  procurement: { goods: z, works: z, services: z },
  vehicles: { general: 0, enforcement: 0, special: 0 },
  lastYear: {
    total: null,
    generalPublic: null,
    basic: null,
    project: null,
    publicFunds: null,
    threePublic: null,
  },
  texts: {},
});

describe('open data', () => {
  const facts = budgetFacts({
    orgId: 'o1',
    year: 2025,
    department: '某局',
    publishedAt: '',
    budget,
    forms: [],
  });
  it('one fact per non-zero column of a functional line, summing to the line', () => {
    expect(facts.map((f) => [f.expenditure_type, f.economic_code, f.project_category, f.amount])).toEqual([
      ['基本支出', '301', '', '500.00'],
      ['基本支出', '302', '', '100.00'],
      ['项目支出', '', '经常性项目', '50.00'],
    ]);
  });
  it('names the fund of each fact, 国有资本经营预算 included', () => {
    const withCapital: Budget = {
      ...budget,
      functional: [
        ...budget.functional,
        {
          ...budget.functional[0]!,
          code: '22302',
          name: '国有企业资本金注入',
          fund: 'stateCapital',
          wages: z,
          goods: z,
          regular: z,
          otherProject: '60',
        },
      ],
    };
    const own = budgetFacts({
      orgId: 'o1',
      year: 2025,
      department: '某局',
      publishedAt: '',
      budget: withCapital,
      forms: [],
    });
    expect(own.filter((f) => f.functional_code === '22302').map((f) => [f.fund, f.amount])).toEqual([
      ['国有资本经营预算', '60.00'],
    ]);
  });
  it('a published target names its project by 项目编码 (the last column)', () => {
    const form = emptyProjectForm({
      name: '甲项目',
      code: '101-2025-001',
      indicators: [
        {
          term: 'annual',
          goal: null,
          level1: '产出指标',
          level2: '数量指标',
          name: '培训人次',
          target: parseIndicatorValue('≥100人次'),
          history: null,
          basis: null,
          category: null,
        },
      ],
    });
    const rows = targetRows({
      orgId: 'o1',
      year: 2025,
      department: '某局',
      publishedAt: '',
      budget,
      forms: [form],
    });
    expect(rows.map((r) => [r.form_name, r.project_code])).toEqual([['甲项目', '101-2025-001']]);
  });
  it('writes RFC 4180 CSV with quoting', () => {
    const csv = toCsv(
      [
        ['a', 'string', ''],
        ['b', 'string', ''],
      ] as const,
      [{ a: 'x,y', b: '他说"好"' }],
    );
    expect(csv).toBe('a,b\r\n"x,y","他说""好"""\r\n');
    expect(toCsv(budgetFields, facts).split('\r\n')[0]).toBe(budgetFields.map((f) => f[0]).join(','));
  });
  it('the fiscal model names only columns of its resource', () => {
    const dp = dataPackage([2025]);
    const columns = new Set<string>(budgetFields.map((f) => f[0]));
    const sources = [
      dp.model.measures.amount.source,
      ...Object.values(dp.model.dimensions).flatMap((d) => Object.values(d.attributes).map((a) => a.source)),
    ];
    expect(sources.filter((s) => !columns.has(s))).toEqual([]);
    expect(dp.fiscalPeriod).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
});
