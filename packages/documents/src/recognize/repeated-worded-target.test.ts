import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';
import { cutRepeatedWordedTargets } from './repeated-worded-target.ts';

// Made for these tests in the `joined` shape (a target form copied without cell breaks, the whole form one line):
// two rows judged alike, the second target glued to its name with nothing the row itself shows to part them.
const HEAD =
  '项目支出绩效目标表(2024年度)项目名称某县乡村治理服务经费主管部门某县农业农村局年度资金总额(万元)30一级指标二级指标三级指标指标值';

describe('a worded target another row of the table holds, closing a name left without a target', () => {
  it('is that row’s target, cut from its name', async () => {
    expect(
      await nameTargetRowsOfText(
        `${HEAD}产出指标数量指标服务村庄数≥12个效益指标生态效益指标为乡村产业发展提供支撑正面支撑社会效益指标为基层社会治理保驾护航正面支撑\n`,
      ),
    ).toEqual([
      ['服务村庄数', '≥12个'],
      ['为乡村产业发展提供支撑', '正面支撑'],
      ['为基层社会治理保驾护航', '正面支撑'],
    ]);
  });

  it('leaves a row whole where no other row holds the words it closes on', () => {
    const row = (cells: string[]) => ({ cells, table: true }) as Row;
    const rows = [row(['为基层社会治理保驾护航正面支撑', '']), row(['服务村庄数', '≥12个'])];
    cutRepeatedWordedTargets(rows, { nameAt: 0, valueAt: 1 });
    expect(rows.map((r) => r.cells)).toEqual([
      ['为基层社会治理保驾护航正面支撑', ''],
      ['服务村庄数', '≥12个'],
    ]);
  });
});
