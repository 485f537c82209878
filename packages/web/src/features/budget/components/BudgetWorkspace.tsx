// The budget of one department and year: choose it, edit it in grids by classification code with live
// totals and checks, import it from an existing disclosure file, save it, generate the disclosure.
import { checkBudget, type Budget } from '@jixiao/core';
import { Alert, App, Button, Card, Select, Space, Spin, Tabs, Tag, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useSession } from '../../auth/hooks/use-session.ts';
import { disclosureApi } from '../../disclosure/api/disclosure-api.ts';
import { budgetApi } from '../api/budget-api.ts';
import { useBudget, useSaveBudget } from '../hooks/use-budget.ts';
import { useOrgs } from '../hooks/use-orgs.ts';
import { useCreateFromBudget } from '../hooks/use-create-from-budget.ts';
import { BudgetFindings } from './BudgetFindings.tsx';
import { EconomicGrid } from './EconomicGrid.tsx';
import { FunctionalGrid } from './FunctionalGrid.tsx';
import { OtherFigures } from './OtherFigures.tsx';
import { UnitsGrid } from './UnitsGrid.tsx';
import { ProjectsGrid } from './ProjectsGrid.tsx';
import { DOCUMENT_FILE_TYPES } from '../../../ui/document-files.ts';

export function BudgetWorkspace() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgs = useOrgs();
  const { user } = useSession();
  // /api/orgs also lists a unit's ancestors (for names), but a filler reads and writes only its own
  // organisation's budget: offering the department led to “部门不存在或无权查看”.
  const own = user?.role === 'filler' ? user.org.id : null;
  const choices = (orgs.data ?? []).filter((o) => o.kind !== 'finance' && (!own || o.id === own));
  const orgId = params.get('org') ?? (choices.find((o) => o.kind === 'department') ?? choices[0])?.id ?? null;
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const stored = useBudget(orgId, year);
  const save = useSaveBudget(orgId, year);
  const [draft, setDraft] = useState<Budget | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(stored.data?.budget ?? null), [stored.data]);
  const findings = useMemo(() => (draft ? checkBudget(draft) : []), [draft]);
  const readOnly = !stored.data?.canWrite;
  const dirty = draft !== null && draft !== stored.data?.budget;
  // Nothing saved and nothing typed: the empty grid is not a budget that passed the checks.
  const unfilled = !!stored.data && !stored.data.exists && !dirty;
  // A unit starts its own forms from its own saved budget (the server keeps to the same rule).
  const fromBudget = useCreateFromBudget(orgId, year);
  const canCreate = user?.role === 'filler' && user.org.id === orgId;
  const createBlocked = dirty || !stored.data?.exists ? '请先保存预算：表单从已保存的预算创建' : null;
  const choose = (org: string | null, y: number) => setParams({ ...(org ? { org } : {}), year: String(y) });

  async function onSave() {
    if (!draft || !stored.data) return;
    setError(null);
    try {
      await save.mutateAsync({ baseVersion: stored.data.version, budget: draft });
      message.success('预算已保存');
    } catch (e) {
      setError(e);
    }
  }
  async function onImport(file: File) {
    if (!orgId) return;
    setError(null);
    setBusy(true);
    try {
      const r = await budgetApi.derive(orgId, year, file);
      setDraft(r.budget);
      message.success('已从文件提取预算数据，请核对后保存');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  async function onGenerate() {
    if (!orgId) return;
    setError(null);
    setBusy(true);
    try {
      if (dirty) await onSave();
      await disclosureApi.generate(orgId, year);
      navigate(`/disclosure?org=${orgId}&year=${year}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const orgOptions = choices.map((o) => ({ value: o.id, label: o.name }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title="部门预算"
        tags={
          stored.data && <BudgetStateTag unfilled={unfilled} dirty={dirty} version={stored.data.version} />
        }
        subtitle="按政府收支分类科目编制，金额单位：万元"
      />
      <Space wrap>
        <span>部门：</span>
        <Select
          style={{ minWidth: 260 }}
          value={orgId ?? undefined}
          options={orgOptions}
          onChange={(v) => choose(v, year)}
          aria-label="部门"
          showSearch
          optionFilterProp="label"
        />
        <span>年度：</span>
        <Select
          style={{ width: 110 }}
          value={year}
          onChange={(y) => choose(orgId, y)}
          aria-label="年度"
          options={Array.from({ length: 10 }, (_, k) => new Date().getFullYear() + 1 - k).map((y) => ({
            value: y,
            label: `${y}年`,
          }))}
        />
        {!readOnly && (
          <>
            <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!draft}>
              保存
            </Button>
            <Upload
              accept={DOCUMENT_FILE_TYPES}
              showUploadList={false}
              beforeUpload={(f) => (void onImport(f), false)}
            >
              <Button loading={busy}>从预算公开文件导入</Button>
            </Upload>
            <Button
              onClick={onGenerate}
              loading={busy}
              disabled={!stored.data?.exists && !dirty}
              title={!stored.data?.exists && !dirty ? '请先录入并保存预算' : undefined}
            >
              生成部门预算公开
            </Button>
          </>
        )}
        {canCreate && (
          <Button
            onClick={() => fromBudget.mutate({ subject: 'department' })}
            loading={fromBudget.isPending}
            disabled={createBlocked !== null}
            title={createBlocked ?? undefined}
          >
            从预算创建部门整体绩效目标
          </Button>
        )}
      </Space>
      <ErrorAlert error={error ?? fromBudget.error ?? stored.error ?? orgs.error} />
      {stored.isLoading && <Spin />}
      {draft && (
        <>
          {unfilled ? (
            <Alert
              type="info"
              showIcon
              title="本年度预算尚未填报"
              description={
                readOnly
                  ? '部门填报并保存后，这里显示预算数据和审核结果。'
                  : '在下表中“增加科目”或“从Excel粘贴”，或“从预算公开文件导入”，核对后点“保存”。'
              }
            />
          ) : (
            <BudgetFindings findings={findings} />
          )}
          <Card size="small">
            <Tabs
              defaultActiveKey={params.get('tab') ?? undefined}
              items={[
                {
                  key: 'functional',
                  label: '按功能分类',
                  children: <FunctionalGrid budget={draft} onChange={setDraft} readOnly={readOnly} />,
                },
                {
                  key: 'economic',
                  label: '按经济分类',
                  children: <EconomicGrid budget={draft} onChange={setDraft} readOnly={readOnly} />,
                },
                {
                  key: 'projects',
                  label: '项目支出',
                  children: (
                    <ProjectsGrid
                      budget={draft}
                      onChange={setDraft}
                      readOnly={readOnly}
                      forms={stored.data?.projectForms ?? []}
                      onCreateForm={
                        canCreate ? (index) => fromBudget.mutate({ subject: 'project', index }) : undefined
                      }
                      createBlocked={createBlocked}
                      creating={fromBudget.isPending}
                    />
                  ),
                },
                {
                  key: 'other',
                  label: '收入、“三公”经费及其他',
                  children: <OtherFigures budget={draft} onChange={setDraft} readOnly={readOnly} />,
                },
                {
                  key: 'units',
                  label: `所属预算单位（${draft.units.length}）`,
                  children: <UnitsGrid budget={draft} onChange={setDraft} readOnly={readOnly} />,
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

/** Where the budget stands: 未填报 until something is saved, then its version; unsaved edits say so. */
function BudgetStateTag({
  unfilled,
  dirty,
  version,
}: {
  unfilled: boolean;
  dirty: boolean;
  version: number;
}) {
  if (unfilled) return <Tag data-testid="budget-state">未填报</Tag>;
  if (dirty)
    return (
      <Tag color="gold" data-testid="budget-state">
        有未保存的修改
      </Tag>
    );
  return (
    <Tag color="blue" data-testid="budget-state">
      已保存 · 第 {version} 版
    </Tag>
  );
}
