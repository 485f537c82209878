// 匹配确认: an uploaded 自评表 / 监控表 beside the approved projects it may belong to (ranked by similar name,
// unit and budget) and, for the chosen project, each imported indicator paired with an approved one (similar
// name within the same 一级/二级; the user may change a pair or choose 不导入). 确认导入 writes the values into
// the project's self-evaluation or monitoring entry, or keeps the table as a record of its own. Every value read
// without certainty is tagged 待确认, and pointing at a value shows where it stood in the document beside.
import type { PickInput } from '@jixiao/core/contracts';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type {
  ConfirmResult,
  EvaluationUpload,
  ImportedRow,
  IndicatorMatch,
} from '../api/evaluation-imports-api.ts';
import { useConfirmEvaluationImport, useEvaluationMatch } from '../hooks/use-evaluation-import.ts';
import {
  choose,
  initialChoices,
  optionsFor,
  pairsOf,
  similarityOf,
  unpaired,
} from '../utils/pair-choices.ts';
import { matchNotices, PROPOSE_AT } from '../utils/match-notices.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { CandidatesTable, SimilarityTag } from './CandidatesTable.tsx';
import { UnsureTag } from '../../imports/components/ReadFields.tsx';
import { pathInWords, rowPath, sourceAt, unsureAt, unsureTip } from '../utils/read-values.ts';
import { useSession } from '../../auth/hooks/use-session.ts';

const KIND_LABEL = { 'self-evaluation': '绩效自评表', monitoring: '绩效运行监控表' } as const;

