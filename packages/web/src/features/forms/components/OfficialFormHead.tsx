// The head of an official form as printed: its title, then who fills it, the year and 金额单位：万元 in one
// line. The read-only views and the editors share it, so a form looks the same read and edited.
import type { ReactNode } from 'react';

export function OfficialFormHead({
  title,
  filler,
  year,
}: {
  title: string;
  /** “申报单位：…” or “部门（单位）名称：…”. */
  filler: ReactNode;
  year: number | null | undefined;
}) {
  return (
    <>
      <h2 className="official-title">{title}</h2>
      <div className="official-subhead">
        <span>{filler}</span>
        <span>{year ? `${year}年度` : ''}</span>
        <span>金额单位：万元</span>
      </div>
    </>
  );
}
