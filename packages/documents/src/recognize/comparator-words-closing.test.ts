import { describe, expect, it } from 'vitest';
import { comparatorWordsClosing } from './comparator-words-closing.ts';
import { nameTargetRowsOfText } from './project-form-of-text.test-support.ts';

// Made for these tests: a target form copied without its cell breaks (the `joined` shape), under a header with a
// 计算符号 and a 度量单位 column, whose targets write their comparator in words.
const HEAD =
  '项目支出绩效目标表(2024年度)项目名称某县图书馆免费开放补助主管单位某县文旅局年度资金总额(万元)48' +
  '一级指标二级指标指标名称计算符号目标值度量单位';

const rowsOf = (body: string) => nameTargetRowsOfText(`${HEAD}${body}\n`);

describe('a comparator in words between a name and its figure, under a 计算符号 column', () => {
  it('opens the value, a period before it with it', async () => {
    const rows = await rowsOf(
      '产出指标数量指标馆藏图书借阅册次≥8000册产出指标时效指标阅览室开放时长每周不少于56小时质量指标读者投诉处理率≥95%',
    );
    expect(rows).toContainEqual(['阅览室开放时长', '每周不少于56小时']);
    expect(rows).toContainEqual(['读者投诉处理率', '≥95%']);
  });

  it('opens the value when the comparator is a plain one', async () => {
    const rows = await rowsOf(
      '产出指标数量指标馆藏图书借阅册次≥8000册质量指标少儿读者办证率大于60%少儿阅读推广活动定性有效开展',
    );
    expect(rows).toContainEqual(['少儿读者办证率', '大于60%']);
  });

  it('leaves names without such words whole', () => {
    expect(comparatorWordsClosing('阅览室开放时长每周不少于')).toEqual({
      name: '阅览室开放时长',
      words: '每周不少于',
    });
    expect(comparatorWordsClosing('读者满意度不低于')).toEqual({ name: '读者满意度', words: '不低于' });
    expect(comparatorWordsClosing('馆藏图书借阅册次')).toBeNull();
    // (Nothing of a name before the words: the comparator alone is no row's name and its cut no name's end.)
    expect(comparatorWordsClosing('不少于')).toBeNull();
    expect(comparatorWordsClosing('每周不少于')).toBeNull();
  });
});
