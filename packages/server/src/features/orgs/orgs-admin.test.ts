// Administering the organisation tree: rename, move a subtree (scopes follow at once), delete only
// what is empty; every refusal with its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

describe.each(drivers)('organisation administration on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });
  const patch = async (id: string, body: unknown) =>
    (await ctx.as('admin')).request('PATCH', `/api/orgs/${id}`, body);
  const remove = async (id: string) => (await ctx.as('admin')).request('DELETE', `/api/orgs/${id}`);

  it('renames an organisation and keeps the name unique under one parent', async () => {
    const res = await patch(ctx.orgs.unitA2, { name: '单位A2（更名）', code: '102002' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '单位A2（更名）', code: '102002' });
    const clash = await patch(ctx.orgs.unitA2, { name: '单位A1' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('org-exists');
  });

  it('moves a unit with its forms to another department: the reviewers’ scopes follow', async () => {
    const b1 = await ctx.as('fillerB1');
    const created = (await b1.post('/api/forms', { form: sampleProject({ name: '迁移测试项目' }) })).json();
    const id = created.meta.id as string;
    const reviewerA = await ctx.as('reviewerA');
    const reviewerB = await ctx.as('reviewerB');
    expect((await reviewerA.get(`/api/forms/${id}`)).statusCode).toBe(404);
    expect((await reviewerB.get(`/api/forms/${id}`)).statusCode).toBe(200);

    const moved = await patch(ctx.orgs.unitB1, { parentId: ctx.orgs.deptA });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().path).toBe(`/${ctx.orgs.root}/${ctx.orgs.deptA}/${ctx.orgs.unitB1}/`);
    expect((await reviewerA.get(`/api/forms/${id}`)).statusCode).toBe(200);
    expect((await reviewerB.get(`/api/forms/${id}`)).statusCode).toBe(404);
    // The unit's own filler still sees its form (its session's scope was refreshed).
    expect((await b1.get(`/api/forms/${id}`)).statusCode).toBe(200);
    // And back again.
    expect((await patch(ctx.orgs.unitB1, { parentId: ctx.orgs.deptB })).statusCode).toBe(200);
    expect((await reviewerB.get(`/api/forms/${id}`)).statusCode).toBe(200);
  });

  it('refuses to move an organisation under itself or its own subtree, or to move the root', async () => {
    const intoChild = await patch(ctx.orgs.deptA, { parentId: ctx.orgs.unitA1 });
    expect(intoChild.statusCode).toBe(409);
    expect(intoChild.json().code).toBe('move-into-own-subtree');
    const intoSelf = await patch(ctx.orgs.deptA, { parentId: ctx.orgs.deptA });
    expect(intoSelf.json().code).toBe('move-into-own-subtree');
    const root = await patch(ctx.orgs.root, { parentId: ctx.orgs.deptA });
    expect(root.json().code).toBe('root-cannot-move');
    const unknown = await patch(ctx.orgs.unitA1, { parentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().code).toBe('parent-not-found');
  });

  it('deletes an empty organisation and refuses one with children, accounts or forms', async () => {
    const admin = await ctx.as('admin');
    const empty = (
      await admin.post('/api/orgs', { name: '临时单位', kind: 'unit', parentId: ctx.orgs.deptB })
    ).json();
    expect((await remove(empty.id)).statusCode).toBe(200);
    expect((await remove(empty.id)).statusCode).toBe(404);
    const withChildren = await remove(ctx.orgs.deptA);
    expect(withChildren.statusCode).toBe(409);
    expect(withChildren.json().code).toBe('org-not-empty');
    const withAccounts = await remove(ctx.orgs.unitA1);
    expect(withAccounts.statusCode).toBe(409);
    expect(withAccounts.json().message).toContain('不能删除');
    // The refusal left the organisation and the audit log intact.
    expect(
      (await admin.get('/api/orgs')).json().items.some((o: { id: string }) => o.id === ctx.orgs.unitA1),
    ).toBe(true);
    const audit = (await admin.get('/api/audit?entity=org')).json();
    expect(JSON.stringify(audit)).toContain('org-delete');
  });

  it('is for administrators only', async () => {
    const finance = await ctx.as('finance');
    expect((await finance.request('PATCH', `/api/orgs/${ctx.orgs.unitA1}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await finance.request('DELETE', `/api/orgs/${ctx.orgs.unitA1}`)).statusCode).toBe(403);
  });

  it('refuses unknown fields with a 400', async () => {
    const res = await patch(ctx.orgs.unitA1, { name: '单位A1', path: '/evil/' });
    expect(res.statusCode).toBe(400);
  });
});
