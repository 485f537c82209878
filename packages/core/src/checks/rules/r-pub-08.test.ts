import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-08.ts';
import { makeDisclosure, withCell } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-08', () => {
  it('passes codes of the list with their names, and notes older names once per table', () => {
    const r = run(makeDisclosure());
    // the test disclosure writes 201 一般公共服务 and 208 社会保障和就业 (类 names without 支出)
    expect(r.map((x) => [x.messageId, x.severity])).toEqual([['aliasNames', 'info']]);
  });
  it('finds a code that is not in the list', () => {
    const r = run(withCell(makeDisclosure(), 1, 2, 0, '30198'));
    expect(r.map((x) => [x.messageId, x.path])).toContainEqual(['unknownCode', '/tables/1/rows/2/0']);
  });
  it('says nothing of a 项 under a 款 the list gives without its 项, and still finds one under a listed 款', () => {
    // 21201 城乡社区管理事务 is listed with no 项 (the compiled list has 项 only for some 款): 2120101 行政运行 is
    // a real code it cannot judge. 20101 人大事务 lists its 项: 2010198 is none of them.
    const unlisted = run(withCell(makeDisclosure(), 0, 0, 4, '2120101 行政运行'));
    expect(unlisted.map((x) => x.messageId)).not.toContain('unknownCode');
    const listed = run(withCell(makeDisclosure(), 0, 0, 4, '2010198 其他人大支出'));
    expect(listed.map((x) => x.messageId)).toContain('unknownCode');
    // … and a 项 under a 款 the list does not hold at all.
    const noParent = run(withCell(makeDisclosure(), 0, 0, 4, '2019801 行政运行'));
    expect(noParent.map((x) => x.messageId)).toContain('unknownCode');
  });
  it('finds a name that does not belong to its code', () => {
    const r = run(withCell(makeDisclosure(), 1, 2, 1, '办公费'));
    expect(r.map((x) => [x.messageId, x.path])).toContainEqual(['nameDiffers', '/tables/1/rows/2/0']);
  });
  it('finds a code of the wrong length', () => {
    const r = run(withCell(makeDisclosure(), 0, 0, 4, '2011 一般公共服务'));
    expect(r.map((x) => [x.messageId, x.severity])).toContainEqual(['badStructure', 'error']);
  });
  it('takes a year with its 年 as a row of a table by year, not as a code of the wrong length', () => {
    for (const cell of ['2016年', '2016年比2015年增减%', '2015年度预算数'])
      expect(run(withCell(makeDisclosure(), 0, 0, 4, cell)).map((x) => x.messageId)).not.toContain(
        'badStructure',
      );
    // a 4-digit figure before a 科目 name is still judged
    expect(run(withCell(makeDisclosure(), 0, 0, 4, '2016 一般公共服务')).map((x) => x.messageId)).toContain(
      'badStructure',
    );
  });
});

/** The test disclosure with the 类 names as the 2025 list writes them (no older names to note). */
function officialNames() {
  return withCell(
    withCell(makeDisclosure(), 0, 0, 4, '201 一般公共服务支出'),
    0,
    1,
    4,
    '208 社会保障和就业支出',
  );
}

ruleTester(rule, {
  valid: [{ name: 'codes of the list with their official names', form: officialNames() }],
  invalid: [
    {
      name: 'a code that is not in the list',
      form: withCell(officialNames(), 1, 2, 0, '30198'),
      errors: [{ messageId: 'unknownCode', path: '/tables/1/rows/2/0' }],
    },
  ],
});

describe('R-PUB-08 and the columns of amounts', () => {
  // A header 功能分类科目编码 written over the whole table is carried onto the amount columns (fresh/643): their
  // whole amounts in 元 are no codes.
  const spread = (): Disclosure => {
    const d = makeDisclosure();
    const t = {
      title: '部门支出预算总表',
      unit: '元',
      columns: [
        '项目/功能分类科目编码/功能分类科目名称',
        '支出预算/功能分类科目编码/合计',
        '支出预算/功能分类科目编码/基本支出',
      ],
      rows: [['2010507 专项普查活动', '3296600', '300000']],
      note: null,
    };
    return { ...d, tables: [...d.tables, t] };
  };
  it('judges no amount under a code header as a code', () => {
    const r = run(spread());
    expect(r.filter((x) => x.path?.startsWith(`/tables/${spread().tables.length - 1}/`))).toEqual([]);
  });
  it('still judges a code of the wrong length in a column of codes', () => {
    const d = spread();
    const last = d.tables.length - 1;
    const t = {
      ...d.tables[last]!,
      columns: ['科目编码', '科目名称', '合计'],
      rows: [['3296600', '专项普查活动', '1']],
    };
    const r = run({ ...d, tables: [...d.tables.slice(0, last), t] });
    expect(r.map((x) => [x.messageId, x.path])).toContainEqual(['badStructure', `/tables/${last}/rows/0/0`]);
  });
});
