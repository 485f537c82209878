// After the user pointed at cells: what was read from each, and 记住此模板的标签 to keep the label
// (the cell before the value, or the text the user confirms) for the organisation's next files.
import { useState } from 'react';
import { App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { labelKey, type TaughtOnKind } from '@jixiao/core';
import type { ImportPreview, LayoutMapping } from '../api/imports-api.ts';
import { useTeachMapping } from '../hooks/use-teach-mapping.ts';
import { fieldNameIn } from '../utils/preview-fields.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

type Picked = ImportPreview['picks'][number];

function PickLine({
  pick,
  mappings,
  onTaught,
  kind,
}: {
  pick: Picked;
  mappings: LayoutMapping[];
  onTaught: () => void;
  kind: TaughtOnKind | null;
}) {
  const fieldName = fieldNameIn(pick.field, kind);
  const [label, setLabel] = useState(pick.label ?? '');
  // The label this line taught: the user may have typed another than the one found beside the value.
  const [remembered, setRemembered] = useState<string | null>(null);
  const teach = useTeachMapping();
  const { message } = App.useApp();
  const remember = async () => {
    const mapping = await teach.mutateAsync({ label, field: pick.field, kind });
    setRemembered(mapping.label);
    // The label as kept (no spaces, no colon): the one the list shows and the next file is read by.
    message.success(`已记住：本单位文件中的“${mapping.label}”即${fieldName}`);
    onTaught();
  };
  // Kept labels are stored by their key (no spaces, no colon): the label found beside the value is compared so.
  const kept = (l: string | null) =>
    l !== null && mappings.some((m) => m.field === pick.field && m.label === labelKey(l));
  const shown = kept(pick.label) ? labelKey(pick.label ?? '') : kept(remembered) ? remembered : null;
  return (
    <div className="remember-line">
      <Space wrap>
        <Tag color="blue">{fieldName}</Tag>
        <span>已读取“{pick.text}”</span>
        {shown !== null ? (
          <Tag color="green">已记住标签“{shown}”</Tag>
        ) : (
          <>
            <Typography.Text type="secondary">标签</Typography.Text>
            <Input
              size="small"
              style={{ width: 160 }}
              value={label}
              placeholder="值前面的文字"
              aria-label={`${fieldName}的标签`}
              onChange={(e) => setLabel(e.target.value)}
            />
            <Button
              size="small"
              type="primary"
              disabled={!label.trim()}
              loading={teach.isPending}
              onClick={() => void remember()}
            >
              记住此模板的标签
            </Button>
          </>
        )}
      </Space>
      <ErrorAlert error={teach.error} />
    </div>
  );
}

export function RememberLabels({
  picks,
  mappings,
  onTaught,
  kindOf,
}: {
  picks: ImportPreview['picks'];
  mappings: LayoutMapping[];
  onTaught: () => void;
  /**
   * The kind of document the pick's table is (by its index): the field is named as it prints it (a 自评表
   * says 实施单位 where a form says 申报单位) and the label is kept with it, for the list to say so too.
   */
  kindOf: (index: number) => TaughtOnKind | null;
}) {
  if (picks.length === 0) return null;
  return (
    <Card size="small" title="指出的位置" className="remember-card">
      <Typography.Paragraph type="secondary">
        这些值只用于本次导入；记住标签后，本单位同一模板的文件以后会自动识别。
      </Typography.Paragraph>
      {picks.map((p) => (
        <PickLine
          key={`${p.index}-${p.field}`}
          pick={p}
          mappings={mappings}
          onTaught={onTaught}
          kind={kindOf(p.index)}
        />
      ))}
    </Card>
  );
}
