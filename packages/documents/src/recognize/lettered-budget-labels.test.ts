import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { titleKind } from './titles.ts';
import {
  chooseProjectName,
  projectNameInTitle,
  unitInTitle,
  unmaskedTitle,
} from './evaluation-title-name.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

// Made for these tests in the shape of a transfer's 资金绩效评价表 (corpus wide/464): the budget block's labels carry
// the letters the form refers to them by, the rates written as ratios of them; headers broken before their notes,
// 行次 numbers before each line's figures and a 列次 line numbering the columns.
const FORM = [
  '某某县农业农村局2024年度某某发展资金绩效评价表',
  '****2024年度某某发展资金绩效评价表',
  '年度:2024年',
  '资金投入情况',
  '(万元)',
  '行次 全年预算数',
  '(A)',
  '统筹整合资金数',
  '(B)',
  '扣除统筹整合资金后预算金额',
  '(C)',
  '全年到位资金',
  '(D)',
  '预算到位',
  '(D/C×100%)',
  '全年执行资金',
  '(E)',
  '预算执行',
  '(E/C×100%)',
  '佐证材料',
  '列次 0 1 2 3 4 5 6 7 所需材料 上传端口',
  '年度资金总额(万元): 1 80.000000',
  '80.000000 80.000000 100.00% 60.000000 75.00%',
  '其中:中央财政资金(万元) 2 80.000000',
  '80.000000 80.000000 100.00% 60.000000 75.00% 预算下达文件',
  '地方财政资金(万元) 3',
  '资金管理情况',
];

describe('a budget block of lettered labels (全年预算数（A） … 预算执行（E/C×100%）)', () => {
  it('reads the columns by their letters: the ratio of the money spent is the 执行率, the line numbers no figures', async () => {
    const out = await importBuffer(bytes(FORM), 'lettered.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0]!;
    if (doc.kind !== 'self-evaluation') throw new Error(doc.kind);
    // Before: no form found (the title unknown); then, read, 执行数 5 and no rate (the labels stopped at 统筹整合资金数).
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate]).toEqual([
      '80.000000',
      '60.000000',
      '75.00',
    ]);
    expect(doc.budget.sources.map((s) => s.name)).toEqual(['中央财政资金(万元)']);
  });

  it('takes the title whose unit the page masked from the page’s heading, and the unit before its year', async () => {
    const out = await importBuffer(bytes(FORM), 'lettered.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0]!;
    expect([doc.name, doc.unit]).toEqual(['某某发展资金', '某某县农业农村局']);
  });

  it('names a 自评表 by a fund’s 绩效评价表; the title’s office before the year is its unit', () => {
    expect(titleKind('某某县农业农村局2024年度某某发展资金绩效评价表')).toBe('self-evaluation');
    expect(projectNameInTitle('某某县农业农村局2024年度某某发展资金绩效评价表')).toBe('某某发展资金');
    expect(unitInTitle('某某县农业农村局2024年度某某发展资金绩效评价表')).toBe('某某县农业农村局');
    // … but a project's own name cell wins over the fund a 评价表 is titled by (a 扶持项目's 项目绩效评价表).
    expect(chooseProjectName('某某数字展馆建设项目', '2021年度某市文化产业发展专项资金 项目绩效评价表')).toBe(
      '某某数字展馆建设项目',
    );
    // A unit's generic title names no project, so no unit is taken from it as a project's.
    expect(unitInTitle('某某县农业农村局2024年度项目支出绩效自评表')).toBeNull();
    expect(unmaskedTitle('****2024年度某某发展资金绩效评价表', ['某局2024年度某某发展资金绩效评价表'])).toBe(
      '某局2024年度某某发展资金绩效评价表',
    );
    expect(unmaskedTitle('****2024年度某某发展资金绩效评价表', ['某局2024年度另一资金绩效评价表'])).toBe(
      '****2024年度某某发展资金绩效评价表',
    );
  });
});
