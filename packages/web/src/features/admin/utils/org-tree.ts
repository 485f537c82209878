// The flat organisation list as a tree (children ordered by kind then name), and the organisations
// an organisation may be moved under (anything outside its own subtree).
import type { Org, OrgKind } from '../api/admin-api.ts';

export interface OrgNode extends Org {
  children?: OrgNode[];
}

const kindOrder: Record<OrgKind, number> = { finance: 0, department: 1, unit: 2 };

export function buildOrgTree(orgs: Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(orgs.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'zh-CN'));
    for (const n of list) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function moveTargets(orgs: Org[], moving: Org): Org[] {
  return orgs.filter((o) => !o.path.startsWith(moving.path) && o.kind !== 'unit');
}

/** The chain of names from the root, e.g. 某市财政局 / 某部门 / 某单位. */
export function orgPathName(orgs: Org[], org: Org): string {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return org.path
    .split('/')
    .filter(Boolean)
    .map((id) => byId.get(id)?.name ?? '…')
    .join(' / ');
}
