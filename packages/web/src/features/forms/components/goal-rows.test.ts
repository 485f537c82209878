// The goals of a read-only form as rendered (server-side markup, no browser): the project and the department
// view print each goal as one row, its label and its text in a cell anchored at /goals/i/text, and the project's
// 项目绩效总目标 table keeps the head the editor prints too.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { emptyDepartmentForm, emptyProjectForm, type Goal } from '@jixiao/core';
import { DepartmentFormView } from './DepartmentFormView.tsx';
import { ProjectFormView } from './ProjectFormView.tsx';
import { GoalsTableHead } from './GoalsTableHead.tsx';

const goals: Goal[] = [
  { term: 'long', label: '长期绩效目标1', text: '三年内完成轮训' },
  { term: 'annual', label: '年度绩效目标1', text: '全年培训500人次' },
];
// The annual goal first: the view prints the long-term goals before the annual ones.
const project = emptyProjectForm({ goals: [goals[1]!, goals[0]!] });
const department = emptyDepartmentForm({ goals });
const row = (th: string, i: number, g: Goal) =>
  `<tr>${th}${g.label}</th><td id="field-goals-${i}-text" class=""><div class="cell-text">${g.text}</div></td></tr>`;

describe('the goals of a read-only form', () => {
  it('prints a project’s goals long-term first, each label as a sub-heading, under the shared head', () => {
    const html = renderToStaticMarkup(createElement(ProjectFormView, { form: project }));
    const head = renderToStaticMarkup(createElement(GoalsTableHead, { label: 18 }));
    expect(head).toBe(
      '<caption>项目绩效总目标</caption><colgroup><col style="width:18%"/><col/></colgroup>' +
        '<thead><tr><th>名称</th><th>目标说明</th></tr></thead>',
    );
    expect(html).toContain(
      head + '<tbody>' + row('<th class="sub">', 1, goals[0]!) + row('<th class="sub">', 0, goals[1]!),
    );
  });

  it('prints a department’s goals in their order, each in its own row', () => {
    const html = renderToStaticMarkup(createElement(DepartmentFormView, { form: department }));
    expect(html).toContain(row('<th>', 0, goals[0]!) + row('<th>', 1, goals[1]!));
  });
});
