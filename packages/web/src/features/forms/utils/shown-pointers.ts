// The pointers of the fields a form view or editor shows (where findings and comments can sit).
import { fundHistoryKeys, type Form } from '@jixiao/core';
import { pointerOf } from './json-pointer.ts';

const PROJECT_FIELDS = [
  'name',
  'code',
  'category',
  'nature',
  'year',
  'supervisor',
  'executor',
  'leader',
  'phone',
  'basis',
  'content',
  'unit',
];
const DEPARTMENT_FIELDS = ['department', 'year', 'filler', 'phone', 'functions', 'tasks'];

export function shownPointers(form: Form): Set<string> {
  const out = new Set<string>();
  if (form.kind === 'disclosure') {
    form.sections.forEach((_, i) => out.add(pointerOf('sections', i)));
    form.tables.forEach((_, i) => out.add(pointerOf('tables', i)));
    return out;
  }
  for (const f of form.kind === 'project' ? PROJECT_FIELDS : DEPARTMENT_FIELDS) out.add('/' + f);
  if (form.kind === 'project') {
    out.add('/budget/total');
    out.add('/budget/current');
    out.add('/budget/history');
    form.budget.sources.forEach((_, i) => out.add(pointerOf('budget', 'sources', i, 'amount')));
  } else {
    // Every cell of the fund tables: 项目, 当年金额, 占比 and each 近两年 column.
    const years = fundHistoryKeys(form);
    for (const side of ['income', 'expenditure'] as const)
      form.funds[side].forEach((_, i) => {
        for (const f of ['name', 'current', 'share']) out.add(pointerOf('funds', side, i, f));
        for (const y of years) out.add(pointerOf('funds', side, i, 'history', y));
      });
  }
  form.goals.forEach((_, i) => out.add(pointerOf('goals', i, 'text')));
  form.indicators.forEach((_, i) => {
    out.add(pointerOf('indicators', i));
    out.add(pointerOf('indicators', i, 'name'));
    out.add(pointerOf('indicators', i, 'target'));
    out.add(pointerOf('indicators', i, 'basis'));
  });
  return out;
}
