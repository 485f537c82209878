// The forms recognised in an uploaded file: choose which to keep, see each one's findings and content.
import { Checkbox, Collapse, Space, Tag, Typography } from 'antd';
import { KIND_LABELS } from '../../../ui/status.ts';
import { FindingList } from '../../forms/components/FindingList.tsx';
import { FormView } from '../../forms/components/FormView.tsx';
import { countBySeverity, placeFindings } from '../../forms/utils/finding-paths.ts';
import { shownPointers } from '../../forms/utils/shown-pointers.ts';
import type { ImportPreview } from '../api/imports-api.ts';

export function ImportPreviewList({
  preview,
  chosen,
  onChoose,
}: {
  preview: ImportPreview;
  chosen: Set<number>;
  onChoose: (index: number, on: boolean) => void;
}) {
  return (
    <Collapse
      items={preview.forms.map((f) => {
        const c = countBySeverity(f.findings);
        return {
          key: f.index,
          label: (
            <Space wrap>
              <span onClick={(e) => e.stopPropagation()}>
                <Checkbox
                  checked={chosen.has(f.index)}
                  onChange={(e) => onChoose(f.index, e.target.checked)}
                  aria-label={`保存 ${f.name}`}
                />
              </span>
              <Tag>{KIND_LABELS[f.kind] ?? f.kind}</Tag>
              <Typography.Text strong>{f.name}</Typography.Text>
              {c.error > 0 && <Tag color="red">错误 {c.error}</Tag>}
              {c.warning > 0 && <Tag color="orange">警告 {c.warning}</Tag>}
              {c.error + c.warning === 0 && <Tag color="green">未发现问题</Tag>}
            </Space>
          ),
          children: (
            <div>
              <div className="import-findings">
                <FindingList findings={f.findings} />
              </div>
              <FormView
                form={f.form}
                annotations={{ findings: placeFindings(f.findings, shownPointers(f.form)) }}
              />
            </div>
          ),
        };
      })}
    />
  );
}
