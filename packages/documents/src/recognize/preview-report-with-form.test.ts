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
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate, doc.budget.score]).toEqual([
      '10',
      '10',
      '100',
      '20',
    ]);
  });

  it('leaves a report whose list of attachments only names a 自评表 to the refusal it had', async () => {
    const prose =
      '1、 某某馆2020年度 项目绩效自评报告 一、基本情况 ' +
      '本馆全年完成档案整理、数字化、编研和陈列等工作,经费使用规范。'.repeat(8);
    const out = await importBuffer(
      bytes(['文档简介', `${prose}附件:1.某某项目绩效目标自评表 2.得分表`].join('\n')),
      'report.txt',
    );
    expect(out.ok).toBe(false);
    expect(out.ok ? null : out.error.message).not.toMatch(/这是绩效自评表/);
  });

  it('reads a 转移支付 自评表 appended to a report in the same paragraph, its title followed by its head', async () => {
    // Made for this test after wide/396 (广西, a 自治区 department's reports run together with the form).
    const text =
      '某某厅关于2021年度中央转移支付专项资金绩效自评的报告\n\n某某厅 | 2022-12-30\n现将某某资金转移支付2021年度绩效自评报告公开如下:' +
      '一、绩效目标分解下达情况(一)中央下达专项转移支付预算和绩效目标情况1.预算数:2021年,包含补助18个年度重点项目资金774万元、' +
      '补助6名传承人记录工作资金240万元,(二)区内分解下达预算和绩效目标情况1.年度重点项目补助资金874万元:主要完成以下19项代表性项目' +
      '2021年度的保护传承和展示推广工作,补助19项年度代表性项目保护补助资金874万元,专项资金有效支持了19个代表性项目的保护传承和展示推广工作,' +
      '某某保护资金转移支付绩效目标自评表(2021年度)转移支付(项目)名称某某保护资金中央主管部门某某部地方主管部门' +
      '资金使用单位资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:21182118100%' +
      '其中:中央财政资金21182118100%地方资金其他资金总体目标完成情况总体目标全年实际完成情况对国家级';
    const out = await importBuffer(bytes(text), 'report.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect([doc.name, doc.budget.annual, doc.budget.executed, doc.budget.rate]).toEqual([
      '某某保护资金',
      '2118',
      '2118',
      '100',
    ]);
  });

  it('reads each form of a preview whose next form follows the 总分 without a title, the library’s note naming the file', async () => {
    // Made for this test after wide/395 (新洲, 湖北): 《……项目支出绩效自评表.docx》由会员分享 above two forms run together.
    const one = (name: string, amount: string) =>
      `项目名称${name}主管部门某某剧团实施单位某某局机关项目资金(万元)年初预算数全年预算数全年执行分值执行率得分` +
      `年度资金总额${amount}${amount}${amount}10100%10其中:当年财政拨款${amount}${amount}${amount}100%上年结转资金其他资金` +
      '年度总体目标预期目标实际完成情况已完成绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施' +
      '产出指标数量指标演出场次50场50场2020满意度指标服务对象满意度指标观众满意度100%100%2020总分10098';
    const text = [
      '《……项目支出绩效自评表.docx》由会员分享,可在线阅读,更多相关《……项目支出绩效自评表.docx(4页珍藏版)》请在某文库上搜索。',
      `1、项目支出绩效自评表(2020 年度)${one('演出设备更新经费', '30')}${one('演员培训经费', '40')}`,
    ].join('\n');
    const out = await importBuffer(bytes(text), 'preview.txt');
    const names = out.ok ? out.evaluations.map((e) => e.name) : [];
    expect(names).toEqual(['演出设备更新经费', '演员培训经费']);
  });
});
