import { describe, expect, it } from 'vitest';
import { chooseProjectName, projectNameInTitle } from './evaluation-title-name.ts';
import { headingsBeforeTitle } from './short-title-name.ts';

// Made for these tests after fresh/616 and 618 (吉林's 评价表 pages: 首页 / 绩效考核列表 / 反恐 over
// 反恐经费支出绩效评价表) and fresh/617 (检验检疫专项业务费绩效评价表).
describe('a project named in its title by two or three words of its own', () => {
  it('is read where the page prints those words alone as its heading', () => {
    expect(projectNameInTitle('反恐经费支出绩效评价表', ['首页', '绩效考核列表', '反恐'])).toBe('反恐经费');
    expect(projectNameInTitle('制装项目专项经费绩效评价表', ['首页', '制装项目'])).toBe('制装项目专项经费');
    // The same system's 科技 page (not in the corpus): its breadcrumb 科技专项 before 科技专项经费支出绩效评价表.
    expect(projectNameInTitle('科技专项经费支出绩效评价表', ['首页', '科技专项'])).toBe('科技专项经费');
    expect(chooseProjectName(null, '反恐经费支出绩效评价表', ['反恐'])).toBe('反恐经费');
  });

  it('never outweighs a printed name cell: the heading speaks only for a form without one', () => {
    expect(chooseProjectName('某某道路建设', '重点项目绩效自评表', ['重点项目'])).toBe('某某道路建设');
  });

  it('is no project without such a heading, nor under a heading of other words', () => {
    expect(projectNameInTitle('反恐经费支出绩效评价表')).toBeNull();
    expect(projectNameInTitle('重点项目支出绩效评价表', ['首页', '重点工作'])).toBeNull();
    expect(projectNameInTitle('其他资金绩效自评表', ['其他资金绩效自评表说明'])).toBeNull();
    // A place alone is where the form is issued, heading or not.
    expect(projectNameInTitle('某县项目支出绩效自评表', ['某县'])).toBeNull();
  });
});

describe('a fund named as a 费', () => {
  it('names the project as a 经费 does', () => {
    expect(projectNameInTitle('检验检疫专项业务费绩效评价表')).toBe('检验检疫专项业务费');
  });
});

describe('the lines a page prints alone before its title', () => {
  it('are the one-cell rows above the title row', () => {
    const rows = [
      { cells: ['首页'], table: false },
      { cells: ['绩效考核列表'], table: false },
      { cells: ['反恐'], table: false },
      { cells: ['反恐经费支出绩效评价表'], table: false },
      { cells: ['一级指标', '权重'], table: true },
    ];
    expect(headingsBeforeTitle(rows, '反恐经费支出绩效评价表')).toEqual(['首页', '绩效考核列表', '反恐']);
    expect(headingsBeforeTitle(rows, null)).toEqual([]);
    expect(headingsBeforeTitle(rows, '另一张表')).toEqual([]);
  });
});
