// R-DEPT-06 / R-PUB-07: the projects listed on the department form match the project forms of the same
// file (names and amounts); a name that is almost the same is a misspelling (DOMAIN.md §4, §5). A list of
// projects on the page itself (a line 项目名称 + 金额 before the forms, read into the form's `mentions`) plays
// the department form's part: its amount must be the form's.
import type { ProjectForm } from '../../model/project-form.ts';
import { Decimal } from '../../money/decimal.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

/** Share of characters two names have in common, in order (longest common subsequence ÷ longer length). */
export function nameSimilarity(a: string, b: string): number {
  const x = [...squash(a)];
  const y = [...squash(b)];
  if (x.length === 0 || y.length === 0) return 0;
  const dp = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      dp[i]![j] = x[i - 1] === y[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[x.length]![y.length]! / Math.max(x.length, y.length);
}

export const rule: Rule = {
  meta: {
    id: 'R-DEPT-06',
    severity: 'warning',
    category: 'consistency',
    description: '部门整体绩效目标表所列项目应与项目绩效目标表一一对应，名称和金额一致',
    messages: {
      noForm:
        '部门整体绩效目标表列出的项目「{name}」（{amount} 万元）在本文件中没有对应的项目绩效目标表：请补充该项目的绩效目标表，或核对项目名称',
      misspelt: '部门整体绩效目标表中的项目「{name}」与项目绩效目标表「{match}」名称不一致：请统一项目名称',
      amountDiffers:
        '项目「{name}」在部门整体绩效目标表中为 {listed} 万元，在其项目绩效目标表中为 {form} 万元：请核对',
      notListed: '项目绩效目标表「{name}」没有列入部门整体绩效目标表的项目支出情况：请补充',
      mentionDiffers:
        '本文件所列项目「{text}」为 {listed} 万元，而该项目绩效目标表的年度资金总额为 {form} 万元：同一项目金额不一致，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §4 R-DEPT-06, §5',
    appliesTo: ['department', 'project'],
  },
  check(form, ctx) {
    if (form.kind === 'project') return mentionReports(form);
    if (form.kind !== 'department' || form.projects.length === 0) return [];
    const projectForms = ctx.siblings.filter(
      (s): s is ProjectForm => s.kind === 'project' && s.name !== null,
    );
    if (projectForms.length === 0) return [];
    const reports: RuleReport[] = [];
    const matched = new Set<ProjectForm>();
    form.projects.forEach((p, i) => {
      const path = `/projects/${i}/name`;
      const exact = projectForms.find((f) => squash(f.name) === squash(p.name));
      const best =
        exact ??
        [...projectForms].sort(
          (a, b) => nameSimilarity(b.name!, p.name) - nameSimilarity(a.name!, p.name),
        )[0];
      const similarity = best ? nameSimilarity(best.name!, p.name) : 0;
      if (!best || (!exact && similarity < 0.7)) {
        reports.push({
          messageId: 'noForm',
          path,
          data: { name: p.name, amount: p.current ?? p.total ?? '—' },
        });
        return;
      }
      matched.add(best);
      // A name that only adds or drops words around the other's is the same project written loosely.
      const contained =
        squash(best.name).includes(squash(p.name)) || squash(p.name).includes(squash(best.name));
      if (!exact)
        reports.push({
          messageId: 'misspelt',
          path,
          data: { name: p.name, match: best.name! },
          ...(contained ? { severity: 'info' as const } : {}),
        });
      const listed = p.current ?? p.total;
      const own = best.budget.current ?? best.budget.total;
      if (listed && own && !new Decimal(listed).eq(own))
        reports.push({
          messageId: 'amountDiffers',
          path: `/projects/${i}/current`,
          data: { name: p.name, listed, form: own },
        });
    });
    for (const f of projectForms)
      if (!matched.has(f))
        reports.push({ messageId: 'notListed', path: '/projects', data: { name: f.name! } });
    return reports;
  },
};

/** The amounts the file states for a project outside its form, against the form's own. */
function mentionReports(form: ProjectForm): RuleReport[] {
  const own = form.budget.current ?? form.budget.total;
  if (!own || !form.mentions) return [];
  const reports: RuleReport[] = [];
  form.mentions.forEach((m, i) => {
    if (!new Decimal(m.amount).eq(own))
      reports.push({
        messageId: 'mentionDiffers',
        path: `/mentions/${i}/amount`,
        data: { text: m.text, listed: m.amount, form: own },
      });
  });
  return reports;
}
