// Review (主管部门) and approval (财政) of one form: the read-only official form with the findings and
// comments at their fields; click a field to write a comment with a reason code; opinion, grade and the
// workflow buttons the server allows.
import { grades as allGrades, type ApprovalNoteBody, type Grade } from '@jixiao/core/contracts';
import { useMemo, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Col, Input, Row, Select, Space, Spin, Tabs, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert, errorText } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import { FindingList } from '../../forms/components/FindingList.tsx';
import { FormView } from '../../forms/components/FormView.tsx';
import { HistoryTimeline } from '../../forms/components/HistoryTimeline.tsx';
import type { ViewAnnotations } from '../../forms/components/annotations.ts';
import { useFormComments } from '../../forms/hooks/use-form-comments.ts';
import { useFormFindings } from '../../forms/hooks/use-form-findings.ts';
import { useFormHistory } from '../../forms/hooks/use-form-history.ts';
import { useFormDiff } from '../../forms/hooks/use-form-diff.ts';
import { ChangeList } from '../../forms/components/ChangeList.tsx';
import { VersionDiffCard } from '../../forms/components/VersionDiffCard.tsx';
import { changedPointers, lastReturnedVersion } from '../../forms/utils/changes.ts';
import { ApprovalSheet } from './ApprovalSheet.tsx';
import { ApprovedBudgetFields, type ApprovedBudget } from './ApprovedBudgetFields.tsx';
import { ApprovalNoteFields } from './ApprovalNoteFields.tsx';
import { useStoredForm } from '../../forms/hooks/use-stored-form.ts';
import { nearestShownPointer, placeFindings } from '../../forms/utils/finding-paths.ts';
import { jumpToField } from '../../forms/utils/jump-to-field.ts';
import { shownPointers } from '../../forms/utils/shown-pointers.ts';
import type { NewComment } from '../api/review-api.ts';
import { useReviewReasons } from '../hooks/use-review-reasons.ts';
import { useTransition } from '../hooks/use-transition.ts';
import { actionButtons, blockReason, opinionPrompt, type ActionButton } from '../utils/workflow-actions.ts';
import { CommentBubbles, type ShownComment } from './CommentBubbles.tsx';
import { CommentComposer } from './CommentComposer.tsx';

/** The list each way in leads back to, as the first crumb of the page header. */
const BACK_LABELS: Record<string, string> = { '/': '工作台', '/review': '审核', '/approval': '批复' };

