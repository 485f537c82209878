// Downloads of a disclosure (PDF with a table of contents, Word, Excel with one sheet per table) and,
// on the public side, its open data. Plain HTML: it is part of the public bundle too.
import { exportUrl } from '../api/disclosure-api.ts';

export function DownloadLinks({ orgId, year, isPublic }: { orgId: string; year: number; isPublic: boolean }) {
  const data = (file: string) => `/api/open-data/${file}?orgId=${orgId}&year=${year}`;
  return (
    <div className="download-links">
      <span>下载：</span>
      <a href={exportUrl(orgId, year, 'pdf', isPublic)}>PDF（带目录）</a>
      <a href={exportUrl(orgId, year, 'docx', isPublic)}>Word</a>
      <a href={exportUrl(orgId, year, 'xlsx', isPublic)}>Excel（每表一页）</a>
      {isPublic && (
        <>
          <span>开放数据：</span>
          <a href={data('budgets.csv')}>预算数据 CSV</a>
          <a href={data('budgets.json')}>预算数据 JSON</a>
          <a href={data('targets.csv')}>绩效目标 CSV</a>
          <a href={data('targets.json')}>绩效目标 JSON</a>
          <a href="/api/open-data/datapackage.json" title="Fiscal Data Package 格式，供数据软件读取">
            数据包描述（Fiscal Data Package）
          </a>
          <a href="/api/docs">接口文档</a>
        </>
      )}
    </div>
  );
}
