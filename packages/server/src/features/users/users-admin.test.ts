// Administering accounts: disable and enable, role and organisation changes, password reset; each
// ends the account's sessions at once, and an administrator cannot lock themself out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';

describe.each(drivers)('account administration on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: { sessionCacheSeconds: 60 } });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });
  const patch = async (id: string, body: unknown) =>
    (await ctx.as('admin')).request('PATCH', `/api/users/${id}`, body);

  it('disables an account: its open session ends at once and it cannot sign in; enabling restores it', async () => {
    const acc = ctx.accounts.fillerA2;
    const session = await ctx.login(acc.username, acc.password);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200); // now cached for 60 s
    const res = await patch(acc.id, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.disabled).toBe(true);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: acc.username, password: acc.password },
    });
    expect(login.json().code).toBe('account-disabled');
    expect((await patch(acc.id, { disabled: false })).statusCode).toBe(200);
    expect((await ctx.login(acc.username, acc.password)).csrfToken).toBeTruthy();
  });

  it('changes the role: the old session ends and the new one has the new rights', async () => {
    const acc = ctx.accounts.fillerDeptA;
    const before = await ctx.login(acc.username, acc.password);
    expect((await before.get('/api/users')).statusCode).toBe(403);
    const res = await patch(acc.id, { role: 'reviewer', displayName: '部门A 第二审核人' });
    expect(res.json().user).toMatchObject({ role: 'reviewer', displayName: '部门A 第二审核人' });
    expect((await before.get('/api/auth/me')).statusCode).toBe(401);
    const after = await ctx.login(acc.username, acc.password);
    expect((await after.get('/api/auth/me')).json().role).toBe('reviewer');
  });

  it('renaming alone keeps the session', async () => {
    const acc = ctx.accounts.fillerB1;
    const s = await ctx.login(acc.username, acc.password);
    await patch(acc.id, { displayName: '单位B1 填报人' });
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().displayName).toBe('单位B1 填报人');
  });

  it('a password reset signs the account out everywhere', async () => {
    const acc = ctx.accounts.fillerA1;
    const s = await ctx.login(acc.username, acc.password);
    const reset = await (await ctx.as('admin')).post(`/api/users/${acc.id}/reset-password`);
    expect(reset.json().generatedPassword).toMatch(/\S{12,}/);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses to disable or demote oneself, unknown users and organisations, unknown fields', async () => {
    const self = await patch(ctx.accounts.admin.id, { disabled: true });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('cannot-demote-self');
    expect((await patch(ctx.accounts.admin.id, { displayName: '管理员' })).statusCode).toBe(200);
    expect((await patch('00000000-0000-4000-8000-000000000000', { disabled: true })).json().code).toBe(
      'user-not-found',
    );
    expect(
      (await patch(ctx.accounts.reviewerB.id, { orgId: '00000000-0000-4000-8000-000000000000' })).json().code,
    ).toBe('org-not-found');
    expect((await patch(ctx.accounts.reviewerB.id, { passwordHash: 'x' })).statusCode).toBe(400);
  });

  it('is for administrators only', async () => {
    const finance = await ctx.as('finance');
    expect(
      (await finance.request('PATCH', `/api/users/${ctx.accounts.reviewerB.id}`, { disabled: true }))
        .statusCode,
    ).toBe(403);
  });
});
