// 用户: accounts with role and organisation; add, edit, disable/enable, reset a password (the new one
// is shown once, like the server prints the demo passwords).
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import {
  roleLabels,
  useCreateUser,
  useResetPassword,
  useUpdateUser,
  type Org,
  type Role,
  type User,
} from '../api/admin-api.ts';
import { orgPathName } from '../utils/org-tree.ts';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: User } | null;

export function UsersCard({
  users,
  orgs,
  loading,
  selfId,
}: {
  users: User[];
  orgs: Org[];
  loading: boolean;
  selfId: string;
}) {
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const orgOptions = orgs.map((o) => ({ value: o.id, label: orgPathName(orgs, o) }));

  const showPassword = (username: string, password: string): void => {
    modal.info({
      title: `「${username}」的新密码`,
      content: (
        <div>
          <Typography.Paragraph copyable={{ text: password }} className="password-once">
            <code>{password}</code>
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            密码只显示这一次，请立即交给本人，并提醒其登录后修改。
          </Typography.Text>
        </div>
      ),
      okText: '我已记下',
    });
  };

  const open = (d: Exclude<Dialog, null>) => {
    form.resetFields();
    if (d.kind === 'edit')
      form.setFieldsValue({
        displayName: d.user.displayName,
        role: d.user.role,
        orgId: d.user.orgId,
        email: d.user.email ?? '',
      });
    setDialog(d);
  };

  const submit = async () => {
    if (!dialog) return;
    const v = await form.validateFields();
    try {
      if (dialog.kind === 'add') {
        const r = await create.mutateAsync({
          username: v.username,
          displayName: v.displayName || undefined,
          role: v.role,
          orgId: v.orgId,
          ...(v.email ? { email: v.email } : {}),
        });
        setDialog(null);
        if (r.generatedPassword) showPassword(r.user.username, r.generatedPassword);
      } else {
        await update.mutateAsync({
          id: dialog.user.id,
          displayName: v.displayName,
          role: v.role,
          orgId: v.orgId,
          email: v.email ? v.email : null,
        });
        setDialog(null);
        message.success('已保存；角色或组织变更后该用户需重新登录');
      }
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const toggle = (u: User) =>
    update.mutateAsync({ id: u.id, disabled: !u.disabled }).then(
      () => message.success(u.disabled ? `已启用「${u.username}」` : `已停用「${u.username}」，其登录已失效`),
      (e: unknown) => message.error(errorText(e)),
    );

  const resetPassword = (u: User) =>
    modal.confirm({
      title: `重置「${u.username}」的密码？`,
      content: '将生成新密码并解除锁定，该用户的所有登录会立即失效。',
      okText: '重置',
      cancelText: '取消',
      onOk: () =>
        reset.mutateAsync(u.id).then(
          (r) => showPassword(u.username, r.generatedPassword),
          (e: unknown) => message.error(errorText(e)),
        ),
    });

  return (
    <Card
      size="small"
      title={`用户（${users.length}）`}
      extra={
        <Button type="primary" onClick={() => open({ kind: 'add' })}>
          新增用户
        </Button>
      }
    >
      <Table<User>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={users}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 150 },
          { title: '姓名', dataIndex: 'displayName', width: 150 },
          { title: '角色', dataIndex: 'role', width: 140, render: (r: Role) => roleLabels[r] },
          {
            title: '所属组织',
            dataIndex: 'orgId',
            render: (id: string, u) => {
              const org = orgs.find((o) => o.id === id);
              return org ? orgPathName(orgs, org) : u.orgName;
            },
          },
          {
            title: '状态',
            width: 150,
            render: (_: unknown, u) =>
              u.disabled ? (
                <Tag>已停用</Tag>
              ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                <Tag color="orange">锁定至 {formatDateTime(u.lockedUntil)}</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          {
            title: '操作',
            width: 230,
            render: (_: unknown, u) => (
              <Space size="small">
                <Button size="small" onClick={() => open({ kind: 'edit', user: u })}>
                  修改
                </Button>
                <Button size="small" onClick={() => resetPassword(u)}>
                  重置密码
                </Button>
                {u.id !== selfId &&
                  (u.disabled ? (
                    <Button
                      size="small"
                      loading={update.isPending && update.variables?.id === u.id}
                      onClick={() => void toggle(u)}
                    >
                      启用
                    </Button>
                  ) : (
                    // Disabling signs the user out at once: asked once.
                    <Popconfirm
                      title={`停用「${u.username}」？`}
                      description="该用户将不能登录，已有的登录立即失效。"
                      okText="停用"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => toggle(u)}
                    >
                      <Button size="small" danger>
                        停用
                      </Button>
                    </Popconfirm>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={dialog?.kind === 'edit' ? `修改「${dialog.user.username}」` : '新增用户'}
        okText="保存"
        cancelText="取消"
        confirmLoading={create.isPending || update.isPending}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog?.kind === 'add' && (
            <Form.Item
              name="username"
              label="用户名（登录名）"
              rules={[
                { required: true, pattern: /^[A-Za-z0-9_.-]{3,50}$/, message: '3–50 个字母、数字或 _ . -' },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="displayName" label="姓名" rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="email"
            label="电子邮箱"
            extra="用于接收催报邮件（服务器配置了邮件服务时）；可不填"
            rules={[{ type: 'email', message: '电子邮箱格式不正确' }, { max: 200 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
            <Select
              disabled={dialog?.kind === 'edit' && dialog.user.id === selfId}
              options={Object.entries(roleLabels).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="orgId" label="所属组织" rules={[{ required: true, message: '请选择所属组织' }]}>
            <Select showSearch optionFilterProp="label" options={orgOptions} />
          </Form.Item>
          {dialog?.kind === 'add' && (
            <Typography.Text type="secondary">保存后生成初始密码，只显示一次。</Typography.Text>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
