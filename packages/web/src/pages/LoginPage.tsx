// 登录 page: after signing in, back to where the user was going.
import { Card, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm } from '../features/auth/components/LoginForm.tsx';
import { useSession } from '../features/auth/hooks/use-session.ts';

export function LoginPage() {
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  if (user) return <Navigate to={from} replace />;
  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <div className="login-head">
          <span className="app-seal large">绩</span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              预算绩效管理系统
            </Typography.Title>
            <Typography.Text type="secondary">绩效目标申报 · 审核 · 批复 · 公开</Typography.Text>
          </div>
        </div>
        <LoginForm
          onSignedIn={(u) => {
            signIn(u);
            navigate(from, { replace: true });
          }}
        />
        <div className="login-foot">
          <a href="/public">查看已公开的预算绩效信息 →</a>
        </div>
      </Card>
    </div>
  );
}
