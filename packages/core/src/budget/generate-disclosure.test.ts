import { describe, expect, it } from 'vitest';
import { checkForm } from '../checks/run-checks.ts';
import { generateDisclosure } from './generate-disclosure.ts';
import { changeClause } from './generate-text.ts';
import { Decimal } from '../money/decimal.ts';
import { makeBudget } from './test-budget.ts';

const textOf = (title: RegExp) =>
  generateDisclosure(makeBudget()).sections.find((s) => title.test(s.title))!.text;
const tableOf = (title: string) => generateDisclosure(makeBudget()).tables.find((t) => t.title === title)!;

describe('changeClause', () => {
  it('states an increase, a decrease, no change and an unknown last year', () => {
    expect(changeClause(new Decimal('1000'), '1250', 2025)).toBe('，比2024年预算减少250.00万元，下降20.00%');
    expect(changeClause(new Decimal('100'), '80', 2025)).toBe('，比2024年预算增加20.00万元，增长25.00%');
    expect(changeClause(new Decimal('2'), '2.00', 2025)).toBe('，与2024年预算持平');
    expect(changeClause(new Decimal('2'), null, 2025)).toBe('');
    expect(changeClause(new Decimal('2'), '0', 2025)).toBe('，比2024年预算增加2.00万元'); // no rate from zero
  });
});

describe('generated explanation', () => {
  it('computes the totals, shares and changes (hand-computed: 1000 vs 1250 → −250, −20.00%)', () => {
    const s3 = textOf(/^三、/);
    expect(s3).toContain(
      '2025年部门收支总预算1000.00万元，比2024年预算减少250.00万元，下降20.00%，主要是：项目减少。',
    );
    expect(s3).toContain('基本支出600.00万元，占60.00%；项目支出400.00万元，占40.00%。');
  });
  it('writes basic (600 vs 660: −60, −9.09%), 公用经费 (100 vs 80: +20, +25.00%) and project (400 vs 590: −190, −32.20%)', () => {
    const s5 = textOf(/^五、/);
    expect(s5).toContain('（一）基本支出600.00万元，比2024年预算减少60.00万元，下降9.09%。');
    expect(s5).toContain('1. 人员经费500.00万元，包括：工资福利支出500.00万元，对个人和家庭的补助0.00万元。');
    expect(s5).toContain('2. 公用经费100.00万元，比2024年预算增加20.00万元，增长25.00%。');
    expect(s5).toContain('（二）项目支出400.00万元，比2024年预算减少190.00万元，下降32.20%。');
    expect(s5).toContain('（1）甲项目项目300.00万元。主要用于：甲的用途。');
  });
  it('writes 三公 with its parts (3 vs 4: −1, −25.00%; vehicles 持平)', () => {
    const s6 = textOf(/^六、/);
    expect(s6).toContain('“三公”经费预算3.00万元，比2024年预算减少1.00万元，下降25.00%。');
    expect(s6).toContain('2. 公务用车购置及运行维护费2.00万元，与2024年预算持平。');
    expect(s6).toContain('3. 公务接待费预算1.00万元，比2024年预算减少1.00万元，下降50.00%。');
  });
  it('says there is no government fund spending, and totals 政府采购', () => {
    expect(textOf(/^七、/)).toBe('某市某局2025年没有使用政府性基金预算财政拨款安排的支出。');
    expect(textOf(/^八、/)).toContain(
      '纳入政府采购预算支出合计30.00万元。包括：货物类10.00万元，工程类0.00万元，服务类20.00万元。',
    );
  });
});

