// R-IND-02: one form, one framework version — no 成本指标 both as 一级 and under 产出, no department and
// project 一级 side by side (DOMAIN §1.1).
import type { IndicatorForm } from '../helpers/indicators.ts';
import { formFramework } from '../helpers/levels.ts';
import { mixedRows } from '../helpers/mixing.ts';
import { pointer } from '../helpers/pointer.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-02',
    severity: 'error',
    category: 'framework',
    description: '同一张表不得混用不同版本的指标体系',
    messages: {
      costAsLevel2:
        '本表已把「成本指标」作为一级指标（财预〔2021〕101号体系），此处又把「成本指标」放在「产出指标」下作二级指标（88号体系）：同一张表只能用一种版本，请把该指标移到一级指标「成本指标」下的「经济成本指标」',
      costAsLevel1:
        '本表按88号体系把「成本指标」放在「产出指标」下，此处又把「成本指标」作为一级指标（101号体系）：同一张表只能用一种版本，请把该指标移到「产出指标」下的二级指标「成本指标」',
      departmentInProject:
        '一级指标「{level1}」属于部门整体绩效指标体系，而本表其余指标按项目支出绩效指标体系填写：请按{framework}改写该指标',
      projectInDepartment:
        '一级指标「{level1}」属于项目支出绩效指标体系，而本表其余指标按部门整体绩效指标体系填写：请按{framework}改写该指标',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.1 R-IND-02',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const f: IndicatorForm = form;
    const fw = formFramework(f);
    const reports: RuleReport[] = [];
    const seen = new Set<string>();
    for (const { entry, kind } of mixedRows(f, fw)) {
      const ind = entry.indicator;
      // One report per written 一级/二级 pair of a table: the original document has one merged cell.
      const key = `${ind.term}|${squash(ind.goal)}|${squash(ind.level1)}|${squash(ind.level2)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (kind === 'costBothLevels') {
        const underOutput = /^产出(指标)?$/.test(squash(ind.level1));
        reports.push(
          underOutput
            ? { messageId: 'costAsLevel2', path: pointer('indicators', entry.index, 'level2') }
            : { messageId: 'costAsLevel1', path: pointer('indicators', entry.index, 'level1') },
        );
      } else {
        reports.push({
          messageId: kind,
          path: pointer('indicators', entry.index, 'level1'),
          data: { level1: squash(ind.level1), framework: fw.title },
        });
      }
    }
    return reports;
  },
};
