// The 项目支出绩效自评表 as on paper, with input cells for the unit: funds, goals, the actual of every approved
// indicator, 分值, a hand-set score with its written reason, deviation analysis and conclusions. Scores and
// their working come from the server (official method); a refused save shows its messages on the rows.
import { useMemo } from 'react';
import { Input, Space, Tag } from 'antd';
import { selfEvaluationGradeSchema } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { selfEvaluationApi, type EvaluationInput, type EvaluationView } from '../api/self-evaluation-api.ts';
import { useSaveEvaluation } from '../hooks/use-save-evaluation.ts';
import { inputFromEvaluation, normalised, withIndicator } from '../utils/evaluation-input.ts';
import { SheetActions } from '../../evaluation-workflow/SheetActions.tsx';
import { useSheetInput } from '../../evaluation-workflow/use-sheet-input.ts';
import { ChoiceCell, IndicatorHeadCells, TextCell } from '../../evaluation-workflow/SheetCells.tsx';
import { levelSpans } from '../../forms/utils/row-spans.ts';

const GRADE_COLOR: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'gold', 差: 'red' };

type Data = EvaluationView['data'];
type Score = EvaluationView['score'];
type SetInput = (change: (s: EvaluationInput) => EvaluationInput) => void;
type Execution = Extract<Score['execution'], { ok: true }>['value'];

