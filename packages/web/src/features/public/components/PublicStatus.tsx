// Loading and error states of the public pages in plain HTML (the public bundle carries no antd).
import { errorText } from '../../../ui/error-text.ts';

export function PublicLoading({ label = '正在加载…' }: { label?: string }) {
  return (
    <div className="public-loading" role="status" aria-live="polite">
      <span className="public-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function PublicError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="public-alert" role="alert">
      {errorText(error)}
    </div>
  );
}
