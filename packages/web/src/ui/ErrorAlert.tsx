// An API error shown with the server's Chinese message (and the field errors of a 400).
import { Alert } from 'antd';
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
  return error instanceof Error ? error.message : String(error);
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? errorText(error)}
      description={title ? errorText(error) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