export function EvaluationSheet({ view, editable }: { view: EvaluationView; editable: boolean }) {
  const { save, upload } = useSaveEvaluation(view.evaluation.id);
  const error = save.error ?? upload.error;
  const { input, setInput, rowErrors } = useSheetInput<EvaluationView, EvaluationInput>(
    view,
    (v) => inputFromEvaluation(v.data, v.evaluation.version),
    error,
  );
  const { score, data } = view;
  // 一级 and 二级 merged down over the rows that share them, as on the official form.
  const spans = useMemo(() => levelSpans(data.indicators), [data.indicators]);
  const department = view.evaluation.kind === 'department';
  const exec = score.execution.ok ? score.execution.value : null;
  const budgetErrors = rowErrors.get('budget');
  return (
    <div className="official-form">
      <h2 className="official-title">{department ? '部门整体支出绩效自评表' : '项目支出绩效自评表'}</h2>
      <div className="official-subhead">
        <span>（{data.year}年度）</span>
        <span>金额单位：万元</span>
      </div>
      <div className="official-scroll">
        <table className="official-table self-evaluation-table" id="self-evaluation-sheet">
          <colgroup>
            {[7, 8, 11, 7, 9, 6, 7, 17, 14, 14].map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <tbody>
            <HeadRows data={data} department={department} />
            <FundsRows
              data={data}
              input={input}
              setInput={setInput}
              editable={editable}
              department={department}
              exec={exec}
            />
            {budgetErrors && (
              <tr>
                <td colSpan={10} className="has-error">
                  {budgetErrors.join('；')}
                </td>
              </tr>
            )}
            <GoalRows data={data} input={input} setInput={setInput} editable={editable} />
            <tr>
              {INDICATOR_HEADINGS.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
            {data.indicators.map((ind, i) => (
              <IndicatorRow
                key={ind.indicatorId}
                index={i}
                indicator={ind}
                row={input.indicators[i]!}
                result={score.indicators[i]?.result}
                errors={rowErrors.get(i)}
                span={spans[i]!}
                editable={editable}
                setInput={setInput}
              />
            ))}
            <ConclusionRow
              field="problems"
              label="存在的问题"
              data={data}
              input={input}
              setInput={setInput}
              editable={editable}
            />
            <ConclusionRow
              field="improvements"
              label="改进措施"
              data={data}
              input={input}
              setInput={setInput}
              editable={editable}
            />
            <TotalRow score={score} />
          </tbody>
        </table>
      </div>
      {score.weights.ok && (
        <p className="grid-hint">
          分值分配：{score.weights.value.working.join('；')}。{exec?.working}
        </p>
      )}
      <SheetActions
        editable={editable}
        error={error}
        save={{
          id: 'save-evaluation',
          label: '保存并计分',
          isPending: save.isPending,
          run: () => save.mutate(normalised(input)),
        }}
        upload={{
          label: '导入填好的自评表（.xlsx/.docx）',
          accept: '.xlsx,.docx',
          isPending: upload.isPending,
          run: (file) => upload.mutate(file),
        }}
        exports={(['xlsx', 'docx', 'pdf'] as const).map((f) => ({
          id: `export-${f}`,
          href: selfEvaluationApi.exportUrl(view.evaluation.id, f),
          label: `导出自评表（.${f}）`,
        }))}
      />
    </div>
  );
}

const INDICATOR_HEADINGS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '计分说明',
  '偏差原因分析及改进措施',
  '调整得分及理由',
];

/** 项目名称 (with its 项目编码 when it has one), 主管部门 and 实施单位. */
function HeadRows({ data, department }: { data: Data; department: boolean }) {
  return (
    <>
      <tr>
        <th colSpan={2}>{department ? '部门（单位）名称' : '项目名称'}</th>
        {data.projectCode ? (
          <>
            <td colSpan={4}>{data.projectName}</td>
            <th colSpan={2}>项目编码</th>
            <td colSpan={2} data-testid="project-code">
              {data.projectCode}
            </td>
          </>
        ) : (
          <td colSpan={8}>{data.projectName}</td>
        )}
      </tr>
      <tr>
        <th colSpan={2}>主管部门</th>
        <td colSpan={3}>{data.supervisor}</td>
        <th colSpan={2}>实施单位</th>
        <td colSpan={3}>{data.executor}</td>
      </tr>
    </>
  );
}

/** 年度资金总额: 年初预算数, 全年预算数, 全年执行数 (typed by the unit) and the execution's score. */
function FundsRows({
  data,
  input,
  setInput,
  editable,
  department,
  exec,
}: {
  data: Data;
  input: EvaluationInput;
  setInput: SetInput;
  editable: boolean;
  department: boolean;
  exec: Execution | null;
}) {
  const money = (k: keyof EvaluationInput['budget'], id: string) =>
    editable ? (
      <Input
        id={id}
        value={input.budget[k] ?? ''}
        onChange={(e) => setInput((s) => ({ ...s, budget: { ...s.budget, [k]: e.target.value } }))}
      />
    ) : (
      formatWan(data.budget[k])
    );
  return (
    <>
      <tr>
        <th colSpan={2} rowSpan={2}>
          {department ? '部门资金（万元）' : '项目资金（万元）'}
        </th>
        <th />
        <th>年初预算数</th>
        <th>全年预算数</th>
        <th>全年执行数</th>
        <th>分值</th>
        <th>执行率</th>
        <th colSpan={2}>得分</th>
      </tr>
      <tr>
        <th>年度资金总额</th>
        <td className="edit-cell">{money('initial', 'budget-initial')}</td>
        <td className="edit-cell">{money('annual', 'budget-annual')}</td>
        <td className="edit-cell">{money('executed', 'budget-executed')}</td>
        <td>{exec?.weight ?? '10'}</td>
        <td>{exec?.rate ? `${(Number(exec.rate) * 100).toFixed(2)}%` : '—'}</td>
        <td colSpan={2} id="execution-score" title={exec?.working}>
          {exec?.score ?? ''}
        </td>
      </tr>
    </>
  );
}

/** 年度总体目标: what was expected (from the approved form) and what was achieved (typed). */
function GoalRows({
  data,
  input,
  setInput,
  editable,
}: {
  data: Data;
  input: EvaluationInput;
  setInput: SetInput;
  editable: boolean;
}) {
  const goalText = data.goals
    .map((g) => g.expected ?? '')
    .filter(Boolean)
    .join('\n');
  return (
    <>
      <tr>
        <th colSpan={2} rowSpan={2}>
          年度总体目标
        </th>
        <th colSpan={4}>预期目标</th>
        <th colSpan={4}>实际完成情况</th>
      </tr>
      <tr>
        <td colSpan={4} style={{ whiteSpace: 'pre-wrap' }}>
          {goalText}
        </td>
        <td colSpan={4} className="edit-cell">
          {editable ? (
            <Input.TextArea
              id="goal-achieved"
              autoSize
              value={input.goals[0]?.achieved ?? ''}
              onChange={(e) =>
                setInput((s) => ({
                  ...s,
                  goals: s.goals.length
                    ? s.goals.map((g, i) => (i === 0 ? { ...g, achieved: e.target.value } : g))
                    : [{ label: null, expected: null, achieved: e.target.value }],
                }))
              }
            />
          ) : (
            data.goals
              .map((g) => g.achieved)
              .filter(Boolean)
              .join('\n')
          )}
        </td>
      </tr>
    </>
  );
}

/** One approved indicator: its actual (or grade), 分值, score and working, deviation, hand-set score. */
function IndicatorRow({
  index: i,
  indicator: ind,
  row,
  result: r,
  errors: errs,
  span,
  editable,
  setInput,
}: {
  index: number;
  indicator: Data['indicators'][number];
  row: EvaluationInput['indicators'][number];
  result: Score['indicators'][number]['result'] | undefined;
  errors: string[] | undefined;
  span: ReturnType<typeof levelSpans>[number];
  editable: boolean;
  setInput: SetInput;
}) {
  const qualitative = ind.target.kind === 'qualitative';
  const set = (c: Parameters<typeof withIndicator>[2]) => setInput((s) => withIndicator(s, i, c));
  return (
    <tr className={errs ? 'has-error' : undefined} data-indicator={ind.name ?? ''}>
      <IndicatorHeadCells indicator={ind} span={span} errors={errs} />
      {qualitative ? (
        <ChoiceCell
          editable={editable}
          value={editable ? row.grade : ind.grade}
          choices={selfEvaluationGradeSchema.options}
          onChange={(grade) => set({ grade })}
        />
      ) : (
        <TextCell
          editable={editable}
          id={`e-${i}-actual`}
          value={row.actual}
          shown={ind.actual.raw}
          onChange={(actual) => set({ actual })}
        />
      )}
      <td className="edit-cell">
        {editable ? (
          <Input
            value={row.weight ?? ''}
            placeholder={r?.ok ? r.value.weight : ''}
            onChange={(e) => set({ weight: e.target.value })}
          />
        ) : r?.ok ? (
          r.value.weight
        ) : (
          ind.weight
        )}
      </td>
      <td className="score-cell" id={`e-${i}-score`}>
        {r?.ok ? r.value.score : ''}
        {r?.ok && r.value.flags.includes('overridden') && <Tag color="orange">人工调整</Tag>}
      </td>
      <td className="working-cell">{r?.ok ? r.value.working : r?.errors.map((e) => e.message).join('；')}</td>
      <TextCell
        editable={editable}
        multiline
        value={row.deviationAnalysis}
        shown={ind.deviationAnalysis}
        onChange={(deviationAnalysis) => set({ deviationAnalysis })}
      />
      <td className="edit-cell">
        {editable ? (
          <Space.Compact direction="vertical" style={{ width: '100%' }}>
            <Input
              id={`e-${i}-override`}
              placeholder="得分"
              value={row.override?.score ?? ''}
              onChange={(e) =>
                set({ override: { score: e.target.value, reason: row.override?.reason ?? null } })
              }
            />
            <Input
              id={`e-${i}-override-reason`}
              placeholder="调整理由（必填）"
              value={row.override?.reason ?? ''}
              onChange={(e) =>
                set({ override: { score: row.override?.score ?? '', reason: e.target.value } })
              }
            />
          </Space.Compact>
        ) : ind.override ? (
          `${ind.override.score}（${ind.override.reason ?? ''}）`
        ) : (
          ''
        )}
      </td>
    </tr>
  );
}

/** 存在的问题 / 改进措施. */
function ConclusionRow({
  field,
  label,
  data,
  input,
  setInput,
  editable,
}: {
  field: 'problems' | 'improvements';
  label: string;
  data: Data;
  input: EvaluationInput;
  setInput: SetInput;
  editable: boolean;
}) {
  return (
    <tr>
      <th colSpan={2}>{label}</th>
      <td colSpan={8} className="edit-cell">
        {editable ? (
          <Input.TextArea
            id={field}
            autoSize
            value={input.conclusions[field] ?? ''}
            onChange={(e) =>
              setInput((s) => ({ ...s, conclusions: { ...s.conclusions, [field]: e.target.value } }))
            }
          />
        ) : (
          data.conclusions[field]
        )}
      </td>
    </tr>
  );
}

/** 总分 and 自评等级 with the working. */
function TotalRow({ score }: { score: Score }) {
  return (
    <tr className="total-row">
      <th colSpan={5}>总分</th>
      <td>100</td>
      <td id="total-score">{score.total ?? '—'}</td>
      <td colSpan={3} id="total-grade">
        {score.grade ? (
          <>
            自评等级：<Tag color={GRADE_COLOR[score.grade.grade]}>{score.grade.grade}</Tag>
            <span className="working-cell">{score.working}</span>
          </>
        ) : (
          score.working
        )}
      </td>
    </tr>
  );
}
