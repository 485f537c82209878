// What was read for one form, field by field: the value, where it came from, a 待确认 tag on every
// value read with little certainty or missing, and 指出位置 to point at the right cell instead.
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { MappableField, PreviewForm } from '../api/imports-api.ts';
import {
  FIELD_NAMES,
  describeSource,
  fieldValue,
  fieldsOf,
  pointerOfField,
  rowPlace,
  sourceOf,
  unsureOf,
} from '../utils/preview-fields.ts';

export function UnsureTag({ reason, tip }: { reason: 'missing' | 'low-confidence'; tip: string }) {
  return (
    <Tooltip title={tip}>
      <Tag color="orange" className="unsure-tag">
        {reason === 'missing' ? '未读到' : '待确认'}
      </Tag>
    </Tooltip>
  );
}

export function ReadFields({
  form,
  pointing,
  onPoint,
  onLocate,
}: {
  form: PreviewForm;
  pointing: MappableField | null;
  onPoint: (field: MappableField) => void;
  onLocate: (pointer: string) => void;
}) {
  const rows = fieldsOf(form.kind).map((field) => {
    const pointer = pointerOfField(field);
    return {
      field,
      pointer,
      value: fieldValue(form.form, field),
      source: sourceOf(form, pointer),
      unsure: unsureOf(form, pointer),
    };
  });
  return (
    <Table
      className="read-fields"
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      // On a phone the fixed columns (420 px) leave the value no room: below 560 px the table scrolls in its own
      // box, never the page (which would carry 指出位置 off the screen).
      scroll={{ x: 560 }}
      rowClassName={(r) => (r.unsure ? 'field-unsure' : '')}
      onRow={(r) => ({ onMouseEnter: () => onLocate(r.pointer) })}
      columns={[
        { title: '字段', dataIndex: 'field', width: 150, render: (f: MappableField) => FIELD_NAMES[f] },
        {
          title: '读取的值',
          render: (_, r) => (
            <span>
              {r.value ?? <Typography.Text type="secondary">（空）</Typography.Text>}{' '}
              {r.unsure && (
                <UnsureTag
                  reason={r.unsure.reason}
                  tip={
                    r.unsure.reason === 'missing'
                      ? '文档中没有读到该字段：请点“指出位置”，再点文档中它的值'
                      : `来源：${describeSource(r.source)}。请核对，不对时点“指出位置”`
                  }
                />
              )}
            </span>
          ),
        },
        {
          title: '来源',
          width: 170,
          render: (_, r) =>
            r.source && r.source.line !== null ? (
              <Tooltip title={describeSource(r.source)}>
                <Button type="link" size="small" onClick={() => onLocate(r.pointer)}>
                  {rowPlace({ ...r.source, line: r.source.line })}
                  {r.source.label ? `「${r.source.label}」` : ''}
                </Button>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        {
          title: '',
          width: 100,
          render: (_, r) => (
            <Button
              size="small"
              type={pointing === r.field ? 'primary' : r.unsure ? 'default' : 'text'}
              onClick={() => onPoint(r.field)}
            >
              指出位置
            </Button>
          ),
        },
      ]}
    />
  );
}
