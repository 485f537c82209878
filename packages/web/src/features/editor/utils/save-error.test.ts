import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http.ts';
import { describeSaveError } from './save-error.ts';

describe('describeSaveError', () => {
  it('explains a stale version with the current version number', () => {
    const p = describeSaveError(
      new ApiError(409, { code: 'version-conflict', message: 'x', current: { version: 4 } }),
    );
    expect(p).toMatchObject({ kind: 'conflict', currentVersion: 4 });
    expect(p.message).toContain('第 4 版');
  });
  it('lists validation errors', () => {
    const p = describeSaveError(
      new ApiError(400, {
        code: 'invalid-input',
        message: '输入有误',
        errors: [{ path: '/form/year', message: '年度须在 1900–2200 之间' }],
      }),
    );
    expect(p).toEqual({
      kind: 'invalid',
      message: '输入有误',
      details: ['/form/year：年度须在 1900–2200 之间'],
    });
  });
  it('keeps the user’s data in every other case', () => {
    expect(describeSaveError(new ApiError(0, { message: '无法连接服务器' })).message).toMatch(/仍在页面上/);
    expect(describeSaveError(new Error('boom')).kind).toBe('other');
  });
});