export function ReviewWorkspace({
  id,
  backTo,
  actions,
}: {
  id: string;
  backTo: string;
  /** Actions of the page around the review (编辑 on the read-only form page). */
  actions?: ReactNode;
}) {
  const stored = useStoredForm(id);
  const findings = useFormFindings(id);
  const comments = useFormComments(id);
  const history = useFormHistory(id);
  const reasons = useReviewReasons();
  const transition = useTransition(id);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [pending, setPending] = useState<(NewComment & { pointer: string })[]>([]);
  const [composer, setComposer] = useState<{ pointer: string; label: string } | null>(null);
  const [opinion, setOpinion] = useState('');
  const [grade, setGrade] = useState<Grade | undefined>(undefined);
  const [budget, setBudget] = useState<ApprovedBudget | null>(null);
  const [approvalNote, setApprovalNote] = useState<ApprovalNoteBody>({});

  const form = stored.data?.form;
  const buttons = actionButtons(stored.data?.actions ?? []);
  const commenting = buttons.some((b) => b.sendsComments);
  const prompt = opinionPrompt(buttons);
  const shown = useMemo(() => (form ? shownPointers(form) : new Set<string>()), [form]);
  // On resubmission: what changed since the version that was last returned.
  const returnedAt = lastReturnedVersion(history.data?.items ?? []);
  const version = stored.data?.meta.version ?? null;
  const sinceReturn = useFormDiff(
    id,
    returnedAt,
    returnedAt !== null && version !== null && version > returnedAt ? version : null,
  );
  const changed = useMemo(
    () => (sinceReturn.data && form ? changedPointers(sinceReturn.data, form, shown) : undefined),
    [sinceReturn.data, form, shown],
  );
  const reasonLabel = (code: string) => reasons.data?.items.find((r) => r.code === code)?.label ?? code;

  const annotations: ViewAnnotations = useMemo(() => {
    const byPointer = new Map<string, ShownComment[]>();
    const add = (pointer: string, c: ShownComment) => {
      const at = nearestShownPointer(pointer, shown) ?? pointer;
      byPointer.set(at, [...(byPointer.get(at) ?? []), c]);
    };
    for (const c of comments.data?.items ?? [])
      add(c.pointer, { reason: c.reason, text: c.text, resolved: c.resolvedAt !== null });
    pending.forEach((c, i) =>
      add(c.pointer, { ...c, pending: true, onRemove: () => setPending((p) => p.filter((_, j) => j !== i)) }),
    );
    return {
      findings: placeFindings(findings.data?.findings ?? [], shown),
      extra: (pointer) => (
        <CommentBubbles comments={byPointer.get(pointer) ?? []} reasonLabel={reasonLabel} />
      ),
      onPick: commenting ? (pointer, label) => setComposer({ pointer, label }) : undefined,
      ...(changed ? { changed } : {}),
    };
  }, [comments.data, pending, findings.data, shown, commenting, reasons.data, changed]);

  if (stored.isLoading) return <Spin size="large" />;
  if (stored.error || !form || !stored.data) return <ErrorAlert error={stored.error} />;
  const meta = stored.data.meta;

  const act = (b: ActionButton) => {
    const blocked = blockReason(b, opinion) ?? (b.action === 'approve' ? (budget?.problem ?? null) : null);
    if (blocked) {
      message.warning(blocked);
      document.getElementById('review-opinion')?.focus();
      return;
    }
    modal.confirm({
      title: `确认${b.label}？`,
      content:
        b.sendsComments && pending.length > 0
          ? `将同时提交 ${pending.length} 条针对具体字段的审核意见。`
          : undefined,
      okText: b.label,
      cancelText: '取消',
      okButtonProps: { danger: b.danger },
      onOk: async () => {
        try {
          await transition.mutateAsync({
            action: b.action,
            body: {
              opinion: opinion.trim() || undefined,
              grade: b.action === 'review-pass' || b.action === 'review-return' ? grade : undefined,
              comments: b.sendsComments && pending.length ? pending : undefined,
              approvedBudget: b.action === 'approve' && budget ? budget.value : undefined,
              approvalNote: b.action === 'approve' ? approvalNote : undefined,
            },
          });
          message.success(b.done);
          setPending([]);
          navigate(backTo);
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });
  };

  const list = findings.data?.findings ?? [];
  return (
    <div className="review-page">
      <PageHeader
        sticky
        className="editor-toolbar"
        breadcrumb={[
          { title: <Link to={backTo}>{BACK_LABELS[backTo] ?? '返回'}</Link> },
          { title: meta.name },
        ]}
        title={meta.name}
        tags={<StatusTag status={meta.status} />}
        subtitle={`${meta.orgName} · 第 ${meta.version} 版`}
        actions={
          <>
            {actions}
            {buttons.map((b) => (
              <Button
                key={b.action}
                type={b.danger ? 'default' : 'primary'}
                danger={b.danger}
                onClick={() => act(b)}
                loading={transition.isPending}
              >
                {b.label}
              </Button>
            ))}
          </>
        }
      />
      {commenting && (
        <Alert
          type="info"
          showIcon
          title="点击表中任一字段，可针对该字段写审核意见（选择原因代码）；意见随“退回”或“通过”一并发送。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <FormPane id={id} form={form} meta={meta} annotations={annotations} />
        </Col>
        <Col xs={24} xl={7}>
          <div className="side-sticky">
            <Space orientation="vertical" style={{ width: '100%' }}>
              {prompt !== null && (
                <OpinionCard
                  prompt={prompt}
                  opinion={opinion}
                  onOpinion={setOpinion}
                  grades={
                    buttons.some((b) => b.action === 'review-pass')
                      ? (reasons.data?.grades ?? allGrades)
                      : null
                  }
                  grade={grade}
                  onGrade={setGrade}
                  pending={pending.length}
                />
              )}
              {buttons.some((b) => b.action === 'approve') && form.kind === 'project' && (
                <ApprovedBudgetFields asked={form.budget} onChange={setBudget} />
              )}
              {buttons.some((b) => b.action === 'approve') && form.kind === 'project' && (
                <ApprovalNoteFields onChange={setApprovalNote} />
              )}
              {sinceReturn.data && (
                <Card
                  size="small"
                  title={`自第 ${sinceReturn.data.from} 版退回以来的修改`}
                  id="changes-since-review"
                >
                  <div className="change-scroll">
                    <ChangeList diff={sinceReturn.data} form={form} />
                  </div>
                </Card>
              )}
              <Card size="small" title={`审核规则检查（${list.length}）`}>
                <FindingList findings={list} onJump={(p) => jumpToField(p)} />
              </Card>
              <Card size="small" title="流转记录">
                <HistoryTimeline items={history.data?.items ?? []} />
              </Card>
              <VersionDiffCard formId={id} form={form} />
            </Space>
          </div>
        </Col>
      </Row>
      <CommentComposer
        target={composer}
        reasons={reasons.data?.items ?? []}
        onAdd={(c) => setPending((p) => [...p, c])}
        onClose={() => setComposer(null)}
      />
    </div>
  );
}

type Stored = NonNullable<ReturnType<typeof useStoredForm>['data']>;

/** The form as the reviewer reads it; once approved, the 批复表 first and the 申报表 beside it. */
function FormPane({
  id,
  form,
  meta,
  annotations,
}: {
  id: string;
  form: Stored['form'];
  meta: Stored['meta'];
  annotations: ViewAnnotations;
}) {
  if (form.kind !== 'project' || (meta.status !== 'approved' && meta.status !== 'published'))
    return <FormView form={form} annotations={annotations} />;
  return (
    <Tabs
      items={[
        {
          key: 'approval',
          label: '批复表',
          children: <ApprovalSheet formId={id} form={form} name={meta.name} />,
        },
        { key: 'form', label: '申报表', children: <FormView form={form} annotations={annotations} /> },
      ]}
    />
  );
}

/** 审核意见: the opinion, the grade when the reviewer may pass, and how many field comments wait. */
function OpinionCard({
  prompt,
  opinion,
  onOpinion,
  grades,
  grade,
  onGrade,
  pending,
}: {
  prompt: string;
  opinion: string;
  onOpinion: (text: string) => void;
  /** The grades to choose from, or null when no grade is given with these actions. */
  grades: readonly Grade[] | null;
  grade: Grade | undefined;
  onGrade: (grade: Grade | undefined) => void;
  pending: number;
}) {
  return (
    <Card size="small" title="审核意见">
      <Input.TextArea
        id="review-opinion"
        value={opinion}
        onChange={(e) => onOpinion(e.target.value)}
        autoSize={{ minRows: 3 }}
        placeholder={prompt}
        maxLength={5000}
      />
      {grades && (
        <Select
          style={{ width: '100%', marginTop: 8 }}
          placeholder="审核等级（优/良/中/差）"
          value={grade}
          onChange={onGrade}
          allowClear
          options={grades.map((g) => ({ value: g, label: g }))}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        针对字段的意见：{pending} 条待发送
      </Typography.Paragraph>
    </Card>
  );
}
