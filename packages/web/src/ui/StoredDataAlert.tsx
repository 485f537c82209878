// Parts of a table's stored data the server could not read with today's schema (code stored-data-unreadable):
// the table is shown from what could be read; this says which parts were replaced or left out.
import { Alert } from 'antd';
import type { StoredDataNotice } from '@jixiao/core/contracts';
import { storedPartLabel } from './stored-part-label.ts';

const SHOWN = 20;

export function StoredDataAlert({ notice }: { notice: StoredDataNotice | null | undefined }) {
  if (!notice) return null;
  const more = notice.parts.length - SHOWN;
  return (
    <Alert
      id="stored-data-unreadable"
      style={{ marginBottom: 12 }}
      type="warning"
      showIcon
      message={notice.message}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {notice.parts.slice(0, SHOWN).map((p) => (
            <li key={p.path}>
              {/* The schema's path too, small: what an administrator looks for in the stored data. */}
              {storedPartLabel(p.path)}：{p.message}
              {p.path && <code style={{ marginLeft: 8, fontSize: 12, opacity: 0.6 }}>{p.path}</code>}
            </li>
          ))}
          {more > 0 && <li>另有 {more} 处</li>}
        </ul>
      }
    />
  );
}
