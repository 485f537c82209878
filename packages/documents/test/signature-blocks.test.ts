// Signature and footer blocks (填表人 … 联系电话 …, 财政资金管理科室（盖章） 年 月 日, 注：…) are never indicators,
// whatever the reader: tab rows, |-text, one cell per line, html, .docx and .xlsx built here, and in every
// kind of form (项目, 部门整体, 自评表, 监控表). Layouts written by hand after the seeds (seed 004's 批复表) and
// the published forms that end in such blocks (wide corpus 108: 填表人 … 联系电话 … 单位负责人签字); names and
// numbers invented.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { DepartmentForm, EvaluationDocument, ProjectForm } from '@jixiao/core';
import {
  importBuffer,
  recognizeMonitoring,
  recognizeSelfEvaluation,
  type ImportOutcome,
} from '../src/index.ts';
import type { Row } from '../src/rows/row.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const PHONE = '16601234567';

/** A 批复表 in seed 004's layout whose table is followed by the approving office's stamp and the filler's line. */
const projectRows: string[][] = [
  ['项目支出绩效目标批复表'],
  ['申报单位：某市数据局'],
  ['金额单位：万元'],
  ['项目名称', '政务服务工作', '', '项目预算', '', '571'],
  ['年度绩效目标表'],
  ['目标名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
  ['年度目标1', '成本指标', '经济成本指标', '项目成本', '≤571万元', '计划标准'],
  ['', '产出指标', '数量指标', '热线人员数量', '=33人', '计划标准'],
  ['', '效益指标', '社会效益指标', '优化政务服务环境', '确保优化', '计划标准'],
  ['', '满意度指标', '满意度指标', '群众满意度', '≥95%', '计划标准'],
  ['财政资金管理科室(盖章)', '', '', '年 月 日', '', ''],
  ['填表人', '张三', '联系电话', PHONE, '', ''],
];
const expectedNames = ['项目成本', '热线人员数量', '优化政务服务环境', '群众满意度'];

function onlyProject(outcome: ImportOutcome): ProjectForm {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  expect(outcome.forms).toHaveLength(1);
  return outcome.forms[0] as ProjectForm;
}

/** No indicator carries a signature word, a stamp, a blank date or the phone. */
function expectNoFooterIndicator(texts: string[]): void {
  for (const t of texts) expect(t).not.toMatch(/填表人|联系电话|盖章|年\s*月\s*日|166012/);
}

const indicatorTexts = (f: ProjectForm | DepartmentForm) =>
  f.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw].join('|'));

function expectProjectRead(f: ProjectForm): void {
  expect(f.indicators.map((i) => i.name)).toEqual(expectedNames);
  expectNoFooterIndicator(indicatorTexts(f));
  // The model's place for a contact: the form's 联系电话, which it did not fill elsewhere.
  expect(f.phone).toBe(PHONE);
}

