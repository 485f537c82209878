// The uploaded document as it was read: its rows as a scrollable table with line numbers, the cell a
// value came from highlighted, and — while the user points at a field — every cell clickable. A PDF's page, a
// .docx's table or a sheet heads its rows, whose line numbers count within it (第2页 第 5 行). A table wider
// than the pane scrolls sideways inside it, a shade on the side that hides columns and a line saying so, with
// 整表适应宽度 to wrap every column into the pane instead; a paragraph stays readable within the pane's width.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Typography } from 'antd';
import type { DocumentRow } from '../api/imports-api.ts';
import { useScrollEdges } from '../hooks/use-scroll-edges.ts';
import { sourceHeading } from '../utils/source-headings.ts';
import './import-preview.css';

export interface CellRef {
  row: number;
  column: number | null;
}

export function DocumentPane({
  rows,
  total,
  truncated,
  highlight,
  picked,
  pointing,
  onPoint,
  onCancel,
}: {
  rows: DocumentRow[];
  total: number;
  truncated: boolean;
  /** The cell (or row) a value came from, shown and scrolled to. */
  highlight: CellRef | null;
  /** Cells the user pointed at. */
  picked: CellRef[];
  /** The name of the field being pointed at, or null. */
  pointing: string | null;
  onPoint: (row: number, column: number) => void;
  onCancel: () => void;
}) {
  const width = useMemo(() => Math.max(1, ...rows.map((r) => r.cells.length)), [rows]);
  const pane = useRef<HTMLDivElement>(null);
  // Wrap every column into the pane's width (the user's choice) instead of scrolling sideways.
  const [fit, setFit] = useState(false);
  const edges = useScrollEdges(pane, `${rows.length}:${width}:${fit}`);
  const wide = edges.left || edges.right;
  useEffect(() => {
    const box = pane.current;
    const el = highlight ? box?.querySelector(`[data-row="${highlight.row}"]`) : null;
    if (!box || !el) return;
    // Only the pane scrolls (scrollIntoView would move the whole page under the user's pointer).
    const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo({ top: box.scrollTop + offset - box.clientHeight / 2, behavior: 'smooth' });
  }, [highlight]);
  const isPicked = (row: number, column: number) => picked.some((p) => p.row === row && p.column === column);
  return (
    <div className="doc-pane-wrap">
      {pointing && (
        <Alert
          type="info"
          showIcon
          className="doc-pointing"
          title={`请在下方文档中点击“${pointing}”的值所在的单元格`}
          action={
            <Button size="small" onClick={onCancel}>
              取消
            </Button>
          }
        />
      )}
      {(wide || fit) && (
        <div className="doc-wide-bar">
          <Typography.Text type="secondary">
            {fit ? '已按窗格宽度换行显示全部各列' : '表格比窗格宽：左右滑动可查看右侧各列'}
          </Typography.Text>
          <Button size="small" onClick={() => setFit(!fit)} aria-pressed={fit}>
            {fit ? '恢复原宽度' : '整表适应宽度'}
          </Button>
        </div>
      )}
      <div
        className={[
          'doc-pane-frame',
          edges.left ? 'doc-more-left' : '',
          edges.right ? 'doc-more-right' : '',
        ].join(' ')}
      >
        <div
          ref={pane}
          className={['doc-pane', pointing ? 'pointing' : '', fit ? 'doc-fit' : ''].join(' ')}
          aria-label="文档内容"
        >
          <table className="doc-table">
            <tbody>
              {rows.map((r, i) => {
                const heading = sourceHeading(rows, i);
                return (
                  <Fragment key={r.row}>
                    {heading && (
                      <tr className="doc-source-row">
                        <th colSpan={width + 1} scope="colgroup">
                          {heading}
                        </th>
                      </tr>
                    )}
                    <tr
                      data-row={r.row}
                      className={[
                        r.table ? 'doc-table-row' : 'doc-paragraph',
                        highlight?.row === r.row ? 'doc-hit-row' : '',
                      ].join(' ')}
                    >
                      <th
                        className="doc-line"
                        title={r.source ? `${r.source} 第 ${r.line} 行` : `第 ${r.line} 行`}
                      >
                        {r.line}
                      </th>
                      {r.cells.map((cell, c) => {
                        const last = c === r.cells.length - 1;
                        const hit = highlight?.row === r.row && highlight.column === c;
                        return (
                          <td
                            key={c}
                            colSpan={last ? width - c : undefined}
                            data-column={c}
                            className={[hit ? 'doc-hit' : '', isPicked(r.row, c) ? 'doc-picked' : ''].join(
                              ' ',
                            )}
                            onClick={pointing ? () => onPoint(r.row, c) : undefined}
                            tabIndex={pointing ? 0 : undefined}
                            onKeyDown={pointing ? (e) => e.key === 'Enter' && onPoint(r.row, c) : undefined}
                          >
                            {last && c < width - 1 ? (
                              // A cell spanning the columns to the row's end (a title, a paragraph, a note): its
                              // text stays within the pane's width and in view as the table scrolls sideways.
                              <div className="doc-span">{cell}</div>
                            ) : (
                              cell
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {truncated && (
        <Typography.Text type="secondary">
          文档共 {total} 行，这里显示前 {rows.length} 行
        </Typography.Text>
      )}
    </div>
  );
}
