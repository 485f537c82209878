// A workflow status as a coloured tag.
import { Tag } from 'antd';
import { statusColor, statusLabel } from './status.ts';

export function StatusTag({ status }: { status: string }) {
  return <Tag color={statusColor(status)}>{statusLabel(status)}</Tag>;
}