describe('a project form ending in a stamp and a filler line', () => {
  it('tab-separated rows', async () => {
    const text = projectRows.map((r) => r.join('\t')).join('\n');
    expectProjectRead(onlyProject(await importBuffer(bytes(text), 'form.txt')));
  });

  it('|-text copied from a web page', async () => {
    const text = projectRows.map((r) => `${r.join(' | ')} |`).join('\n');
    expectProjectRead(onlyProject(await importBuffer(bytes(text), 'form.txt')));
  });

  it('the footer in one paragraph under the table (wide corpus 108)', async () => {
    const text = [
      ...projectRows.slice(0, -2).map((r) => r.join('\t')),
      `填表人: 张三 联系电话:${PHONE} 填报日期: 单位负责人签字:`,
    ].join('\n');
    expectProjectRead(onlyProject(await importBuffer(bytes(text), 'form.txt')));
  });

  it('one cell per line', async () => {
    const text = [
      '项目名称',
      '县道改造',
      '主管部门',
      '县交通运输局',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '数量指标',
      '改造里程',
      '≥10公里',
      '满意度指标',
      '服务对象满意度指标',
      '群众满意度',
      '≥90%',
      '财政资金管理科室(盖章)',
      '年 月 日',
      '填表人',
      '张三',
      '联系电话',
      PHONE,
    ].join('\n');
    const f = onlyProject(await importBuffer(bytes(text), 'form.txt'));
    expect(f.indicators.map((i) => i.name)).toEqual(['改造里程', '群众满意度']);
    expectNoFooterIndicator(indicatorTexts(f));
    expect(f.phone).toBe(PHONE);
  });

  it('a saved web page whose table holds the footer rows', async () => {
    const tr = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><p>项目支出绩效目标批复表</p><table>${projectRows
      .slice(3)
      .map(tr)
      .join('')}</table></body></html>`;
    expectProjectRead(onlyProject(await importBuffer(bytes(html), 'form.html')));
  });

  it('a .docx whose table ends in the footer rows and a signature paragraph', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const table = new Table({
      rows: projectRows.slice(3, -1).map((r) => new TableRow({ children: r.map(cell) })),
    });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('项目支出绩效目标批复表'),
            table,
            new Paragraph(`填表人：张三    联系电话：${PHONE}`),
          ],
        },
      ],
    });
    const data = new Uint8Array(await Packer.toBuffer(doc));
    expectProjectRead(onlyProject(await importBuffer(data, 'form.docx')));
  });

  it('an .xlsx whose sheet ends in the footer rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('批复表');
    for (const r of projectRows) ws.addRow(r);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    expectProjectRead(onlyProject(await importBuffer(data, 'form.xlsx')));
  });

  it('keeps the 联系电话 the form states in its head', async () => {
    const rows = [...projectRows];
    rows.splice(4, 0, ['项目负责人', '李四', '联系电话', '027-83893513', '', '']);
    const f = onlyProject(await importBuffer(bytes(rows.map((r) => r.join('\t')).join('\n')), 'form.txt'));
    expect(f.indicators.map((i) => i.name)).toEqual(expectedNames);
    expect([f.leader, f.phone]).toEqual(['李四', '027-83893513']);
  });
});

describe('a table listing several projects (部门预算公开 附表) ending in a signature block', () => {
  it('makes no project of the footer rows', async () => {
    const text = [
      '2024年项目支出绩效目标表',
      ['项目名称', '年度目标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['业务培训', '完成业务培训', '产出指标', '数量指标', '培训人数', '≥100人次'],
      ['', '', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ['执法检查', '完成执法检查', '产出指标', '数量指标', '检查次数', '≥12次'],
      ['填表人', '张三', '联系电话', PHONE, '', ''],
      ['财政资金管理科室(盖章)', '', '', '年 月 日', '', ''],
    ]
      .map((r) => (Array.isArray(r) ? r.join('\t') : r))
      .join('\n');
    const outcome = await importBuffer(bytes(text), 'list.txt');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const forms = outcome.forms as ProjectForm[];
    expect(forms.map((f) => [f.name, f.indicators.map((i) => i.name)])).toEqual([
      ['业务培训', ['培训人数', '学员满意度']],
      ['执法检查', ['检查次数']],
    ]);
  });
});

describe('a 部门整体绩效目标表 ending in a signature block', () => {
  const rows = [
    ['部门整体绩效目标表'],
    ['（2024年度）'],
    ['部门名称', '某区数据局'],
    ['年度绩效目标', '提升政务数据共享水平'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '共享数据目录数', '≥500个'],
    ['效益指标', '社会效益指标', '办事材料精简率', '≥30%'],
    ['满意度指标', '服务对象满意度指标', '部门满意度', '≥90%'],
    ['单位负责人签字：', '', '财务负责人：', ''],
    ['填报人：王五', '', `手机：${PHONE}`, ''],
    ['（盖章）', '', '2024年1月5日', ''],
  ];

  it('reads the indicators and keeps the filler and phone in the form’s own fields', async () => {
    const outcome = await importBuffer(bytes(rows.map((r) => r.join('\t')).join('\n')), 'dept.txt');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const f = outcome.forms[0] as DepartmentForm;
    expect(f.kind).toBe('department');
    expect(f.indicators.map((i) => i.name)).toEqual(['共享数据目录数', '办事材料精简率', '部门满意度']);
    expectNoFooterIndicator(indicatorTexts(f));
    expect([f.filler, f.phone]).toEqual(['王五', PHONE]);
  });
});

describe('自评表 and 监控表 ending in a signature block', () => {
  const evaluation = (outcome: ImportOutcome): EvaluationDocument => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.evaluations).toHaveLength(1);
    return outcome.evaluations[0]!;
  };

  it('a 项目支出绩效自评表 (财政部 layout)', async () => {
    const text = [
      '项目支出绩效自评表',
      '（2023年度）',
      ['项目名称', '县道改造'].join('\t'),
      ['主管部门', '县交通运输局', '实施单位', '县公路中心'].join('\t'),
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].join('\t'),
      ['', '年度资金总额', '120', '120', '114', '10', '95%', '9.5'].join('\t'),
      [
        '绩效指标',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ].join('\t'),
      ['', '产出指标', '数量指标', '改造里程', '≥10公里', '10.5公里', '50', '50', ''].join('\t'),
      ['', '效益指标', '社会效益指标', '通行时间缩短', '有所缩短', '缩短', '30', '30', ''].join('\t'),
      ['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '10', '10', ''].join('\t'),
      ['填表人', '张三', '联系电话', PHONE].join('\t'),
      ['财政资金管理科室(盖章)', '', '年 月 日'].join('\t'),
    ].join('\n');
    const doc = evaluation(await importBuffer(bytes(text), 'self.txt'));
    expect(doc.kind).toBe('self-evaluation');
    expect(doc.indicators.map((i) => i.name)).toEqual(['改造里程', '通行时间缩短', '群众满意度']);
  });

  it('a 项目支出绩效运行监控表', async () => {
    const text = [
      '项目支出绩效运行监控表',
      ['项目名称', '政务外网运维'].join('\t'),
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况'].join('\t'),
      ['产出指标', '数量指标', '接入单位数量', '≥150个', '120个'].join('\t'),
      ['满意度指标', '服务对象满意度指标', '使用单位满意度', '≥90%', '92%'].join('\t'),
      ['填表人', '张三', '联系电话', PHONE].join('\t'),
      ['单位（盖章）', '年 月 日'].join('\t'),
    ].join('\n');
    const doc = evaluation(await importBuffer(bytes(text), 'monitor.txt'));
    expect(doc.kind).toBe('monitoring');
    expect(doc.indicators.map((i) => i.name)).toEqual(['接入单位数量', '使用单位满意度']);
  });

  const table = (...rows: string[][]): Row[] => rows.map((cells, k) => ({ cells, table: true, line: k + 1 }));

  it('Jixiao’s own 自评表 filled in Excel, with a signature row under the table', () => {
    const read = recognizeSelfEvaluation(
      table(
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['产出指标', '数量指标', '改造里程', '≥10公里', '10.5公里', '50', '50', ''],
        ['填表人', '张三', '联系电话', PHONE, '', '', '', ''],
        ['', '', '单位（盖章）', '年 月 日', '', '', '', ''],
      ),
    );
    expect(read?.indicators.map((i) => i.name)).toEqual(['改造里程']);
  });

  it('Jixiao’s own 监控表 filled in Excel, with a signature row under the table', () => {
    const read = recognizeMonitoring(
      table(
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '1—6月执行情况',
          '全年预计完成情况',
          '偏差原因',
          '原因说明',
          '完成目标可能性',
          '纠偏措施',
        ],
        ['产出指标', '数量指标', '接入单位数量', '≥150个', '120个', '150个', '', '', '确定能', ''],
        ['', '', '填表人：张三', `联系电话：${PHONE}`, '', '', '', '', '', ''],
      ),
    );
    expect(read?.indicators.map((i) => i.name)).toEqual(['接入单位数量']);
  });
});
