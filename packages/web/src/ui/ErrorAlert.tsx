// An API error shown with the server's Chinese message (and the field errors of a 400).
import { Alert } from 'antd';
import { errorText } from './error-text.ts';

// Kept importable from here: the signed-in pages read it with the alert.
export { errorText };

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
