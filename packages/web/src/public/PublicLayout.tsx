// The frame of the public pages: no account needed, narrow and readable on a phone. The sign-in is the
// other bundle, so it is reached by a full page load (a plain link).
import { Link, Outlet } from 'react-router-dom';

export function PublicLayout() {
  return (
    <div className="public-layout">
      <header className="app-header public-header">
        <Link to="/public" className="app-title">
          <span className="app-seal">绩</span>
          <span>预算绩效信息公开</span>
        </Link>
        <a href="/login" className="public-login">
          工作人员登录
        </a>
      </header>
      <main className="public-content">
        <Outlet />
      </main>
      <footer className="public-footer">部门预算及项目绩效目标依法公开 · 数据以财政部门批复为准</footer>
    </div>
  );
}
