// The frame of the public pages: no account needed, narrow and readable on a phone.
import { Layout } from 'antd';
import { Link, Outlet } from 'react-router-dom';

export function PublicLayout() {
  return (
    <Layout className="public-layout">
      <Layout.Header className="app-header public-header">
        <Link to="/public" className="app-title">
          <span className="app-seal">绩</span>
          <span>预算绩效信息公开</span>
        </Link>
        <Link to="/login" className="public-login">
          工作人员登录
        </Link>
      </Layout.Header>
      <Layout.Content className="public-content">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="public-footer">
        部门预算及项目绩效目标依法公开 · 数据以财政部门批复为准
      </Layout.Footer>
    </Layout>
  );
}
