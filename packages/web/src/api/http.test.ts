import { describe, expect, it } from 'vitest';
import { ApiError, query } from './http.ts';

describe('http helpers', () => {
  it('builds query strings from defined values only', () => {
    expect(query({ year: 2024, status: undefined, q: '', limit: 200 })).toBe('?year=2024&limit=200');
    expect(query({ year: null })).toBe('');
    expect(query({ q: '信息 项目' })).toBe('?q=%E4%BF%A1%E6%81%AF+%E9%A1%B9%E7%9B%AE');
  });
  it('carries the server’s code and Chinese message', () => {
    const e = new ApiError(409, { code: 'version-conflict', message: '版本冲突' });
    expect([e.status, e.code, e.message]).toEqual([409, 'version-conflict', '版本冲突']);
    expect(new ApiError(500, {}).message).toBe('请求失败（HTTP 500）');
  });
});
