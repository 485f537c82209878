import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { joinPageMarkedLines } from './page-marked-lines.ts';

// wide/340 (a document library's preview of a 2020 长江禁捕 项目自评表): the page break falls inside 100%.
const page1 =
  '1、2020年度长江禁捕项目自评表单位名称:农业工作科填报日期:项目名称渔业成品油价格改革补贴主管部门区市场监督管理局' +
  '项目实施单位农业科预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额' +
  '1.561.56120二级指标三级指标年初目标值(A)实际完成值(B)得分时效指标12月底之前完成10';
const page2 = '2、0%100%10益标效指意指斥满度打服务对象满意度退捕渔民抽样调查满意度90%290%40总分100';

const texts = (rows: ReturnType<typeof joinPageMarkedLines>) => rows.map((r) => r.cells.join(''));

describe("a preview's numbered pages", () => {
  it('are one text: the next page number is dropped where the page broke a cell', () => {
    const rows = joinPageMarkedLines([
      paragraph('《某.docx》由会员分享'),
      paragraph(page1),
      paragraph(''),
      paragraph(page2),
    ]);
    expect(texts(rows)).toEqual(['《某.docx》由会员分享', page1 + page2.slice(2)]);
    expect(texts(rows)[1]).toContain('12月底之前完成100%100%10益标效');
  });

  it('stay apart when the numbers are a list of short items, not pages', () => {
    const list = [paragraph('1、单位财务管理制度1分;'), paragraph('2、项目管理制度1分;')];
    expect(texts(joinPageMarkedLines(list))).toEqual(['1、单位财务管理制度1分;', '2、项目管理制度1分;']);
  });

  it('stay apart when the text kept spaces between its cells (its wrapped words are read by their spacing)', () => {
    // docs/020: cells parted by spaces, a name wrapped at the column's width (县级储备粮库存粮 食明显变质比例).
    const spaced = page1.replace(/指标/g, ' 指标 ').replace(/值/g, '值 ');
    const rows = [paragraph(spaced), paragraph('2、100%质量 指标县级储备粮管理制 度严格执行率100%100%')];
    expect(joinPageMarkedLines(rows)).toHaveLength(2);
  });

  it('stay apart when other text stands between two pages', () => {
    const rows = [paragraph(page1), paragraph('备注:'), paragraph(page2)];
    expect(joinPageMarkedLines(rows)).toHaveLength(3);
  });

  it('are one text, spaces or not, where the page break cuts a title or a heading in two', () => {
    // Made for this test after wide/393 (黄冈, 湖北): a preview with words parted by spaces, its page break inside
    // the 自评表's title (项目绩效自 / 2、评表).
    const report =
      '1、 某某馆2020年度 项目绩效自评报告 自评得分100分 执行率100% 完成的绩效目标 经费主要用于档案整理'.padEnd(
        110,
        '。',
      );
    const first = `${report}附件2:某某馆2020年度项目绩效自`;
    const second = '2、评表 单位名称:某某馆 填报日期:2021年4月 项目名称 档案整理专项经费';
    const rows = joinPageMarkedLines([paragraph(first), paragraph(second)]);
    expect(texts(rows)).toHaveLength(1);
    expect(texts(rows)[0]).toContain('项目绩效自评表 单位名称');
    // Pages parted by spaces whose break cuts no such word stay apart.
    expect(joinPageMarkedLines([paragraph(`${report}附件2`), paragraph(second)])).toHaveLength(2);
  });
});
