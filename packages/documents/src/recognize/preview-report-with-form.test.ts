import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests after wide/393 (黄冈, 湖北): a document library's preview whose numbered pages hold a
// 自评报告 run together and, after it, the 附件 自评表; the page break falls inside the table's title, words are
// parted by spaces, amounts are written with 万 (10万10万100%20).
const report =
  '1、 某某馆2020年度 项目绩效自评报告自评得分100分绩效目标完成情况执行率情况专项经费预算10万元,实际支出10万元,执行率100%。' +
  '完成的绩效目标 2020年项目经费10万元主要用于档案整理、数字化。未完成的绩效目标(无)附件2:某某馆2020年度项目绩效自';
const form =
  '2、评表 单位名称:某某馆 填报日期:2021年4月项目名称档案整理专项经费主管部门项目实施单位某某馆项目类别1、上级专项 2、本级专项 ' +
  '预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额10万10万100%20年度绩效指标一级指标二级指标三级指';

describe('a preview holding a 自评报告 and, as its 附件, the 自评表', () => {
  it('reads the 自评表 the attachment opens, across the page break inside its title', async () => {
    const out = await importBuffer(bytes(['文档简介', report, '', form].join('\n')), 'preview.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect(doc?.kind).toBe('self-evaluation');
    if (doc?.kind !== 'self-evaluation') return;
    expect([doc.name, doc.unit]).toEqual(['档案整理专项经费', '某某馆']);
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate, doc.budget.score]).toEqual(['10', '10', '100', '20']);
  });

  it('leaves a report whose list of attachments only names a 自评表 to the refusal it had', async () => {
    const prose = '1、 某某馆2020年度 项目绩效自评报告 一、基本情况 ' + '本馆全年完成档案整理、数字化、编研和陈列等工作,经费使用规范。'.repeat(8);
    const out = await importBuffer(bytes(['文档简介', `${prose}附件:1.某某项目绩效目标自评表 2.得分表`].join('\n')), 'report.txt');
    expect(out.ok).toBe(false);
    expect(out.ok ? null : out.error.message).not.toMatch(/这是绩效自评表/);
  });
});
