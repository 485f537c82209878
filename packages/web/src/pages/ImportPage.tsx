// 导入: drop a Word/Excel/PDF/text file → the document beside what was read (unsure values marked,
// 指出位置 to point at the right cell, 记住此模板的标签 to keep the label) → save as drafts.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Space, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ImportPreview, MappableField, Pick } from '../features/imports/api/imports-api.ts';
import { DocumentPane, type CellRef } from '../features/imports/components/DocumentPane.tsx';
import { ImportPreviewList, type Pointing } from '../features/imports/components/ImportPreviewList.tsx';
import { MappingsCard } from '../features/imports/components/MappingsCard.tsx';
import { RememberLabels } from '../features/imports/components/RememberLabels.tsx';
import { useLayoutMappings } from '../features/imports/hooks/use-layout-mappings.ts';
import { useReadImport } from '../features/imports/hooks/use-read-import.ts';
import { useSaveImport } from '../features/imports/hooks/use-save-import.ts';
import { useUpload } from '../features/imports/hooks/use-upload.ts';
import {
  FIELD_NAMES,
  NO_FORM_FIELDS,
  cellOfSource,
  sourceOf,
} from '../features/imports/utils/preview-fields.ts';
import type { FormMeta } from '../features/forms/api/forms-api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import type {
  ConfirmResult,
  EvaluationUpload,
} from '../features/evaluation-imports/api/evaluation-imports-api.ts';
import {
  EvaluationImportDone,
  EvaluationMatchCard,
} from '../features/evaluation-imports/components/EvaluationMatchCard.tsx';
import { ImportedRecordsCard } from '../features/evaluation-imports/components/ImportedRecordsCard.tsx';
import { sourceAt } from '../features/evaluation-imports/utils/read-values.ts';
import { EvaluationPointing } from '../features/evaluation-imports/components/EvaluationPointing.tsx';
import { useReadEvaluation } from '../features/evaluation-imports/hooks/use-evaluation-import.ts';
import { EVALUATION_FIELD_NAMES } from '../features/evaluation-imports/utils/evaluation-fields.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { missingYears, yearsToSave, type GivenYears } from '../features/imports/utils/import-years.ts';
import { DOCUMENT_FILE_TYPES } from '../ui/document-files.ts';

