import { describe, expect, it } from 'vitest';
import type { Org } from '../api/admin-api.ts';
import { buildOrgTree, moveTargets, orgPathName } from './org-tree.ts';

const org = (id: string, parentId: string | null, kind: Org['kind'], name: string, path: string): Org => ({
  id,
  parentId,
  kind,
  name,
  code: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  path,
});
const orgs = [
  org('u2', 'd1', 'unit', '乙单位', '/r/d1/u2/'),
  org('r', null, 'finance', '市财政局', '/r/'),
  org('d1', 'r', 'department', '数据局', '/r/d1/'),
  org('u1', 'd1', 'unit', '甲单位', '/r/d1/u1/'),
  org('d2', 'r', 'department', '审批局', '/r/d2/'),
];

describe('organisation tree', () => {
  it('nests children under parents, sorted by kind then name', () => {
    const tree = buildOrgTree(orgs);
    expect(tree.map((n) => n.name)).toEqual(['市财政局']);
    expect(tree[0]!.children!.map((n) => n.name)).toEqual(['审批局', '数据局']);
    expect(tree[0]!.children![1]!.children!.map((n) => n.name)).toEqual(['甲单位', '乙单位']);
  });

  it('offers as new parents only organisations outside the subtree that are not units', () => {
    expect(moveTargets(orgs, orgs[2]!).map((o) => o.id)).toEqual(['r', 'd2']);
    expect(moveTargets(orgs, orgs[0]!).map((o) => o.id)).toEqual(['r', 'd1', 'd2']);
  });

  it('names an organisation by its chain from the root', () => {
    expect(orgPathName(orgs, orgs[3]!)).toBe('市财政局 / 数据局 / 甲单位');
  });
});
