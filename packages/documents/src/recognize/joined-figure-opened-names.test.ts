import { describe, expect, it } from 'vitest';
import { splitJoinedRows } from './joined-rows.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the `joined` shape of the variant generator (a target form copied without cell breaks, the
// whole form one line): a name that opens with a figure after a percentage, and a count of four digits.
const HEAD =
  '项目支出绩效目标表(2022年度)项目名称某县基本公共卫生服务经费主管部门某县卫生健康局年度资金总额(万元)300';

describe('a percentage followed by a name that opens with a figure', () => {
  it('ends its row; the figure opens the next name', () => {
    expect(splitJoinedRows('疫苗接种率不低于90%7岁以下儿童健康管理率不低于85%')).toEqual([
      '疫苗接种率',
      '不低于90%',
      '7岁以下儿童健康管理率不低于85%',
    ]);
    expect(splitJoinedRows('疫苗接种率≥90%65 岁以上老年人健康管理率≥70%')).toEqual([
      '疫苗接种率',
      '≥90%',
      '65 岁以上老年人健康管理率≥70%',
    ]);
  });

  it('does not cut where the figure after the percentage has no name’s words (a score, a short word)', () => {
    expect(splitJoinedRows('资金支出率95%10')).toBeNull();
    expect(splitJoinedRows('资金支出率95%3人')).toBeNull();
  });

  it('reads both rows of a form', async () => {
    const rows = await nameTargetRowsOfText(
      `${HEAD}一级指标二级指标三级指标指标值产出指标质量指标疫苗接种率不低于90%7岁以下儿童健康管理率不低于85%\n`,
    );
    expect(rows).toEqual([
      ['疫苗接种率', '不低于90%'],
      ['7岁以下儿童健康管理率', '不低于85%'],
    ]);
  });
});

describe('a count of four digits after a name that counts', () => {
  it('is the row’s value where it is no year (2100, 15000)', () => {
    expect(splitJoinedRows('资助学生人数2100建档立卡学生覆盖率100%')).toEqual([
      '资助学生人数',
      '2100',
      '建档立卡学生覆盖率100%',
    ]);
    expect(splitJoinedRows('出车次数15000调度人员培训率100%')).toEqual([
      '出车次数',
      '15000',
      '调度人员培训率100%',
    ]);
  });

  it('is left to open the next words where it may be a year (2023)', () => {
    expect(splitJoinedRows('资助学生人数2023建档立卡学生覆盖率100%')).toBeNull();
  });
});