export function EvaluationMatchCard({
  upload,
  onDone,
  onLocate = () => {},
  picks = [],
}: {
  upload: EvaluationUpload;
  /** The cells the user pointed at in the document pane: matching and confirming read the table with them. */
  picks?: PickInput[];
  onDone: (result: ConfirmResult) => void;
  /** Show where the value at this pointer stood in the document (the pane beside the card). */
  onLocate?: (pointer: string) => void;
}) {
  const { proposal } = upload;
  const doc = proposal.document;
  const provenance = upload.provenance[proposal.index];
  const unsure = provenance?.unsure ?? [];
  /** A value as read, tagged 待确认 when the reading is doubtful; pointing at it shows its place. */
  const read = (path: string, value: ReactNode) => {
    const doubt = unsureAt(provenance, path);
    return (
      <span className="read-value" onMouseEnter={() => onLocate(path)}>
        {value}
        {doubt && (
          <>
            {' '}
            <UnsureTag reason={doubt.reason} tip={unsureTip(doubt, sourceAt(provenance, path))} />
          </>
        )}
      </span>
    );
  };
  const best = proposal.candidates[0];
  const [formId, setFormId] = useState<string | null>(best?.formId ?? null);
  const [mode, setMode] = useState<'attach' | 'record'>(
    best && best.score >= PROPOSE_AT ? 'attach' : 'record',
  );
  const [match, setMatch] = useState<IndicatorMatch | null>(proposal.match);
  const [choices, setChoices] = useState(() => initialChoices(proposal.match?.rows ?? []));
  const [usePublished, setUsePublished] = useState(true);
  const session = useSession();
  const [year, setYear] = useState<number>(session.year ?? new Date().getFullYear());
  const pairing = useEvaluationMatch();
  const confirm = useConfirmEvaluationImport();
  const chosen = proposal.candidates.find((c) => c.formId === formId) ?? null;

  const pickProject = async (id: string) => {
    setFormId(id);
    setMode('attach');
    try {
      const m = await pairing.mutateAsync({
        fileId: upload.fileId,
        index: proposal.index,
        formId: id,
        picks,
      });
      setMatch(m);
      setChoices(initialChoices(m.rows));
    } catch {
      /* shown below */
    }
  };
  const doConfirm = async () => {
    const attach =
      mode === 'attach' && formId
        ? { formId, pairs: pairsOf(choices), usePublishedScores: usePublished }
        : null;
    const input = { index: proposal.index, attach, picks, ...(needsYear ? { year } : {}) };
    onDone(await confirm.mutateAsync({ fileId: upload.fileId, input }));
  };
  const attachBlocked = mode === 'attach' && (!chosen || !chosen.target.writable || match?.formId !== formId);
  const left = match ? unpaired(match.approved, choices) : [];
  // Neither the project nor the table says which year: chosen here, as when a self-evaluation is started.
  const needsYear =
    doc.kind === 'self-evaluation' && doc.year === null && mode === 'attach' && chosen?.year === null;
  /** A column of one value of the imported rows, as read (tagged and pointing at its place). */
  const readColumn = (title: string, width: number, field: Parameters<typeof rowPath>[2]) => ({
    title,
    width,
    render: (_: unknown, r: ImportedRow) => read(rowPath(doc.kind, r.row, field), r[field]),
  });
  // The imported rows' own columns, in the pairs table and in the table kept as a record.
  const readColumns = [
    { title: '一级指标', dataIndex: 'level1', width: 90 },
    { title: '二级指标', dataIndex: 'level2', width: 100 },
    readColumn('导入的三级指标', 160, 'name'),
    readColumn('指标值', 110, 'target'),
    readColumn(doc.kind === 'monitoring' ? '执行情况' : '实际完成值', 120, 'actual'),
    ...(doc.kind === 'self-evaluation'
      ? [readColumn('分值', 70, 'weight'), readColumn('得分', 70, 'score')]
      : []),
  ];
  const notices = matchNotices({
    unit: doc.unit,
    department: doc.department,
    bestScore: best?.score ?? null,
    candidates: proposal.candidates.length,
    orgName: session.user?.org.name ?? null,
    role: session.user?.role ?? null,
  });

  return (
    <Card id="evaluation-match" title={`匹配确认：${upload.fileName}`} className="evaluation-match">
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="表">{doc.title ?? KIND_LABEL[doc.kind]}</Descriptions.Item>
        <Descriptions.Item label="项目名称">{read('/name', doc.name ?? '（未写）')}</Descriptions.Item>
        <Descriptions.Item label="年度">
          {read('/year', doc.year ?? '（未写）')}
          {doc.period ? ` ${doc.period}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="实施单位">{read('/unit', doc.unit ?? '（未写）')}</Descriptions.Item>
        <Descriptions.Item label="主管部门">
          {read('/department', doc.department ?? '（未写）')}
        </Descriptions.Item>
        <Descriptions.Item label="预算／执行（万元）">
          {read('/budget/annual', doc.budget.annual ?? '—')}／
          {read('/budget/executed', doc.budget.executed ?? '—')}
        </Descriptions.Item>
      </Descriptions>

      {unsure.length > 0 && (
        <Alert
          id="evaluation-unsure"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${unsure.length} 项识别把握不大，已标「待确认」：请对照左侧原文核对后再确认导入`}
          description={
            <Typography.Paragraph
              ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
              style={{ marginBottom: 0 }}
            >
              {unsure.map((u) => pathInWords(u.path)).join('、')}
            </Typography.Paragraph>
          }
        />
      )}

      {notices.length > 0 && (
        <Alert
          id="evaluation-match-notices"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={notices.length === 1 ? notices[0] : '导入前请注意'}
          description={
            notices.length > 1 ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Typography.Title level={5}>一、所属的批复项目</Typography.Title>
      <Radio.Group
        value={mode}
        onChange={(e) => setMode(e.target.value as 'attach' | 'record')}
        style={{ marginBottom: 8 }}
        options={[
          { value: 'attach', label: '导入到所选的批复项目', disabled: proposal.candidates.length === 0 },
          { value: 'record', label: '不关联项目，作为独立记录保存' },
        ]}
      />
      <CandidatesTable
        candidates={proposal.candidates}
        selected={mode === 'attach' ? formId : null}
        onPick={(id) => void pickProject(id)}
      />
      <ErrorAlert error={pairing.error} />

      {mode === 'attach' && match && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            二、指标对应（导入的指标 ↔ 批复的指标）
          </Typography.Title>
          <Table<ImportedRow>
            id="match-pairs"
            size="small"
            bordered
            rowKey="row"
            pagination={false}
            dataSource={match.rows}
            // Nine columns and a 300 px choice: on a phone the table scrolls in its own box, never the page.
            scroll={{ x: 900 }}
            columns={[
              ...readColumns,
              {
                title: '对应的批复指标',
                width: 300,
                render: (_: unknown, r: ImportedRow) => (
                  <Select
                    aria-label={`「${r.name}」对应的批复指标`}
                    style={{ width: '100%' }}
                    value={choices.get(r.row) ?? ''}
                    options={optionsFor(r, match.approved)}
                    onChange={(v: string) => setChoices((c) => choose(c, r.row, v === '' ? null : v))}
                  />
                ),
              },
              {
                title: '相似度',
                width: 80,
                render: (_: unknown, r: ImportedRow) => (
                  <SimilarityTag value={similarityOf(r, choices.get(r.row) ?? null)} />
                ),
              },
            ]}
          />
          {left.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={`${left.length} 个批复指标没有对应的行，保留原有内容`}
              description={left.map((a) => `「${a.name}」`).join('、')}
            />
          )}
          {doc.kind === 'self-evaluation' && (
            <Checkbox
              checked={usePublished}
              onChange={(e) => setUsePublished(e.target.checked)}
              style={{ marginTop: 12 }}
            >
              采用表中公布的得分（与计算得分不同时，作为注明来源的人工调整）
            </Checkbox>
          )}
        </>
      )}

      {mode === 'record' && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            二、读取的指标（作为独立记录原样保存）
          </Typography.Title>
          <Table<ImportedRow>
            id="read-rows"
            size="small"
            bordered
            rowKey="row"
            pagination={false}
            dataSource={proposal.rows}
            locale={{ emptyText: '表中没有读到指标' }}
            // Seven or eight columns: on a phone the table scrolls in its own box instead of standing each
            // heading and value one character a line (偏差原因 four lines high).
            scroll={{ x: 720 }}
            columns={[
              ...readColumns,
              {
                title: '偏差原因',
                width: 120,
                render: (_: unknown, r: ImportedRow) =>
                  r.deviationReason ? read(`/indicators/${r.row}/deviationReason`, r.deviationReason) : '—',
              },
            ]}
          />
        </>
      )}

      <ErrorAlert error={confirm.error} />
      <Space style={{ marginTop: 16 }} wrap>
        {needsYear && (
          <span>
            自评年度{' '}
            <InputNumber
              id="evaluation-import-year"
              aria-label="自评年度"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v !== null && setYear(v)}
            />
          </span>
        )}
        <Button
          id="confirm-evaluation-import"
          type="primary"
          loading={confirm.isPending}
          disabled={attachBlocked || pairing.isPending}
          onClick={() => void doConfirm()}
        >
          确认导入
        </Button>
        {mode === 'attach' && chosen && !chosen.target.writable && (
          <Typography.Text type="warning">{chosen.target.reason}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

const RESULT_LINK = {
  'self-evaluation': '打开自评表',
  monitoring: '打开监控表',
  record: '打开导入记录',
} as const;

/** What was written, a link to it, and what was taken as it is or left out. */
export function EvaluationImportDone({ result }: { result: ConfirmResult }) {
  return (
    <Alert
      id="evaluation-import-done"
      type="success"
      showIcon
      title={result.kind === 'record' ? '已作为独立记录保存' : '已导入'}
      description={
        <>
          <Link to={result.link}>{RESULT_LINK[result.kind]}</Link>
          {result.notes.length > 0 && (
            <ul>
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
