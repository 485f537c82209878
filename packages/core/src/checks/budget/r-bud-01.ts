// R-BUD-01: every budget line carries a code of that year's 政府收支分类科目 with its own name (R-CODE-01/02
// for the data held, as R-PUB-08 is for the published tables); functional lines sit at 项 level.
import { codeListFor, codeStructureProblem, matchCodeName, type Classification } from '../../codes/index.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'budget'> = {
  meta: {
    id: 'R-BUD-01',
    severity: 'error',
    category: 'consistency',
    subjects: ['budget'],
    reference: 'DOMAIN §6 R-CODE-01/02',
    description: '预算科目编码应存在于当年政府收支分类科目，名称与编码一致',
    messages: {
      badStructure: '科目编码 {code}：{problem}',
      unknownCode: '科目编码 {code}「{name}」不在{year}年{classification}中：请核对编码',
      nameDiffers: '科目 {code} 写作「{name}」，科目表中的名称为「{official}」：请按科目表填写名称',
      aliasName: '科目 {code} 写作「{name}」，是旧称或简称（科目表为「{official}」）：建议更新名称',
      notItemLevel: '功能分类科目 {code}「{name}」没有细化到项级（7位）：部门支出总表按项级列示，请细化编码',
    },
  },
  check({ budget }) {
    const reports: RuleReport[] = [];
    const checkLine = (
      classification: Classification,
      label: string,
      code: string,
      name: string,
      path: string,
    ) => {
      const problem = codeStructureProblem(code, classification);
      if (problem)
        return void reports.push({
          messageId: 'badStructure',
          path: `${path}/code`,
          data: { code, problem },
        });
      const list = codeListFor(classification, budget.year);
      const entry = list.get(code);
      if (!entry)
        return void reports.push({
          messageId: 'unknownCode',
          path: `${path}/code`,
          data: { code, name, year: list.year, classification: label },
        });
      const match = matchCodeName(list, code, name);
      if (match === 'different')
        reports.push({
          messageId: 'nameDiffers',
          path: `${path}/name`,
          data: { code, name, official: entry.name },
        });
      if (match === 'alias')
        reports.push({
          messageId: 'aliasName',
          path: `${path}/name`,
          severity: 'info',
          data: { code, name, official: entry.name },
        });
    };
    budget.functional.forEach((l, i) => {
      checkLine('functional', '支出功能分类科目', l.code, l.name, `/functional/${i}`);
      if (l.code.length !== 7 && !codeStructureProblem(l.code, 'functional'))
        reports.push({
          messageId: 'notItemLevel',
          path: `/functional/${i}/code`,
          severity: 'warning',
          data: { code: l.code, name: l.name },
        });
    });
    budget.economic.forEach((l, i) => {
      checkLine('economic-department', '部门预算支出经济分类科目', l.code, l.name, `/economic/${i}`);
      if (l.govCode === null) return;
      // The government classification is held by code only: its structure and existence are checked.
      const problem = codeStructureProblem(l.govCode, 'economic-government');
      const list = codeListFor('economic-government', budget.year);
      if (problem)
        reports.push({
          messageId: 'badStructure',
          path: `/economic/${i}/govCode`,
          data: { code: l.govCode, problem },
        });
      else if (!list.get(l.govCode))
        reports.push({
          messageId: 'unknownCode',
          path: `/economic/${i}/govCode`,
          data: { code: l.govCode, name: '', year: list.year, classification: '政府预算支出经济分类科目' },
        });
    });
    return reports;
  },
};
