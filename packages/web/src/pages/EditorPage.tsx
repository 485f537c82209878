// 项目绩效目标 editor page: loads (or starts) a form, edits it with live checks, saves drafts, submits.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Col, Popconfirm, Row, Space, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import type { DepartmentForm, Finding, Form, ProjectForm } from '@jixiao/core';
import { ApiError } from '../api/http.ts';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { EditorToolbar } from '../features/editor/components/EditorToolbar.tsx';
import { OpenCommentsCard } from '../features/editor/components/OpenCommentsCard.tsx';
import { FindingsPanel } from '../features/editor/components/FindingsPanel.tsx';
import { ProjectEditor } from '../features/editor/components/ProjectEditor.tsx';
import { DepartmentEditor } from '../features/department/components/DepartmentEditor.tsx';
import { readLocalDraft, useFormDraft } from '../features/editor/hooks/use-form-draft.ts';
import { PendingEditsContext } from '../features/editor/hooks/pending-edits-context.ts';
import { createPendingEdits } from '../features/editor/utils/pending-edits.ts';
import { useLiveFindings } from '../features/editor/hooks/use-live-findings.ts';
import { useSaveForm } from '../features/editor/hooks/use-save-form.ts';
import { useSubmitForm } from '../features/editor/hooks/use-submit-form.ts';
import { describeSaveError, type SaveProblem } from '../features/editor/utils/save-error.ts';
import { newProjectForm } from '../features/editor/utils/new-project-form.ts';
import { FormView } from '../features/forms/components/FormView.tsx';
import { VersionDiffCard } from '../features/forms/components/VersionDiffCard.tsx';
import { useStoredForm } from '../features/forms/hooks/use-stored-form.ts';
import { placeFindings } from '../features/forms/utils/finding-paths.ts';
import { shownPointers } from '../features/forms/utils/shown-pointers.ts';
import { ErrorAlert, errorText } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { LastYearResults } from '../features/self-evaluation/components/LastYearResults.tsx';
import { FromBudgetPicker } from '../features/budget/components/FromBudgetPicker.tsx';

