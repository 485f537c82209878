// Batch review benchmark: a reviewer passes 50 submitted forms (one in seven with an error finding,
// skipped) in one POST /api/workflow/batch, against passing 50 other forms one request at a time in the
// same run, on PGlite in memory through the real app and its real checks. The figure is the batch's
// time; the ratio says what one request for many saves over many requests (it should stay near or
// below 1: the batch does the same work per form, in one transaction per form).
import type { Finding, Form } from '@jixiao/core';
import { checkForm } from '@jixiao/core';
import { createTestApp, type Session } from '../packages/server/src/test-support/test-app.ts';
import { sampleProject } from '../packages/server/src/test-support/sample-forms.ts';
import type { BenchResult } from './result.ts';

/** The real checks' warnings, plus an error on forms named 【错误】 once the rules are tightened after submission. */
let tightened = false;
function checker(form: Form): Finding[] {
  const own: Finding[] =
    tightened && form.kind === 'project' && form.name?.includes('【错误】')
      ? [{ rule: 'R-BENCH', severity: 'error', message: '名称不规范', path: '/name', form: form.name }]
      : [];
  // The real checks run (their cost is part of the figure); their errors are set aside so that every
  // sample form is submitted, and only the named ones are skipped.
  return [...checkForm(form, [form]).filter((f) => f.severity !== 'error'), ...own];
}

async function submitted(filler: Session, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}${i}${i % 7 === 3 ? '【错误】' : ''}`;
    const created = await filler.post('/api/forms', { form: sampleProject({ name }) });
    if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
    const id = created.json().meta.id as string;
    const s = await filler.post(`/api/forms/${id}/submit`);
    if (s.statusCode !== 200) throw new Error(`submit: ${s.body}`);
    ids.push(id);
  }
  return ids;
}

export async function run({ quick }: { quick: boolean }): Promise<BenchResult[]> {
  const count = quick ? 20 : 50;
  tightened = false;
  const ctx = await createTestApp('pglite', { checkForm: checker });
  try {
    const filler = await ctx.as('fillerA1');
    const reviewer = await ctx.as('reviewerA');
    const one = await submitted(filler, count, '逐张');
    const many = await submitted(filler, count, '批量');
    tightened = true;

    let t = performance.now();
    for (const id of one) await reviewer.post(`/api/forms/${id}/review/pass`, { opinion: '同意' });
    const single = performance.now() - t;

    t = performance.now();
    const res = await reviewer.post('/api/workflow/batch', {
      action: 'review-pass',
      formIds: many,
      opinion: '同意',
    });
    const batch = performance.now() - t;
    if (res.statusCode !== 200) throw new Error(`batch: ${res.body}`);
    const body = res.json() as { done: number; skipped: number };
    return [
      {
        name: `workflow batch: pass ${count} forms in one request`,
        value: Math.round(batch),
        unit: 'ms',
        baseline: Math.round(single),
        ratio: Number((batch / single).toFixed(2)),
        note: `baseline: ${count} single passes; ${body.done} passed, ${body.skipped} skipped with errors`,
      },
    ];
  } finally {
    await ctx.close();
  }
}
