// One 指标库 entry in full: what it measures, how it is computed and scored, where its data and the
// entry itself come from.
import { Descriptions, Typography } from 'antd';
import { DIRECTION_LABELS, type LibraryEntry } from '../api/library-api.ts';

export function EntryDetail({ entry }: { entry: LibraryEntry }) {
  const dash = (v: string | null) => v || '—';
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { whiteSpace: 'nowrap', width: 88 } }}
      title={entry.name}
      aria-label={`指标详情：${entry.name}`}
      items={[
        {
          key: 'path',
          label: '所属',
          children: [entry.sector, entry.field, entry.level1, entry.level2].filter(Boolean).join(' → '),
        },
        { key: 'definition', label: '指标解释', children: dash(entry.definition) },
        { key: 'formula', label: '计算公式', children: dash(entry.formula) },
        { key: 'unit', label: '计量单位', children: dash(entry.unit) },
        { key: 'direction', label: '指标方向', children: DIRECTION_LABELS[entry.direction] },
        { key: 'usual', label: '常用取值', children: dash(entry.usualValue) },
        { key: 'scoring', label: '评分标准', children: dash(entry.scoring) },
        { key: 'data', label: '数据来源', children: dash(entry.dataSource) },
        {
          key: 'source',
          label: '出处',
          children: entry.sourceUrl ? (
            <Typography.Link href={entry.sourceUrl} target="_blank" rel="noreferrer">
              {entry.sourceTitle ?? entry.sourceUrl}
            </Typography.Link>
          ) : (
            dash(entry.sourceTitle)
          ),
        },
        { key: 'uses', label: '使用次数', children: `${entry.uses} 张已批复表单` },
      ]}
    />
  );
}
