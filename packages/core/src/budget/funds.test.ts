// Spending held by source of funds: the 财政拨款 tables show 财政拨款 alone, the department tables all funds.
// Expected cells are computed by hand from makeMixedBudget (see its comment).
import { describe, expect, it } from 'vitest';
import { rule as rPub01 } from '../checks/rules/r-pub-01.ts';
import { defaultCheckOptions } from '../checks/types.ts';
import type { Disclosure } from '../model/disclosure.ts';
import { budgetFromDisclosure } from './budget-from-disclosure.ts';
import { budgetTotals } from './budget-totals.ts';
import { rule as rBud02 } from '../checks/budget/r-bud-02.ts';
import { generateDisclosure } from './generate-disclosure.ts';
import { makeBudget, makeMixedBudget } from './test-budget.ts';

const generated = () => generateDisclosure(makeMixedBudget());
const table = (d: Disclosure, title: string) => d.tables.find((t) => t.title === title)!;
/** Label → amount of one block; a label repeated (专项资金's classes) keeps its first amount. */
const cells = (d: Disclosure, title: string, col: number) =>
  Object.fromEntries(
    table(d, title)
      .rows.filter((r) => r[col] && r[col + 1])
      .map((r) => [r[col]!, r[col + 1]!])
      .reverse(),
  );
const pub01 = (d: Disclosure) =>
  rPub01.check(d, { siblings: [d], options: defaultCheckOptions }).map((r) => [r.messageId, r.path]);

describe('部门收支总表: all funds', () => {
  it('income, economic and functional blocks and the carry-over by fund', () => {
    const d = generated();
    expect(cells(d, '部门收支总表', 0)).toMatchObject({
      '一、财政拨款（补助）': '800.00',
      '二、政府性基金': '100.00',
      '四、其他自有资金': '200.00',
      '（四）其他收入': '200.00',
      本年收入合计: '1100.00',
      '四、上年结转': '30.00',
      '（一）财政拨款（补助）结转': '20.00',
      '（三）其他结转': '10.00',
      收入总计: '1130.00',
    });
    expect(cells(d, '部门收支总表', 2)).toMatchObject({
      '一、经济分类': '1130.00',
      工资福利性支出: '600.00',
      商品和服务支出: '430.00',
      资本性支出: '100.00',
      '其中：基本支出': '760.00',
      '其中：部门项目支出': '370.00',
      经常性项目: '270.00',
      其他项目: '100.00',
      支出总计: '1130.00',
    });
    expect(cells(d, '部门收支总表', 4)).toMatchObject({
      '201 一般公共服务支出': '1030.00',
      '212 城乡社区支出': '100.00',
      支出功能科目总计: '1130.00',
    });
  });
});

describe('财政拨款收支预算总表: 财政拨款 only', () => {
  it('shows 财政拨款 income, its carry-over and the spending of 一般公共预算 and 政府性基金 lines', () => {
    const d = generated();
    expect(cells(d, '财政拨款收支预算总表', 0)).toMatchObject({
      '一、财政拨款（补助）': '800.00',
      '二、政府性基金': '100.00',
      '四、其他自有资金': '0.00',
      本年收入合计: '900.00',
      '四、上年结转': '20.00',
      '（一）财政拨款（补助）结转': '20.00',
      '（三）其他结转': '0.00',
      收入总计: '920.00',
    });
    expect(cells(d, '财政拨款收支预算总表', 2)).toMatchObject({
      '一、经济分类': '920.00',
      工资福利性支出: '500.00',
      资本性支出: '100.00',
      '其中：基本支出': '600.00',
      '其中：部门项目支出': '320.00',
      经常性项目: '220.00',
      其他项目: '100.00',
      支出总计: '920.00',
    });
    // 302 in the class rows: 100 basic + 220 project; 工资福利性支出 in the 基本支出 block: 500.
    const econ = table(d, '财政拨款收支预算总表').rows.map((r) => [r[2], r[3]]);
    expect(econ[1]).toEqual(['工资福利性支出', '500.00']);
    expect(econ[2]).toEqual(['商品和服务支出', '320.00']);
    expect(cells(d, '财政拨款收支预算总表', 4)).toMatchObject({
      '201 一般公共服务支出': '820.00',
      '212 城乡社区支出': '100.00',
      支出功能科目总计: '920.00',
    });
  });
  it('states the 财政拨款 figures in section 四', () => {
    expect(generated().sections.find((s) => s.title.startsWith('四、'))!.text).toBe(
      '2025年财政拨款收支总预算920.00万元。收入包括：一般公共预算财政拨款本年收入800.00万元、上年结转20.00万元；政府性基金预算财政拨款本年收入100.00万元、上年结转0.00万元。支出包括：基本支出600.00万元，项目支出320.00万元。',
    );
  });
});

