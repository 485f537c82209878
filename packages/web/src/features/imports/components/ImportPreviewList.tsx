// The forms recognised in an uploaded file: choose which to keep; for each, what was read field by
// field (with 待确认 marks and 指出位置), its findings and its content with the unsure values marked.
import { Checkbox, Collapse, InputNumber, Space, Tag, Typography } from 'antd';
import { KIND_LABELS } from '../../../ui/status.ts';
import { FindingList } from '../../forms/components/FindingList.tsx';
import { FormView } from '../../forms/components/FormView.tsx';
import { countBySeverity, placeFindings } from '../../forms/utils/finding-paths.ts';
import { shownPointers } from '../../forms/utils/shown-pointers.ts';
import type { ImportPreview, MappableField } from '../api/imports-api.ts';
import { describeSource, sourceOf } from '../utils/preview-fields.ts';
import { ReadFields, UnsureTag } from './ReadFields.tsx';
import { needsYear, type GivenYears } from '../utils/import-years.ts';

export interface Pointing {
  index: number;
  field: MappableField;
}

export function ImportPreviewList({
  preview,
  chosen,
  onChoose,
  pointing,
  onPoint,
  onLocate,
  years,
  onYear,
}: {
  preview: ImportPreview;
  /** Years typed for forms whose document names none. */
  years: GivenYears;
  onYear: (index: number, year: number | null) => void;
  chosen: Set<number>;
  onChoose: (index: number, on: boolean) => void;
  pointing: Pointing | null;
  onPoint: (p: Pointing) => void;
  onLocate: (index: number, pointer: string) => void;
}) {
  return (
    <Collapse
      items={preview.forms.map((f) => {
        const c = countBySeverity(f.findings);
        const unsureCount = f.unsure.length;
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
              {f.form.year !== null ? (
                <Tag>{f.form.year}年</Tag>
              ) : (
                // No year in the document: the user says which (never today's by default).
                <span onClick={(e) => e.stopPropagation()}>
                  <InputNumber
                    id={`import-year-${f.index}`}
                    size="small"
                    min={2000}
                    max={2100}
                    precision={0}
                    style={{ width: 150 }}
                    placeholder={needsYear(f.form) ? '年度（必填）' : '年度（未读到）'}
                    status={needsYear(f.form) && !years[f.index] ? 'warning' : undefined}
                    value={years[f.index] ?? null}
                    onChange={(v) => onYear(f.index, typeof v === 'number' ? v : null)}
                    aria-label={`${f.name}的年度`}
                  />
                </span>
              )}
              {unsureCount > 0 && <Tag color="orange">待确认 {unsureCount}</Tag>}
              {c.error > 0 && <Tag color="red">错误 {c.error}</Tag>}
              {c.warning > 0 && <Tag color="orange">警告 {c.warning}</Tag>}
              {c.error + c.warning === 0 && <Tag color="green">未发现问题</Tag>}
            </Space>
          ),
          children: (
            <div>
              <ReadFields
                form={f}
                pointing={pointing?.index === f.index ? pointing.field : null}
                onPoint={(field) => onPoint({ index: f.index, field })}
                onLocate={(pointer) => onLocate(f.index, pointer)}
              />
              <div className="import-findings">
                <FindingList findings={f.findings} />
              </div>
              <div className="import-form-view">
                <FormView
                  form={f.form}
                  annotations={{
                    findings: placeFindings(f.findings, shownPointers(f.form)),
                    extra: (pointer) => {
                      const u = f.unsure.find((x) => x.path === pointer);
                      return u ? (
                        <span onMouseEnter={() => onLocate(f.index, pointer)}>
                          <UnsureTag reason={u.reason} tip={describeSource(sourceOf(f, pointer))} />
                        </span>
                      ) : null;
                    },
                  }}
                />
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
