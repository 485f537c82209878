// The signed-in frame: title, the menu for the user's role, organisation/year/user on the right.
import { Layout, Menu } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { UserBadge } from '../features/auth/components/UserBadge.tsx';

const MENUS: Record<string, { key: string; label: string }[]> = {
  filler: [
    { key: '/', label: '工作台' },
    { key: '/forms/new', label: '新建项目绩效目标' },
    { key: '/import', label: '导入' },
    { key: '/budget', label: '部门预算' },
  ],
  reviewer: [
    { key: '/', label: '工作台' },
    { key: '/review', label: '审核' },
    { key: '/dashboard', label: '统计看板' },
  ],
  finance: [
    { key: '/', label: '工作台' },
    { key: '/approval', label: '批复' },
    { key: '/budget', label: '部门预算' },
    { key: '/disclosure', label: '预算公开' },
    { key: '/dashboard', label: '统计看板' },
  ],
  admin: [{ key: '/admin', label: '系统管理' }],
};

/** Monitoring and self-evaluation (issue 6): after approval, for every role that takes part. */
const EVALUATION_MENU: Record<string, { key: string; label: string }[]> = {
  filler: [
    { key: '/monitoring', label: '运行监控' },
    { key: '/self-evaluations', label: '绩效自评' },
  ],
  reviewer: [
    { key: '/monitoring', label: '运行监控' },
    { key: '/self-evaluations', label: '绩效自评' },
    { key: '/evaluation-dashboard', label: '绩效看板' },
  ],
  finance: [
    { key: '/monitoring', label: '运行监控' },
    { key: '/self-evaluations', label: '绩效自评' },
    { key: '/evaluation-dashboard', label: '绩效看板' },
  ],
};

export function AppLayout() {
  const { user } = useSession();
  const { pathname } = useLocation();
  const items = [
    ...(MENUS[user?.role ?? ''] ?? []),
    ...(EVALUATION_MENU[user?.role ?? ''] ?? []),
    { key: '/public', label: '信息公开' },
  ];
  const selected = items.filter((i) => i.key !== '/' && pathname.startsWith(i.key)).map((i) => i.key);
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="app-title">
          <span className="app-seal">绩</span>
          <span>预算绩效管理</span>
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          className="app-menu"
          selectedKeys={selected.length ? selected : pathname === '/' ? ['/'] : []}
          items={items.map((i) => ({ key: i.key, label: <Link to={i.key}>{i.label}</Link> }))}
        />
        <UserBadge />
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
