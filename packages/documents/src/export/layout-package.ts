// A whole disclosure package for print and download: a table of contents, the explanation, one section
// (sheet) per table, then the approved project forms and the department form published with it.
import type { Disclosure, Form } from '@jixiao/core';
import { disclosureTitle, layoutDisclosure } from './layout-disclosure.ts';
import { layoutForm } from './layout-form.ts';
import { paragraph, type DocumentLayout, type LayoutSection } from './layout.ts';
import { sheetName } from './layout-project.ts';

export function layoutDisclosurePackage(d: Disclosure, forms: readonly Form[]): DocumentLayout {
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
  const entries = [
    ...(d.sections.length > 0 ? ['第一部分 部门预算公开说明', ...d.sections.map((s) => `    ${s.title}`)] : []),
    '第二部分 部门预算公开表',
    ...d.tables.map((t, k) => `    ${k + 1}. ${t.title}`),
    ...(forms.length > 0 ? ['第三部分 绩效目标表', ...forms.map((f, k) => `    ${k + 1}. ${formEntry(f)}`)] : []),
  ];
  const toc: LayoutSection = {
    name: '目录',
    columns: [100],
    orientation: 'portrait',
    blocks: [paragraph(`${disclosureTitle(d)}目录`, 'title', 'center'), ...entries.map((e) => paragraph(e, e.startsWith(' ') ? 'text' : 'heading'))],
  };
  return { title: main.title, sections: [toc, ...main.sections, ...extra] };
}

function formEntry(f: Form): string {
  if (f.kind === 'project') return `${f.name ?? '项目'}（${f.formType}）`;
  if (f.kind === 'department') return `${f.department ?? ''}部门整体支出绩效目标表`;
  return f.department ?? '';
}