export function EditorPage() {
  const { id } = useParams();
  const { user, year } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const stored = useStoredForm(id);
  const fresh = useMemo(
    () => (id ? null : newProjectForm(year ?? new Date().getFullYear(), user?.org.name ?? null)),
    [id, year, user],
  );
  const initial: Form | null = id ? (stored.data?.form ?? null) : fresh;
  const baseVersion = stored.data?.meta.version ?? null;
  const draft = useFormDraft(id ?? 'new', initial, baseVersion);
  const { findings: liveFindings, pending: checking } = useLiveFindings(draft.form);
  const save = useSaveForm();
  const submit = useSubmitForm();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [submitFindings, setSubmitFindings] = useState<Finding[] | null>(null);
  const local = useMemo(() => readLocalDraft(id ?? 'new'), [id]);
  const [offerRestore, setOfferRestore] = useState(true);
  /** This page's cells with text typed and not handed on yet: flushed before a save or a submit. */
  const [pending] = useState(createPendingEdits);

  useEffect(() => {
    if (!draft.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft.dirty]);

  const placed = useMemo(
    () =>
      draft.form ? placeFindings(liveFindings, shownPointers(draft.form)) : new Map<string, Finding[]>(),
    [draft.form, liveFindings],
  );

  if (id && stored.isLoading) return <Spin size="large" />;
  if (id && stored.error) return <ErrorAlert error={stored.error} />;
  if (!draft.form) return <Spin size="large" />;
  const editable = !id || (stored.data?.actions ?? []).includes('edit');
  if (draft.form.kind === 'disclosure' || !editable) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <PageHeader
          title={stored.data?.meta.name || '表单'}
          tags={stored.data && <StatusTag status={stored.data.meta.status} />}
          subtitle="只读"
        />
        <Alert
          type="info"
          showIcon
          title={
            draft.form.kind === 'disclosure'
              ? '部门预算公开表在此只能查看；请修改原文件后重新导入'
              : '当前状态下不能编辑此表单'
          }
        />
        <FormView form={draft.form} />
      </Space>
    );
  }
  const form: ProjectForm | DepartmentForm = draft.form;
  const errorCount = liveFindings.filter((f) => f.severity === 'error').length;

  /** The form to send: text still pending in a cell is handed on first (pending-edits.ts). */
  const settled = () => {
    pending.flush();
    return draft.current();
  };
  const doSave = async (base: number | null = baseVersion): Promise<string | null> => {
    setProblem(null);
    const current = settled().form ?? form;
    try {
      const saved = await save.mutateAsync({ id: id ?? null, baseVersion: base, form: current });
      draft.markSaved(saved.form, saved.meta.id);
      message.success(`已保存（第 ${saved.meta.version} 版）`);
      if (!id) navigate(`/forms/${saved.meta.id}/edit`, { replace: true });
      return saved.meta.id;
    } catch (e) {
      setProblem(describeSaveError(e));
      return null;
    }
  };
  const doSubmit = async () => {
    setSubmitFindings(null);
    const savedId = settled().dirty || !id ? await doSave() : id;
    if (!savedId) return;
    try {
      await submit.mutateAsync(savedId);
      message.success('已提交，等待主管部门审核');
      navigate('/');
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.body.findings))
        setSubmitFindings(e.body.findings as Finding[]);
      else message.error(errorText(e));
    }
  };

  const showRestore =
    offerRestore &&
    local &&
    local.baseVersion === baseVersion &&
    !draft.dirty &&
    JSON.stringify(local.form) !== JSON.stringify(initial);
  return (
    <PendingEditsContext value={pending}>
      <div className="editor-page">
        <EditorToolbar
          name={(form.kind === 'project' ? form.name : form.department) ?? ''}
          status={stored.data?.meta.status ?? null}
          version={baseVersion}
          dirty={draft.dirty}
          saving={save.isPending}
          submitting={submit.isPending}
          errorCount={errorCount}
          canSubmit={!checking && errorCount === 0}
          onSave={() => void doSave()}
          onSubmit={() => void doSubmit()}
        />
        {!id && user?.role === 'filler' && (
          <FromBudgetPicker orgId={user.org.id} year={year ?? new Date().getFullYear()} />
        )}
        {showRestore && (
          <Alert
            type="info"
            showIcon
            title={`本浏览器中有 ${formatDateTime(local.savedAt)} 暂存、尚未保存到服务器的内容`}
            action={
              <Space>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => (draft.restore(local.form), setOfferRestore(false))}
                >
                  恢复
                </Button>
                <Button size="small" onClick={() => (draft.discardLocal(), setOfferRestore(false))}>
                  丢弃
                </Button>
              </Space>
            }
            style={{ marginBottom: 12 }}
          />
        )}
        {problem && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setProblem(null) }}
            title={problem.message}
            description={problem.kind === 'invalid' ? problem.details.join('；') : undefined}
            action={
              problem.kind === 'conflict' && problem.currentVersion ? (
                // Overwriting replaces what someone else saved meanwhile: asked once.
                <Popconfirm
                  title="以我的内容覆盖保存？"
                  description={`服务器上的第 ${problem.currentVersion} 版将被您页面上的内容取代。`}
                  okText="覆盖保存"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => doSave(problem.currentVersion)}
                >
                  <Button size="small" danger>
                    以我的内容覆盖保存
                  </Button>
                </Popconfirm>
              ) : undefined
            }
            style={{ marginBottom: 12 }}
            id="save-problem"
          />
        )}
        {submitFindings && (
          <Alert
            type="error"
            showIcon
            title={`还有 ${submitFindings.filter((f) => f.severity === 'error').length} 个错误，暂不能提交`}
            style={{ marginBottom: 12 }}
          />
        )}
        <Row gutter={16} wrap>
          <Col xs={24} xl={17}>
            {form.kind === 'project' ? (
              <>
                <ProjectEditor
                  form={form}
                  findings={placed}
                  onChange={(change) => draft.update((f) => (f.kind === 'project' ? change(f) : f))}
                />
                <LastYearResults formId={id} indicators={form.indicators} />
              </>
            ) : (
              <DepartmentEditor
                form={form}
                findings={placed}
                onChange={(change) => draft.update((f) => (f.kind === 'department' ? change(f) : f))}
              />
            )}
          </Col>
          <Col xs={24} xl={7}>
            <div className="side-sticky">
              <Space orientation="vertical" style={{ width: '100%' }}>
                {id && <OpenCommentsCard formId={id} />}
                <FindingsPanel findings={liveFindings} checking={checking} />
                {id && <VersionDiffCard formId={id} form={form} />}
              </Space>
            </div>
          </Col>
        </Row>
      </div>
    </PendingEditsContext>
  );
}
