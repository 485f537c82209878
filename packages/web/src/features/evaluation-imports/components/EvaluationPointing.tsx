// 指出位置 for a 自评表 / 监控表: a button per head field (the missing ones marked); after one is chosen the
// user clicks its value in the document pane and the upload is read again with that cell.
import { Button, Card, Space, Typography } from 'antd';
import type { MappableField } from '@jixiao/core';
import type { ImportedDocumentSummary } from '../api/evaluation-imports-api.ts';
import {
  EVALUATION_FIELD_NAMES,
  EVALUATION_FIELDS,
  missingEvaluationFields,
} from '../utils/evaluation-fields.ts';

export function EvaluationPointing({
  doc,
  pointing,
  onPoint,
}: {
  doc: ImportedDocumentSummary;
  pointing: MappableField | null;
  onPoint: (field: MappableField) => void;
}) {
  const missing = new Set(missingEvaluationFields(doc));
  return (
    <Card size="small" title="指出位置" className="evaluation-pointing">
      <Typography.Paragraph type="secondary">
        {missing.size > 0 ? `未读到：${[...missing].map((f) => EVALUATION_FIELD_NAMES[f]).join('、')}。` : ''}
        读错或没有读到的字段：点下面的按钮，再点文档中它的值。
      </Typography.Paragraph>
      <Space wrap>
        {EVALUATION_FIELDS.map((field) => (
          <Button
            key={field}
            danger={missing.has(field) && pointing !== field}
            type={pointing === field ? 'primary' : 'default'}
            onClick={() => onPoint(field)}
          >
            指出{EVALUATION_FIELD_NAMES[field]}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
