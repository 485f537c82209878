// A whole disclosure package for print and download: a table of contents, the explanation, one section
// (sheet) per table, then the approved project forms and the department form published with it.
import type { Disclosure, Form } from '@jixiao/core';
import { disclosureTitle, layoutDisclosure } from './layout-disclosure.ts';
import { layoutForm } from './layout-form.ts';
import { paragraph, type DocumentLayout, type LayoutSection } from './layout.ts';
import { sheetName } from './layout-project.ts';

/** One entry of the table of contents: what it says, and the text that starts its part on a page. */
export interface TocEntry {
  text: string;
  level: 1 | 2;
  needle: string | null;
}

export function tocEntries(d: Disclosure, forms: readonly Form[]): TocEntry[] {
  const part = (text: string): TocEntry => ({ text, level: 1, needle: null });
  return [
    ...(d.sections.length > 0
      ? [
          part('第一部分 部门预算公开说明'),
          ...d.sections.map((s) => ({ text: s.title, level: 2 as const, needle: s.title })),
        ]
      : []),
    part('第二部分 部门预算公开表'),
    ...d.tables.map((t, k) => ({ text: `${k + 1}. ${t.title}`, level: 2 as const, needle: t.title })),
    ...(forms.length > 0
      ? [
          part('第三部分 绩效目标表'),
          ...forms.map((f, k) => ({
            text: `${k + 1}. ${formEntry(f)}`,
            level: 2 as const,
            needle: formNeedle(f),
          })),
        ]
      : []),
  ];
}

/** `pages`: the page each entry starts on (from a first rendering), shown after the entry when known. */
export function layoutDisclosurePackage(
  d: Disclosure,
  forms: readonly Form[],
  pages: ReadonlyArray<number | null> = [],
): DocumentLayout {
  const main = layoutDisclosure(d);
  const used = new Set(main.sections.map((s) => s.name));
  const extra: LayoutSection[] = [];
  forms.forEach((f, i) => {
    for (const s of layoutForm(f).sections) {
      let name = sheetName(`${main.sections.length + i + 1}.${s.name}`);
      for (let k = 2; used.has(name); k++) name = `${name.slice(0, 27)}(${k})`;
      used.add(name);
      extra.push({ ...s, name });
    }
  });
  const entries = tocEntries(d, forms).map((e, i) => {
    const page = pages[i];
    const text = page ? `${e.text} ${'·'.repeat(Math.max(4, 40 - e.text.length))} ${page}` : e.text;
    // Entries start with a list marker, as in published catalogues, so that a reader of the exported file
    // does not take "1. 部门收支总表" in the contents for the table itself.
    return paragraph(`· ${text}`, e.level === 2 ? 'text' : 'heading');
  });
  const toc: LayoutSection = {
    name: '目录',
    columns: [100],
    orientation: 'portrait',
    blocks: [paragraph(`${disclosureTitle(d).replace(/目录$/, '')}目录`, 'title', 'center'), ...entries],
  };
  return { title: main.title, sections: [toc, ...main.sections, ...extra] };
}

function formNeedle(f: Form): string | null {
  if (f.kind === 'project') return f.name ? `项目名称${f.name}` : null; // the form's own label, not the project list
  if (f.kind === 'department') return '部门整体支出绩效目标';
  return null;
}

function formEntry(f: Form): string {
  if (f.kind === 'project') return `${f.name ?? '项目'}（${f.formType}）`;
  if (f.kind === 'department') return `${f.department ?? ''}部门整体支出绩效目标表`;
  return f.department ?? '';
}