export function ImportPage() {
  const upload = useUpload();
  const read = useReadImport();
  const save = useSaveImport();
  const mappings = useLayoutMappings();
  const readEvaluation = useReadEvaluation();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [picks, setPicks] = useState<Pick[]>([]);
  const [pointing, setPointing] = useState<Pointing | null>(null);
  const [highlight, setHighlight] = useState<CellRef | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [years, setYears] = useState<GivenYears>({});
  const [saved, setSaved] = useState<FormMeta[] | null>(null);
  // A 自评表 / 监控表: matched to an approved project and confirmed (匹配确认) instead of saved as a draft.
  const [evaluation, setEvaluation] = useState<EvaluationUpload | null>(null);
  // …shown beside the document it was read from, as a form's preview is.
  const [evaluationRows, setEvaluationRows] = useState<ImportPreview['document'] | null>(null);
  const [evaluationDone, setEvaluationDone] = useState<ConfirmResult | null>(null);
  // …whose head fields the user may point at, as a form's: the picks (sent again on match and confirm), the
  // field being pointed at, and each pick as read (for 记住此模板的标签).
  const [evaluationPicks, setEvaluationPicks] = useState<Pick[]>([]);
  const [evaluationPointing, setEvaluationPointing] = useState<MappableField | null>(null);
  const [evaluationRead, setEvaluationRead] = useState<ImportPreview['picks']>([]);

  const show = (p: ImportPreview, keepChoice: boolean) => {
    setPreview(p);
    if (!keepChoice || chosen.size === 0) setChosen(new Set(p.forms.map((f) => f.index)));
  };
  const onFile = async (file: File) => {
    setSaved(null);
    setYears({});
    setPreview(null);
    setPicks([]);
    setPointing(null);
    setHighlight(null);
    setEvaluation(null);
    setEvaluationRows(null);
    setEvaluationDone(null);
    setEvaluationPicks([]);
    setEvaluationPointing(null);
    setEvaluationRead([]);
    try {
      // One POST: the form import answers a 自评表 / 监控表 with the evaluation proposal itself.
      const result = await upload.mutateAsync(file);
      if (result.evaluation) {
        setEvaluation(result.evaluation);
        setEvaluationRows(result.document);
      } else show(result, false);
    } catch {
      /* shown below */
    }
  };
  const reread = async (next: Pick[]) => {
    if (!preview) return;
    try {
      show(await read.mutateAsync({ fileId: preview.fileId, picks: next }), true);
      setPicks(next);
    } catch {
      /* shown below; the earlier picks stay */
    }
  };
  const onPointCell = (row: number, column: number) => {
    if (!pointing) return;
    const index = preview && preview.forms.length > 0 ? pointing.index : undefined;
    const pick: Pick = { field: pointing.field, row, column, ...(index === undefined ? {} : { index }) };
    setPointing(null);
    setHighlight({ row, column });
    void reread([...picks.filter((p) => !(p.field === pick.field && p.index === pick.index)), pick]);
  };
  const locate = (index: number, pointer: string) => {
    const form = preview?.forms[index];
    if (!form || !preview) return;
    setHighlight(cellOfSource(preview.document.items, sourceOf(form, pointer)));
  };
  const doSave = async () => {
    if (!preview) return;
    const result = await save.mutateAsync({
      fileId: preview.fileId,
      indices: [...chosen].sort((a, b) => a - b),
      picks,
      years: yearsToSave(preview.forms, chosen, years),
    });
    setSaved(result.forms);
    message.success(`已保存 ${result.forms.length} 份草稿`);
  };
  const rereadEvaluation = async (next: Pick[]) => {
    if (!evaluation) return;
    try {
      const {
        document,
        picks: read,
        ...upload
      } = await readEvaluation.mutateAsync({
        fileId: evaluation.fileId,
        index: evaluation.proposal.index,
        picks: next,
      });
      setEvaluation(upload);
      setEvaluationRows(document);
      setEvaluationRead(read);
      setEvaluationPicks(next);
    } catch {
      /* shown beside the pane; the earlier picks stay */
    }
  };
  const onPointEvaluationCell = (row: number, column: number) => {
    if (!evaluation || !evaluationPointing) return;
    const pick: Pick = { field: evaluationPointing, row, column, index: evaluation.proposal.index };
    setEvaluationPointing(null);
    setHighlight({ row, column });
    void rereadEvaluation([...evaluationPicks.filter((p) => p.field !== pick.field), pick]);
  };
  const locateEvaluation = (pointer: string) => {
    if (!evaluation || !evaluationRows) return;
    setHighlight(
      cellOfSource(evaluationRows.items, sourceAt(evaluation.provenance[evaluation.proposal.index], pointer)),
    );
  };
  const pointingName = pointing ? FIELD_NAMES[pointing.field] : null;
  const yearless = preview ? missingYears(preview.forms, chosen, years) : [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title="导入" subtitle="从 Word、Excel、PDF、网页和文本识别表单，对照原文核对后保存为草稿" />
      <Upload.Dragger
        accept={DOCUMENT_FILE_TYPES}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void onFile(file);
          return false;
        }}
        disabled={upload.isPending}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{upload.isPending ? '正在识别…' : '将文件拖到这里，或点击选择文件'}</p>
        <p className="ant-upload-hint">
          支持 Word（.docx、.doc）、Excel（.xlsx、.xls、.csv）、WPS/开放文档（.odt、.ods）、PDF、OFD
          版式文档（.ofd）、扫描件和图片（文字识别，须逐项核对）、网页（.html、.mht）和文本：
          项目绩效目标申报表、部门整体绩效目标表、部门预算公开；绩效自评表和绩效运行监控表（匹配到已批复的项目，或作为导入记录单独保存）
        </p>
      </Upload.Dragger>
      <ErrorAlert error={upload.error} />
      {evaluation && !evaluationDone && (
        <Row gutter={16}>
          {evaluationRows && (
            <Col xs={24} xl={9}>
              <DocumentPane
                rows={evaluationRows.items}
                total={evaluationRows.total}
                truncated={evaluationRows.truncated}
                highlight={highlight}
                picked={evaluationRead.map((p) => ({ row: p.row, column: p.column }))}
                pointing={evaluationPointing ? EVALUATION_FIELD_NAMES[evaluationPointing]! : null}
                onPoint={onPointEvaluationCell}
                onCancel={() => setEvaluationPointing(null)}
              />
            </Col>
          )}
          <Col xs={24} xl={evaluationRows ? 15 : 24}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {evaluationRows && (
                <EvaluationPointing
                  doc={evaluation.proposal.document}
                  pointing={evaluationPointing}
                  onPoint={setEvaluationPointing}
                />
              )}
              <ErrorAlert error={readEvaluation.error} />
              <RememberLabels
                picks={evaluationRead}
                mappings={mappings.data?.items ?? []}
                onTaught={() => void rereadEvaluation(evaluationPicks)}
                kindOf={(i) => evaluation.documents[i]?.kind ?? evaluation.proposal.document.kind}
              />
              <EvaluationMatchCard
                // A re-reading may propose other projects: the card starts again from its answer.
                key={`${evaluation.fileId}:${JSON.stringify(evaluationPicks)}`}
                upload={evaluation}
                picks={evaluationPicks}
                onDone={setEvaluationDone}
                onLocate={locateEvaluation}
              />
            </Space>
          </Col>
        </Row>
      )}
      {evaluationDone && <EvaluationImportDone result={evaluationDone} />}
      {preview && (
        <Card
          title={`识别结果：${preview.fileName}（${preview.forms.length} 份表单）`}
          extra={
            <Button
              type="primary"
              onClick={() => void doSave()}
              disabled={
                chosen.size === 0 || saved !== null || preview.forms.length === 0 || yearless.length > 0
              }
              loading={save.isPending}
            >
              保存选中的 {chosen.size} 份为草稿
            </Button>
          }
        >
          {yearless.length > 0 && !saved && (
            <Alert
              type="warning"
              showIcon
              id="import-years-missing"
              title={`${yearless.length} 份批复表没有写明年度：请在其标题旁填写年度后再保存`}
              style={{ marginBottom: 16 }}
            />
          )}
          {preview.problem && (
            <Alert
              type="warning"
              showIcon
              title={preview.problem.message}
              description={preview.problem.hint}
              style={{ marginBottom: 16 }}
            />
          )}
          <ErrorAlert error={read.error} />
          <Row gutter={16}>
            <Col xs={24} xl={10}>
              <DocumentPane
                rows={preview.document.items}
                total={preview.document.total}
                truncated={preview.document.truncated}
                highlight={highlight}
                picked={preview.picks.map((p) => ({ row: p.row, column: p.column }))}
                pointing={pointingName}
                onPoint={onPointCell}
                onCancel={() => setPointing(null)}
              />
            </Col>
            <Col xs={24} xl={14}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <RememberLabels
                  picks={preview.picks}
                  mappings={mappings.data?.items ?? []}
                  onTaught={() => void reread(picks)}
                  kindOf={(i) => preview.forms[i]?.kind ?? null}
                />
                {preview.forms.length === 0 && (
                  <Card size="small" title="指出位置">
                    <Space wrap>
                      {NO_FORM_FIELDS.map((field: MappableField) => (
                        <Button
                          key={field}
                          type={pointing?.field === field ? 'primary' : 'default'}
                          onClick={() => setPointing({ index: 0, field })}
                        >
                          指出{FIELD_NAMES[field]}
                        </Button>
                      ))}
                    </Space>
                  </Card>
                )}
                {preview.forms.length > 0 && (
                  <ImportPreviewList
                    preview={preview}
                    chosen={chosen}
                    years={years}
                    onYear={(i, y) => setYears((ys) => ({ ...ys, [i]: y }))}
                    pointing={pointing}
                    onPoint={setPointing}
                    onLocate={locate}
                    onChoose={(i, on) =>
                      setChosen((s) => {
                        const next = new Set(s);
                        if (on) next.add(i);
                        else next.delete(i);
                        return next;
                      })
                    }
                  />
                )}
              </Space>
            </Col>
          </Row>
          <ErrorAlert error={save.error} />
        </Card>
      )}
      {saved && (
        <Alert
          type="success"
          showIcon
          title="已保存为草稿"
          description={
            <ul>
              {saved.map((f) => (
                <li key={f.id}>
                  <Link to={f.kind === 'disclosure' ? `/forms/${f.id}` : `/forms/${f.id}/edit`}>
                    {f.name}
                  </Link>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <ImportedRecordsCard />
      <MappingsCard />
    </Space>
  );
}
