// Adding or changing one 指标库 entry (finance): the fields of the .xlsx sheet, the server's Chinese
// message when something is refused.
import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { DIRECTION_LABELS, type EntryInput, type LibraryEntry } from '../api/library-api.ts';

const LONG = ['definition', 'formula', 'scoring'] as const;
const FIELDS: { name: keyof EntryInput; label: string; required?: boolean }[] = [
  { name: 'sector', label: '行业/领域', required: true },
  { name: 'field', label: '项目类别' },
  { name: 'level1', label: '一级指标', required: true },
  { name: 'level2', label: '二级指标', required: true },
  { name: 'name', label: '三级指标', required: true },
  { name: 'definition', label: '指标解释' },
  { name: 'formula', label: '计算公式' },
  { name: 'unit', label: '计量单位' },
  { name: 'usualValue', label: '常用取值' },
  { name: 'scoring', label: '评分标准' },
  { name: 'dataSource', label: '数据来源' },
  { name: 'sourceTitle', label: '出处' },
  { name: 'sourceUrl', label: '出处网址' },
];

export function EntryFormModal({
  open,
  entry,
  saving,
  error,
  onSave,
  onClose,
}: {
  open: boolean;
  entry: LibraryEntry | null;
  saving: boolean;
  error: unknown;
  onSave: (input: EntryInput) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<EntryInput>();
  useEffect(() => {
    if (open) form.setFieldsValue(entry ?? { level1: '产出指标', level2: '数量指标', direction: '≥' });
  }, [open, entry, form]);
  return (
    <Modal
      open={open}
      title={entry ? `修改指标：${entry.name}` : '新增指标'}
      okText="保存"
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) => {
          const blank = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : null);
          onSave({
            ...v,
            field: blank(v.field),
            definition: blank(v.definition),
            formula: blank(v.formula),
            unit: blank(v.unit),
            usualValue: blank(v.usualValue),
            scoring: blank(v.scoring),
            dataSource: blank(v.dataSource),
            sourceTitle: blank(v.sourceTitle),
            sourceUrl: blank(v.sourceUrl),
          });
        })
      }
      width={720}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="horizontal" labelCol={{ span: 5 }}>
        {FIELDS.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={f.required ? [{ required: true, whitespace: true, message: `请填写${f.label}` }] : []}
          >
            {(LONG as readonly string[]).includes(f.name) ? (
              <Input.TextArea autoSize={{ minRows: 2 }} />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
        <Form.Item name="direction" label="指标方向" rules={[{ required: true, message: '请选择指标方向' }]}>
          <Select options={Object.entries(DIRECTION_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