describe('generated tables', () => {
  it('has the standard tables in order', () => {
    expect(generateDisclosure(makeBudget()).tables.map((t) => t.title)).toEqual([
      '部门收支总表',
      '部门收入总表',
      '部门支出总表',
      '财政拨款收支预算总表',
      '一般公共预算支出表',
      '一般公共预算支出表（功能分类项级）',
      '一般公共预算基本支出表（经济分类款级）',
      '一般公共预算“三公”经费支出表',
      '政府性基金预算支出表',
      '国有资本经营预算支出表',
      '一般公共预算项目支出表',
    ]);
  });
  it('部门收支总表: the three blocks have equal totals; 201 carries all of it', () => {
    const t = tableOf('部门收支总表');
    expect(t.rows[29]).toEqual([
      '本年收入合计',
      '1000.00',
      '本年经济分类支出合计',
      '1000.00',
      '本年功能科目支出合计',
      '1000.00',
    ]);
    expect(t.rows[0]!.slice(4)).toEqual(['201 一般公共服务支出', '1000.00']);
    expect(t.rows[2]!.slice(2, 4)).toEqual(['商品和服务支出', '500.00']); // 100 basic + 400 project
    expect(t.rows[16]!.slice(2, 4)).toEqual(['其中：部门项目支出', '400.00']);
    expect(t.rows[17]!.slice(2, 4)).toEqual(['经常性项目', '300.00']);
  });
  it('部门支出总表 lists 合计, department, unit and each 项 with its columns', () => {
    const rows = tableOf('部门支出总表').rows;
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['', '合计', '1000.00', '600.00'],
      ['101', '某市某局', '1000.00', '600.00'],
      ['101001', '某市某局', '1000.00', '600.00'],
      ['2010301', '行政运行', '600.00', '600.00'],
      ['2010302', '一般行政管理事务', '400.00', '0.00'],
    ]);
    expect(rows[4]!.slice(8, 13)).toEqual(['400.00', '300.00', '0.00', '0.00', '100.00']);
  });
  it('一般公共预算支出表 has 类, 款 and 项 subtotals', () => {
    expect(tableOf('一般公共预算支出表').rows.map((r) => [r[0], r[2]])).toEqual([
      ['', '1000.00'],
      ['201', '1000.00'],
      ['20103', '1000.00'],
      ['2010301', '600.00'],
      ['2010302', '400.00'],
    ]);
  });
  it('基本支出表 has 类 totals over their 款 and leaves project-only spending out', () => {
    expect(tableOf('一般公共预算基本支出表（经济分类款级）').rows).toEqual([
      ['', '合计', '600.00'],
      ['301', '工资福利支出', '500.00'],
      ['30101', '基本工资', '300.00'],
      ['30102', '津贴补贴', '200.00'],
      ['302', '商品和服务支出', '100.00'],
      ['30201', '办公费', '100.00'],
    ]);
  });
  it('一般公共预算项目支出表 prints the 项目编码 of each project (blank when the line has none)', () => {
    const b = makeBudget();
    b.projects[0]!.code = '53000024T000000012345';
    const t = generateDisclosure(b).tables.find((x) => x.title === '一般公共预算项目支出表')!;
    expect(t.columns).toEqual(['项目编码', '项目名称', '项目类别', '本年预算数']);
    expect(t.rows).toEqual([
      ['', '合计', '', '400.00'],
      ['53000024T000000012345', '甲项目', '经常性项目', '300.00'],
      ['', '乙项目', '其他项目', '100.00'],
    ]);
  });
  it('an empty 政府性基金 table carries its remark', () => {
    const t = tableOf('政府性基金预算支出表');
    expect([t.rows, t.note]).toEqual([[], '2025 年本部门没有政府性基金预算财政拨款预算安排的支出']);
  });
});

describe('the same checks as imported disclosures', () => {
  it('a consistent budget gives a disclosure without any arithmetic or completeness finding', () => {
    const d = generateDisclosure(makeBudget());
    const findings = checkForm(d, [d]).filter((f) => /^R-PUB-0[1-59]/.test(f.rule));
    expect(findings).toEqual([]);
  });
  it('an inconsistent last year shows in the generated text (R-PUB-09)', () => {
    const b = makeBudget();
    b.lastYear.project = '600.00'; // 660 + 600 ≠ 1250
    const d = generateDisclosure(b);
    expect(
      checkForm(d, [d])
        .filter((f) => f.rule === 'R-PUB-09')
        .map((f) => f.path),
    ).toEqual(['/sections/4/text']);
  });
});
