// 一、所属的批复项目: the approved projects an imported 自评表 / 监控表 may belong to, best first, one chosen by its
// radio. Seven columns squeeze a phone's 390 px into columns of two characters a line, so on a narrow screen each
// project stands as a block of its own: its name, then each value after its column's name (match-candidates.css).
import type { TdHTMLAttributes } from 'react';
import { Table, Tag, Typography } from 'antd';
import type { ProjectCandidate } from '../api/evaluation-imports-api.ts';
import { percent } from '../utils/pair-choices.ts';
import './match-candidates.css';

export function SimilarityTag({ value }: { value: number | null }) {
  if (value === null) return <Tag>未对应</Tag>;
  const color = value >= 0.8 ? 'green' : value >= 0.5 ? 'gold' : 'red';
  return <Tag color={color}>{percent(value)}</Tag>;
}

/** The cell names its column, for the stacked layout to print it before the value. */
const labelled = (title: string) => () => ({ 'data-label': title }) as TdHTMLAttributes<HTMLElement>;

export function CandidatesTable({
  candidates,
  selected,
  onPick,
}: {
  candidates: ProjectCandidate[];
  /** The chosen project's form, or null. */
  selected: string | null;
  onPick: (formId: string) => void;
}) {
  return (
    <Table<ProjectCandidate>
      id="match-candidates"
      className="match-candidates"
      size="small"
      rowKey="formId"
      pagination={false}
      dataSource={candidates}
      locale={{ emptyText: '本单位没有已批复的项目：可作为独立记录保存' }}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: selected ? [selected] : [],
        onChange: (keys) => onPick(String(keys[0])),
      }}
      columns={[
        { title: '项目名称', dataIndex: 'name', className: 'candidate-name', onCell: labelled('项目名称') },
        { title: '单位', render: (_, c) => c.unit ?? c.orgName, onCell: labelled('单位') },
        {
          title: '年度',
          dataIndex: 'year',
          width: 70,
          render: (y: number | null) => y ?? '—',
          onCell: labelled('年度'),
        },
        {
          title: '批复预算（万元）',
          dataIndex: 'budget',
          align: 'right',
          render: (b: string | null) => b ?? '—',
          onCell: labelled('批复预算（万元）'),
        },
        {
          title: '相似度',
          width: 90,
          render: (_, c) => <SimilarityTag value={c.score} />,
          onCell: labelled('相似度'),
        },
        {
          title: '依据',
          render: (_, c) =>
            `名称 ${percent(c.parts.name)} 单位 ${percent(c.parts.unit)} 预算 ${percent(c.parts.budget)}`,
          className: 'candidate-wide',
          onCell: labelled('依据'),
        },
        {
          title: '写入',
          render: (_, c) => (
            <span>
              {c.target.label}
              {c.target.reason && (
                <Typography.Text type="warning" style={{ display: 'block' }}>
                  {c.target.reason}
                </Typography.Text>
              )}
            </span>
          ),
          className: 'candidate-wide',
          onCell: labelled('写入'),
        },
      ]}
    />
  );
}
