// The dashboard summaries: department of a unit, scores and exact execution rates by department, each
// monitored project counted once (its latest entry), the most missed indicators.
import { describe, expect, it } from 'vitest';
import { scoreSelfEvaluation } from '@jixiao/core';
import { MISSED_PROJECTS_SHOWN } from '@jixiao/core/contracts';
import { mostMissed, summariseDepartments, type EntryFact } from './evaluation-summary.ts';
import { departmentOf, type OrgNode } from '../orgs/departments.ts';
import { sampleEvaluation } from '../../test-support/sample-evaluation.ts';

const orgs = new Map<string, OrgNode>(
  [
    { id: 'r', name: '财政局', kind: 'finance', path: '/r/' },
    { id: 'd', name: '部门甲', kind: 'department', path: '/r/d/' },
    { id: 'u', name: '单位甲1', kind: 'unit', path: '/r/d/u/' },
  ].map((o) => [o.id, o]),
);

const evaluation = (name: string, executed: string, actual: string) =>
  sampleEvaluation(name, '100', executed, actual);

const fact = (name: string, executed: string, actual: string) => {
  const data = evaluation(name, executed, actual);
  const result = scoreSelfEvaluation(data);
  return {
    orgId: 'u',
    projectName: name,
    total: result.total,
    grade: result.grade?.grade ?? null,
    data,
    result,
  };
};

const entry = (
  formId: string,
  light: string | null,
  executedToDate: string,
  status = 'filled',
): EntryFact => ({
  status,
  orgId: 'u',
  formId,
  annual: '100',
  executedToDate,
  projectName: formId,
  roundTitle: 't',
  worstLight: light,
  budgetLight: null,
  redCount: 0,
  yellowCount: 0,
  executionRate: null,
  entryId: formId + light,
});

describe('dashboard summaries', () => {
  it('finds the department of a unit, of a department itself, and falls back to the org', () => {
    expect(departmentOf('u', orgs)?.name).toBe('部门甲');
    expect(departmentOf('d', orgs)?.name).toBe('部门甲');
    expect(departmentOf('r', orgs)?.name).toBe('财政局');
    expect(departmentOf('x', orgs)).toBeNull();
  });

  it('averages scores, counts grades, sums execution exactly, counts each project once', () => {
    // A: 数量 9 of ≥10 → 9 ÷ 10 × 50 = 45; + 30 + 10; 执行率 90 % → 9: 94.00 优
    // B: 数量 5 of ≥10 → 25; + 30 + 10; 执行率 60 % → 6: 71.00 中
    const rows = summariseDepartments(
      [fact('A', '90', '9个'), fact('B', '60', '5个')],
      [entry('f1', 'red', '20'), entry('f1', 'green', '10'), entry('f2', 'yellow', '40')],
      orgs,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        department: '部门甲',
        evaluated: 2,
        averageScore: '82.50',
        grades: { 优: 1, 良: 0, 中: 1, 差: 0 },
        executionRate: '0.7500',
        monitored: 2,
        red: 1,
        yellow: 1,
        monitoringRate: '0.3000',
      }),
    ]);
  });

  it('counts 未填报 entries apart: no warning, and out of the execution rate', () => {
    const [row] = summariseDepartments(
      [],
      [entry('f1', null, '0', 'unfilled'), entry('f2', 'red', '20'), entry('f3', null, '0', 'unfilled')],
      orgs,
    );
    expect(row).toEqual(
      expect.objectContaining({ monitored: 3, unfilled: 2, red: 1, yellow: 0, monitoringRate: '0.2000' }),
    );
    const [started] = summariseDepartments([], [entry('f2', 'red', '20')], orgs);
    expect(started).toEqual(expect.objectContaining({ monitored: 1, unfilled: 0 }));
  });

  it('lists the indicators scored below their weight, most often first', () => {
    const missed = mostMissed([fact('A', '90', '9个'), fact('B', '60', '5个'), fact('C', '100', '12个')]);
    expect(missed).toEqual([
      { name: '数量', level1: '产出指标', missed: 2, evaluated: 3, projects: ['A', 'B'], projectCount: 2 },
    ]);
  });

  it('names the first projects of an indicator and counts them all', () => {
    const names = Array.from(
      { length: MISSED_PROJECTS_SHOWN + 5 },
      (_, i) => `P${String(i).padStart(2, '0')}`,
    );
    const [many] = mostMissed(names.map((n) => fact(n, '60', '5个')));
    expect(many).toMatchObject({
      projects: names.slice(0, MISSED_PROJECTS_SHOWN),
      projectCount: names.length,
    });
    // At the cap, all are named.
    const [few] = mostMissed(names.slice(0, MISSED_PROJECTS_SHOWN).map((n) => fact(n, '60', '5个')));
    expect(few).toMatchObject({
      projects: names.slice(0, MISSED_PROJECTS_SHOWN),
      projectCount: MISSED_PROJECTS_SHOWN,
    });
  });
});
