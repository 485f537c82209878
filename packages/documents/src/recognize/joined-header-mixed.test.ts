import { describe, expect, it } from 'vitest';
import { wholeJoinedHeader } from './joined-header.ts';

// Made for these tests in the `joined` shape of the variant generator: a 自评表's header printed over two rows,
// 得分 and 分值 short enough for one row each (merged down both), the other headings broken after their first two
// characters, the whole run together after the goals.
const GOALS = '年度绩效目标按期完成项目建设任务,发挥资金使用效益';
const MIXED = '一级二级三级得分分值年度未完全年指标指标指标名称指标值成原因及改进措施完成值';
const ROWS = '产出指标成本指标项目总成本88不高于90万元90数量指标';

describe('a run-together header whose top row mixes whole headings and broken ones', () => {
  it('is written whole in the table’s order', () => {
    expect(wholeJoinedHeader(GOALS + MIXED + ROWS)).toBe(
      GOALS + '一级指标二级指标三级指标名称得分分值年度指标值未完成原因及改进措施全年完成值' + ROWS,
    );
  });

  it('leaves a header printed whole alone under the words that may read as broken ones', () => {
    const printed = '绩效指标计划指标值一级指标二级指标三级指标名称计划指标值';
    const rows = '产出指标数量指标培训人次280人次产出指标数量指标授课人次25人次';
    expect(wholeJoinedHeader(GOALS + printed + rows)).toBe(GOALS + printed + rows);
  });
});
