// The signed-in frame: a header (title; organisation, year and user on the right) and below it the menu
// of the user's role on its own row, so that the menu has the page's full width at 1366 px.
import { Layout, Menu, type MenuProps } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { UserBadge } from '../features/auth/components/UserBadge.tsx';
import { isGroup, menuFor, selectedKeyOf, type MenuLeaf } from './menu.ts';

// The public pages are another bundle: reached by a full page load.
const leafLabel = (l: MenuLeaf) =>
  l.key === '/public' ? <a href={l.key}>{l.label}</a> : <Link to={l.key}>{l.label}</Link>;

export function AppLayout() {
  const { user } = useSession();
  const { pathname } = useLocation();
  const entries = menuFor(user?.role);
  const selected = selectedKeyOf(entries, pathname);
  const items: MenuProps['items'] = entries.map((e) =>
    isGroup(e)
      ? { key: e.key, label: e.label, children: e.children.map((c) => ({ key: c.key, label: leafLabel(c) })) }
      : { key: e.key, label: leafLabel(e) },
  );
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="app-title">
          <span className="app-seal">绩</span>
          <span>预算绩效管理</span>
        </Link>
        <UserBadge />
      </Layout.Header>
      <nav className="app-nav" aria-label="主菜单">
        <Menu
          mode="horizontal"
          className="app-menu"
          selectedKeys={selected ? [selected] : []}
          items={items}
          // Groups open on click as well as on hover: keyboard and touch users reach their entries.
          triggerSubMenuAction="click"
        />
      </nav>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
