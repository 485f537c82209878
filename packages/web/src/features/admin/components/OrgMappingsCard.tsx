// 模板标签 of any organisation, for administrators: choose the organisation, see and delete the labels
// its fillers taught in the import preview.
import { useState } from 'react';
import { Select, Space, Typography } from 'antd';
import { MappingsCard } from '../../imports/components/MappingsCard.tsx';
import type { Org } from '../api/admin-api.ts';
import { orgPathName } from '../utils/org-tree.ts';

export function OrgMappingsCard({ orgs }: { orgs: Org[] }) {
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const chosen = orgs.find((o) => o.id === orgId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>组织</Typography.Text>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 360 }}
          placeholder="选择组织，查看其模板标签"
          value={orgId}
          onChange={setOrgId}
          aria-label="模板标签所属组织"
          options={orgs.map((o) => ({ value: o.id, label: orgPathName(orgs, o) }))}
        />
      </Space>
      {chosen && <MappingsCard orgId={chosen.id} title={`${chosen.name}的模板标签`} />}
    </Space>
  );
}
