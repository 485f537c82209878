// R-IND-01: every 一级/二级 belongs to the form's framework tree, each 二级 under its own 一级 (DOMAIN §1.1, §4.1).
// Names are compared as they are meant (meantLevel1/2: a local template's 效果指标 is the tree's 效益指标); the form
// keeps them as printed. A 一级 the tree does not know is a warning naming it and the tree's 一级.
// A form in an older official tree (满意度 under 效益指标, the 2015 layout) is checked against that tree and
// gets one warning that it differs from the current framework, naming the version it follows.
import { frameworkById, frameworkYears, meantLevel2, type Framework } from '../../frameworks/index.ts';
import { indicatorEntries, type IndicatorForm } from '../helpers/indicators.ts';
import { formFramework, isSatisfactionRow, levelsOf } from '../helpers/levels.ts';
import { mixedRows } from '../helpers/mixing.ts';
import { pointer } from '../helpers/pointer.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

/** 「A」、「B」之一, or 「A」 alone. */
const list = (names: readonly string[]) => {
  const quoted = names.map((n) => `「${n}」`).join('、');
  return names.length > 1 ? `${quoted}之一` : quoted;
};

function level2Names(fw: Framework, level1: string): string[] {
  return fw.level1.find((l) => l.name === level1)?.level2.map((l) => l.name) ?? [];
}

export const rule: Rule = {
  meta: {
    id: 'R-IND-01',
    severity: 'error',
    category: 'framework',
    description: '一级、二级指标须属于本表所用的指标体系，且二级指标放在所属的一级指标下',
    messages: {
      unknownLevel1: '一级指标「{level1}」不属于{framework}：请改为{allowed}',
      unknownLevel2: '二级指标「{level2}」不属于{framework}中一级指标「{level1}」的下级：请改为{allowed}',
      unknownDepartmentLevel2:
        '二级指标「{level2}」不在{framework}「{level1}」的二级指标中：请核对是否应为{allowed}',
      olderFramework:
        '本表的指标按{framework}填写（通行于{years}）：{change}。该表样可照常审核；新编报时请按现行的{current}填写',
      wrongParent:
        '二级指标「{level2}」属于一级指标「{expected}」，却填在「{level1}」下：请把该指标移到「{expected}」下',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.1 R-IND-01, §4.1',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const f: IndicatorForm = form;
    const fw = formFramework(f);
    const skip = new Set(mixedRows(f, fw).map((m) => m.entry.index));
    const seen = new Set<string>();
    const reports: RuleReport[] = [];
    const entries = indicatorEntries(f);
    if (fw.superseded && entries.length > 0) {
      // Pointed at the first row the layouts place differently (a 满意度 row), else at the table.
      const at = entries.find((e) => isSatisfactionRow(e.indicator, fw)) ?? entries[0]!;
      reports.push({
        messageId: 'olderFramework',
        severity: 'warning',
        path: pointer('indicators', at.index, 'level2'),
        data: {
          framework: fw.title,
          years: frameworkYears(fw),
          change: fw.superseded.change,
          current: frameworkById(fw.superseded.by)?.title ?? '',
        },
      });
    }
    for (const e of entries) {
      if (skip.has(e.index)) continue;
      const ind = e.indicator;
      const written1 = squash(ind.level1);
      const written2 = squash(ind.level2);
      if (!written1) continue;
      const key = `${ind.term}|${squash(ind.goal)}|${written1}|${written2}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const l = levelsOf(ind, fw);
      if (!l.level1Known) {
        // A warning: a 一级 no spelling of the tree's is most often another template's own tree (投入指标, 过程指标 of
        // other provinces' forms), which the reviewer judges; one the tree's data spells out is read as it (above).
        reports.push({
          messageId: 'unknownLevel1',
          severity: 'warning',
          path: pointer('indicators', e.index, 'level1'),
          data: { level1: written1, framework: fw.title, allowed: list(fw.level1.map((x) => x.name)) },
        });
        continue;
      }
      if (!written2 || l.level2Known) continue;
      const elsewhere = meantLevel2(fw, null, written2);
      const expected = elsewhere
        ? fw.level1.find((x) => x.level2.some((y) => y.name === elsewhere || y.pattern?.test(written2)))?.name
        : undefined;
      if (expected && expected !== l.level1) {
        reports.push({
          messageId: 'wrongParent',
          path: pointer('indicators', e.index, 'level2'),
          data: { level2: written2, level1: l.level1, expected },
        });
        continue;
      }
      const department = fw.scope === 'department';
      // Under a 一级 printed in a local template's words (效果指标) the 二级 are that template's too (社会、经济、生态
      // 效益指标 in docs/007): the reviewer judges them, as a department tree's (DOMAIN §4.1 is only as complete as
      // SEED 002).
      const local = department || l.level1Local;
      reports.push({
        messageId: department ? 'unknownDepartmentLevel2' : 'unknownLevel2',
        path: pointer('indicators', e.index, 'level2'),
        data: {
          level2: written2,
          level1: l.level1,
          framework: fw.title,
          allowed: list(level2Names(fw, l.level1!)),
        },
        ...(local ? { severity: 'warning' as const } : {}),
      });
    }
    return reports;
  },
};
