// A small, consistent 部门预算公开 for the disclosure checks' tests; each test breaks one number.
import type { Disclosure } from '../../model/disclosure.ts';

export function makeDisclosure(): Disclosure {
  return {
    kind: 'disclosure',
    formType: '部门预算公开',
    title: '某市某局 2025 年部门预算公开',
    year: 2025,
    department: '某市某局',
    sections: [
      {
        title: '三、部门收支预算总体安排情况',
        text:
          '2025年部门收支总预算1000.00万元。比2024年预算减少250.00万元，下降20.00%。\n' +
          '2025年部门支出预算1000.00万元，其中：基本支出600.00万元，占60.00%；项目支出400.00万元，占40.00%。',
      },
      {
        title: '六、一般公共预算“三公”经费支出预算情况',
        text: '2025年“三公”经费预算3.00万元，比2024年预算增加1.00万元，增长50.00%。',
      },
    ],
    tables: [
      {
        title: '部门收支总表',
        unit: '万元',
        columns: [
          '收入/项目',
          '收入/预算数',
          '支出/项目（按经济分类）',
          '支出/预算数',
          '支出/项目（按功能分类）',
          '支出/预算数',
        ],
        rows: [
          ['一、财政拨款（补助）', '1000.00', '一、经济分类', '1000.00', '201 一般公共服务', '900.00'],
          [
            '（一）财政指标拨款（补助）',
            '1000.00',
            '工资福利性支出',
            '500.00',
            '208 社会保障和就业',
            '100.00',
          ],
          ['二、政府性基金', '', '商品和服务支出', '500.00', '', ''],
          ['', '', '其中：基本支出', '600.00', '', ''],
          ['', '', '工资福利性支出', '500.00', '', ''],
          ['', '', '商品和服务支出', '100.00', '', ''],
          ['', '', '其中：部门项目支出', '400.00', '', ''],
          ['', '', '经常性项目', '400.00', '', ''],
          ['本年收入合计', '1000.00', '本年经济分类支出合计', '1000.00', '本年功能科目支出合计', '1000.00'],
          ['四、上年结转', '', '五、结转下年', '', '结转下年', ''],
          ['收入总计', '1000.00', '支出总计', '1000.00', '支出功能科目总计', '1000.00'],
        ],
        note: null,
      },
      {
        title: '一般公共预算基本支出表（经济分类款级）',
        unit: '万元',
        columns: ['经济科目', '科目名称', '总计'],
        rows: [
          ['', '合计', '600.00'],
          ['301', '工资福利支出', '500.00'],
          ['30101', '基本工资', '300.00'],
          ['30102', '津贴补贴', '200.00'],
          ['302', '商品和服务支出', '100.00'],
          ['30201', '办公费', '100.00'],
        ],
        note: null,
      },
      {
        title: '一般公共预算“三公”经费支出表',
        unit: '万元',
        columns: ['项目', '本年预算数'],
        rows: [
          ['合计', '3.00'],
          ['1. 因公出国（境）费用', '0.00'],
          ['2. 公务用车购置及运行维护费', '2.00'],
          ['其中：（1）公务用车购置', '0.00'],
          ['（2）公务用车运行维护费', '2.00'],
          ['3. 公务接待费', '1.00'],
        ],
        note: null,
      },
    ],
    figures: {
      income: '1000.00',
      basicExpenditure: '600.00',
      projectExpenditure: '400.00',
      threePublic: '3.00',
    },
  };
}

/** A copy with one table cell replaced. */
export function withCell(d: Disclosure, table: number, row: number, col: number, value: string): Disclosure {
  const copy = structuredClone(d);
  copy.tables[table]!.rows[row]![col] = value;
  return copy;
}

/** A copy with a section's text replaced. */
export function withText(d: Disclosure, section: number, text: string): Disclosure {
  const copy = structuredClone(d);
  copy.sections[section]!.text = text;
  return copy;
}
