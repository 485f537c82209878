// Made for these tests after fresh/641 and 642 (上海 普陀 申报表 as a PDF's text): a target form's head whose cells
// a text layer wrote without their borders — values wrapped around their labels' line (pdfplumber, pdftotext
// without -layout), an amount and the next label on one line and the head's （元） on a line of its own (pdf.js,
// one cell a line). Made-up forms, none of the corpus's lines.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import type { Row } from '../rows/row.ts';
import { joinValuesAroundLabels } from './labels-between-wrapped-values.ts';

const indicators = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '产出指标',
  '数量指标',
  '改造道路长度',
  '1200米',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
  return out.forms[0];
};

const line = (text: string, n: number): Row => ({ cells: [text], table: false, line: n });

describe('values wrapped around their labels’ line', () => {
  it('are made whole, each beside its label', () => {
    const rows = joinValuesAroundLabels([
      line('项目名称 农村供水提升 项目类别 其他', 1),
      line('某某县水利局农村饮水 某某县农村供水保障', 2),
      line('主管部门 实施单位', 3),
      line('工程管理站 服务中心', 4),
      line('计划开始日期 2025-01-01', 5),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['项目名称 农村供水提升 项目类别 其他'],
      ['主管部门', '某某县水利局农村饮水工程管理站', '实施单位', '某某县农村供水保障服务中心'],
      ['计划开始日期 2025-01-01'],
    ]);
  });

  it('are read as the form’s 主管部门 and 实施单位', async () => {
    const form = await read([
      '项目支出绩效目标申报表',
      '项目名称 农村供水提升',
      '某某县水利局农村饮水 某某县农村供水保障',
      '主管部门 实施单位',
      '工程管理站 服务中心',
      ...indicators,
    ]);
    expect([form.supervisor, form.executor]).toEqual([
      '某某县水利局农村饮水工程管理站',
      '某某县农村供水保障服务中心',
    ]);
  });

  it('leave lines alone whose neighbours do not hold one word a label', () => {
    const given = [
      line('某某县水利局', 1),
      line('主管部门 实施单位', 2),
      line('工程管理站 服务中心', 3),
      line('项目名称 农村供水提升', 4),
      line('主管部门 实施单位', 5),
      line('某某县水利局 某某县供水站', 6),
    ];
    expect(joinValuesAroundLabels(given)).toBe(given);
  });
});

describe('a head written one cell a line with its amounts in 元', () => {
  const head = [
    '项目支出绩效目标申报表',
    '项目名称',
    '东湖路改造工程',
    '主管部门',
    '某区建设管理委员会',
    '项目资金',
    '（元）',
    '项目资金总额',
    '      12,000,000.00 年度资金申请总额',
    '      4,500,000.00 ',
    '其中：当年财政拨款',
    '      4,500,000.00 ',
    ...indicators,
  ];

  it("reads the amount before the next label on its line as the field's, and the （元） under the block", async () => {
    const form = await read(head);
    expect([form.budget.total, form.budget.current]).toEqual(['1200', '450']);
  });

  it('keeps the rows under a block heading whose note is its own as they were', async () => {
    // 资金情况 / (万元) / 年度资金总额:16 (wide/116's shape): the note names the heading's unit, nothing moves.
    const form = await read([
      '项目支出绩效目标申报表',
      '项目名称 某某学校改造补助资金',
      '资金情况',
      '(万元)',
      '年度资金总额:16',
      '    其中 :上级资金16',
      ...indicators,
    ]);
    expect(form.budget.total).toBe('16');
    expect(form.budget.sources.map((x) => x.name)).not.toContain(':上级资金16');
  });

  it('keeps a line whose words after the amount are no label one value', async () => {
    const form = await read(head.map((l) => l.replace('年度资金申请总额', '其中一期工程')));
    expect(form.budget.current).not.toBe('450');
  });
});
