// The header's right side: organisation, fiscal year, user with role, sign out.
import { useState } from 'react';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { BankOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../../ui/status.ts';
import { useYears } from '../../forms/hooks/use-years.ts';
import { useSession } from '../hooks/use-session.ts';

export function UserBadge() {
  const { user, year, setYear, signOut } = useSession();
  const years = useYears();
  const [leaving, setLeaving] = useState(false);
  if (!user) return null;
  return (
    <Space size="middle" className="user-badge" wrap>
      <span className="user-badge-org">
        <BankOutlined /> {user.org.name}
      </span>
      <span>
        <Typography.Text style={{ color: 'inherit' }}>预算年度 </Typography.Text>
        <Select
          size="small"
          value={year ?? 0}
          style={{ width: 104 }}
          onChange={(y: number) => setYear(y === 0 ? null : y)}
          options={[
            { value: 0, label: '全部年度' },
            ...(years.data ?? []).map((y) => ({ value: y, label: `${y}年` })),
          ]}
          aria-label="预算年度"
          id="fiscal-year"
        />
      </span>
      <span>
        <UserOutlined /> {user.displayName ?? user.username}{' '}
        <Tag color="gold">{ROLE_LABELS[user.role] ?? user.role}</Tag>
      </span>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        loading={leaving}
        onClick={() => (setLeaving(true), void signOut().finally(() => setLeaving(false)))}
      >
        退出
      </Button>
    </Space>
  );
}
