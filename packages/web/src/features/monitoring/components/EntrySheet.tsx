// The 项目绩效运行监控表 as on paper, with input cells for the unit: budget executed to date, per approved
// indicator progress, forecast, cause, likelihood and measure. Lights come from the server (computed from
// the values, never typed); a refused save shows its messages on the rows they concern.
import { useMemo } from 'react';
import { Input, Tooltip } from 'antd';
import {
  deviationReasonSchema,
  likelihoodSchema,
  monitoringColumns,
  monitoringGradeSchema,
} from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { monitoringApi, type EntryInput, type EntryView } from '../api/monitoring-api.ts';
import { useSaveEntry } from '../hooks/use-save-entry.ts';
import { inputFromEntry, withRow } from '../utils/entry-input.ts';
import { SheetActions } from '../../evaluation-workflow/SheetActions.tsx';
import { useSheetInput } from '../../evaluation-workflow/use-sheet-input.ts';
import { ResultLightTag } from './LightTag.tsx';
import { ChoiceCell, IndicatorHeadCells, TextCell } from '../../evaluation-workflow/SheetCells.tsx';
import { levelSpans } from '../../forms/utils/row-spans.ts';

export function EntrySheet({ view, editable }: { view: EntryView; editable: boolean }) {
  const { save, upload } = useSaveEntry(view.entry.id);
  const error = save.error ?? upload.error;
  const { input, setInput, rowErrors } = useSheetInput<EntryView, EntryInput>(
    view,
    (v) => inputFromEntry(v.data, v.entry.version),
    error,
  );
  const m = view.round.month;
  // 一级 and 二级 merged down over the rows that share them, as on the official form.
  const spans = useMemo(() => levelSpans(view.data.indicators), [view.data.indicators]);
  const budget = view.report.budget.ok ? view.report.budget.value : null;
  const set = (i: number, change: Parameters<typeof withRow>[2]) => setInput((s) => withRow(s, i, change));
  return (
    <div className="official-form">
      <h2 className="official-title">项目绩效运行监控表</h2>
      <div className="official-subhead">
        <span>实施单位：{view.entry.orgName}</span>
        <span>
          {view.round.year}年1—{m}月
        </span>
        <span>金额单位：万元</span>
      </div>
      <div className="official-scroll">
        <table className="official-table monitoring-table" id="monitoring-sheet">
          <colgroup>
            {[7, 8, 12, 8, 10, 10, 6, 10, 10, 9, 10].map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <tbody>
            <tr>
              <th colSpan={2}>项目名称</th>
              {view.entry.projectCode ? (
                <>
                  <td colSpan={5}>{view.entry.projectName}</td>
                  <th colSpan={2}>项目编码</th>
                  <td colSpan={2} data-testid="project-code">
                    {view.entry.projectCode}
                  </td>
                </>
              ) : (
                <td colSpan={9}>{view.entry.projectName}</td>
              )}
            </tr>
            <tr>
              <th colSpan={2}>全年预算数</th>
              <td className="edit-cell">
                {editable ? (
                  <Input
                    id="budget-annual"
                    value={input.budget.annual}
                    onChange={(e) =>
                      setInput((s) => ({ ...s, budget: { ...s.budget, annual: e.target.value } }))
                    }
                  />
                ) : (
                  formatWan(view.data.budget.annual)
                )}
              </td>
              <th>1—{m}月执行数</th>
              <td className="edit-cell">
                {editable ? (
                  <Input
                    id="budget-executed"
                    value={input.budget.executedToDate}
                    onChange={(e) =>
                      setInput((s) => ({ ...s, budget: { ...s.budget, executedToDate: e.target.value } }))
                    }
                  />
                ) : view.entry.status === 'unfilled' ? (
                  '' // the stored 0 is a placeholder until the unit reports
                ) : (
                  formatWan(view.data.budget.executedToDate)
                )}
              </td>
              <th>执行率</th>
              <td>{budget ? `${(Number(budget.rate) * 100).toFixed(2)}%` : ''}</td>
              <th>时间进度</th>
              <td>{`${m}/12`}</td>
              <th>预算执行预警</th>
              <td id="budget-light">
                <Tooltip title={budget?.working}>
                  <span>
                    <ResultLightTag result={view.report.budget} />
                  </span>
                </Tooltip>
              </td>
            </tr>
            {rowErrors.get('budget') && (
              <tr>
                <td colSpan={11} className="has-error">
                  {rowErrors.get('budget')!.join('；')}
                </td>
              </tr>
            )}
            <tr>
              {monitoringColumns(m).map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
            {view.data.indicators.map((ind, i) => {
              const row = input.indicators[i]!;
              const light = view.report.indicators[i]?.result;
              const qualitative = ind.target.kind === 'qualitative';
              const errs = rowErrors.get(i);
              return (
                <tr
                  key={ind.indicatorId}
                  className={errs ? 'has-error' : undefined}
                  data-indicator={ind.name ?? ''}
                >
                  <IndicatorHeadCells indicator={ind} span={spans[i]!} errors={errs} />
                  {qualitative ? (
                    <ChoiceCell
                      editable={editable}
                      value={editable ? row.grade : ind.grade}
                      choices={monitoringGradeSchema.options}
                      onChange={(grade) => set(i, { grade })}
                    />
                  ) : (
                    <TextCell
                      editable={editable}
                      id={`m-${i}-to-date`}
                      value={row.actualToDate}
                      shown={ind.actualToDate.raw}
                      onChange={(actualToDate) => set(i, { actualToDate })}
                    />
                  )}
                  <TextCell
                    editable={editable && !qualitative}
                    id={`m-${i}-expected`}
                    value={row.expectedFullYear}
                    shown={ind.expectedFullYear.raw}
                    onChange={(expectedFullYear) => set(i, { expectedFullYear })}
                  />
                  <td className="light-cell">
                    <Tooltip
                      title={light?.ok ? light.value.working : light?.errors.map((e) => e.message).join('；')}
                    >
                      <span>
                        <ResultLightTag result={light} />
                      </span>
                    </Tooltip>
                  </td>
                  <ChoiceCell
                    editable={editable}
                    value={editable ? row.deviationReason : ind.deviationReason}
                    choices={deviationReasonSchema.options}
                    onChange={(deviationReason) => set(i, { deviationReason })}
                  />
                  <TextCell
                    editable={editable}
                    multiline
                    value={row.reasonText}
                    shown={ind.reasonText}
                    onChange={(reasonText) => set(i, { reasonText })}
                  />
                  <ChoiceCell
                    editable={editable}
                    value={editable ? row.likelihood : ind.likelihood}
                    choices={likelihoodSchema.options}
                    onChange={(likelihood) => set(i, { likelihood })}
                  />
                  <TextCell
                    editable={editable}
                    multiline
                    value={row.correctiveMeasure}
                    shown={ind.correctiveMeasure}
                    onChange={(correctiveMeasure) => set(i, { correctiveMeasure })}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SheetActions
        editable={editable}
        error={error}
        save={{
          id: 'save-monitoring',
          label: '保存并计算预警',
          isPending: save.isPending,
          run: () => save.mutate(input),
        }}
        upload={{
          label: '导入填好的监控表（.xlsx）',
          accept: '.xlsx,.docx',
          isPending: upload.isPending,
          run: (file) => upload.mutate(file),
        }}
        exports={[
          {
            id: 'export-monitoring',
            href: monitoringApi.exportUrl(view.entry.id, 'xlsx'),
            label: '导出监控表（.xlsx）',
          },
        ]}
      />
    </div>
  );
}
