// What a failed save means for the user: a stale version (409, someone saved in between), invalid input,
// or another problem; the typed form always stays on the page.
import { ApiError } from '../../../api/http.ts';

export type SaveProblem =
  | { kind: 'conflict'; currentVersion: number | null; message: string }
  | { kind: 'invalid'; message: string; details: string[] }
  | { kind: 'other'; message: string };

export function describeSaveError(error: unknown): SaveProblem {
  if (error instanceof ApiError) {
    if (error.status === 409) {
      const current = (error.body.current as { version?: number } | undefined)?.version ?? null;
      return {
        kind: 'conflict',
        currentVersion: current,
        message: `保存时发现其他人已保存了更新的版本${current ? `（第 ${current} 版）` : ''}，您填写的内容仍在页面上。`,
      };
    }
    if (error.status === 400 && Array.isArray(error.body.errors)) {
      const details = (error.body.errors as { path?: string; message?: string }[])
        .slice(0, 5)
        .map((e) => `${e.path ?? ''}：${e.message ?? ''}`);
      return { kind: 'invalid', message: error.message || '表单内容不符合要求', details };
    }
    return {
      kind: 'other',
      message: `保存失败：${error.message}（您填写的内容仍在页面上，并已暂存在本浏览器）`,
    };
  }
  return { kind: 'other', message: '保存失败，请稍后重试（您填写的内容仍在页面上，并已暂存在本浏览器）' };
}
