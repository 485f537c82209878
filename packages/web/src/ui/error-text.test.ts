import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http.ts';
import { errorText } from './error-text.ts';

describe('errorText', () => {
  it('shows the server’s Chinese message with the field errors of a 400', () => {
    const e = new ApiError(400, { message: '数据有误', errors: [{ path: 'name', message: '必填' }] });
    expect(errorText(e)).toBe('数据有误：name 必填');
  });
  it('puts an English script error into a Chinese sentence that says what to do', () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe(
      '页面出现意外错误，请刷新后重试（Failed to fetch）',
    );
    expect(errorText(new Error('文件过大'))).toBe('文件过大');
  });
});