describe('fund tables', () => {
  it('一般公共预算支出表 lists 一般公共预算 lines only', () => {
    expect(table(generated(), '一般公共预算支出表').rows).toEqual([
      ['', '合计', '820.00', '600.00', '220.00'],
      ['201', '一般公共服务支出', '820.00', '600.00', '220.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '820.00', '600.00', '220.00'],
      ['2010301', '行政运行', '600.00', '600.00', '0.00'],
      ['2010302', '一般行政管理事务', '220.00', '0.00', '220.00'],
    ]);
  });
  it('政府性基金预算支出表 lists 政府性基金 lines; the basic economic table 一般公共预算 basic spending', () => {
    const d = generated();
    expect(table(d, '政府性基金预算支出表').rows).toEqual([
      ['2120801', '征地和拆迁补偿支出', '102001', '某市某中心', '100.00', '0.00', '100.00'],
    ]);
    expect(table(d, '一般公共预算基本支出表（经济分类款级）').rows.map((r) => [r[0], r[2]])).toEqual([
      ['', '600.00'],
      ['301', '500.00'],
      ['30101', '500.00'],
      ['302', '100.00'],
      ['30201', '100.00'],
    ]);
  });
  it('部门收入总表 and 部门支出总表 show all funds', () => {
    const d = generated();
    expect(table(d, '部门收入总表').rows[0]).toEqual([
      '',
      '合计',
      '1130.00',
      '800.00',
      '100.00',
      '0.00',
      '150.00',
      '0.00',
      '0.00',
      '0.00',
      '50.00',
      '30.00',
    ]);
    const spending = table(d, '部门支出总表').rows.map((r) => [r[0], ...r.slice(2, 13)]);
    expect(spending[0]).toEqual([
      '',
      '1130.00',
      '760.00',
      '600.00',
      '160.00',
      '0.00',
      '0.00',
      '370.00',
      '270.00',
      '0.00',
      '0.00',
      '100.00',
    ]);
    expect(spending.slice(3)).toEqual([
      [
        '2010301',
        '760.00',
        '760.00',
        '600.00',
        '160.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
      ],
      [
        '2010302',
        '220.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '220.00',
        '220.00',
        '0.00',
        '0.00',
        '0.00',
      ],
      ['2010350', '50.00', '0.00', '0.00', '0.00', '0.00', '0.00', '50.00', '50.00', '0.00', '0.00', '0.00'],
      [
        '2120801',
        '100.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '0.00',
        '100.00',
        '0.00',
        '0.00',
        '0.00',
        '100.00',
      ],
    ]);
  });
});

describe('R-PUB-01 on a department with other funds', () => {
  it('passes the generated tables (both overview tables balance)', () =>
    expect(pub01(generated())).toEqual([]));
  it('finds a 财政拨款收支总表 that shows all spending against 财政拨款 income (the former layout)', () => {
    const d = generated();
    const i = d.tables.findIndex((t) => t.title === '财政拨款收支预算总表');
    const last = d.tables[i]!.rows.length - 1;
    d.tables[i]!.rows[last]![3] = '1130.00'; // 支出总计 of all funds, as before funds were held apart
    expect(pub01(d)).toContainEqual(['totalsDiffer', `/tables/${i}/rows/${last}/3`]);
  });
});

describe('R-BUD-02 by fund', () => {
  const run = (mutate: (b: ReturnType<typeof makeMixedBudget>) => void) => {
    const b = makeMixedBudget();
    mutate(b);
    return rBud02.check({ kind: 'budget', budget: b }).map((r) => [r.messageId, r.data]);
  };
  it('passes the mixed budget', () => expect(run(() => {})).toEqual([]));
  it('finds spending of other funds entered as 一般公共预算 (the whole still balances)', () => {
    // The 50 of 事业运行 is now 一般公共预算 by function but still other funds by economic class.
    expect(run((b) => void (b.functional[4]!.fund = 'general'))).toEqual([
      ['fiscalUnbalanced', { income: '920.00', expenditure: '970.00', diff: '50.00' }],
      ['fundEconomic', { fund: '一般公共预算', functional: '870.00', economic: '820.00' }],
      ['fundEconomic', { fund: '其他资金', functional: '160.00', economic: '210.00' }],
    ]);
  });
  it('finds 财政拨款 economic lines that do not match its functional lines', () => {
    expect(run((b) => void (b.economic[4]!.fund = 'general'))).toEqual([
      [
        'fiscalBasicByClass',
        { label: '工资福利支出', functional: '500.00', code: '301', economic: '600.00' },
      ],
      ['fundEconomic', { fund: '一般公共预算', functional: '820.00', economic: '920.00' }],
      ['fundEconomic', { fund: '其他资金', functional: '210.00', economic: '110.00' }],
    ]);
  });
  it('finds 其他结转 above 上年结转', () => {
    expect(run((b) => void (b.carryOverOther = '40.00')).map(([id]) => id)).toContain('carryOverOther');
  });
});

describe('imported again', () => {
  it('the generated disclosure read back gives the same tables (spending split by fund from the fund tables)', () => {
    const d = generated();
    const b = budgetFromDisclosure(d);
    expect(b.carryOverOther).toBe('10.00');
    const byFund = (fund: string) =>
      budgetTotals({
        ...b,
        functional: b.functional.filter((l) => l.fund === fund),
        economic: b.economic.filter((l) => l.fund === fund),
      });
    expect(
      ['general', 'governmentFund', 'other'].map((f) => [
        byFund(f).expenditure.toFixed(2),
        byFund(f).economicClass.size > 0,
      ]),
    ).toEqual([
      ['820.00', true],
      ['100.00', true],
      ['210.00', true],
    ]);
    // 财政拨款 spending beyond 一般公共预算 basic: 302 220 and 310 100; only 310 adds up to the fund's 100 (all
    // project), so it is the 政府性基金's and 302 is 一般公共预算 project spending.
    expect(
      b.economic
        .filter((l) => l.fund !== 'other' && l.project !== '0.00')
        .map((l) => [l.code, l.fund, l.basic, l.project]),
    ).toEqual([
      ['302', 'general', '0.00', '220.00'],
      ['310', 'governmentFund', '0.00', '100.00'],
    ]);
    expect(rBud02.check({ kind: 'budget', budget: b }).filter((r) => r.messageId === 'fundEconomic')).toEqual(
      [],
    );
    b.projects = makeMixedBudget().projects; // the projects come from the project forms published with it
    const again = generateDisclosure(b);
    for (const t of d.tables) expect([t.title, table(again, t.title).rows]).toEqual([t.title, t.rows]);
  });
  it('says so when the tables do not determine the 政府性基金 economic spending (not silently 一般公共预算)', () => {
    // The fund's 100 spread as 302 50 and 310 50: 302 holds 220 + 50, 310 50, and no set of 类 adds up to 100.
    const m = makeMixedBudget();
    m.economic[3] = { ...m.economic[3]!, project: '50.00' };
    m.economic.push({
      code: '302',
      name: '商品和服务支出',
      govCode: null,
      fund: 'governmentFund',
      basic: '0.00',
      project: '50.00',
    });
    const b = budgetFromDisclosure(generateDisclosure(m));
    expect(
      rBud02
        .check({ kind: 'budget', budget: b })
        .filter((r) => r.messageId === 'fundEconomic')
        .map((r) => r.data),
    ).toEqual([
      { fund: '一般公共预算', functional: '820.00', economic: '920.00' },
      { fund: '政府性基金预算', functional: '100.00', economic: '0.00' },
    ]);
  });
  it('takes a fund’s economic spending from its own economic table where the layout publishes one', () => {
    // As above (302 50 and 310 50 of 政府性基金), with the fund's economic table published after its functional one.
    const m = makeMixedBudget();
    m.economic[3] = { ...m.economic[3]!, project: '50.00' };
    m.economic.push({
      code: '302',
      name: '商品和服务支出',
      govCode: null,
      fund: 'governmentFund',
      basic: '0.00',
      project: '50.00',
    });
    const d = generateDisclosure(m);
    d.tables.push({
      title: '政府性基金预算支出表（按经济分类）',
      unit: '万元',
      columns: ['经济科目编码', '经济科目名称', '合计', '基本支出', '项目支出'],
      rows: [
        ['', '合计', '100.00', '0.00', '100.00'],
        ['302', '商品和服务支出', '50.00', '0.00', '50.00'],
        ['310', '资本性支出', '50.00', '0.00', '50.00'],
      ],
      note: null,
    });
    const b = budgetFromDisclosure(d);
    expect(
      b.economic.filter((l) => l.fund === 'governmentFund').map((l) => [l.code, l.basic, l.project]),
    ).toEqual([
      ['302', '0.00', '50.00'],
      ['310', '0.00', '50.00'],
    ]);
    expect(b.economic.filter((l) => l.fund === 'general' && l.code === '302').map((l) => l.project)).toEqual([
      '220.00',
    ]);
    expect(
      b.functional.filter((l) => l.fund === 'governmentFund').map((l) => [l.code, l.otherProject]),
    ).toEqual([['2120801', '100.00']]);
    expect(rBud02.check({ kind: 'budget', budget: b }).filter((r) => r.messageId === 'fundEconomic')).toEqual(
      [],
    );
  });
  it('without other income, a 一般公共预算支出表 that understates a line does not make it other funds', () => {
    const d = generateDisclosure(makeBudget());
    const t = table(d, '一般公共预算支出表');
    t.rows[t.rows.length - 1] = ['2010302', '一般行政管理事务', '300.00', '0.00', '300.00']; // 400 in the 部门支出总表
    expect(budgetFromDisclosure(d).functional.map((l) => [l.code, l.fund])).toEqual([
      ['2010301', 'general'],
      ['2010302', 'general'],
    ]);
  });
});
