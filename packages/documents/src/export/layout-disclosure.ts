// A 部门预算公开 as a layout: one section for the explanation (一 … 九) and one per published table, each
// table with its two header levels ("收入/项目" → 收入 over 项目) merged as published.
import type { Disclosure, DisclosureTable } from '@jixiao/core';
import {
  amountCell,
  cell,
  completeTable,
  paragraph,
  type DocumentLayout,
  type LayoutCell,
  type LayoutSection,
} from './layout.ts';
import { sheetName } from './layout-project.ts';

export function disclosureTitle(d: Disclosure): string {
  if (d.title) return d.title;
  return `${d.department ?? ''}${d.year !== null ? ` ${d.year} 年` : ''}部门预算公开`.trim();
}

export function layoutDisclosure(d: Disclosure): DocumentLayout {
  const title = disclosureTitle(d);
  const sections: LayoutSection[] = [];
  if (d.sections.length > 0) {
    const blocks = [paragraph(title, 'title', 'center')];
    let part: string | null = null;
    for (const s of d.sections) {
      // "第二部分的说明：一、…" is written as that part's heading, then the numbered section heading.
      const m = /^(.+)：([一二三四五六七八九十]+、.*)$/.exec(s.title);
      if (m && m[1] !== part) {
        part = m[1]!;
        blocks.push(paragraph(part, 'title', 'center'));
      }
      blocks.push(paragraph(m ? m[2]! : s.title, 'heading'));
      for (const line of s.text.split('\n')) if (line.trim()) blocks.push(paragraph(line, 'text'));
    }
    sections.push({ name: '公开说明', columns: [100], orientation: 'portrait', blocks });
  }
  const used = new Set<string>(sections.map((s) => s.name));
  d.tables.forEach((t, k) => sections.push(tableSection(d, t, uniqueName(`${k + 1}.${t.title}`, used))));
  return { title, sections };
}

function uniqueName(name: string, used: Set<string>): string {
  let n = sheetName(name);
  for (let i = 2; used.has(n); i++) n = `${sheetName(name).slice(0, 28)}(${i})`;
  used.add(n);
  return n;
}

function tableSection(d: Disclosure, t: DisclosureTable, name: string): LayoutSection {
  const W = Math.max(1, t.columns.length);
  const heads = t.columns.map((c) => {
    const k = c.indexOf('/');
    return k > 0 ? { group: c.slice(0, k), sub: c.slice(k + 1) } : { group: null, sub: c };
  });
  const twoLevels = heads.some((h) => h.group !== null);
  const header: LayoutCell[][] = [[]];
  if (twoLevels) header.push([]);
  for (let c = 0; c < W;) {
    const h = heads[c] ?? { group: null, sub: '' };
    if (twoLevels && h.group !== null) {
      let end = c + 1;
      while (end < W && heads[end]?.group === h.group) end++;
      header[0]!.push(cell(c, h.group, { style: 'header', colSpan: end - c }));
      for (let j = c; j < end; j++) header[1]!.push(cell(j, heads[j]!.sub, { style: 'header' }));
      c = end;
    } else {
      header[0]!.push(cell(c, h.sub, { style: 'header', rowSpan: twoLevels ? 2 : 1 }));
      c++;
    }
  }
  const amountColumns = t.columns.map((_, c) => {
    const values = t.rows.map((r) => r[c] ?? '').filter((v) => v !== '');
    return values.length > 0 && values.every((v) => /^-?\d+\.\d+$/.test(v));
  });
  const body = t.rows.map((r) =>
    Array.from({ length: W }, (_, c) =>
      amountColumns[c] ? amountCell(c, r[c] ?? '') : cell(c, r[c] ?? '', { style: 'text' }),
    ),
  );
  const year = d.year !== null && !/^(19|20)\d{2}/.test(t.title) ? `${d.year} 年` : '';
  const blocks = [
    paragraph(`${year}${t.title}`, 'title', 'center'),
    ...(d.department ? [paragraph(`单位名称：${d.department}`, 'subtitle', 'left')] : []),
    paragraph(`单位：${t.unit ?? '万元'}`, 'unit', 'right'),
    completeTable({ type: 'table', rows: [...header, ...body], headerRows: header.length }, W),
    ...(t.note ? [paragraph(`备注：${t.note}`, 'text')] : []),
  ];
  const columns = t.columns.map((c, k) =>
    amountColumns[k] ? 12 : Math.min(36, Math.max(8, longest(t, k, c))),
  );
  return { name, columns, orientation: W > 8 ? 'landscape' : 'portrait', blocks };
}

/** A column's width in characters: its longest cell, Han characters counting double. */
function longest(t: DisclosureTable, k: number, header: string): number {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  return Math.max(width(header.split('/').pop() ?? ''), ...t.rows.map((r) => width(r[k] ?? ''))) + 2;
}
