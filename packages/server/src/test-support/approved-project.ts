// An approved project through the real workflow (filler creates and submits, reviewer passes, finance
// approves): the starting point of monitoring and self-evaluation tests.
import type { Form, ProjectForm } from '@jixiao/core';
import { sampleProject } from './sample-forms.ts';
import type { TestContext } from './test-app.ts';

export async function approvedProject(
  ctx: TestContext,
  overrides: Partial<ProjectForm> = {},
  accounts: { filler: 'fillerA1' | 'fillerA2' | 'fillerB1'; reviewer: 'reviewerA' | 'reviewerB' } = {
    filler: 'fillerA1',
    reviewer: 'reviewerA',
  },
): Promise<{ id: string; form: ProjectForm }> {
  const { id } = await approvedForm(ctx, sampleProject(overrides), accounts);
  const form = (await (await ctx.as(accounts.filler)).get(`/api/forms/${id}`)).json().form as ProjectForm;
  return { id, form };
}

/** Any form (project or department) through the same workflow to 已批复. */
export async function approvedForm(
  ctx: TestContext,
  input: Form,
  accounts: { filler: 'fillerA1' | 'fillerA2' | 'fillerB1'; reviewer: 'reviewerA' | 'reviewerB' } = {
    filler: 'fillerA1',
    reviewer: 'reviewerA',
  },
): Promise<{ id: string }> {
  const filler = await ctx.as(accounts.filler);
  const created = await filler.post('/api/forms', { form: input });
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const id = created.json().meta.id as string;
  for (const [who, url] of [
    [accounts.filler, 'submit'],
    [accounts.reviewer, 'review/pass'],
    ['finance', 'approve'],
  ] as const) {
    const res = await (await ctx.as(who)).post(`/api/forms/${id}/${url}`);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  }
  return { id };
}
