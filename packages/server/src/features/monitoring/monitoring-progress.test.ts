// The 填报进度 view: entries grouped by department (nearest department ancestor) and unit, with the
// projects not yet submitted named.
import { describe, expect, it } from 'vitest';
import type { OrgNode } from '../orgs/departments.ts';
import { progressOf } from './monitoring-workflow.ts';

const orgs = new Map<string, OrgNode>(
  [
    { id: 'root', name: '财政局', kind: 'finance', path: '/root/' },
    { id: 'a', name: '部门A', kind: 'department', path: '/root/a/' },
    { id: 'a1', name: '单位A1', kind: 'unit', path: '/root/a/a1/' },
    { id: 'a2', name: '单位A2', kind: 'unit', path: '/root/a/a2/' },
    { id: 'b', name: '部门B', kind: 'department', path: '/root/b/' },
    { id: 'b1', name: '单位B1', kind: 'unit', path: '/root/b/b1/' },
  ].map((o) => [o.id, o]),
);
const entry = (id: string, orgId: string, status: string) => ({
  id,
  orgId,
  orgName: orgs.get(orgId)!.name,
  projectName: `项目${id}`,
  status,
});

describe('progressOf', () => {
  it('counts submitted tables per department and unit and names the others', () => {
    const p = progressOf(
      [
        entry('1', 'a1', 'submitted'),
        entry('2', 'a1', 'filled'),
        entry('3', 'a2', 'pending'),
        entry('4', 'b1', 'submitted'),
      ],
      orgs,
    );
    expect(p.map((d) => [d.department, d.submitted, d.entries])).toEqual([
      ['部门A', 1, 3],
      ['部门B', 1, 1],
    ]);
    expect(p[0]!.units).toEqual([
      expect.objectContaining({ orgName: '单位A1', submitted: 1, entries: 2 }),
      expect.objectContaining({ orgName: '单位A2', submitted: 0, entries: 1 }),
    ]);
    expect(p[1]!.units[0]).toMatchObject({ submitted: 1, entries: 1 });
  });

  it('counts the tables not started (未填报) apart from those in progress', () => {
    const [a] = progressOf(
      [entry('1', 'a1', 'unfilled'), entry('2', 'a1', 'pending'), entry('3', 'a2', 'unfilled')],
      orgs,
    );
    expect([a!.entries, a!.unfilled, a!.submitted]).toEqual([3, 2, 0]);
    expect(a!.units.map((u) => [u.orgName, u.unfilled])).toEqual([
      ['单位A1', 1],
      ['单位A2', 1],
    ]);
  });

  it('a filled but unsubmitted table is not counted as submitted; no entries, no rows', () => {
    expect(progressOf([entry('1', 'a1', 'filled')], orgs)[0]!.submitted).toBe(0);
    expect(progressOf([], orgs)).toEqual([]);
  });
});
