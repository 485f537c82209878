// The foot of a 批复表 as the official sheet prints it: 财政部门审核意见, 经办人 / 负责人, 财政部门（盖章） and
// the 批复日期 (年 月 日 left to write by hand when finance gave none); the 批复文号 stands under the title.
import type { ApprovalNote } from '@jixiao/core';

/** "2026-03-15" → "2026年3月15日". */
export function chineseDate(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

export function ApprovalNumber({ note }: { note: ApprovalNote | undefined }) {
  if (!note?.number) return null;
  return (
    <p className="approval-number" id="approval-number">
      批复文号：{note.number}
    </p>
  );
}

export function ApprovalNoteView({ note }: { note: ApprovalNote | undefined }) {
  return (
    <div className="approval-note" id="approval-note">
      <table className="official-table">
        <tbody>
          <tr>
            <th style={{ width: '14%' }}>财政部门审核意见</th>
            <td>{note?.opinion ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <div className="approval-signature">
        <span>经办人：{note?.handler ?? ''}</span>
        <span>负责人：{note?.head ?? ''}</span>
      </div>
      <div className="approval-stamp">
        <div>财政部门（盖章）</div>
        <div>{chineseDate(note?.date) ?? '年　　月　　日'}</div>
      </div>
    </div>
  );
}
