// Errors as values with a code from the domain and a Chinese message; one handler (error-handler.ts)
// turns them into HTTP responses. Each feature declares its codes with `defineErrors`.

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

type ErrorTable = Record<string, readonly [status: number, message: string]>;

/** Declares a feature's error codes; returns a factory `(code, details?, message?) => AppError`. */
export function defineErrors<const T extends ErrorTable>(table: T) {
  return (code: keyof T & string, details: Record<string, unknown> = {}, message?: string): AppError => {
    const [status, text] = table[code]!;
    return new AppError(code, status, message ?? text, details);
  };
}

/** Errors shared by every feature. */
export const commonError = defineErrors({
  'not-authenticated': [401, '请先登录'],
  forbidden: [403, '当前账号无权执行此操作'],
  'csrf-failed': [403, '请求缺少有效的 CSRF 令牌（x-csrf-token），请刷新页面后重试'],
  'not-found': [404, '请求的资源不存在'],
  'invalid-input': [400, '请求数据不符合要求'],
});
