import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { withoutSealNote } from './evaluation-head.ts';
import { titleKind } from './titles.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

// Made for these tests in the shapes of the blank templates filled by hand as corpus wide/449–451: a project's
// evaluation written on a form (报告表, 评价表) and a 绩效报告 in prose after a table of the project's facts.
describe('a project evaluation titled as a 报告表 or a 评价表', () => {
  it('names a 自评表 where the title ends in 绩效报告表 or 绩效评价表, a report where it ends in 绩效报告', () => {
    expect(titleKind('省级财政支出项目绩效报告表')).toBe('self-evaluation');
    expect(titleKind('2021年度某市文化产业发展专项资金 项目绩效评价表')).toBe('self-evaluation');
    expect(titleKind('某市市级财政支出项目绩效报告')).toBe('evaluation-report');
    // Target forms keep their kind: a 绩效评价指标表 sets the indicators a project will be judged by.
    expect(titleKind('2019年度某县高中助学金项目绩效评价指标表')).toBe('project');
  });

  it('reads the head of a 报告表 whose copy stops before its funds: the project and its unit, no seal note', async () => {
    const out = await importBuffer(
      bytes([
        '省级财政支出项目绩效报告表',
        '(实施单位)',
        '项目名称: 某某产业园区建设专项资金',
        '项目类别: 农业类',
        '项目实施单位: 某某区农业农村局 (盖章)',
        '项目主管部门: 某某市农业农村局',
        '评价机构: 单位自评',
        '绩评基表-1 一、项目基本情况 项目名称 某某产业园区建设专项资金 项目 实施单位 某某区农业农村局 联系人 吴某 电话',
      ]),
      'report-form.txt',
    );
    // Before: read as a 申报表 (a project form) with the executor '负责人签名…'; now a 自评表's head.
    if (!out.ok) throw new Error(out.error.message);
    expect(out.forms).toEqual([]);
    const doc = out.evaluations[0];
    expect(doc?.kind).toBe('self-evaluation');
    expect([doc?.name, doc?.unit, doc?.department]).toEqual([
      '某某产业园区建设专项资金',
      '某某区农业农村局',
      '某某市农业农村局',
    ]);
    expect(doc?.indicators).toEqual([]);
  });

  it('takes a 评价表 head’s 项目计划总投资 and 项目实际投资 as the budget and its spending', async () => {
    const out = await importBuffer(
      bytes([
        '某某专项资金 项目绩效评价表',
        '项目名称(全称) 某某展馆建设项目 项目承担单位(公章) 某某文化传媒有限公司 项目实施地点 某区 其中:财政预算安排 项目计划总投资 300 项目实际投资 296.5 80 80 其中:财政预算安排',
      ]),
      'evaluation-form.txt',
    );
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0];
    expect([doc?.name, doc?.unit]).toEqual(['某某展馆建设项目', '某某文化传媒有限公司']);
    expect([doc?.budget.annual, doc?.budget.executed]).toEqual(['300', '296.5']);
  });

  it('refuses a 绩效报告 whose table holds the project’s facts and whose sections are prose', async () => {
    const out = await importBuffer(
      bytes([
        '某市市级财政支出项目绩效报告',
        '一、项目基本情况',
        '项目名称',
        '| 某某保护项目',
        '|',
        '项目单位',
        '| 某某保护中心',
        '|',
        '项目总预算',
        '| 320',
        '|',
        '项目实际支出金额',
        '| 305.6',
        '|',
        '二、项目绩效目标及其设立依据和调整情况',
        '1、绩效目标',
        '全年完成复壮150株。',
      ]),
      'report.txt',
    );
    // Before: two 申报表 read from the table; a report in prose is refused with its reason.
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe('unsupported-form');
  });

  it('drops the seal’s note a cover prints after the unit', () => {
    expect(withoutSealNote('某某区农业农村局 (盖章)')).toBe('某某区农业农村局');
    expect(withoutSealNote('某某区农业农村局（公章）')).toBe('某某区农业农村局');
    expect(withoutSealNote('某某区农业农村局')).toBe('某某区农业农村局');
  });
});
