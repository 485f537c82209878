// The main menu of each role. Finance has ten destinations: at 1366 px they do not fit in one row with
// the header, so related ones are grouped (预算, 绩效, 统计) and a group of one is shown as its entry.
export interface MenuLeaf {
  key: string;
  label: string;
}
export interface MenuGroup {
  key: string;
  label: string;
  children: MenuLeaf[];
}
export type MenuEntry = MenuLeaf | MenuGroup;

const PUBLIC: MenuLeaf = { key: '/public', label: '信息公开' };
const PERFORMANCE: MenuGroup = {
  key: 'performance',
  label: '绩效',
  children: [
    { key: '/monitoring', label: '运行监控' },
    { key: '/self-evaluations', label: '绩效自评' },
  ],
};
/** Finance also checks a region's published documents in batches (检查报告) and keeps the 指标库. */
const FINANCE_PERFORMANCE: MenuGroup = {
  ...PERFORMANCE,
  children: [
    ...PERFORMANCE.children,
    { key: '/check-reports', label: '检查报告' },
    { key: '/indicator-library', label: '指标库' },
  ],
};
const STATISTICS: MenuGroup = {
  key: 'statistics',
  label: '统计',
  children: [
    { key: '/dashboard', label: '统计看板' },
    { key: '/evaluation-dashboard', label: '绩效看板' },
  ],
};

const MENUS: Record<string, MenuEntry[]> = {
  filler: [
    { key: '/', label: '工作台' },
    { key: '/forms/new', label: '新建项目绩效目标' },
    { key: '/import', label: '导入' },
    { key: '/budget', label: '部门预算' },
    PERFORMANCE,
    PUBLIC,
  ],
  reviewer: [
    { key: '/', label: '工作台' },
    { key: '/review', label: '审核' },
    PERFORMANCE,
    STATISTICS,
    PUBLIC,
  ],
  finance: [
    { key: '/', label: '工作台' },
    { key: '/approval', label: '批复' },
    {
      key: 'budget',
      label: '预算',
      children: [
        { key: '/budget', label: '部门预算' },
        { key: '/disclosure', label: '预算公开' },
      ],
    },
    FINANCE_PERFORMANCE,
    STATISTICS,
    PUBLIC,
  ],
  admin: [{ key: '/admin', label: '系统管理' }, PUBLIC],
};

export function menuFor(role: string | undefined): MenuEntry[] {
  return MENUS[role ?? ''] ?? [PUBLIC];
}

export function isGroup(e: MenuEntry): e is MenuGroup {
  return 'children' in e;
}

/** Every destination of a menu, groups opened. */
export function leavesOf(entries: MenuEntry[]): MenuLeaf[] {
  return entries.flatMap((e) => (isGroup(e) ? e.children : [e]));
}

/** The destination a path belongs to: the longest matching prefix; 工作台 ('/') only for '/' itself. */
export function selectedKeyOf(entries: MenuEntry[], pathname: string): string | null {
  const matches = leavesOf(entries)
    .map((l) => l.key)
    .filter((k) => (k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(k + '/')));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
