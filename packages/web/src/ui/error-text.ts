// An API error as a Chinese sentence (the server's message, and the field errors of a 400).
import { ApiError } from '../api/http.ts';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const errors = error.body.errors as { path?: string; message?: string }[] | undefined;
    if (Array.isArray(errors) && errors.length)
      return `${error.message}：${errors
        .slice(0, 3)
        .map((e) => `${e.path ?? ''} ${e.message ?? ''}`)
        .join('；')}`;
    return error.message;
  }
  const detail = error instanceof Error ? error.message : String(error);
  // A fault of the page itself (a script error, in English): say in Chinese what to do, keep the detail.
  return HAS_CHINESE.test(detail) ? detail : `页面出现意外错误，请刷新后重试（${detail}）`;
}

const HAS_CHINESE = /\p{Script=Han}/u;
