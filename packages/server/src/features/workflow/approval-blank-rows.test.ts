// An emptied 二级 slot kept by the editor (no name, no value) is not a target: the 批复 record and the
// published targets leave it out, so no blank row reaches the 批复表, its exports or open data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '@jixiao/core';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedForm } from '../../test-support/approved-project.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

describe.each(drivers)('approval of a form with an emptied 二级 slot on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('leaves the blank row out of the approved targets', async () => {
    const form = sampleProject();
    const declared = form.indicators.length;
    form.indicators.push({
      ...form.indicators[0]!,
      id: undefined,
      level2: '时效指标',
      name: null,
      target: parseIndicatorValue(''),
      basis: null,
    });
    const { id } = await approvedForm(ctx, form);
    const approval = (await (await ctx.as('finance')).get(`/api/forms/${id}/approval`)).json();
    const targets = (approval.approval ?? approval).targets as { name: string | null; level2: string }[];
    expect(targets).toHaveLength(declared);
    expect(targets.filter((t) => !t.name)).toEqual([]);
  });
});
