// Shows its children to a signed-in user; otherwise sends them to the login page (and back afterwards).
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../hooks/use-session.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Spin size="large" fullscreen tip="正在加载…" />;
  if (user === null)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
