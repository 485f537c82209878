import { describe, expect, it } from 'vitest';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the shape of issue 12's joined variants of wide/244 (a target form copied without cell
// breaks, the whole form one line): a worded target that a clause opener starts and a figure with its unit stands
// inside (严格按照补助标准1000元/人发放到户), the row closed by the next level word. Names and figures invented.
const HEAD =
  '项目支出绩效目标表(2023年度)项目名称某县困难家庭扶助资金主管单位某县卫生健康局年度资金总额(万元)6.3' +
  '一级指标二级指标三级指标指标值';

const rowsOf = (text: string) => nameTargetRowsOfText(`${HEAD}${text}\n`);

describe('a clause target with a figure inside', () => {
  it('keeps the figure and the words after it in the target, no row of their own', async () => {
    const rows = await rowsOf(
      '产出指标成本指标补助标准控制严格按照补助标准1000元/人发放到户数量指标扶助困难家庭户数63户' +
        '满意度指标服务对象满意度指标受益群众满意度≥90%',
    );
    expect(rows).toContainEqual(['补助标准控制', '严格按照补助标准1000元/人发放到户']);
    expect(rows).toHaveLength(3);
  });

  it('still reads a row with a figure and a next row whose value is a figure too', async () => {
    const rows = await rowsOf(
      '产出指标成本指标人均补助标准1000元/人补助发放户数63户满意度指标服务对象满意度指标受益群众满意度≥90%',
    );
    expect(rows).toContainEqual(['人均补助标准', '1000元/人']);
    expect(rows).toContainEqual(['补助发放户数', '63户']);
  });
});
