// 组织机构: the tree 财政局 → 主管部门 → 预算单位, with add-below, rename/recode, move and delete.
import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import {
  orgKindLabels,
  useCreateOrg,
  useDeleteOrg,
  useUpdateOrg,
  type Org,
  type OrgKind,
} from '../api/admin-api.ts';
import { buildOrgTree, moveTargets, orgPathName, type OrgNode } from '../utils/org-tree.ts';

type Dialog =
  { kind: 'add'; parent: Org | null } | { kind: 'edit'; org: Org } | { kind: 'move'; org: Org } | null;

const childKind: Record<OrgKind, OrgKind> = { finance: 'department', department: 'unit', unit: 'unit' };

export function OrgsCard({ orgs, loading }: { orgs: Org[]; loading: boolean }) {
  const { message } = App.useApp();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const remove = useDeleteOrg();
  const busy = create.isPending || update.isPending;

  const open = (d: Exclude<Dialog, null>) => {
    form.resetFields();
    if (d.kind === 'add') form.setFieldsValue({ kind: d.parent ? childKind[d.parent.kind] : 'finance' });
    if (d.kind === 'edit') form.setFieldsValue({ name: d.org.name, code: d.org.code ?? '' });
    setDialog(d);
  };

  const submit = async () => {
    if (!dialog) return;
    const v = await form.validateFields();
    try {
      if (dialog.kind === 'add') {
        await create.mutateAsync({
          name: v.name,
          kind: v.kind,
          code: v.code || null,
          parentId: dialog.parent?.id ?? null,
        });
        message.success(`已新增「${v.name}」`);
      } else if (dialog.kind === 'edit') {
        await update.mutateAsync({ id: dialog.org.id, name: v.name, code: v.code || null });
        message.success('已保存');
      } else {
        await update.mutateAsync({ id: dialog.org.id, parentId: v.parentId });
        message.success(`已将「${dialog.org.name}」连同其下级移到新的上级之下`);
      }
      setDialog(null);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      size="small"
      title={`组织机构（${orgs.length}）`}
      extra={
        orgs.length === 0 && (
          <Button type="primary" onClick={() => open({ kind: 'add', parent: null })}>
            新增财政部门（顶级）
          </Button>
        )
      }
    >
      <Table<OrgNode>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 110,
            render: (k: OrgKind) => (
              <Tag color={k === 'finance' ? 'red' : k === 'department' ? 'blue' : undefined}>
                {orgKindLabels[k]}
              </Tag>
            ),
          },
          { title: '编码', dataIndex: 'code', width: 120, render: (c: string | null) => c ?? '—' },
          {
            title: '操作',
            width: 280,
            render: (_: unknown, org) => (
              <Space size="small" wrap>
                {org.kind !== 'unit' && (
                  <Button size="small" onClick={() => open({ kind: 'add', parent: org })}>
                    新增下级
                  </Button>
                )}
                <Button size="small" onClick={() => open({ kind: 'edit', org })}>
                  修改
                </Button>
                {org.parentId && (
                  <Button size="small" onClick={() => open({ kind: 'move', org })}>
                    移动
                  </Button>
                )}
                <Popconfirm
                  title={`删除「${org.name}」？`}
                  description="只能删除没有下级、用户和表单的组织。"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() =>
                    remove.mutateAsync(org.id).then(
                      () => message.success('已删除'),
                      (e: unknown) => message.error(errorText(e)),
                    )
                  }
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={
          dialog?.kind === 'add'
            ? dialog.parent
              ? `在「${dialog.parent.name}」下新增`
              : '新增顶级组织'
            : dialog?.kind === 'edit'
              ? `修改「${dialog.org.name}」`
              : dialog?.kind === 'move'
                ? `移动「${dialog.org.name}」`
                : ''
        }
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog?.kind !== 'move' && (
            <>
              <Form.Item
                name="name"
                label="名称"
                rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 200 }]}
              >
                <Input placeholder="如：鄂州市数据局" />
              </Form.Item>
              {dialog?.kind === 'add' && (
                <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
                  <Select
                    options={Object.entries(orgKindLabels).map(([value, label]) => ({ value, label }))}
                  />
                </Form.Item>
              )}
              <Form.Item name="code" label="单位编码（可选）" rules={[{ max: 50 }]}>
                <Input placeholder="预算单位编码" />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'move' && (
            <Form.Item
              name="parentId"
              label="新的上级"
              rules={[{ required: true, message: '请选择新的上级' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={moveTargets(orgs, dialog.org)
                  .filter((o) => o.id !== dialog.org.parentId)
                  .map((o) => ({ value: o.id, label: orgPathName(orgs, o) }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
